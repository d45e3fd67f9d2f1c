#include "AccountCommands.h"
#include "AccountsPageFixture.h"
#include "SystemDialog.h"
#include "accounts/AccountSync.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The "Accounts & access" step's Accounts tab: its tabs, systems, the account table with its filter,
// and hand corrections. The import through its dialog: tst_accountsimport.
class TestAccountsPage : public QObject, public AccountsPageFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(start()); }
    void init() { QVERIFY(createPlan()); }
    void cleanup() { closePage(); }
    void cleanupTestCase() { Clock::setClock(nullptr); }

    void stepIsRegisteredWithItsTabs();
    void addSystemThroughTheDialogWithUndo();
    void filterSearchAndSortByValue();
    void handEditPersonsAndRoleWithUndo();
    void undoNeverTakesImportedAccounts();
};

void TestAccountsPage::stepIsRegisteredWithItsTabs()
{
    const PlanStep step = AccountsPage::step();
    QCOMPARE(step.id, u"accounts"_s);
    QCOMPARE(step.order, 400);
    QVERIFY(!QIcon(step.iconPath).pixmap(24, 24).isNull());
    openPage();
    QCOMPARE(m_page->tabs()->widget(0), tab());
    // The register first, then the findings, the access picture, letters, leavers, stored passwords.
    QCOMPARE(m_page->tabs()->count(), 6);
    QVERIFY(m_page->tabs()->widget(1)->inherits("AccountFindingsView"));
    QVERIFY(m_page->tabs()->widget(2)->inherits("AccessMatrixView"));
    QVERIFY(m_page->tabs()->widget(3)->inherits("ConfirmationLettersView"));
    QVERIFY(m_page->tabs()->widget(4)->inherits("LeaversView"));
    QVERIFY(m_page->tabs()->widget(5)->inherits("CredentialHealthView"));
}

void TestAccountsPage::addSystemThroughTheDialogWithUndo()
{
    Provider host;
    host.name = u"Hostinga GmbH"_s;
    host.kind = ProviderKind::WebHost;
    auto hostId = m_session->plan()->addProvider(host);
    QVERIFY(hostId);
    openPage();
    auto *stack = tab()->findChild<QStackedWidget *>();
    QCOMPARE(stack->currentWidget()->objectName(), u"accountsEmpty"_s);

    answerNextDialog(u"systemOk"_s, [&](QDialog *dialog) {
        auto *kind = child<QComboBox>(dialog, u"systemKind"_s);
        QCOMPARE(kind->currentText(), SystemKinds::name(SystemKind::ShopAdmin));
        child<QLineEdit>(dialog, u"systemName"_s)->setText(u"WordPress admin"_s);
        auto *provider = child<QComboBox>(dialog, u"systemProvider"_s);
        provider->setCurrentIndex(provider->findData(hostId.value()));
        auto *log = child<QComboBox>(dialog, u"systemAuditLog"_s);
        log->setCurrentIndex(log->findData(int(YesNoUnknown::Yes)));
        child<QSpinBox>(dialog, u"systemRetention"_s)->setValue(90);
        child<QCheckBox>(dialog, u"systemReviewed"_s)->setChecked(false);
        auto *mfa = child<QComboBox>(dialog, u"systemMfa"_s);
        mfa->setCurrentIndex(mfa->findData(int(YesNoUnknown::No)));
        child<QSpinBox>(dialog, u"systemMinLength"_s)->setValue(12);
        child<QSpinBox>(dialog, u"systemMaxAge"_s)->setValue(0);
        child<QSpinBox>(dialog, u"systemLockout"_s)->setValue(5);
        child<QLineEdit>(dialog, u"systemAdmin"_s)->setText(u"admin"_s);
    });
    child<QPushButton>(tab(), u"addFirstSystem"_s)->click();

    QCOMPARE(m_session->plan()->systems().size(), 1);
    const System saved = m_session->plan()->systems().first();
    QCOMPARE(saved.name, u"WordPress admin"_s);
    QCOMPARE(saved.kind, SystemKind::ShopAdmin);
    QCOMPARE(saved.providerId, hostId.value());
    QCOMPARE(saved.auditLog, YesNoUnknown::Yes);
    QCOMPARE(saved.auditRetentionDays, 90);
    QVERIFY(!saved.auditLogReviewedOn.isValid()); // never
    QCOMPARE(saved.mfaEnforced, YesNoUnknown::No);
    QCOMPARE(saved.passwordPolicy, (PasswordPolicy { 12, 0, 5 }));
    QCOMPARE(saved.builtInAdmin, u"admin"_s);
    QCOMPARE(stack->currentWidget()->objectName(), u"accountsSplit"_s);
    QCOMPARE(tab()->selectedSystemId(), saved.id);
    // No accounts yet: the table says what to do instead of showing nothing.
    QVERIFY(child<QLabel>(tab(), u"noAccounts"_s)->isVisibleTo(tab()));
    QVERIFY(child<QLabel>(tab(), u"noAccounts"_s)->text().contains(u"Import Accounts"_s));

    // Editing goes through the same dialog and can be undone.
    answerNextDialog(u"systemOk"_s,
                     [](QDialog *dialog) { child<QSpinBox>(dialog, u"systemMinLength"_s)->setValue(14); });
    child<QPushButton>(tab(), u"editSystem"_s)->click();
    QCOMPARE(m_session->plan()->systems().first().passwordPolicy.minLength, 14);
    m_session->undoStack()->undo();
    QCOMPARE(m_session->plan()->systems().first().passwordPolicy.minLength, 12);
    m_session->undoStack()->undo();
    QVERIFY(m_session->plan()->systems().isEmpty());
    QCOMPARE(stack->currentWidget()->objectName(), u"accountsEmpty"_s);
    m_session->undoStack()->redo();
    QCOMPARE(m_session->plan()->systems().size(), 1);
    QCOMPARE(m_session->plan()->systems().first().id, saved.id);
}

void TestAccountsPage::filterSearchAndSortByValue()
{
    const qint64 shop = addSystem();
    const qint64 tool = addSystem(u"Warehouse tool"_s);
    AccountColumnMapping mapping;
    mapping.userName = u"login"_s;
    mapping.displayName = u"name"_s;
    mapping.email = u"email"_s;
    mapping.lastLogin = u"last"_s;
    mapping.active = u"active"_s;
    QVERIFY(m_session->plan()->setAccountMapping(tool, mapping));
    openPage();
    QCOMPARE(importThroughDialog(shop, fixture(u"wordpress.csv"_s)).added, 5);
    // Dates whose text order is not their order in time.
    const QString path = m_dir.filePath(u"tool.csv"_s);
    QVERIFY(writeFile(path,
                      "login,name,email,last,active\r\n"
                      "zoe,Zoe Packer,zoe@tinytea.example,02.01.2024 08:00,yes\r\n"
                      "max,Max Stock,max@lager.example,15.12.2023 08:00,no\r\n"
                      "ann,Ann Early,ann@lager.example,01.03.2023 08:00,yes\r\n"));
    QCOMPARE(importThroughDialog(tool, path).added, 3);

    AccountsFilterModel *filter = tab()->filterModel();
    tab()->selectSystem(0);
    QCOMPARE(filter->rowCount(), 8);
    tab()->selectSystem(tool);
    QCOMPARE(filter->rowCount(), 3);
    QVERIFY(countSays(tab(), 3, 3));

    // Sorting by last sign-in sorts by the date, not by its text.
    tab()->table()->sortByColumn(AccountsModel::LastSignIn, Qt::AscendingOrder);
    QCOMPARE(cell(0, AccountsModel::UserName), u"ann"_s);
    QCOMPARE(cell(1, AccountsModel::UserName), u"max"_s);
    QCOMPARE(cell(2, AccountsModel::UserName), u"zoe"_s);
    tab()->table()->sortByColumn(AccountsModel::LastSignIn, Qt::DescendingOrder);
    QCOMPARE(cell(0, AccountsModel::UserName), u"zoe"_s);
    // The relative day, with the exact date as the tooltip.
    QVERIFY2(cell(0, AccountsModel::LastSignIn).contains(u"month"_s),
             qPrintable(cell(0, AccountsModel::LastSignIn)));
    QVERIFY(!filter->index(0, AccountsModel::LastSignIn).data(Qt::ToolTipRole).toString().isEmpty());
    tab()->table()->sortByColumn(AccountsModel::UserName, Qt::AscendingOrder);
    QCOMPARE(cell(0, AccountsModel::UserName), u"ann"_s);

    // Status: disabled only.
    auto *status = child<QComboBox>(tab(), u"accountStatusFilter"_s);
    status->setCurrentIndex(status->findData(int(AccountsFilterModel::StatusFilter::Disabled)));
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(cell(0, AccountsModel::UserName), u"max"_s);
    status->setCurrentIndex(status->findData(int(AccountsFilterModel::StatusFilter::ActiveAndDisabled)));

    // Search in user names, names and emails, over every system.
    tab()->selectSystem(0);
    auto *search = child<QLineEdit>(tab(), u"accountSearch"_s);
    search->setText(u"LAGER.example"_s); // email, any case
    QCOMPARE(filter->rowCount(), 2);
    search->setText(u"berg"_s); // display name
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(cell(0, AccountsModel::UserName), u"jana"_s);
    search->setText(u"tom.d"_s); // user name
    QCOMPARE(filter->rowCount(), 1);
    search->setText(u"nobody-has-this"_s);
    QCOMPARE(filter->rowCount(), 0);
    QVERIFY(countSays(tab(), 8, 0));
    search->clear();
    QCOMPARE(filter->rowCount(), 8);
}

void TestAccountsPage::handEditPersonsAndRoleWithUndo()
{
    const qint64 systemId = addSystem();
    Person jana;
    jana.name = u"Jana Berg"_s;
    Person sara;
    sara.name = u"Sara Owner"_s;
    auto janaId = m_session->plan()->addPerson(jana);
    auto saraId = m_session->plan()->addPerson(sara);
    QVERIFY(janaId && saraId);
    openPage();
    QCOMPARE(importThroughDialog(systemId, fixture(u"wordpress.csv"_s)).added, 5);

    const int row = rowOf(u"jana"_s);
    QVERIFY(row >= 0);
    tab()->table()->selectRow(row);
    const qint64 accountId = tab()->selectedAccountId();
    const Account before = *m_session->plan()->account(accountId);
    QCOMPARE(before.role, AccountRole::Manager);
    QVERIFY(before.personIds.isEmpty());

    answerNextDialog(u"accountOk"_s, [&](QDialog *dialog) {
        QVERIFY(child<QLineEdit>(dialog, u"accountUserName"_s)->isReadOnly()); // the import's to say
        auto *people = child<QListWidget>(dialog, u"accountPeople"_s);
        QCOMPARE(people->count(), 2);
        for (int i = 0; i < people->count(); ++i) {
            if (people->item(i)->text() == u"Jana Berg"_s)
                people->item(i)->setCheckState(Qt::Checked);
        }
        auto *role = child<QComboBox>(dialog, u"accountRole"_s);
        role->setCurrentIndex(role->findData(int(AccountRole::Editor)));
        child<QCheckBox>(dialog, u"accountReach_payments"_s)->setChecked(false);
        child<QCheckBox>(dialog, u"accountReach_products"_s)->setChecked(true);
        auto *mfa = child<QComboBox>(dialog, u"accountMfa"_s);
        mfa->setCurrentIndex(mfa->findData(int(YesNoUnknown::Yes)));
    });
    child<QPushButton>(tab(), u"editAccount"_s)->click();

    const Account after = *m_session->plan()->account(accountId);
    QCOMPARE(after.personIds, QList<qint64> { janaId.value() });
    QCOMPARE(after.role, AccountRole::Editor);
    QCOMPARE(after.mfa, YesNoUnknown::Yes);
    QVERIFY(after.reach.testFlag(DataKind::ProductLists));
    QVERIFY(!after.reach.testFlag(DataKind::Payments));
    QCOMPARE(after.platformRole, u"shop_manager"_s); // what the system calls it stays
    QCOMPARE(cell(rowOf(u"jana"_s), AccountsModel::People), u"Jana Berg"_s);
    QVERIFY(cell(rowOf(u"jana"_s), AccountsModel::Role).startsWith(AccountRoles::name(AccountRole::Editor)));

    m_session->undoStack()->undo();
    QCOMPARE(*m_session->plan()->account(accountId), before);
    QCOMPARE(cell(rowOf(u"jana"_s), AccountsModel::People), QString());
    m_session->undoStack()->redo();
    QCOMPARE(m_session->plan()->account(accountId)->personIds, QList<qint64> { janaId.value() });

    // An account entered by hand.
    answerNextDialog(u"accountOk"_s, [&](QDialog *dialog) {
        child<QLineEdit>(dialog, u"accountUserName"_s)->setText(u"sara-ftp"_s);
        child<QLineEdit>(dialog, u"accountDisplayName"_s)->setText(u"Sara's FTP"_s);
        auto *people = child<QListWidget>(dialog, u"accountPeople"_s);
        for (int i = 0; i < people->count(); ++i) {
            if (people->item(i)->text() == u"Sara Owner"_s)
                people->item(i)->setCheckState(Qt::Checked);
        }
    });
    child<QPushButton>(tab(), u"addAccount"_s)->click();
    QCOMPARE(m_session->plan()->accounts().size(), 6);
    const int added = rowOf(u"sara-ftp"_s);
    QVERIFY(added >= 0);
    QCOMPARE(cell(added, AccountsModel::People), u"Sara Owner"_s);
    QCOMPARE(cell(added, AccountsModel::Source), u"Entered by hand"_s);
}

void TestAccountsPage::undoNeverTakesImportedAccounts()
{
    // A system added through the undo stack, then accounts imported into it (an import is audited,
    // not undone): undoing the "add" must not take the accounts with it.
    openPage();
    System system;
    system.name = u"Shop admin"_s;
    QVERIFY(m_session->pushEdit(std::make_unique<AddSystemCommand>(*m_session->plan(), system)).ok());
    const qint64 systemId = m_session->plan()->systems().first().id;
    AccountSync sync;
    sync.systemId = systemId;
    Account a;
    a.systemId = systemId;
    a.userName = u"lena"_s;
    sync.added.append(a);
    QVERIFY(m_session->plan()->applyImport(systemId, sync).ok());

    QSignalSpy failed(m_session.get(), &PlanSession::editFailed);
    m_session->undoStack()->undo();
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(u"cannot be undone"_s),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(m_session->plan()->systems().size(), 1);
    QCOMPARE(m_session->plan()->accountsOf(systemId).size(), 1);

    // A system with accounts is not removed through the undo stack either.
    QVERIFY(!m_session
                 ->pushEdit(std::make_unique<RemoveSystemCommand>(*m_session->plan(),
                                                                  m_session->plan()->systems().first()))
                 .ok());
    QCOMPARE(m_session->plan()->accountsOf(systemId).size(), 1);
}

QTEST_MAIN(TestAccountsPage)
#include "tst_accountspage.moc"
