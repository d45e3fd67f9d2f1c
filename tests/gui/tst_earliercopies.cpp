// Earlier Copies: the rolling copies of the open plan listed with what they hold, and one opened as a
// new plan beside the open one, which stays exactly as it was.
#include "EarlierCopiesDialog.h"
#include "FileDialog.h"
#include "GuiTestHome.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NoticeBanner.h"
#include "PlanSession.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "plan/PlanBackups.h"
#include "plan/PlanLocations.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qsizetype entryCount(const QString &path)
{
    auto plan = Plan::open(path, { .readOnly = true });
    return plan ? plan.value()->auditEntries()->size() : -1;
}
} // namespace

class TestEarlierCopies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_home.start()); }
    void init();
    void cleanup();

    void actionNeedsAnOpenPlan();
    void listsCopiesNewestFirstWithWhatTheyHold();
    void opensACopyAsANewPlanAndLeavesTheOriginal();
    void neverOpensACopyOverTheOpenPlan();
    void neverReplacesAnExistingFile();
    void copyThatCannotBeOpenedIsListedWithItsProblem();
    void planWithoutCopiesSaysSo();

private:
    EarlierCopiesDialog *openDialog(MainWindow &window);
    QStringList column(QTreeWidget *list, int column);

    GuiTestHome m_home;
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock { QDateTime(QDate(2024, 3, 1), QTime(9, 0), QTimeZone::utc()) };
    QList<QDateTime> m_openedAt;
    QList<qsizetype> m_entries;
};

void TestEarlierCopies::init()
{
    m_home.reset();
    MessageBox::clearLastText();
    Clock::setClock(&m_clock);
    m_clock.setTime(QDateTime(QDate(2024, 3, 1), QTime(9, 0), QTimeZone::utc()));
    m_openedAt.clear();
    m_entries.clear();
    m_path = m_dir.filePath(u"%1.storefort"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));

    // Three opens with changes in between: two here, the third when the window opens it. Each open
    // keeps a copy of the plan as it was found: "Shop A", "Shop B", "Shop C".
    QVERIFY(Plan::create(m_path, ShopProfile { .name = u"Shop A"_s }));
    const PlanFile::Options options { .backupDir = PlanLocations::backupFolder() };
    for (const QString &next : { u"Shop B"_s, u"Shop C"_s }) {
        m_clock.advance(3600);
        m_openedAt.prepend(m_clock.now());
        m_entries.prepend(entryCount(m_path));
        auto plan = Plan::open(m_path, options);
        QVERIFY2(plan, qPrintable(plan.error()));
        QVERIFY(plan.value()->setShopName(next));
    }
    m_clock.advance(3600);
    m_openedAt.prepend(m_clock.now());
    m_entries.prepend(entryCount(m_path));
}

void TestEarlierCopies::cleanup()
{
    Clock::setClock(nullptr);
}

EarlierCopiesDialog *TestEarlierCopies::openDialog(MainWindow &window)
{
    auto *action = window.findChild<QAction *>(u"earlierCopiesAction"_s);
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    return window.findChild<EarlierCopiesDialog *>();
}

QStringList TestEarlierCopies::column(QTreeWidget *list, int column)
{
    QStringList values;
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        values << list->topLevelItem(row)->text(column);
    return values;
}

void TestEarlierCopies::actionNeedsAnOpenPlan()
{
    MainWindow window;
    auto *action = window.findChild<QAction *>(u"earlierCopiesAction"_s);
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    QVERIFY(window.openPlan(m_path));
    QVERIFY(action->isEnabled());
    window.closePlan();
    QVERIFY(!action->isEnabled());
}

void TestEarlierCopies::listsCopiesNewestFirstWithWhatTheyHold()
{
    MainWindow window;
    QVERIFY(window.openPlan(m_path));
    EarlierCopiesDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);

    auto *list = dialog->findChild<QTreeWidget *>(u"earlierCopiesList"_s);
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(column(list, EarlierCopiesDialog::Shop), QStringList({ u"Shop C"_s, u"Shop B"_s, u"Shop A"_s }));
    QStringList taken, history;
    for (qsizetype i = 0; i < m_openedAt.size(); ++i) {
        taken << QLocale().toString(m_openedAt.at(i).toLocalTime(), QLocale::ShortFormat);
        history << (m_entries.at(i) == 1 ? u"1 entry"_s : u"%1 entries"_s.arg(m_entries.at(i)));
    }
    QCOMPARE(column(list, EarlierCopiesDialog::TakenAt), taken);
    QCOMPARE(column(list, EarlierCopiesDialog::History), history);
    QVERIFY(m_entries.at(0) > m_entries.at(2)); // the newer copy holds the later changes
    for (const QString &size : column(list, EarlierCopiesDialog::Size))
        QVERIFY2(!size.isEmpty() && size.at(0).isDigit(), qPrintable(size));

    // The newest is picked; every copy here can be opened.
    QCOMPARE(list->currentItem(), list->topLevelItem(0));
    QVERIFY(dialog->findChild<QPushButton *>(u"openCopyButton"_s)->isEnabled());
    QVERIFY(dialog->findChild<QPushButton *>(u"showCopiesFolderButton"_s)->isEnabled());
    QVERIFY(!dialog->findChild<NoticeBanner *>(u"earlierCopyProblem"_s)->isVisibleTo(dialog));
    QVERIFY(dialog->findChild<QLabel *>(u"earlierCopiesIntro"_s)->text().contains(u"the last 10"_s));
}

void TestEarlierCopies::opensACopyAsANewPlanAndLeavesTheOriginal()
{
    MainWindow window;
    QVERIFY(window.openPlan(m_path));
    const QByteArray original = fileBytes(m_path);
    EarlierCopiesDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    auto *list = dialog->findChild<QTreeWidget *>(u"earlierCopiesList"_s);
    // Not the newest: the owner goes back two opens, to "Shop B".
    list->setCurrentItem(list->topLevelItem(1));
    const QString copyPath = list->topLevelItem(1)->data(0, EarlierCopiesDialog::PathRole).toString();
    const QByteArray copyBytes = fileBytes(copyPath);
    QVERIFY(!copyBytes.isEmpty());

    const QString target = m_dir.filePath(u"Shop B again"_s); // the suffix is added
    FileDialog::setNextFileName(target);
    dialog->findChild<QPushButton *>(u"openCopyButton"_s)->click();

    QVERIFY2(MessageBox::lastText().isEmpty(), qPrintable(MessageBox::lastText()));
    const QString targetFile = target + u".storefort"_s;
    QVERIFY(QFileInfo::exists(targetFile));
    QVERIFY(window.session()->plan());
    QCOMPARE(window.session()->plan()->path(), QFileInfo(targetFile).absoluteFilePath());
    QVERIFY(!window.session()->plan()->isReadOnly());
    QVERIFY2(window.windowTitle().contains(u"Shop B"_s), qPrintable(window.windowTitle()));
    QCOMPARE(window.findChild<QLineEdit *>(u"shopNameEdit"_s)->text(), u"Shop B"_s);
    QTRY_VERIFY(!window.findChild<EarlierCopiesDialog *>());

    // The plan that was open, and the copy itself, are exactly as they were.
    QCOMPARE(fileBytes(m_path), original);
    QCOMPARE(fileBytes(copyPath), copyBytes);
    auto reread = Plan::open(m_path, { .readOnly = true });
    QVERIFY(reread);
    QCOMPARE(reread.value()->shop().name, u"Shop C"_s);
}

void TestEarlierCopies::neverOpensACopyOverTheOpenPlan()
{
    MainWindow window;
    QVERIFY(window.openPlan(m_path));
    const QByteArray original = fileBytes(m_path);
    EarlierCopiesDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    dialog->findChild<QTreeWidget *>(u"earlierCopiesList"_s)
        ->setCurrentItem(dialog->findChild<QTreeWidget *>(u"earlierCopiesList"_s)->topLevelItem(2));

    FileDialog::setNextFileName(m_path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog->findChild<QPushButton *>(u"openCopyButton"_s)->click();

    QVERIFY2(MessageBox::lastText().contains(u"open now"_s), qPrintable(MessageBox::lastText()));
    QCOMPARE(fileBytes(m_path), original);
    QCOMPARE(window.session()->plan()->path(), QFileInfo(m_path).absoluteFilePath());
    QCOMPARE(window.session()->plan()->shop().name, u"Shop C"_s);
    QVERIFY(dialog->isVisible()); // the owner can pick another name
}

void TestEarlierCopies::neverReplacesAnExistingFile()
{
    const QString other = m_dir.filePath(u"other.storefort"_s);
    {
        QFile file(other);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("someone's file");
    }
    MainWindow window;
    QVERIFY(window.openPlan(m_path));
    EarlierCopiesDialog *dialog = openDialog(window);
    QVERIFY(dialog);

    FileDialog::setNextFileName(other);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog->findChild<QPushButton *>(u"openCopyButton"_s)->click();

    QVERIFY2(MessageBox::lastText().contains(u"already exists"_s), qPrintable(MessageBox::lastText()));
    QCOMPARE(fileBytes(other), QByteArray("someone's file"));
    QCOMPARE(window.session()->plan()->path(), QFileInfo(m_path).absoluteFilePath());
}

void TestEarlierCopies::copyThatCannotBeOpenedIsListedWithItsProblem()
{
    // An older "copy" that is not a plan at all, among the real ones.
    QString planId;
    {
        auto plan = Plan::open(m_path, { .readOnly = true });
        QVERIFY(plan);
        planId = plan.value()->planId();
    }
    const QList<PlanBackups::Copy> before = PlanBackups::copies(planId, PlanLocations::backupFolder());
    QCOMPARE(before.size(), 2);
    const QString broken = QFileInfo(before.first().path).dir().filePath(u"20240101-080000-000.storefort"_s);
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }

    MainWindow window;
    QVERIFY(window.openPlan(m_path));
    EarlierCopiesDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    auto *list = dialog->findChild<QTreeWidget *>(u"earlierCopiesList"_s);
    QCOMPARE(list->topLevelItemCount(), 4);
    QTreeWidgetItem *last = list->topLevelItem(3);
    QVERIFY2(last->text(EarlierCopiesDialog::Shop).contains(u"not a Storefort plan"_s),
             qPrintable(last->text(EarlierCopiesDialog::Shop)));
    QVERIFY(!last->icon(EarlierCopiesDialog::Shop).isNull());
    QCOMPARE(last->text(EarlierCopiesDialog::Size),
             QLocale().formattedDataSize(4096, 0, QLocale::DataSizeTraditionalFormat));

    list->setCurrentItem(last);
    auto *problem = dialog->findChild<NoticeBanner *>(u"earlierCopyProblem"_s);
    QVERIFY(problem->isVisibleTo(dialog));
    QCOMPARE(problem->kind(), NoticeBanner::Kind::Error);
    QVERIFY(problem->text().contains(u"not a Storefort plan"_s));
    QVERIFY(!dialog->findChild<QPushButton *>(u"openCopyButton"_s)->isEnabled());

    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(!problem->isVisibleTo(dialog));
    QVERIFY(dialog->findChild<QPushButton *>(u"openCopyButton"_s)->isEnabled());
    // Read, never written: the broken file is as it was.
    QCOMPARE(fileBytes(broken), QByteArray(4096, 'x'));
}

void TestEarlierCopies::planWithoutCopiesSaysSo()
{
    // Open elsewhere, so the window opens it read-only and keeps no copy of it.
    const QString path = m_dir.filePath(u"never copied.storefort"_s);
    QVERIFY(Plan::create(path, ShopProfile { .name = u"Quiet shop"_s }));
    auto elsewhere = Plan::open(path);
    QVERIFY(elsewhere);
    MainWindow window;
    QVERIFY(window.openPlan(path));
    QVERIFY(window.session()->plan()->isReadOnly());

    EarlierCopiesDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QTreeWidget *>(u"earlierCopiesList"_s)->isVisibleTo(dialog));
    QVERIFY(dialog->findChild<QLabel *>(u"earlierCopiesNone"_s)->isVisibleTo(dialog));
    QVERIFY(!dialog->findChild<QPushButton *>(u"openCopyButton"_s)->isEnabled());
    QVERIFY(!dialog->findChild<QPushButton *>(u"showCopiesFolderButton"_s)->isEnabled());
}

QTEST_MAIN(TestEarlierCopies)
#include "tst_earliercopies.moc"
