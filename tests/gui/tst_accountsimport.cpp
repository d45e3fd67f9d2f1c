#include "AccountsPageFixture.h"
#include "FileDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QScopeGuard>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
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

// The Accounts tab's import: the file chosen, recognised and compared in the background, the preview
// of what would change, refused rows, other CSVs with their columns matched, and 100,000 rows.
class TestAccountsImport : public QObject, public AccountsPageFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(start()); }
    void init() { QVERIFY(createPlan()); }
    void cleanup() { closePage(); }
    void cleanupTestCase() { Clock::setClock(nullptr); }

    void importWordPressThroughTheDialog();
    void secondImportPreviewsNewChangedRemoved();
    void badRowsKeepApplyDisabledUntilSkipped();
    void otherCsvMatchesColumnsAndRemembersThem();
    void hundredThousandRowsKeepTheEventLoopTurning();
};

void TestAccountsImport::importWordPressThroughTheDialog()
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

void TestAccountsImport::secondImportPreviewsNewChangedRemoved()
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

void TestAccountsImport::badRowsKeepApplyDisabledUntilSkipped()
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

void TestAccountsImport::otherCsvMatchesColumnsAndRemembersThem()
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

void TestAccountsImport::hundredThousandRowsKeepTheEventLoopTurning()
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

QTEST_MAIN(TestAccountsImport)
#include "tst_accountsimport.moc"
