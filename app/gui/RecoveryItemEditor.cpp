#include "RecoveryItemEditor.h"

#include "FileDialog.h"
#include "FormDialogLayout.h"
#include "MessageBox.h"
#include "PlanSession.h"
#include "RecoveryItemChecksView.h"
#include "RecoveryItemCommands.h"
#include "RecoveryItemSecretBox.h"
#include "common/Clock.h"
#include "contingency/RecoveryCheck.h"
#include "plan/Plan.h"

#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The holder combo's data: "person/<id>", "provider/<id>", or empty for nobody.
QString holderKey(qint64 personId, qint64 providerId)
{
    if (personId != 0)
        return u"person/"_s + QString::number(personId);
    if (providerId != 0)
        return u"provider/"_s + QString::number(providerId);
    return {};
}

// Where the kind of item is usually kept: a folder, a file (or a folder of them), or a place that
// is not on this computer.
enum class Place
{
    Folder,
    FileOrFolder,
    Elsewhere,
};

Place placeOf(RecoveryKind kind)
{
    switch (kind) {
    case RecoveryKind::Backup:
    case RecoveryKind::Certificate:
    case RecoveryKind::CodeRepository:
        return Place::Folder;
    case RecoveryKind::RootAccount:
        return Place::Elsewhere;
    default:
        return Place::FileOrFolder;
    }
}

} // namespace

RecoveryItemEditor::RecoveryItemEditor(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_sessionAlive(&session)
    , m_plan(session.plan())
    , m_title(new QLabel(this))
    , m_kind(new QLabel(this))
    , m_why(new QLabel(this))
    , m_titleLabel(new QLabel(tr("&Title:"), this))
    , m_titleEdit(new QLineEdit(this))
    , m_holder(new QComboBox(this))
    , m_location(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_howToReach(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_secret(new RecoveryItemSecretBox(session, this))
    , m_verify(new QPushButton(tr("&Verify"), this))
    , m_verifyAll(new QPushButton(tr("Verify A&ll"), this))
    , m_confirm(new QPushButton(tr("&Confirm by Hand…"), this))
    , m_checks(new RecoveryItemChecksView(*session.plan(), this))
{
    setObjectName(u"recoveryItemEditor"_s);
    m_title->setObjectName(u"recoveryItemHeading"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_kind->setObjectName(u"recoveryItemKindLabel"_s);
    m_kind->setTextFormat(Qt::PlainText);
    m_kind->setForegroundRole(QPalette::PlaceholderText);
    m_why->setObjectName(u"recoveryItemWhy"_s);
    m_why->setTextFormat(Qt::PlainText);
    m_why->setWordWrap(true);

    m_titleEdit->setObjectName(u"recoveryTitleEdit"_s);
    m_titleEdit->setAccessibleName(tr("Title of the item"));
    m_titleLabel->setBuddy(m_titleEdit);
    m_holder->setObjectName(u"recoveryHolder"_s);
    m_holder->setAccessibleName(tr("Who holds it"));
    m_holder->setToolTip(tr("The team member or provider who has it, or can get at it, on a bad day"));
    m_holder->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_holder->setMinimumContentsLength(16);
    m_holder->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_location->setObjectName(u"recoveryLocation"_s);
    m_location->setAccessibleName(tr("Where it is"));
    m_location->setPlaceholderText(tr("A folder on this computer or a share, a web address, or a place"));
    m_browse->setObjectName(u"recoveryBrowse"_s);
    m_browse->setAccessibleName(tr("Choose where it is"));
    m_howToReach->setObjectName(u"recoveryHowToReach"_s);
    m_howToReach->setAccessibleName(tr("How to reach it"));
    m_howToReach->setPlaceholderText(tr("Who to call, which portal, which drawer"));
    m_notes->setObjectName(u"recoveryNotes"_s);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(fontMetrics().lineSpacing() * 3 + fontMetrics().height());
    m_notes->installEventFilter(this);

    m_verify->setObjectName(u"recoveryVerify"_s);
    m_verify->setToolTip(tr("Check this item now from its files"));
    m_verifyAll->setObjectName(u"recoveryVerifyAll"_s);
    m_verifyAll->setToolTip(tr("Check every item Storefort can check, one after another"));
    m_confirm->setObjectName(u"recoveryConfirm"_s);
    m_confirm->setToolTip(tr("Record that you looked at the item yourself and it is there and usable"));

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_titleLabel, m_titleEdit);
    form->addRow(label(tr("Hol&der:"), m_holder), m_holder);
    auto *where = new QHBoxLayout;
    where->addWidget(m_location, 1);
    where->addWidget(m_browse);
    form->addRow(label(tr("&Where it is:"), m_location), where);
    form->addRow(label(tr("How to &reach it:"), m_howToReach), m_howToReach);
    auto *notesLabel = label(tr("&Notes:"), m_notes);
    form->addRow(notesLabel, m_notes);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addWidget(m_verifyAll);
    buttons->addWidget(m_confirm);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_kind);
    layout->addWidget(m_why);
    layout->addLayout(form);
    layout->addWidget(m_secret);
    layout->addLayout(buttons);
    layout->addWidget(m_checks);
    layout->addStretch();

    // Keyboard order follows the eye: the fields, the secret, then what to do with the item.
    setTabOrder(m_titleEdit, m_holder);
    setTabOrder(m_holder, m_location);
    setTabOrder(m_location, m_browse);
    setTabOrder(m_browse, m_howToReach);
    setTabOrder(m_howToReach, m_notes);

    connect(m_titleEdit, &QLineEdit::editingFinished, this, &RecoveryItemEditor::commitTitle);
    connect(m_holder, &QComboBox::activated, this, &RecoveryItemEditor::commitHolder);
    connect(m_location, &QLineEdit::editingFinished, this, &RecoveryItemEditor::commitLocation);
    connect(m_howToReach, &QLineEdit::editingFinished, this, &RecoveryItemEditor::commitHowToReach);
    connect(m_verify, &QPushButton::clicked, this, [this] {
        commitPending();
        emit verifyRequested(m_itemId);
    });
    connect(m_verifyAll, &QPushButton::clicked, this, [this] {
        commitPending();
        emit verifyAllRequested();
    });
    connect(m_confirm, &QPushButton::clicked, this, &RecoveryItemEditor::confirmByHand);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const auto item = m_session.plan()->recoveryItem(m_itemId);
        if (!item)
            return;
        if (placeOf(item->kind) == Place::Folder) {
            browse(true);
            return;
        }
        QMenu menu(this);
        menu.addAction(tr("A &File…"), this, [this] { browse(false); });
        menu.addAction(tr("A F&older…"), this, [this] { browse(true); });
        menu.exec(m_browse->mapToGlobal(QPoint(0, m_browse->height())));
    });

    Plan *plan = session.plan();
    connect(plan, &Plan::recoveryItemsChanged, this, &RecoveryItemEditor::refresh);
    connect(plan, &Plan::peopleChanged, this, &RecoveryItemEditor::refresh);
    connect(plan, &Plan::providersChanged, this, &RecoveryItemEditor::refresh);
    refresh();
}

RecoveryItemEditor::~RecoveryItemEditor()
{
    if (m_sessionAlive && m_plan && m_sessionAlive->plan() == m_plan)
        commitPending();
}

void RecoveryItemEditor::setItem(qint64 itemId)
{
    if (itemId == m_itemId)
        return;
    commitPending();
    m_itemId = itemId;
    m_secret->setItem(itemId);
    refresh();
    // Another item: its fields show what the plan holds, even where the focus is.
    const auto item = m_session.plan()->recoveryItem(itemId);
    m_titleEdit->setText(item ? item->title : QString());
    m_location->setText(item ? item->location : QString());
    m_howToReach->setText(item ? item->howToReach : QString());
    m_notes->setPlainText(item ? item->notes : QString());
}

void RecoveryItemEditor::setChecking(bool checking)
{
    m_checking = checking;
    refresh();
}

bool RecoveryItemEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        commitNotes();
    return QWidget::eventFilter(watched, event);
}

void RecoveryItemEditor::refresh()
{
    const Plan &plan = *m_session.plan();
    const auto item = plan.recoveryItem(m_itemId);
    setEnabled(item.has_value());
    if (!item) {
        m_title->setText(tr("Choose an item on the left."));
        m_kind->clear();
        m_why->clear();
        m_checks->showItem(std::nullopt, false);
        return;
    }
    const bool writable = !plan.isReadOnly();
    const bool own = item->builtIn.isEmpty();
    m_title->setText(item->displayTitle());
    m_kind->setText(own ? tr("Your own item · %1").arg(RecoveryKinds::name(item->kind))
                        : RecoveryKinds::name(item->kind));
    const QString why = item->why();
    m_why->setText(why.isEmpty() ? tr("Note who holds it, where it is and how to reach it on a bad day.")
                                 : why);
    m_titleLabel->setVisible(own);
    m_titleEdit->setVisible(own);

    auto show = [](QLineEdit *edit, const QString &value) {
        if (!edit->hasFocus() && edit->text() != value)
            edit->setText(value);
    };
    show(m_titleEdit, item->title);
    show(m_location, item->location);
    show(m_howToReach, item->howToReach);
    if (!m_notes->hasFocus() && m_notes->toPlainText() != item->notes)
        m_notes->setPlainText(item->notes);
    fillHolders(item->holderPersonId, item->holderProviderId);
    for (QWidget *field : std::initializer_list<QWidget *> { m_titleEdit, m_holder, m_location, m_browse,
                                                             m_howToReach, m_notes })
        field->setEnabled(writable);
    m_browse->setVisible(placeOf(item->kind) != Place::Elsewhere);
    m_browse->setToolTip(placeOf(item->kind) == Place::Folder ? tr("Choose the folder it is kept in")
                                                              : tr("Choose the file or the folder it is in"));

    const bool verifiable = RecoveryKinds::hasVerifier(item->kind);
    m_verify->setVisible(verifiable);
    m_verify->setEnabled(writable && !m_checking);
    m_verify->setText(m_checking ? tr("Checking…") : tr("&Verify"));
    m_verifyAll->setEnabled(writable);
    m_confirm->setEnabled(writable);
    m_checks->showItem(item, m_checking);
}

void RecoveryItemEditor::fillHolders(qint64 personId, qint64 providerId)
{
    const Plan &plan = *m_session.plan();
    const QSignalBlocker blocker(m_holder);
    m_holder->clear();
    m_holder->addItem(tr("Nobody yet"), QString());
    for (const Person &person : plan.people()) {
        const QString text
            = person.status == Person::Status::Left ? tr("%1 (has left)").arg(person.name) : person.name;
        m_holder->addItem(text, holderKey(person.id, 0));
    }
    if (!plan.providers().isEmpty() && !plan.people().isEmpty())
        m_holder->insertSeparator(m_holder->count());
    for (const Provider &provider : plan.providers())
        m_holder->addItem(tr("%1 (provider)").arg(provider.name), holderKey(0, provider.id));
    m_holder->setCurrentIndex(std::max(0, m_holder->findData(holderKey(personId, providerId))));
}

void RecoveryItemEditor::commitPending()
{
    const auto before = m_session.plan()->recoveryItem(m_itemId);
    if (!before || m_session.plan()->isReadOnly())
        return;
    // Everything still typed goes as one edit: one field's edit would refresh the others.
    RecoveryItem after = *before;
    if (before->builtIn.isEmpty() && !m_titleEdit->text().trimmed().isEmpty())
        after.title = m_titleEdit->text().trimmed();
    after.location = m_location->text().trimmed();
    after.howToReach = m_howToReach->text().trimmed();
    after.notes = m_notes->toPlainText().trimmed();
    if (after != *before)
        static_cast<void>(
            m_session.pushEdit(std::make_unique<EditRecoveryItemCommand>(*m_session.plan(), *before, after)));
    m_secret->commitUserName();
}

namespace {
// Pushes one field's change as an undoable edit; false when the plan refused it.
template<typename Change>
bool pushChange(PlanSession &session, qint64 itemId, const QString &text, Change change)
{
    const auto before = session.plan()->recoveryItem(itemId);
    if (!before || session.plan()->isReadOnly())
        return true;
    RecoveryItem after = *before;
    change(after);
    if (after == *before)
        return true;
    return session.pushEdit(std::make_unique<EditRecoveryItemCommand>(*session.plan(), *before, after, text))
        .ok();
}
} // namespace

void RecoveryItemEditor::commitTitle()
{
    const auto item = m_session.plan()->recoveryItem(m_itemId);
    if (!item || !item->builtIn.isEmpty() || m_titleEdit->text().trimmed() == item->title)
        return;
    if (m_titleEdit->text().trimmed().isEmpty()) {
        m_titleEdit->setText(item->title); // an own item needs a name
        return;
    }
    if (!pushChange(m_session, m_itemId, tr("Rename %1").arg(item->displayTitle()),
                    [this](RecoveryItem &i) { i.title = m_titleEdit->text().trimmed(); }))
        m_titleEdit->setText(item->title);
}

void RecoveryItemEditor::commitHolder(int index)
{
    const QString key = m_holder->itemData(index).toString();
    const qint64 id = key.section(u'/', 1).toLongLong();
    const auto item = m_session.plan()->recoveryItem(m_itemId);
    if (!item)
        return;
    const bool changed = pushChange(m_session, m_itemId, tr("Change who holds %1").arg(item->displayTitle()),
                                    [&key, id](RecoveryItem &i) {
                                        i.holderPersonId = key.startsWith(u"person/") ? id : 0;
                                        i.holderProviderId = key.startsWith(u"provider/") ? id : 0;
                                    });
    if (!changed)
        refresh(); // the combo shows what the plan holds
}

void RecoveryItemEditor::commitLocation()
{
    const auto item = m_session.plan()->recoveryItem(m_itemId);
    if (!item || m_location->text().trimmed() == item->location)
        return;
    if (!pushChange(m_session, m_itemId, tr("Change where %1 is").arg(item->displayTitle()),
                    [this](RecoveryItem &i) { i.location = m_location->text().trimmed(); }))
        m_location->setText(item->location);
}

void RecoveryItemEditor::commitHowToReach()
{
    const auto item = m_session.plan()->recoveryItem(m_itemId);
    if (!item || m_howToReach->text().trimmed() == item->howToReach)
        return;
    if (!pushChange(m_session, m_itemId, tr("Change how to reach %1").arg(item->displayTitle()),
                    [this](RecoveryItem &i) { i.howToReach = m_howToReach->text().trimmed(); }))
        m_howToReach->setText(item->howToReach);
}

void RecoveryItemEditor::commitNotes()
{
    const auto item = m_session.plan()->recoveryItem(m_itemId);
    if (!item || m_notes->toPlainText().trimmed() == item->notes)
        return;
    if (!pushChange(m_session, m_itemId, tr("Change the notes on %1").arg(item->displayTitle()),
                    [this](RecoveryItem &i) { i.notes = m_notes->toPlainText().trimmed(); }))
        m_notes->setPlainText(item->notes);
}

void RecoveryItemEditor::browse(bool folder)
{
    const auto item = m_session.plan()->recoveryItem(m_itemId);
    if (!item)
        return;
    QString start = item->location.trimmed();
    if (start.isEmpty() || !QFileInfo::exists(start))
        start = QDir::homePath();
    // A folder chooser has no test seam in FileDialog yet; the tests type the folder instead.
    const QString chosen = folder
        ? QFileDialog::getExistingDirectory(this, tr("Where Is It Kept?"), start)
        : FileDialog::openFileName(this, tr("Where Is It Kept?"), start, tr("All files (*)"));
    if (chosen.isEmpty())
        return;
    m_location->setText(QDir::toNativeSeparators(chosen));
    commitLocation();
}

void RecoveryItemEditor::confirmByHand()
{
    const auto item = m_session.plan()->recoveryItem(m_itemId);
    if (!item || m_session.plan()->isReadOnly())
        return;
    commitPending();
    QDialog dialog(this);
    dialog.setObjectName(u"confirmDialog"_s);
    dialog.setWindowTitle(tr("Confirm by Hand"));
    auto *intro = new QLabel(tr("You looked at “%1” yourself and it is there and usable. Say in a few words "
                                "what you saw, for the binder and the history.")
                                 .arg(item->displayTitle()),
                             &dialog);
    intro->setWordWrap(true);
    auto *note = new QLineEdit(&dialog);
    note->setObjectName(u"confirmNote"_s);
    note->setAccessibleName(tr("What you saw"));
    note->setPlaceholderText(tr("For example: opened the envelope in the office safe"));
    note->setMaxLength(300);
    auto *noteLabel = new QLabel(tr("&What you saw:"), &dialog);
    noteLabel->setBuddy(note);
    auto *form = new QFormLayout;
    form->addRow(noteLabel, note);
    layOutFormDialog(dialog, intro, form, tr("&Confirm"), u"confirmOk"_s,
                     fontMetrics().averageCharWidth() * 64);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Verification confirmed = RecoveryCheck::confirmedByHand(note->text(), Clock::now());
    if (auto recorded = m_session.plan()->recordVerification(item->id, confirmed); !recorded)
        MessageBox::warning(this, tr("Not Recorded"), recorded.error());
}
