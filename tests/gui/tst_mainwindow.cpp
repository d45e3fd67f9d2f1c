#include "FieldMessage.h"
#include "FileDialog.h"
#include "GuiTestHome.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NoticeBanner.h"
#include "PlanSession.h"
#include "plan/Plan.h"
#include "plan/PlanLocations.h"

#include <QAction>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// The plan as a second, read-only reader sees it in the file: what is committed, nothing else.
std::unique_ptr<Plan> readBack(const QString &path)
{
    auto plan = Plan::open(path, { .readOnly = true });
    if (!plan) {
        qWarning() << plan.error();
        return nullptr;
    }
    return std::move(plan.value());
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_home.start()); }
    void init()
    {
        m_home.reset();
        MessageBox::clearLastText();
        QVERIFY(m_plans.isValid());
    }

    void firstStartCreatesAndShowsTheDefaultPlan();
    void shopNameEditIsWrittenAuditedAndUndone();
    void invalidShopNameWritesNothing();
    void commandLinePlanIsOpened();
    void lastPlanIsOpenedAgain();
    void missingLastPlanShowsWhyAndOffersTheDefault();
    void damagedLastPlanIsLeftUntouched();
    void planOpenElsewhereIsReadOnlyWithBanner();
    void tamperedHistoryShowsWarningOnOpen();
    void closeShowsNoPlanPageWithRecentPlans();
    void newAndSaveCopyGoThroughFileDialog();
    void newNeverReplacesAFile();
    void geometryIsRemembered();

private:
    QString createPlan(const QString &name, const QString &shopName)
    {
        const QString path = m_plans.filePath(name);
        auto plan = Plan::create(path, ShopProfile { .name = shopName });
        return plan ? path : QString();
    }

    GuiTestHome m_home;
    QTemporaryDir m_plans;
};

void TestMainWindow::firstStartCreatesAndShowsTheDefaultPlan()
{
    const QString path = PlanLocations::defaultPlanPath();
    QVERIFY(!QFileInfo::exists(path));

    MainWindow window;
    window.openAtStart({});

    QVERIFY2(MessageBox::lastText().isEmpty(), qPrintable(MessageBox::lastText())); // no dialog at all
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(window.session()->plan());
    QCOMPARE(window.session()->plan()->path(), QFileInfo(path).absoluteFilePath());
    QVERIFY(!window.session()->plan()->isReadOnly());
    QVERIFY(window.windowTitle().contains(u"My shop"_s));
    QCOMPARE(PlanLocations::lastPlan(), QFileInfo(path).absoluteFilePath());

    auto *page = window.findChild<QWidget *>(u"shopTeamPage"_s);
    QVERIFY(page);
    QVERIFY(page->isVisibleTo(&window));
    auto *nameEdit = window.findChild<QLineEdit *>(u"shopNameEdit"_s);
    QVERIFY(nameEdit);
    QCOMPARE(nameEdit->text(), u"My shop"_s);
    QVERIFY(nameEdit->isEnabled());
    QVERIFY(!window.findChild<NoticeBanner *>(u"readOnlyBanner"_s)->isVisibleTo(&window));
    QVERIFY(!window.findChild<NoticeBanner *>(u"auditBanner"_s)->isVisibleTo(&window));

    auto *navigator = window.findChild<QListWidget *>(u"stepNavigator"_s);
    // Where the shop stands first, then the walk's seven steps, then the places to look back.
    const QStringList titles { u"Where you stand"_s,    u"Shop & team"_s,
                               u"Encryption (TLS)"_s,   u"Providers"_s,
                               u"Accounts & access"_s,  u"DDoS readiness"_s,
                               u"Contingency binder"_s, u"All findings"_s,
                               u"Review & export"_s,    u"History"_s };
    QCOMPARE(navigator->count(), titles.size());
    for (int row = 0; row < navigator->count(); ++row)
        QCOMPARE(navigator->item(row)->text(), titles.at(row));
    QCOMPARE(navigator->currentRow(), 1); // the first start begins the walk
    navigator->setCurrentRow(navigator->count() - 1);
    QVERIFY(window.findChild<QWidget *>(u"historyPage"_s)->isVisibleTo(&window));
    QVERIFY(!page->isVisibleTo(&window));
}

void TestMainWindow::shopNameEditIsWrittenAuditedAndUndone()
{
    MainWindow window;
    window.openAtStart({});
    const QString path = window.session()->plan()->path();
    const qsizetype entriesBefore = readBack(path)->auditEntries()->size();

    auto *nameEdit = window.findChild<QLineEdit *>(u"shopNameEdit"_s);
    QVERIFY(nameEdit);
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, u"Corner Bakery"_s);
    QTest::keyClick(nameEdit, Qt::Key_Return); // finishes the edit, as leaving the field does

    {
        auto file = readBack(path);
        QVERIFY(file);
        QCOMPARE(file->shop().name, u"Corner Bakery"_s);
        const QList<AuditEntry> entries = file->auditEntries().value();
        QCOMPARE(entries.size(), entriesBefore + 1);
        QCOMPARE(entries.last().area, u"shop"_s);
        QCOMPARE(entries.last().field, u"name"_s);
        QCOMPARE(entries.last().oldValue, u"My shop"_s);
        QCOMPARE(entries.last().newValue, u"Corner Bakery"_s);
        QVERIFY(file->verifyAudit().intact);
    }
    QVERIFY(window.windowTitle().contains(u"Corner Bakery"_s));

    auto *undo = window.findChild<QAction *>(u"undoAction"_s);
    auto *redo = window.findChild<QAction *>(u"redoAction"_s);
    QVERIFY(undo && redo);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(nameEdit->text(), u"My shop"_s);
    {
        auto file = readBack(path);
        QCOMPARE(file->shop().name, u"My shop"_s);
        const QList<AuditEntry> entries = file->auditEntries().value();
        // Undo is a change of its own: it adds to the history, never removes from it.
        QCOMPARE(entries.size(), entriesBefore + 2);
        QCOMPARE(entries.last().oldValue, u"Corner Bakery"_s);
        QCOMPARE(entries.last().newValue, u"My shop"_s);
        QVERIFY(file->verifyAudit().intact);
    }

    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(nameEdit->text(), u"Corner Bakery"_s);
    QCOMPARE(readBack(path)->shop().name, u"Corner Bakery"_s);
    QVERIFY2(MessageBox::lastText().isEmpty(), qPrintable(MessageBox::lastText()));
}

void TestMainWindow::invalidShopNameWritesNothing()
{
    MainWindow window;
    window.openAtStart({});
    const QString path = window.session()->plan()->path();
    const QByteArray before = fileBytes(path);

    auto *nameEdit = window.findChild<QLineEdit *>(u"shopNameEdit"_s);
    nameEdit->selectAll();
    QTest::keyClick(nameEdit, Qt::Key_Backspace);
    QTest::keyClicks(nameEdit, u"   "_s);
    QTest::keyClick(nameEdit, Qt::Key_Return);

    auto *message = nameEdit->parentWidget()->findChild<FieldMessage *>();
    QVERIFY(message);
    QVERIFY(message->isVisibleTo(&window));
    QCOMPARE(message->message(), ShopProfile::checkName(u"   "_s));
    QVERIFY(!nameEdit->accessibleDescription().isEmpty());
    QCOMPARE(fileBytes(path), before);
    QVERIFY(!window.findChild<QAction *>(u"undoAction"_s)->isEnabled());

    // Fixing it clears the message and writes the name.
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, u"Fixed"_s);
    QVERIFY(!message->isVisibleTo(&window));
    QTest::keyClick(nameEdit, Qt::Key_Return);
    QCOMPARE(readBack(path)->shop().name, u"Fixed"_s);
}

void TestMainWindow::commandLinePlanIsOpened()
{
    const QString path = createPlan(u"given.storefort"_s, u"Given shop"_s);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.openAtStart(path);
    QVERIFY(window.session()->plan());
    QCOMPARE(window.session()->plan()->shop().name, u"Given shop"_s);
    QCOMPARE(PlanLocations::lastPlan(), QFileInfo(path).absoluteFilePath());
    QVERIFY(!QFileInfo::exists(PlanLocations::defaultPlanPath()));
    QVERIFY(PlanLocations::recentPlans().contains(QFileInfo(path).absoluteFilePath()));
}

void TestMainWindow::lastPlanIsOpenedAgain()
{
    const QString path = createPlan(u"last.storefort"_s, u"Last shop"_s);
    PlanLocations::noteOpened(path);
    MainWindow window;
    window.openAtStart({});
    QVERIFY(window.session()->plan());
    QCOMPARE(window.session()->plan()->shop().name, u"Last shop"_s);
    QVERIFY(!QFileInfo::exists(PlanLocations::defaultPlanPath()));
}

void TestMainWindow::missingLastPlanShowsWhyAndOffersTheDefault()
{
    PlanLocations::noteOpened(m_plans.filePath(u"moved away.storefort"_s));
    MainWindow window;
    window.openAtStart({});

    QVERIFY(!window.session()->plan());
    QVERIFY(MessageBox::lastText().isEmpty());
    QVERIFY(window.findChild<QWidget *>(u"noPlanPage"_s)->isVisibleTo(&window));
    auto *problem = window.findChild<NoticeBanner *>(u"openProblem"_s);
    QVERIFY(problem->isVisibleTo(&window));
    QVERIFY2(problem->text().contains(u"moved away.storefort"_s), qPrintable(problem->text()));
    QVERIFY(!QFileInfo::exists(PlanLocations::defaultPlanPath())); // nothing made behind the owner's back

    auto *useDefault = problem->findChild<QPushButton *>(u"defaultPlanButton"_s);
    QVERIFY(useDefault);
    useDefault->click();
    QVERIFY(window.session()->plan());
    QCOMPARE(window.session()->plan()->path(),
             QFileInfo(PlanLocations::defaultPlanPath()).absoluteFilePath());
    QVERIFY(!problem->isVisibleTo(&window));
}

void TestMainWindow::damagedLastPlanIsLeftUntouched()
{
    const QString path = m_plans.filePath(u"damaged.storefort"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3", 16) + QByteArray(4096, 'x'));
    }
    const QByteArray before = fileBytes(path);
    PlanLocations::noteOpened(path);

    MainWindow window;
    window.openAtStart({});
    QVERIFY(!window.session()->plan());
    QVERIFY(window.findChild<NoticeBanner *>(u"openProblem"_s)->isVisibleTo(&window));
    QCOMPARE(fileBytes(path), before);
    QVERIFY(window.findChild<QPushButton *>(u"openPlanButton"_s)->isVisibleTo(&window));
}

void TestMainWindow::planOpenElsewhereIsReadOnlyWithBanner()
{
    const QString path = m_plans.filePath(u"shared.storefort"_s);
    // This Plan holds the file's lock, as another Storefort window would.
    auto holder = Plan::create(path, ShopProfile { .name = u"Shared shop"_s });
    QVERIFY(holder);
    QVERIFY(!holder.value()->isReadOnly());

    MainWindow window;
    QVERIFY(window.openPlan(path));
    Plan *plan = window.session()->plan();
    QVERIFY(plan->isReadOnly());
    QVERIFY(!plan->readOnlyReason().isEmpty());

    auto *banner = window.findChild<NoticeBanner *>(u"readOnlyBanner"_s);
    QVERIFY(banner->isVisibleTo(&window));
    QVERIFY(banner->text().contains(u"read-only"_s));
    QVERIFY2(banner->text().contains(plan->readOnlyReason()), qPrintable(banner->text()));
    QVERIFY(window.windowTitle().contains(u"read-only"_s));
    QVERIFY(!window.findChild<QLineEdit *>(u"shopNameEdit"_s)->isEnabled());
    QVERIFY(!window.findChild<QPushButton *>(u"addPerson"_s)->isEnabled());
}

void TestMainWindow::tamperedHistoryShowsWarningOnOpen()
{
    const QString path = m_plans.filePath(u"tampered.storefort"_s);
    {
        auto plan = Plan::create(path, ShopProfile { .name = u"Honest shop"_s });
        QVERIFY(plan);
        QVERIFY(plan.value()->setShopName(u"Honest shop ltd"_s));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"UPDATE audit SET new_value = 'Crooked shop' WHERE id = 2"_s));
        QCOMPARE(query.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);

    MainWindow window;
    QVERIFY(window.openPlan(path));
    auto *banner = window.findChild<NoticeBanner *>(u"auditBanner"_s);
    QVERIFY(banner->isVisibleTo(&window));
    QCOMPARE(banner->kind(), NoticeBanner::Kind::Warning);
    QVERIFY2(banner->text().contains(u"entry 2"_s), qPrintable(banner->text()));
    // Shown, not repaired: the changed entry is still in the file as it was found.
    QVERIFY(!readBack(path)->verifyAudit().intact);

    banner->findChild<QPushButton *>()->click();
    QVERIFY(window.findChild<QWidget *>(u"historyPage"_s)->isVisibleTo(&window));
}

void TestMainWindow::closeShowsNoPlanPageWithRecentPlans()
{
    MainWindow window;
    window.openAtStart({});
    window.findChild<QAction *>(u"closeAction"_s)->trigger();
    QVERIFY(!window.session()->plan());
    QVERIFY(window.findChild<QWidget *>(u"noPlanPage"_s)->isVisibleTo(&window));
    QVERIFY(!window.findChild<QAction *>(u"closeAction"_s)->isEnabled());
    QVERIFY(!window.findChild<QAction *>(u"saveCopyAction"_s)->isEnabled());

    auto *recent = window.findChild<QListWidget *>(u"recentPlansList"_s);
    QVERIFY(recent->isVisibleTo(&window));
    QCOMPARE(recent->count(), 1);
    emit recent->itemActivated(recent->item(0));
    QVERIFY(window.session()->plan());
    QCOMPARE(window.session()->plan()->path(),
             QFileInfo(PlanLocations::defaultPlanPath()).absoluteFilePath());
}

void TestMainWindow::newAndSaveCopyGoThroughFileDialog()
{
    MainWindow window;
    window.openAtStart({});

    FileDialog::setNextFileName(m_plans.filePath(u"Corner Bakery"_s));
    window.findChild<QAction *>(u"newAction"_s)->trigger();
    QVERIFY2(MessageBox::lastText().isEmpty(), qPrintable(MessageBox::lastText()));
    const QString created = m_plans.filePath(u"Corner Bakery.storefort"_s);
    QVERIFY(QFileInfo::exists(created));
    QCOMPARE(window.session()->plan()->path(), created);
    QCOMPARE(window.session()->plan()->shop().name, u"Corner Bakery"_s);

    const QString copy = m_plans.filePath(u"copy.storefort"_s);
    FileDialog::setNextFileName(copy);
    window.findChild<QAction *>(u"saveCopyAction"_s)->trigger();
    QVERIFY2(MessageBox::lastText().isEmpty(), qPrintable(MessageBox::lastText()));
    QCOMPARE(readBack(copy)->shop().name, u"Corner Bakery"_s);

    FileDialog::setNextFileName(copy);
    window.findChild<QAction *>(u"openAction"_s)->trigger();
    QCOMPARE(window.session()->plan()->path(), copy);
}

void TestMainWindow::newNeverReplacesAFile()
{
    MainWindow window;
    window.openAtStart({});
    const QString existing = PlanLocations::defaultPlanPath();
    const QByteArray before = fileBytes(existing);
    window.closePlan();

    FileDialog::setNextFileName(existing);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.findChild<QAction *>(u"newAction"_s)->trigger();
    QVERIFY2(MessageBox::lastText().contains(u"already exists"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(!window.session()->plan());
    QCOMPARE(fileBytes(existing), before);
}

void TestMainWindow::geometryIsRemembered()
{
    QRect saved;
    {
        MainWindow window;
        window.openAtStart({});
        window.resize(900, 640);
        window.show();
        saved = window.geometry();
        window.close();
        QVERIFY(!window.session()->plan()); // closing the window lets go of the plan and its lock
    }
    QVERIFY(QSettings().contains(u"ui/geometry"_s));
    MainWindow again;
    QCOMPARE(again.size(), saved.size());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
