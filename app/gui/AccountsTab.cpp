#include "AccountsTab.h"

#include "AccountCommands.h"
#include "AccountDialog.h"
#include "AccountsFilterModel.h"
#include "AccountsModel.h"
#include "FileDropTarget.h"
#include "ImportAccountsDialog.h"
#include "MessageBox.h"
#include "NoticeBanner.h"
#include "PlanSession.h"
#include "SystemDialog.h"
#include "plan/Plan.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

AccountsTab::AccountsTab(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_notice(new NoticeBanner(this))
    , m_model(new AccountsModel(*session.plan(), this))
    , m_filter(new AccountsFilterModel(m_model, this))
    , m_stack(new QStackedWidget(this))
    , m_systems(new QListWidget(this))
    , m_addSystem(new QPushButton(QIcon(u":/icons/list-add.svg"_s), tr("Add S&ystem…"), this))
    , m_editSystem(new QPushButton(tr("Ed&it…"), this))
    , m_removeSystem(new QPushButton(QIcon(u":/icons/list-remove.svg"_s), tr("Remo&ve…"), this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_tableStack(new QStackedWidget(this))
    , m_noAccounts(new QLabel(this))
    , m_table(new QTableView(this))
    , m_import(new QPushButton(tr("&Import Accounts…"), this))
    , m_addAccount(new QPushButton(QIcon(u":/icons/list-add.svg"_s), tr("Add Acc&ount…"), this))
    , m_editAccount(new QPushButton(tr("&Edit Account…"), this))
{
    setObjectName(u"accountsTab"_s);
    m_notice->setObjectName(u"accountsNotice"_s);
    m_notice->addDismissButton()->setObjectName(u"accountsNoticeDismiss"_s);
    m_notice->hide();

    // No systems yet: one clear thing to do.
    auto *empty = new QWidget(m_stack);
    empty->setObjectName(u"accountsEmpty"_s);
    auto *emptyText = new QLabel(tr("<b>Start with your shop's admin.</b><br>Add each system people sign in "
                                    "to for the shop — the shop admin, the hosting panel, email — then "
                                    "import its list of users, exported as a CSV file."),
                                 empty);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setMaximumWidth(fontMetrics().averageCharWidth() * 70);
    auto *emptyAdd = new QPushButton(QIcon(u":/icons/list-add.svg"_s), tr("Add the &Shop's Admin…"), empty);
    emptyAdd->setObjectName(u"addFirstSystem"_s);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText, 0, Qt::AlignHCenter);
    emptyLayout->addSpacing(fontMetrics().height());
    emptyLayout->addWidget(emptyAdd, 0, Qt::AlignCenter);
    emptyLayout->addStretch(2);

    // The systems on the left.
    m_systems->setObjectName(u"accountSystems"_s);
    m_systems->setAccessibleName(tr("Systems"));
    m_systems->setToolTip(tr("The systems where the shop's accounts live. Choose one to see its accounts."));
    m_addSystem->setObjectName(u"addSystem"_s);
    m_addSystem->setToolTip(tr("Add a system people sign in to for the shop"));
    m_editSystem->setObjectName(u"editSystem"_s);
    m_editSystem->setToolTip(tr("Change the chosen system's details: its audit log and password rules"));
    m_removeSystem->setObjectName(u"removeSystem"_s);
    m_removeSystem->setToolTip(tr("Take the chosen system and its accounts off the plan"));
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *systemsLabel = new QLabel(tr("S&ystems"), left);
    systemsLabel->setBuddy(m_systems);
    leftLayout->addWidget(systemsLabel);
    leftLayout->addWidget(m_systems, 1);
    // Two rows, so the list stays narrow and the accounts get the room.
    auto *systemButtons = new QGridLayout;
    systemButtons->addWidget(m_addSystem, 0, 0, 1, 2);
    systemButtons->addWidget(m_editSystem, 1, 0);
    systemButtons->addWidget(m_removeSystem, 1, 1);
    leftLayout->addLayout(systemButtons);

    // The accounts on the right.
    m_search->setObjectName(u"accountSearch"_s);
    m_search->setPlaceholderText(tr("Search user names, names and emails"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search accounts"));
    m_status->setObjectName(u"accountStatusFilter"_s);
    m_status->setAccessibleName(tr("Show accounts that are"));
    m_status->addItem(tr("Active and disabled"), int(AccountsFilterModel::StatusFilter::ActiveAndDisabled));
    m_status->addItem(tr("Active only"), int(AccountsFilterModel::StatusFilter::Active));
    m_status->addItem(tr("Disabled only"), int(AccountsFilterModel::StatusFilter::Disabled));
    m_status->addItem(tr("Removed only"), int(AccountsFilterModel::StatusFilter::Removed));
    m_status->addItem(tr("All, removed ones too"), int(AccountsFilterModel::StatusFilter::All));
    m_status->setToolTip(tr("Removed accounts are those the latest import no longer listed; they stay on "
                            "file as history."));
    m_count->setObjectName(u"accountCount"_s);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 2);
    auto *showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_status);
    filterRow->addWidget(showLabel);
    filterRow->addWidget(m_status);
    filterRow->addStretch(1);
    filterRow->addWidget(m_count);

    m_table->setObjectName(u"accountsTable"_s);
    m_table->setAccessibleName(tr("Accounts"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AccountsModel::UserName, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights and column widths: nothing is measured over 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    const int ch = fontMetrics().averageCharWidth();
    const std::pair<int, int> widths[] = {
        { AccountsModel::UserName, 16 },
        { AccountsModel::DisplayName, 18 },
        { AccountsModel::SystemName, 20 },
        { AccountsModel::People, 16 },
        { AccountsModel::Role, 32 },
        { AccountsModel::Reach, 22 },
        { AccountsModel::Mfa, 10 },
        { AccountsModel::LastSignIn, 14 },
        { AccountsModel::PasswordChanged, 14 },
        { AccountsModel::Status, 10 },
    };
    for (const auto &[column, chars] : widths)
        header->resizeSection(column,
                              std::max(ch * chars,
                                       header->fontMetrics().horizontalAdvance(
                                           m_model->headerData(column, Qt::Horizontal).toString())
                                           + ch * 4));

    m_noAccounts->setObjectName(u"noAccounts"_s);
    m_noAccounts->setWordWrap(true);
    m_noAccounts->setAlignment(Qt::AlignCenter);
    m_noAccounts->setMargin(fontMetrics().height() * 2);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_noAccounts);

    m_import->setObjectName(u"importAccounts"_s);
    m_import->setToolTip(tr("Read the accounts from a file exported from the system, and see what would "
                            "change before anything does"));
    m_addAccount->setObjectName(u"addAccount"_s);
    m_addAccount->setToolTip(tr("Enter an account that no export lists"));
    m_editAccount->setObjectName(u"editAccount"_s);
    m_editAccount->setToolTip(tr("Say whom the chosen account belongs to and what it can reach"));
    auto *accountButtons = new QHBoxLayout;
    accountButtons->addWidget(m_import);
    accountButtons->addWidget(m_addAccount);
    accountButtons->addWidget(m_editAccount);
    accountButtons->addStretch();

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(filterRow);
    rightLayout->addWidget(m_tableStack, 1);
    rightLayout->addLayout(accountButtons);

    auto *split = new QSplitter(Qt::Horizontal, m_stack);
    split->setObjectName(u"accountsSplit"_s);
    split->setChildrenCollapsible(false);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    // Wide enough for the system buttons: "Add" above, "Edit" and "Remove" side by side.
    const int leftWidth = std::max(m_addSystem->sizeHint().width(),
                                   m_editSystem->sizeHint().width() + m_removeSystem->sizeHint().width()
                                       + systemButtons->horizontalSpacing());
    left->setMinimumWidth(leftWidth);
    split->setSizes({ leftWidth, ch * 120 });

    m_stack->addWidget(empty);
    m_stack->addWidget(split);

    auto *layout = new QVBoxLayout(this);
    const int gap = fontMetrics().height() / 2;
    layout->setContentsMargins(0, gap, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack);

    // A CSV file dropped anywhere on the table (or on the note standing in for it) is imported.
    for (QWidget *target : std::initializer_list<QWidget *> { m_table->viewport(), m_noAccounts })
        new FileDropTarget(
            target, [](const QPoint &) { return true; },
            [this](const QList<QUrl> &urls, const QPoint &) { filesDropped(urls); });

    Plan *plan = session.plan();
    connect(emptyAdd, &QPushButton::clicked, this, &AccountsTab::addSystem);
    connect(m_addSystem, &QPushButton::clicked, this, &AccountsTab::addSystem);
    connect(m_editSystem, &QPushButton::clicked, this, &AccountsTab::editSystem);
    connect(m_removeSystem, &QPushButton::clicked, this, &AccountsTab::removeSystem);
    connect(m_systems, &QListWidget::itemActivated, this, &AccountsTab::editSystem);
    connect(m_systems, &QListWidget::currentRowChanged, this, &AccountsTab::systemChosen);
    connect(m_import, &QPushButton::clicked, this, &AccountsTab::importAccounts);
    connect(m_addAccount, &QPushButton::clicked, this, &AccountsTab::addAccount);
    connect(m_editAccount, &QPushButton::clicked, this, &AccountsTab::editAccount);
    connect(m_table, &QTableView::activated, this, &AccountsTab::editAccount);
    connect(m_search, &QLineEdit::textChanged, m_filter, &AccountsFilterModel::setSearchText);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatusFilter(
            static_cast<AccountsFilterModel::StatusFilter>(m_status->currentData().toInt()));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsTab::updateState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AccountsTab::updateState);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AccountsTab::updateState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AccountsTab::updateState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AccountsTab::updateState);
    connect(plan, &Plan::systemsChanged, this, &AccountsTab::refreshSystems);
    connect(plan, &Plan::accountsChanged, this, &AccountsTab::refreshSystems);
    refreshSystems();
}

void AccountsTab::refreshSystems()
{
    const Plan *plan = m_session.plan();
    m_countBySystem.clear();
    for (const Account &a : plan->accounts())
        ++m_countBySystem[a.systemId];
    const QLocale locale;
    const QSignalBlocker block(m_systems);
    m_systems->clear();
    auto *all = new QListWidgetItem(tr("All systems (%1)").arg(locale.toString(plan->accounts().size())),
                                    m_systems);
    all->setData(Qt::UserRole, qint64(0));
    for (const System &s : plan->systems()) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(s.name, locale.toString(m_countBySystem.value(s.id))), m_systems);
        item->setData(Qt::UserRole, s.id);
        QString tip = SystemKinds::name(s.kind);
        if (s.providerId != 0) {
            if (const auto provider = plan->provider(s.providerId))
                tip = tr("%1, run by %2").arg(tip, provider->name);
        }
        item->setToolTip(tip);
    }
    int row = 0;
    for (int i = 0; i < m_systems->count(); ++i) {
        if (m_systems->item(i)->data(Qt::UserRole).toLongLong() == m_selectedSystem)
            row = i;
    }
    m_systems->setCurrentRow(row);
    m_stack->setCurrentIndex(plan->systems().isEmpty() ? 0 : 1);
    systemChosen();
}

void AccountsTab::systemChosen()
{
    const QListWidgetItem *item = m_systems->currentItem();
    m_selectedSystem = item ? item->data(Qt::UserRole).toLongLong() : 0;
    m_filter->setSystemId(m_selectedSystem);
    // One system's accounts need no column saying which system they are on.
    m_table->setColumnHidden(AccountsModel::SystemName, m_selectedSystem != 0);
    updateState();
}

qint64 AccountsTab::selectedSystemId() const
{
    return m_selectedSystem;
}

void AccountsTab::selectSystem(qint64 systemId)
{
    for (int i = 0; i < m_systems->count(); ++i) {
        if (m_systems->item(i)->data(Qt::UserRole).toLongLong() == systemId)
            m_systems->setCurrentRow(i);
    }
}

qint64 AccountsTab::selectedAccountId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(AccountsModel::AccountIdRole).toLongLong();
}

void AccountsTab::updateState()
{
    const Plan *plan = m_session.plan();
    const bool writable = !plan->isReadOnly();
    const bool hasSystem = m_selectedSystem != 0;
    m_addSystem->setEnabled(writable);
    m_editSystem->setEnabled(writable && hasSystem);
    m_removeSystem->setEnabled(writable && hasSystem);
    m_import->setEnabled(writable && !plan->systems().isEmpty());
    m_addAccount->setEnabled(writable && !plan->systems().isEmpty());
    m_editAccount->setEnabled(writable && selectedAccountId() != 0);

    const int onFile = hasSystem ? m_countBySystem.value(m_selectedSystem) : int(plan->accounts().size());
    const int shown = m_filter->rowCount();
    const QLocale locale;
    m_count->setText(tr("%n account(s) (%1 shown)", nullptr, onFile).arg(locale.toString(shown)));
    if (onFile == 0) {
        const auto system = plan->system(m_selectedSystem);
        m_noAccounts->setText(system ? tr("No accounts of %1 on file yet. Export its list of users as a CSV "
                                          "file and choose Import Accounts, or drop the file here.")
                                           .arg(system->name)
                                     : tr("No accounts on file yet. Export each system's list of users as a "
                                          "CSV file and choose Import Accounts, or drop the file here."));
        m_tableStack->setCurrentWidget(m_noAccounts);
    } else {
        m_tableStack->setCurrentWidget(m_table);
    }
}

void AccountsTab::addSystem()
{
    if (m_session.plan()->isReadOnly())
        return;
    System fresh;
    // The first system is almost always the shop's admin; after that, no guess.
    fresh.kind = m_session.plan()->systems().isEmpty() ? SystemKind::ShopAdmin : SystemKind::Other;
    SystemDialog dialog(fresh, m_session.plan()->providers(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto command = std::make_unique<AddSystemCommand>(*m_session.plan(), dialog.system());
    AddSystemCommand *added = command.get();
    // A refused edit is reported by the session (the main window shows it).
    if (m_session.pushEdit(std::move(command)))
        selectSystem(added->systemId());
}

void AccountsTab::editSystem()
{
    const auto before = m_session.plan()->system(m_selectedSystem);
    if (!before || m_session.plan()->isReadOnly())
        return;
    SystemDialog dialog(*before, m_session.plan()->providers(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    static_cast<void>(
        m_session.pushEdit(std::make_unique<EditSystemCommand>(*m_session.plan(), *before, dialog.system())));
}

void AccountsTab::removeSystem()
{
    const auto system = m_session.plan()->system(m_selectedSystem);
    if (!system || m_session.plan()->isReadOnly())
        return;
    const int accounts = m_countBySystem.value(system->id);
    const QString question = tr("Remove %1 from the plan?").arg(system->name) + u"\n\n"_s
        + (accounts == 0 ? tr("It has no accounts on file. You can undo the removal with Edit > Undo.")
                         : tr("Its %n account(s) on file go with it, with the replies and leavers' steps "
                              "recorded for them. This cannot be undone; the History keeps a record.",
                              nullptr, accounts));
    if (MessageBox::question(this, tr("Remove System"), question, tr("&Remove")) != QMessageBox::Yes)
        return;
    if (accounts == 0) {
        static_cast<void>(
            m_session.pushEdit(std::make_unique<RemoveSystemCommand>(*m_session.plan(), *system)));
        return;
    }
    if (Status status = m_session.plan()->removeSystem(system->id); !status)
        MessageBox::warning(this, tr("Remove System"), status.error());
}

void AccountsTab::importAccounts()
{
    importFile({});
}

void AccountsTab::importFile(const QString &path)
{
    if (m_session.plan()->isReadOnly() || m_session.plan()->systems().isEmpty())
        return;
    const qint64 systemId = m_selectedSystem != 0 ? m_selectedSystem : m_session.plan()->systems().first().id;
    ImportAccountsDialog dialog(m_session, systemId, this);
    if (!path.isEmpty())
        dialog.setFile(path);
    if (dialog.exec() == QDialog::Accepted)
        selectSystem(dialog.systemId());
}

void AccountsTab::filesDropped(const QList<QUrl> &urls)
{
    const Plan *plan = m_session.plan();
    if (urls.size() != 1) {
        refuseDrop(tr("Drop one file at a time."),
                   tr("Each import reads one system's list of users: drop the CSV file exported from it."));
        return;
    }
    const QUrl &url = urls.first();
    if (!url.isLocalFile()) {
        refuseDrop(tr("Only a file on this computer can be imported."),
                   tr("Save the export to this computer first, then drop the saved file here."));
        return;
    }
    const QFileInfo info(QDir::cleanPath(url.toLocalFile()));
    if (info.isDir()) {
        refuseDrop(tr("A folder cannot be imported."),
                   tr("Open the folder and drop the CSV file with the list of users instead."));
        return;
    }
    if (!info.isFile()) {
        refuseDrop(tr("%1 was not found.").arg(QDir::toNativeSeparators(info.filePath())),
                   tr("It may have been moved or deleted. Drop the file again from where it is now."));
        return;
    }
    const QString suffix = info.suffix().toLower();
    if (suffix != u"csv"_s && suffix != u"txt"_s) {
        refuseDrop(tr("%1 is not a CSV file.").arg(info.fileName()),
                   tr("Export the list of users from the system as a CSV file, then drop that file here."));
        return;
    }
    if (plan->isReadOnly()) {
        refuseDrop(tr("This plan is open read-only: nothing can be imported."), plan->readOnlyReason());
        return;
    }
    if (plan->systems().isEmpty()) {
        refuseDrop(tr("Add the system first."),
                   tr("Say which system the accounts are on with Add System, then drop the file again."));
        return;
    }
    m_notice->hide();
    // The import window waits for the drop to be over: the file manager is not kept waiting.
    QMetaObject::invokeMethod(
        this, [this, path = info.absoluteFilePath()] { importFile(path); }, Qt::QueuedConnection);
}

void AccountsTab::refuseDrop(const QString &headline, const QString &details)
{
    m_notice->setMessage(NoticeBanner::Kind::Warning, headline, details);
    m_notice->show();
}

void AccountsTab::addAccount()
{
    Plan *plan = m_session.plan();
    if (plan->isReadOnly() || plan->systems().isEmpty())
        return;
    Account fresh;
    fresh.systemId = m_selectedSystem != 0 ? m_selectedSystem : plan->systems().first().id;
    fresh.role = AccountRole::ReadOnly;
    AccountDialog dialog(fresh, plan->systems(), plan->people(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Entered by hand: audited by the plan; the plan has no way to delete an account, so no undo.
    if (auto id = plan->addAccount(dialog.account()); !id)
        MessageBox::warning(this, tr("Account Not Added"), id.error());
}

void AccountsTab::editAccount()
{
    Plan *plan = m_session.plan();
    const auto before = plan->account(selectedAccountId());
    if (!before || plan->isReadOnly())
        return;
    AccountDialog dialog(*before, plan->systems(), plan->people(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    static_cast<void>(
        m_session.pushEdit(std::make_unique<EditAccountCommand>(*plan, *before, dialog.account())));
}
