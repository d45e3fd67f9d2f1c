#include "RecoveryItemsView.h"

#include "FileDropTarget.h"
#include "MessageBox.h"
#include "NoticeBanner.h"
#include "PlanSession.h"
#include "RecoveryItemCommands.h"
#include "RecoveryItemDialog.h"
#include "RecoveryItemEditor.h"
#include "RecoveryItemsModel.h"
#include "common/Clock.h"
#include "contingency/RecoveryVerifier.h"
#include "contingency/verifiers/ArchiveListing.h"
#include "plan/Plan.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RecoveryItemsView::RecoveryItemsView(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new RecoveryItemsModel(*session.plan(), this))
    , m_verifier(session.recoveryVerifier())
    , m_progress(new NoticeBanner(this))
    , m_dropNote(new NoticeBanner(this))
    , m_stop(nullptr)
    , m_table(new QTableView(this))
    , m_add(new QPushButton(QIcon(u":/icons/list-add.svg"_s), tr("&Add Item…"), this))
    , m_remove(new QPushButton(QIcon(u":/icons/list-remove.svg"_s), tr("Re&move Item…"), this))
    , m_editor(new RecoveryItemEditor(session, this))
{
    setObjectName(u"recoveryItemsView"_s);
    m_progress->setObjectName(u"recoveryCheckingNote"_s);
    m_stop = m_progress->addButton(tr("St&op Checking"));
    m_stop->setObjectName(u"recoveryStopChecking"_s);
    m_stop->setToolTip(tr("Stop after the item being checked now"));
    m_progress->hide();
    m_dropNote->setObjectName(u"recoveryDropNote"_s);
    m_dropNote->addDismissButton()->setObjectName(u"recoveryDropNoteDismiss"_s);
    m_dropNote->hide();

    m_table->setObjectName(u"recoveryItemsTable"_s);
    m_table->setAccessibleName(tr("Recovery items"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    // Titles are long ("Site certificate, private key (.key), ..."): they wrap, and the rows grow.
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RecoveryItemsModel::Title, QHeaderView::Stretch);

    m_add->setObjectName(u"addRecoveryItem"_s);
    m_add->setToolTip(tr("Add something else the shop would need on a bad day"));
    m_remove->setObjectName(u"removeRecoveryItem"_s);
    m_remove->setToolTip(tr("Take the selected item off the list (only items you added)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addLayout(buttons);

    // The item in full needs more room than the window may have: it scrolls on its own.
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"recoveryItemScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_editor);
    const int gap = fontMetrics().height();
    m_editor->setContentsMargins(gap / 2, 0, gap / 2, 0);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"recoveryItemsSplit"_s);
    split->setChildrenCollapsible(false);
    split->addWidget(left);
    split->addWidget(scroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    // The list gets the larger share at first: its titles are long, and in German or French the
    // status and holder columns take half of an even split, leaving the titles a word per line.
    split->setSizes({ 3 * gap * 10, 2 * gap * 10 });
    left->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    scroll->setMinimumWidth(fontMetrics().averageCharWidth() * 50);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_dropNote);
    layout->addWidget(split, 1);

    connect(m_add, &QPushButton::clicked, this, &RecoveryItemsView::addItem);
    connect(m_remove, &QPushButton::clicked, this, &RecoveryItemsView::removeItem);
    connect(m_stop, &QPushButton::clicked, this, &RecoveryItemsView::stopChecking);
    // A file or folder dropped on an item's row; empty space below the rows takes nothing.
    new FileDropTarget(
        m_table->viewport(), [this](const QPoint &pos) { return m_table->indexAt(pos).isValid(); },
        [this](const QList<QUrl> &urls, const QPoint &pos) {
            filesDropped(m_model->itemId(m_table->indexAt(pos).row()), urls);
        });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecoveryItemsView::selectionChanged);
    connect(m_model, &RecoveryItemsModel::modelReset, this, &RecoveryItemsView::modelReset);
    connect(m_editor, &RecoveryItemEditor::verifyRequested, this, [this](qint64 id) { verifyItems({ id }); });
    connect(m_editor, &RecoveryItemEditor::verifyAllRequested, this, &RecoveryItemsView::verifyAll);

    connect(m_verifier, &RecoveryVerifier::itemStarted, this, [this](qint64 id) {
        m_current = id;
        m_model->setChecking(id);
        m_editor->setChecking(id == m_editor->itemId());
        showProgress();
    });
    auto done = [this](qint64 id) {
        m_pending.remove(id);
        if (m_current == id)
            m_current = 0;
        m_model->setChecking(0);
        m_editor->setChecking(false);
        showProgress();
    };
    connect(m_verifier, &RecoveryVerifier::itemVerified, this, done);
    connect(m_verifier, &RecoveryVerifier::itemFailed, this, [this, done](qint64 id, const QString &message) {
        const auto item = m_session.plan()->recoveryItem(id);
        m_failures.append(item ? tr("%1: %2").arg(item->displayTitle(), message) : message);
        done(id);
    });
    connect(m_verifier, &RecoveryVerifier::finished, this, [this] {
        m_pending.clear();
        m_current = 0;
        m_model->setChecking(0);
        m_editor->setChecking(false);
        showProgress();
        emit checkingFinished();
    });
    // Checks the session started when the plan opened, before this page was built.
    if (m_verifier) {
        for (qint64 id : m_verifier->pending())
            m_pending.insert(id);
        m_current = m_verifier->currentItem();
    }
    modelReset();
    showProgress();
}

bool RecoveryItemsView::isChecking() const
{
    return m_verifier && m_verifier->isBusy();
}

void RecoveryItemsView::verifyItems(const QList<qint64> &itemIds)
{
    if (m_session.plan()->isReadOnly())
        return;
    QList<qint64> ids;
    for (qint64 id : itemIds) {
        const auto item = m_session.plan()->recoveryItem(id);
        if (item && RecoveryKinds::hasVerifier(item->kind))
            ids.append(id);
    }
    if (ids.isEmpty())
        return;
    if (m_pending.isEmpty())
        m_failures.clear();
    for (qint64 id : std::as_const(ids))
        m_pending.insert(id);
    if (m_verifier)
        m_verifier->verify(ids);
    showProgress();
}

void RecoveryItemsView::verifyAll()
{
    QList<qint64> ids;
    for (const RecoveryItem &item : m_session.plan()->recoveryItems())
        ids.append(item.id);
    verifyItems(ids);
}

void RecoveryItemsView::stopChecking()
{
    if (m_verifier)
        m_verifier->cancel();
    // What is left is the item being checked now; it finishes and is recorded.
    m_pending.clear();
    if (m_current != 0)
        m_pending.insert(m_current);
    showProgress();
}

void RecoveryItemsView::showProgress()
{
    if (!m_pending.isEmpty()) {
        const auto current = m_session.plan()->recoveryItem(m_current);
        m_progress->setMessage(
            NoticeBanner::Kind::Information, tr("Checking %n item(s)…", nullptr, int(m_pending.size())),
            current ? tr("Now: %1. You can keep working meanwhile.").arg(current->displayTitle())
                    : tr("You can keep working meanwhile."));
        m_stop->show();
        m_progress->show();
        return;
    }
    m_stop->hide();
    if (!m_failures.isEmpty()) {
        m_progress->setMessage(NoticeBanner::Kind::Warning, tr("Some checks could not be recorded."),
                               m_failures.join(u' '));
        m_progress->show();
    } else {
        m_progress->hide();
    }
}

qint64 RecoveryItemsView::selectedItemId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->itemId(rows.first().row());
}

void RecoveryItemsView::selectItem(qint64 itemId)
{
    if (const int row = m_model->rowOf(itemId); row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void RecoveryItemsView::modelReset()
{
    // Every change of the items resets the model: keep the item that was chosen, or the first.
    const int row = m_model->rowOf(m_selectedId);
    if (row >= 0)
        m_table->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    selectionChanged();
}

void RecoveryItemsView::selectionChanged()
{
    const qint64 id = selectedItemId();
    if (id != 0 || m_model->rowCount() == 0)
        m_selectedId = id;
    m_editor->setItem(m_selectedId);
    m_editor->setChecking(m_selectedId != 0 && m_selectedId == m_current);
    updateState();
}

void RecoveryItemsView::updateState()
{
    const bool writable = !m_session.plan()->isReadOnly();
    const auto item = m_session.plan()->recoveryItem(m_selectedId);
    // Items every plan has are not offered for removal; the owner's own are.
    const bool own = item && item->builtIn.isEmpty();
    m_add->setEnabled(writable);
    m_remove->setEnabled(writable && own);
    m_remove->setToolTip(item && !own ? tr("Items on every plan's list stay; clear their fields, or say in "
                                           "the notes why the shop does without.")
                                      : tr("Take the selected item off the list (only items you added)"));
}

void RecoveryItemsView::addItem()
{
    if (m_session.plan()->isReadOnly())
        return;
    RecoveryItemDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto command = std::make_unique<AddRecoveryItemCommand>(*m_session.plan(), dialog.item());
    AddRecoveryItemCommand *added = command.get();
    if (m_session.pushEdit(std::move(command)))
        selectItem(added->itemId());
}

void RecoveryItemsView::removeItem()
{
    const auto item = m_session.plan()->recoveryItem(selectedItemId());
    if (!item || !item->builtIn.isEmpty() || m_session.plan()->isReadOnly())
        return;
    QString question = tr("Remove “%1” from the list?").arg(item->displayTitle()) + u"\n\n"_s;
    question += item->secretRef.isEmpty()
        ? tr("Its verifications go with it. You can undo the removal with Edit > Undo.")
        : tr("Its verifications go with it, and what it keeps in the keychain is deleted. Edit > Undo brings "
             "the item and its verifications back, but not what was in the keychain.");
    if (MessageBox::question(this, tr("Remove Item"), question, tr("&Remove")) != QMessageBox::Yes)
        return;
    auto command = std::make_unique<RemoveRecoveryItemCommand>(*m_session.plan(), *item);
    if (Status status = command->prepare(); !status) {
        MessageBox::warning(this, tr("Remove Item"),
                            tr("“%1” was not removed: its verifications could not be read to keep for undo.")
                                    .arg(item->displayTitle())
                                + u"\n\n"_s + status.error());
        return;
    }
    if (!m_session.pushEdit(std::move(command)))
        return;
    // The plan no longer points at the keychain entry; take it out of the keychain too.
    if (const auto ref = SecretRef::fromKey(item->secretRef)) {
        const QString title = item->displayTitle();
        m_session.secrets()->remove(*ref, this, [this, title](const SecretResult &result) {
            if (!result.ok())
                MessageBox::warning(
                    this, tr("Remove Item"),
                    tr("“%1” is removed from the plan, but what it kept in the keychain could "
                       "not be deleted. You can delete it with your system's password manager.")
                            .arg(title)
                        + u"\n\n"_s + result.message());
        });
    }
}

void RecoveryItemsView::filesDropped(qint64 itemId, const QList<QUrl> &urls)
{
    Plan *plan = m_session.plan();
    const auto item = plan->recoveryItem(itemId);
    if (!item)
        return;
    if (urls.size() != 1) {
        refuseDrop(tr("Drop one file or folder on an item."),
                   tr("Each item is kept in one place: drop the folder that holds it, or the one file."));
        return;
    }
    if (!urls.first().isLocalFile()) {
        refuseDrop(tr("Only a file or folder on this computer can be checked."),
                   tr("Type a web address into “Where it is” instead; Storefort cannot check it from here."));
        return;
    }
    // Clean: a folder's URL may end in a slash, and then it would have no name.
    const QFileInfo place(QDir::cleanPath(urls.first().toLocalFile()));
    if (const QString why = misfit(*item, place); !why.isEmpty()) {
        refuseDrop(tr("%1 does not fit “%2”.").arg(place.fileName(), item->displayTitle()), why);
        return;
    }
    if (plan->isReadOnly()) {
        refuseDrop(tr("This plan is open read-only: nothing can be changed."), plan->readOnlyReason());
        return;
    }
    m_dropNote->hide();
    // The item is shown, with whatever was being typed for it kept first; the field then follows the
    // plan, not the focus.
    selectItem(itemId);
    m_editor->commitPending();
    m_table->setFocus(Qt::OtherFocusReason);
    const auto before = plan->recoveryItem(itemId);
    if (!before)
        return;
    RecoveryItem after = *before;
    after.location = QDir::toNativeSeparators(place.absoluteFilePath());
    if (after != *before) {
        // The same edit as typing the place into the editor, with the same name in the Edit menu.
        const Status changed = m_session.pushEdit(std::make_unique<EditRecoveryItemCommand>(
            *plan, *before, after,
            QCoreApplication::translate("RecoveryItemEditor", "Change where %1 is")
                .arg(before->displayTitle())));
        if (!changed)
            return; // the session reports it
    }
    verifyItems({ itemId });
}

QString RecoveryItemsView::misfit(const RecoveryItem &item, const QFileInfo &place)
{
    if (!place.exists())
        return tr("It is not there any more: it may have been moved or deleted.");
    const bool folder = place.isDir();
    const QString suffix = place.suffix().toLower();
    switch (item.kind) {
    case RecoveryKind::Backup:
        if (folder || ArchiveListing::claimsArchive(place.fileName()))
            return {};
        return tr("A backup is the folder the backups are saved in, or one archive (.tar.gz, .zip, .7z …).");
    case RecoveryKind::Certificate: {
        static const QStringList suffixes { u"key"_s, u"pem"_s, u"crt"_s, u"cer"_s,
                                            u"der"_s, u"csr"_s, u"req"_s };
        if (folder || suffixes.contains(suffix))
            return {};
        return tr("The certificate is checked from the folder with its key, or from a .key, .pem, .crt or "
                  ".csr file.");
    }
    case RecoveryKind::CustomerExport:
    case RecoveryKind::OrderExport:
    case RecoveryKind::ProductCsv:
        // A folder of exports: the newest CSV file in it is checked.
        if (folder || suffix == u"csv"_s)
            return {};
        return tr("An export is a CSV file (or the folder the exports are saved in).");
    case RecoveryKind::CodeRepository:
        if (folder)
            return {};
        return tr("The code is checked from its folder (a git repository): drop the folder, not a file.");
    case RecoveryKind::RootAccount:
        return tr("The root account is not kept in a file: its password belongs in the keychain. Note who "
                  "holds it instead.");
    case RecoveryKind::Other:
        break;
    }
    return {}; // the owner's own item: any place will do
}

void RecoveryItemsView::refuseDrop(const QString &headline, const QString &details)
{
    m_dropNote->setMessage(NoticeBanner::Kind::Warning, headline, details);
    m_dropNote->show();
}
