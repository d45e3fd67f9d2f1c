#include "AccountCommands.h"
#include "AccountDialog.h"
#include "AccountsFilterModel.h"
#include "AccountsModel.h"
#include "AccountsPage.h"
#include "AccountsTab.h"
#include "ColumnMappingDialog.h"
#include "DialogDriver.h"
#include "FileDialog.h"
#include "GuiTestHome.h"
#include "ImportAccountsDialog.h"
#include "MessageBox.h"
#include "PlanSession.h"
#include "SystemDialog.h"
#include "accounts/AccountSync.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
QString fixture(const QString &name)
{
    return QString::fromLocal8Bit(qgetenv("STOREFORT_ACCOUNTS_DATA")) + u'/' + name;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// "N account(s) (M shown)": the count above the table, whether or not an English translation with
// the plural forms is loaded.
bool countSays(QWidget *tab, int total, int shown)
{
    const QString text = child<QLabel>(tab, u"accountCount"_s)->text();
    const QString locale = QLocale().toString(total);
    const bool ok
        = (text.startsWith(locale % u" account"_s) || text.startsWith(QString::number(total) % u" account"_s))
        && text.contains(u"(%1 shown)"_s.arg(QLocale().toString(shown)));
    if (!ok)
        qWarning("count says: %s", qPrintable(text));
    return ok;
}

// The number a count label of the import preview shows.
int shownCount(QDialog *dialog, const QString &name)
{
    const QString text = child<QLabel>(dialog, name)->accessibleName();
    return text.section(u' ', 0, 0).remove(u',').toInt();
}

// Ticks of a fast timer, and the longest time between two of them: how long the event loop was
// kept from turning.
struct EventLoopWatch
{
    QTimer timer;
    QElapsedTimer clock;
    int ticks = 0;
    qint64 last = 0;
    qint64 longestGap = 0;

    EventLoopWatch()
    {
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, &timer, [this] {
            const qint64 now = clock.elapsed();
            longestGap = std::max(longestGap, now - last);
            last = now;
            ++ticks;
        });
    }
    void start()
    {
        ticks = 0;
        longestGap = 0;
        clock.start();
        last = 0;
        timer.start();
    }
    void stop()
    {
        longestGap = std::max(longestGap, clock.elapsed() - last);
        timer.stop();
    }
};
} // namespace

// The "Accounts & access" step's Accounts tab: systems, the account table with its filter, the
// import with its preview, and hand corrections.
class TestAccountsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase() { Clock::setClock(nullptr); }

    void stepIsRegisteredWithItsTabs();
    void addSystemThroughTheDialogWithUndo();
    void importWordPressThroughTheDialog();
    void secondImportPreviewsNewChangedRemoved();
    void badRowsKeepApplyDisabledUntilSkipped();
    void otherCsvMatchesColumnsAndRemembersThem();
    void filterSearchAndSortByValue();
    void handEditPersonsAndRoleWithUndo();
    void hundredThousandRowsKeepTheEventLoopTurning();
    void undoNeverTakesImportedAccounts();

private:
    void openPage();
    qint64 addSystem(const QString &name = u"WordPress admin"_s);
    // Imports `file` into `systemId` through the dialog; returns the preview's counts.
    struct Counts
    {
        int added = -1, changed = -1, removed = -1, unchanged = -1;
    };
    Counts importThroughDialog(qint64 systemId, const QString &file, bool apply = true);
    AccountsTab *tab() const { return m_page->accountsTab(); }
    QString cell(int row, int column) const;
    int rowOf(const QString &userName) const;

    GuiTestHome m_home;
    FixedClock m_clock { QDateTime(QDate(2024, 12, 1), QTime(10, 0), Qt::UTC) };
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PlanSession> m_session;
    std::unique_ptr<AccountsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestAccountsPage::initTestCase()
{
    QVERIFY(m_home.start());
    Clock::setClock(&m_clock);
    QVERIFY2(QFile::exists(fixture(u"wordpress.csv"_s)),
             "set STOREFORT_ACCOUNTS_DATA to tests/accounts/data");
}

void TestAccountsPage::init()
{
    m_home.reset();
    MessageBox::clearLastText();
    m_path = m_dir.filePath(u"%1.storefort"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_session = std::make_unique<PlanSession>();
    QVERIFY(m_session->create(m_path, u"Tiny Tea"_s));
}

void TestAccountsPage::cleanup()
{
    m_tester.reset();
    m_page.reset();
    m_session.reset();
}

void TestAccountsPage::openPage()
{
    m_page = std::make_unique<AccountsPage>(*m_session);
    m_page->resize(1200, 750);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        tab()->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

qint64 TestAccountsPage::addSystem(const QString &name)
{
    System s;
    s.kind = SystemKind::ShopAdmin;
    s.name = name;
    auto id = m_session->plan()->addSystem(s);
    return id ? id.value() : 0;
}

TestAccountsPage::Counts TestAccountsPage::importThroughDialog(qint64 systemId, const QString &file,
                                                               bool apply)
{
    Counts counts;
    ImportAccountsDialog dialog(*m_session, systemId, m_page.get());
    dialog.setFile(file);
    QSignalSpy done(&dialog, &ImportAccountsDialog::comparisonFinished);
    child<QPushButton>(&dialog, u"importCompare"_s)->click();
    if (!done.wait(30000) || !done.first().first().toBool())
        return counts;
    counts.added = shownCount(&dialog, u"importNewCount"_s);
    counts.changed = shownCount(&dialog, u"importChangedCount"_s);
    counts.removed = shownCount(&dialog, u"importRemovedCount"_s);
    counts.unchanged = shownCount(&dialog, u"importUnchangedCount"_s);
    if (apply) {
        child<QPushButton>(&dialog, u"importApply"_s)->click();
        if (dialog.result() != QDialog::Accepted)
            counts = {};
    }
    return counts;
}

QString TestAccountsPage::cell(int row, int column) const
{
    return tab()->filterModel()->index(row, column).data().toString();
}

int TestAccountsPage::rowOf(const QString &userName) const
{
    for (int row = 0; row < tab()->filterModel()->rowCount(); ++row) {
        if (cell(row, AccountsModel::UserName) == userName)
            return row;
    }
    return -1;
}

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

void TestAccountsPage::importWordPressThroughTheDialog()
{
    const qint64 systemId = addSystem();
    openPage();
    QCOMPARE(tab()->selectedSystemId(), qint64(0)); // "All systems" first

    // Through the page's button: choose the file, compare, look, apply.
    bool checked = false;
    FileDialog::setNextFileName(fixture(u"wordpress.csv"_s));
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<ImportAccountsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        // Whatever fails below, the dialog must not stay open and hang the test.
        const auto closeAfter = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        QCOMPARE(dialog->systemId(), systemId);
        child<QPushButton>(dialog, u"importChooseFile"_s)->click();
        QCOMPARE(child<QLineEdit>(dialog, u"importFile"_s)->text(), u"wordpress.csv"_s);
        QCOMPARE(dialog->format(), AccountImportFormat::WordPress); // detected
        QVERIFY(!child<QPushButton>(dialog, u"importMatchColumns"_s)->isVisible());
        QSignalSpy done(dialog, &ImportAccountsDialog::comparisonFinished);
        child<QPushButton>(dialog, u"importCompare"_s)->click();
        QVERIFY(done.wait(30000));
        QCOMPARE(shownCount(dialog, u"importNewCount"_s), 5);
        QCOMPARE(shownCount(dialog, u"importChangedCount"_s), 0);
        QCOMPARE(shownCount(dialog, u"importRemovedCount"_s), 0);
        QCOMPARE(shownCount(dialog, u"importUnchangedCount"_s), 0);
        auto *list = child<QListWidget>(dialog, u"importNewList"_s);
        QCOMPARE(list->count(), 5);
        QVERIFY(list->item(1)->text().contains(u"jana"_s));
        QVERIFY(!child<QCheckBox>(dialog, u"importSkip"_s)->isVisibleTo(dialog)); // nothing refused
        QVERIFY(child<QPushButton>(dialog, u"importApply"_s)->isEnabled());
        child<QPushButton>(dialog, u"importApply"_s)->click();
        checked = true;
    });
    timer->start(20);
    child<QPushButton>(tab(), u"importAccounts"_s)->click();
    delete timer;
    QVERIFY(checked);

    QCOMPARE(m_session->plan()->accounts().size(), 5);
    QCOMPARE(tab()->selectedSystemId(), systemId);
    QCOMPARE(tab()->filterModel()->rowCount(), 5);
    QVERIFY(countSays(tab(), 5, 5));
    const int jana = rowOf(u"jana"_s);
    QVERIFY(jana >= 0);
    QCOMPARE(cell(jana, AccountsModel::DisplayName), u"Jana Berg"_s);
    QCOMPARE(cell(jana, AccountsModel::SystemName), u"WordPress admin"_s);
    QVERIFY2(cell(jana, AccountsModel::Role).contains(u"shop_manager"_s),
             qPrintable(cell(jana, AccountsModel::Role)));
    QCOMPARE(cell(jana, AccountsModel::Status), AccountStatuses::name(AccountStatus::Active));
    QCOMPARE(cell(jana, AccountsModel::Source), u"wordpress.csv"_s);
    // An import is audited, not undone.
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void TestAccountsPage::secondImportPreviewsNewChangedRemoved()
{
    const qint64 systemId = addSystem();
    openPage();
    const Counts first = importThroughDialog(systemId, fixture(u"wordpress.csv"_s));
    QCOMPARE(first.added, 5);

    // wordpress-second.csv: jana is an editor now, cust1 has gone, lena is new.
    {
        ImportAccountsDialog dialog(*m_session, systemId, m_page.get());
        dialog.setFile(fixture(u"wordpress-second.csv"_s));
        QSignalSpy done(&dialog, &ImportAccountsDialog::comparisonFinished);
        dialog.compare();
        QVERIFY(done.wait(30000));
        QCOMPARE(shownCount(&dialog, u"importNewCount"_s), 1);
        QCOMPARE(shownCount(&dialog, u"importChangedCount"_s), 1);
        QCOMPARE(shownCount(&dialog, u"importRemovedCount"_s), 1);
        QCOMPARE(shownCount(&dialog, u"importUnchangedCount"_s), 3);
        QVERIFY(child<QListWidget>(&dialog, u"importNewList"_s)->item(0)->text().startsWith(u"lena"_s));
        QCOMPARE(child<QListWidget>(&dialog, u"importRemovedList"_s)->item(0)->text(), u"cust1"_s);
        // The changed account with the field, before and after.
        auto *changed = child<QTreeWidget>(&dialog, u"importChangedList"_s);
        QCOMPARE(changed->topLevelItemCount(), 1);
        QTreeWidgetItem *item = changed->topLevelItem(0);
        QCOMPARE(item->text(0), u"jana"_s);
        QCOMPARE(item->text(1), AccountFieldKeys::name(AccountField::Role));
        QVERIFY2(item->text(2).contains(u"shop_manager"_s), qPrintable(item->text(2)));
        QVERIFY2(item->text(3).contains(u"editor"_s), qPrintable(item->text(3)));
        // Nothing has changed yet.
        QCOMPARE(m_session->plan()->accounts().size(), 5);
        child<QPushButton>(&dialog, u"importApply"_s)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // Removed accounts are hidden by default, kept on file, and shown on request.
    QCOMPARE(m_session->plan()->accounts().size(), 6);
    QCOMPARE(tab()->filterModel()->rowCount(), 5);
    QCOMPARE(rowOf(u"cust1"_s), -1);
    QVERIFY(rowOf(u"lena"_s) >= 0);
    QVERIFY(cell(rowOf(u"jana"_s), AccountsModel::Role).startsWith(AccountRoles::name(AccountRole::Editor)));
    auto *status = child<QComboBox>(tab(), u"accountStatusFilter"_s);
    status->setCurrentIndex(status->findData(int(AccountsFilterModel::StatusFilter::All)));
    QCOMPARE(tab()->filterModel()->rowCount(), 6);
    QCOMPARE(cell(rowOf(u"cust1"_s), AccountsModel::Status), AccountStatuses::name(AccountStatus::Removed));
    status->setCurrentIndex(status->findData(int(AccountsFilterModel::StatusFilter::Removed)));
    QCOMPARE(tab()->filterModel()->rowCount(), 1);
    QVERIFY(countSays(tab(), 6, 1));

    // The same file again changes nothing.
    const Counts again = importThroughDialog(systemId, fixture(u"wordpress-second.csv"_s), false);
    QCOMPARE(again.added, 0);
    QCOMPARE(again.changed, 0);
    QCOMPARE(again.removed, 0);
    QCOMPARE(again.unchanged, 5);
}

void TestAccountsPage::badRowsKeepApplyDisabledUntilSkipped()
{
    const qint64 systemId = addSystem();
    openPage();
    const QString path = m_dir.filePath(u"bad-rows.csv"_s);
    QVERIFY(writeFile(path,
                      "ID,user_login,display_name,user_email,user_registered,roles\r\n"
                      "1,admin,admin,owner@tinytea.example,2021-03-02 09:14:55,administrator\r\n"
                      "2,,No Name,none@tinytea.example,2022-05-10 12:00:00,editor\r\n"
                      "3,jana,Jana Berg,jana@tinytea.example,2022-05-10 12:00:00,shop_manager\r\n"
                      "4,Jana,Jana Again,jana2@tinytea.example,2022-05-10 12:00:00,editor\r\n"));
    ImportAccountsDialog dialog(*m_session, systemId, m_page.get());
    dialog.setFile(path);
    QSignalSpy done(&dialog, &ImportAccountsDialog::comparisonFinished);
    dialog.compare();
    QVERIFY(done.wait(30000));
    // admin and jana; the row without a user name and jana's second row are refused.
    QCOMPARE(shownCount(&dialog, u"importNewCount"_s), 2);
    auto *errors = child<QTreeWidget>(&dialog, u"importErrorList"_s);
    QCOMPARE(errors->topLevelItemCount(), 2);
    QCOMPARE(errors->topLevelItem(0)->text(0), u"3"_s);
    QCOMPARE(errors->topLevelItem(1)->text(0), u"5"_s);
    QVERIFY(!errors->topLevelItem(1)->text(1).isEmpty());
    auto *apply = child<QPushButton>(&dialog, u"importApply"_s);
    auto *skip = child<QCheckBox>(&dialog, u"importSkip"_s);
    QVERIFY(skip->isVisibleTo(&dialog));
    QVERIFY(!apply->isEnabled());
    QVERIFY(child<QLabel>(&dialog, u"importApplyNote"_s)->text().startsWith(u"2 row"_s));
    apply->click(); // a disabled button does nothing
    QVERIFY(m_session->plan()->accounts().isEmpty());
    skip->setChecked(true);
    QVERIFY(apply->isEnabled());
    skip->setChecked(false);
    QVERIFY(!apply->isEnabled());
    skip->setChecked(true);
    apply->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_session->plan()->accounts().size(), 2);
    QCOMPARE(m_session->plan()->accounts().first().userName, u"admin"_s);
}

void TestAccountsPage::otherCsvMatchesColumnsAndRemembersThem()
{
    const qint64 systemId = addSystem(u"Warehouse tool"_s);
    openPage();
    const QString path = m_dir.filePath(u"staff.csv"_s);
    QVERIFY(writeFile(path,
                      "Kennung;Voller Name;Mail;Zugang;Aktiv;Zuletzt\r\n"
                      "sara;Sara Owner;sara@tinytea.example;Administrator;yes;31.01.2024 10:20\r\n"
                      "lager;Warehouse PC;lager@tinytea.example;Viewer;no;\r\n"));
    ImportAccountsDialog dialog(*m_session, systemId, m_page.get());
    dialog.setFile(path);
    QCOMPARE(dialog.format(), AccountImportFormat::GenericCsv);
    QVERIFY(child<QPushButton>(&dialog, u"importMatchColumns"_s)->isVisibleTo(&dialog));
    QVERIFY(dialog.mapping().userName.isEmpty()); // nothing to guess from these names

    bool checked = false;
    answerNextDialog(u"mappingOk"_s, [&](QDialog *mapping) {
        QVERIFY2(child<QLabel>(mapping, u"mappingDetected"_s)->text().contains(u"semicolon"_s),
                 qPrintable(child<QLabel>(mapping, u"mappingDetected"_s)->text()));
        QVERIFY(child<QLabel>(mapping, u"mappingDetected"_s)->text().contains(u"UTF-8"_s));
        auto *preview = child<QTableWidget>(mapping, u"mappingPreview"_s);
        QCOMPARE(preview->rowCount(), 2);
        QCOMPARE(preview->item(0, 0)->text(), u"sara"_s);
        QVERIFY(!child<QPushButton>(mapping, u"mappingOk"_s)->isEnabled()); // no user name column yet
        const struct
        {
            const char16_t *box;
            const char16_t *column;
        } choices[] = { { u"mapUserName", u"Kennung" }, { u"mapDisplayName", u"Voller Name" },
                        { u"mapEmail", u"Mail" },       { u"mapRole", u"Zugang" },
                        { u"mapActive", u"Aktiv" },     { u"mapLastLogin", u"Zuletzt" } };
        for (const auto &c : choices) {
            auto *box = child<QComboBox>(mapping, QString::fromUtf16(c.box));
            box->setCurrentIndex(box->findData(QString::fromUtf16(c.column)));
        }
        checked = true;
    });
    // Comparing without a user name column asks for the columns first.
    QSignalSpy done(&dialog, &ImportAccountsDialog::comparisonFinished);
    dialog.compare();
    QVERIFY(checked);
    QVERIFY(done.wait(30000));
    QVERIFY(done.first().first().toBool());
    QCOMPARE(shownCount(&dialog, u"importNewCount"_s), 2);
    child<QPushButton>(&dialog, u"importApply"_s)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const auto sara = std::find_if(m_session->plan()->accounts().begin(), m_session->plan()->accounts().end(),
                                   [](const Account &a) { return a.userName == u"sara"_s; });
    QVERIFY(sara != m_session->plan()->accounts().end());
    QCOMPARE(sara->role, AccountRole::Admin);
    QCOMPARE(sara->lastLogin, QDateTime(QDate(2024, 1, 31), QTime(10, 20), Qt::UTC));
    // Remembered for the system, and offered the next time.
    const auto remembered = m_session->plan()->accountMapping(systemId);
    QVERIFY(remembered);
    QCOMPARE(remembered->userName, u"Kennung"_s);
    QCOMPARE(remembered->lastLogin, u"Zuletzt"_s);
    ImportAccountsDialog again(*m_session, systemId, m_page.get());
    again.setFile(path);
    QCOMPARE(again.mapping(), *remembered);
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

void TestAccountsPage::hundredThousandRowsKeepTheEventLoopTurning()
{
    const qint64 systemId = addSystem();
    openPage();
    // The model tester walks every row at each reset: right for the small tests, not a user's view.
    m_tester.reset();
    const int rows = 100000;
    QByteArray csv = "ID,user_login,display_name,user_email,user_registered,roles\r\n";
    csv.reserve(rows * 90);
    for (int i = 1; i <= rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += n + ",user" + n + ",Customer " + n + ",user" + n + "@mail.example,2024-02-11 17:45:12,"
            + (i % 100 == 0 ? "shop_manager" : "customer") + "\r\n";
    }
    const QString path = m_dir.filePath(u"many.csv"_s);
    QVERIFY(writeFile(path, csv));

    ImportAccountsDialog dialog(*m_session, systemId, m_page.get());
    dialog.show();
    dialog.setFile(path);
    QCOMPARE(dialog.format(), AccountImportFormat::WordPress);
    EventLoopWatch watch;
    QSignalSpy done(&dialog, &ImportAccountsDialog::comparisonFinished);
    watch.start();
    dialog.compare();
    QVERIFY(dialog.isComparing());
    QVERIFY(done.wait(120000));
    watch.stop();
    QVERIFY(done.first().first().toBool());
    QCOMPARE(dialog.sync().added.size(), rows);
    const int readTicks = watch.ticks;
    const qint64 readGap = watch.longestGap;
    // The event loop kept turning while the worker read and compared.
    QVERIFY2(readTicks >= 3, qPrintable(u"only %1 ticks while reading"_s.arg(readTicks)));

    // Cancel halfway through applying: nothing changes.
    auto *progress = child<QProgressBar>(&dialog, u"importProgress"_s);
    auto *cancel = child<QPushButton>(&dialog, u"importCancel"_s);
    QTimer canceller;
    canceller.setInterval(0);
    connect(&canceller, &QTimer::timeout, this, [&] {
        if (dialog.isApplying() && progress->value() > 0 && cancel->isEnabled())
            cancel->click();
    });
    canceller.start();
    dialog.apply();
    canceller.stop();
    QVERIFY(m_session->plan()->accounts().isEmpty());
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(child<QLabel>(&dialog, u"importApplyNote"_s)->text().contains(u"cancelled"_s));

    // Applying for real keeps the window repainting, including the table's reset afterwards.
    watch.start();
    dialog.apply();
    QTest::qWait(50); // let the timer see the turn after apply() returned
    watch.stop();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_session->plan()->accounts().size(), rows);
    QVERIFY2(watch.ticks >= 3, qPrintable(u"only %1 ticks while applying"_s.arg(watch.ticks)));
    qInfo("100,000 rows: read+compare: %d ticks, longest gap %lld ms; apply: %d ticks, longest gap %lld ms",
          readTicks, readGap, watch.ticks, watch.longestGap);

    tab()->selectSystem(systemId);
    QCOMPARE(tab()->filterModel()->rowCount(), rows);
    QVERIFY(countSays(tab(), rows, rows));
    QElapsedTimer sortClock;
    sortClock.start();
    tab()->table()->sortByColumn(AccountsModel::Role, Qt::DescendingOrder);
    qInfo("sorting 100,000 accounts by role: %lld ms", sortClock.elapsed());
    QCOMPARE(cell(0, AccountsModel::Role).startsWith(AccountRoles::name(AccountRole::Manager)), true);
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
