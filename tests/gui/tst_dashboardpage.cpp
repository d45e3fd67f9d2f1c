#include "DashboardPage.h"
#include "DialogDriver.h"
#include "FileDialog.h"
#include "GuiTestHome.h"
#include "MessageBox.h"
#include "NoticeBanner.h"
#include "PlanSession.h"
#include "PlanView.h"
#include "ReadinessPartsView.h"
#include "ReadinessTracker.h"
#include "ReviewPage.h"
#include "ScoreGauge.h"
#include "ScoreHistoryChart.h"
#include "StartReminders.h"
#include "StepNavigatorDelegate.h"
#include "StepPageFrame.h"
#include "StepRegistry.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, path, u"-"_s });
    if (!pdftotext.waitForFinished(60000))
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace

// Where the shop stands: the dashboard, the navigator's step states, the walk's way from step to
// step, the Review & export step and the reminders on start — against real plan files.
class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase() { Clock::setClock(nullptr); }

    void stepsAreRegisteredInWalkOrder();
    void dashboardShowsTheTrackersScore();
    void scoreRisesAndIsKeptInTheHistory();
    void findingsAndDueItemsLeadToTheirStep();
    void navigatorShowsEachStepsState();
    void walkGoesFromStepToStep();
    void reviewWritesReportBinderAndCalendar();
    void reviewReportToUnwritablePathSaysSo();
    void remindersComeOnceForWhatFellDue();

private:
    void fillShop();

    GuiTestHome m_home;
    FixedClock m_clock { QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC) };
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PlanSession> m_session;
};

void TestDashboardPage::initTestCase()
{
    QVERIFY(m_home.start());
    Clock::setClock(&m_clock);
}

void TestDashboardPage::init()
{
    m_home.reset();
    MessageBox::clearLastText();
    m_path = m_dir.filePath(u"%1.storefort"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_session = std::make_unique<PlanSession>();
    QVERIFY(m_session->create(m_path, u"Tiny Tea"_s));
}

void TestDashboardPage::cleanup()
{
    m_session.reset();
}

void TestDashboardPage::fillShop()
{
    Plan &plan = *m_session->plan();
    QVERIFY(plan.setSiteUrls({ u"https://tinytea.example/"_s }));
    QVERIFY(plan.setPlatform(ShopPlatform::WooCommerce));
    Person owner;
    owner.name = u"Ada Owner"_s;
    owner.email = u"ada@tinytea.example"_s;
    const auto ada = plan.addPerson(owner);
    QVERIFY(ada);
    QVERIFY(plan.setOwner(ada.value()));
    Person helper;
    helper.name = u"Ben Helper"_s;
    QVERIFY(plan.addPerson(helper));
}

void TestDashboardPage::stepsAreRegisteredInWalkOrder()
{
    const StepRegistry registry = StepRegistry::standard();
    QStringList walk;
    for (const PlanStep &step : registry.steps()) {
        if (step.partOfWalk)
            walk.append(step.id);
    }
    QCOMPARE(walk,
             (QStringList { u"shop-team"_s, u"tls"_s, u"providers"_s, u"accounts"_s, u"ddos"_s, u"binder"_s,
                            u"review"_s }));
    QCOMPARE(registry.steps().constFirst().id, u"dashboard"_s);
    QVERIFY(!registry.find(u"dashboard"_s)->partOfWalk);
    QVERIFY(!registry.find(u"history"_s)->partOfWalk);
    QCOMPARE(registry.find(u"review"_s)->title(), u"Review & export"_s);
}

void TestDashboardPage::dashboardShowsTheTrackersScore()
{
    DashboardPage page(*m_session);
    page.resize(1100, 800);
    const Readiness &readiness = m_session->readiness()->readiness();
    QCOMPARE(child<ScoreGauge>(&page, u"scoreGauge"_s)->score(), readiness.score);
    QVERIFY(readiness.score < 50); // a new plan has done little
    QVERIFY(child<QLabel>(&page, u"scoreHeadline"_s)->text().contains(QString::number(readiness.score)));
    auto *parts = child<ReadinessPartsView>(&page, u"readinessParts"_s);
    QCOMPARE(parts->topLevelItemCount(), 6);
    QCOMPARE(parts->topLevelItem(0)->text(0), u"Shop & team"_s);
    // Each step says why: at least one reason below every step.
    for (int i = 0; i < parts->topLevelItemCount(); ++i)
        QVERIFY2(parts->topLevelItem(i)->childCount() > 0, qPrintable(parts->topLevelItem(i)->text(0)));
    QVERIFY(child<QLabel>(&page, u"lastProbe"_s)->text().contains(u"not been probed"_s));

    QSignalSpy requested(m_session.get(), &PlanSession::stepRequested);
    auto *next = child<QPushButton>(&page, u"continueButton"_s);
    QVERIFY(next->text().startsWith(u"Continue with"_s));
    next->click();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toString(), u"shop-team"_s);

    emit parts->itemActivated(parts->topLevelItem(3)->child(0), 0);
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.last().at(0).toString(), u"accounts"_s);
}

void TestDashboardPage::scoreRisesAndIsKeptInTheHistory()
{
    DashboardPage page(*m_session);
    auto *gauge = child<ScoreGauge>(&page, u"scoreGauge"_s);
    const int before = gauge->score();
    const auto keptBefore = m_session->plan()->readinessHistory();
    QVERIFY(keptBefore);
    QCOMPARE(keptBefore.value().size(), 1); // kept when the plan opened
    QCOMPARE(keptBefore.value().constFirst().score, before);

    fillShop();
    QSignalSpy updated(m_session->readiness(), &ReadinessTracker::updated);
    QVERIFY(updated.wait(5000)); // one update for the burst of edits
    QCOMPARE(updated.size(), 1);
    QVERIFY2(gauge->score() > before, qPrintable(u"%1 -> %2"_s.arg(before).arg(gauge->score())));
    const StepReadiness &shop = m_session->readiness()->readiness().step(PlanArea::ShopTeam);
    QCOMPARE(shop.completion, 100);

    const auto kept = m_session->plan()->readinessHistory();
    QVERIFY(kept);
    QCOMPARE(kept.value().size(), 2);
    QCOMPARE(kept.value().constLast().score, gauge->score());
    auto *chart = child<ScoreHistoryChart>(&page, u"scoreHistory"_s);
    QCOMPARE(chart->history().size(), 2);
    QVERIFY2(chart->summary().contains(QString::number(gauge->score())), qPrintable(chart->summary()));

    // Nothing changed: nothing more kept.
    m_session->readiness()->refresh();
    QCOMPARE(m_session->plan()->readinessHistory().value().size(), 2);

    // Reopened from disk, the history is still there.
    m_session = std::make_unique<PlanSession>();
    QVERIFY(m_session->open(m_path));
    QCOMPARE(m_session->plan()->readinessHistory().value().size(), 2);
}

void TestDashboardPage::findingsAndDueItemsLeadToTheirStep()
{
    Plan &plan = *m_session->plan();
    System shopSystem;
    shopSystem.name = u"WooCommerce admin"_s;
    shopSystem.kind = SystemKind::ShopAdmin;
    QVERIFY(plan.addSystem(shopSystem));
    QVERIFY(plan.recordAccessReview(Clock::now().date().addDays(-100)));
    m_session->readiness()->refresh();

    DashboardPage page(*m_session);
    auto *findings = child<QListWidget>(&page, u"topFindings"_s);
    QVERIFY(findings->count() > 0);
    QVERIFY(findings->count() <= DashboardPage::topFindings);
    QSignalSpy requested(m_session.get(), &PlanSession::stepRequested);
    QListWidgetItem *first = findings->item(0);
    QVERIFY(!first->data(Qt::UserRole).toString().isEmpty());
    emit findings->itemActivated(first);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toString(), first->data(Qt::UserRole).toString());

    auto *due = child<QListWidget>(&page, u"dueItems"_s);
    QListWidgetItem *review = nullptr;
    for (int row = 0; row < due->count(); ++row) {
        if (due->item(row)->text().contains(u"Review who can get into the shop"_s))
            review = due->item(row);
    }
    QVERIFY(review);
    // "%n day(s)": the English plural comes from the catalogue, which a test does not load.
    QVERIFY2(review->text().startsWith(u"Overdue by 9 day"_s), qPrintable(review->text()));
    emit due->itemActivated(review);
    QCOMPARE(requested.last().at(0).toString(), u"accounts"_s);
}

void TestDashboardPage::navigatorShowsEachStepsState()
{
    PlanView view(StepRegistry::standard());
    QMenu go;
    view.showPlan(*m_session, &go);
    auto *navigator = child<QListWidget>(&view, u"stepNavigator"_s);
    QListWidgetItem *shop = nullptr;
    QListWidgetItem *dashboard = nullptr;
    QListWidgetItem *history = nullptr;
    for (int row = 0; row < navigator->count(); ++row) {
        const QString id = navigator->item(row)->data(Qt::UserRole).toString();
        if (id == u"shop-team")
            shop = navigator->item(row);
        else if (id == u"dashboard")
            dashboard = navigator->item(row);
        else if (id == u"history")
            history = navigator->item(row);
    }
    QVERIFY(shop && dashboard && history);
    const QString before = shop->data(StepNavigatorDelegate::StatusTextRole).toString();
    QVERIFY2(before.startsWith(u"In progress"_s) || before == u"Not started"_s, qPrintable(before));
    QVERIFY(dashboard->data(StepNavigatorDelegate::StatusTextRole).toString().startsWith(u"Score "_s));
    QVERIFY(history->data(StepNavigatorDelegate::StatusTextRole).toString().isEmpty());
    QCOMPARE(history->data(StepNavigatorDelegate::StateRole).toInt(), 0);

    fillShop();
    m_session->readiness()->refresh();
    const QString after = shop->data(StepNavigatorDelegate::StatusTextRole).toString();
    QCOMPARE(shop->data(StepNavigatorDelegate::StateRole).toInt(), int(StepState::Done) + 1);
    QCOMPARE(after, u"Done · 100 %"_s);
    // What a screen reader says carries the state too.
    QCOMPARE(shop->data(Qt::AccessibleTextRole).toString(), u"Shop & team: Done · 100 %"_s);
    view.clear();
}

void TestDashboardPage::walkGoesFromStepToStep()
{
    PlanView view(StepRegistry::standard());
    QMenu go;
    view.showPlan(*m_session, &go);
    QSignalSpy shown(&view, &PlanView::stepShown);
    view.showStep(u"shop-team"_s);
    auto *pages = child<QStackedWidget>(&view, u"stepPages"_s);
    auto *frame = qobject_cast<StepPageFrame *>(pages->currentWidget());
    QVERIFY(frame);
    QVERIFY(!frame->previousButton()); // the first step of the walk
    QCOMPARE(frame->nextButton()->text(), u"Next: Encryption (TLS)"_s);
    frame->nextButton()->click();
    QCOMPARE(shown.last().at(0).toString(), u"tls"_s);

    view.showStep(u"review"_s);
    frame = qobject_cast<StepPageFrame *>(pages->currentWidget());
    QVERIFY(frame);
    QVERIFY(!frame->nextButton()); // the last step
    QCOMPARE(frame->previousButton()->text(), u"Back: Contingency binder"_s);

    // Places to look are not steps of the walk: no way on from them.
    view.showStep(u"dashboard"_s);
    QVERIFY(!qobject_cast<StepPageFrame *>(pages->currentWidget()));
    QVERIFY(qobject_cast<DashboardPage *>(pages->currentWidget()));

    // A page asks the session, the view goes there.
    m_session->requestStep(u"providers"_s);
    QCOMPARE(shown.last().at(0).toString(), u"providers"_s);
    view.clear();
}

void TestDashboardPage::reviewWritesReportBinderAndCalendar()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
             "pdftotext (poppler-utils) is needed");
    fillShop();
    m_session->readiness()->refresh();
    ReviewPage page(*m_session);
    QVERIFY(child<QLabel>(&page, u"reviewSummary"_s)->text().contains(u"of 6 step"_s));

    const QString report = m_dir.filePath(u"report.pdf"_s);
    FileDialog::setNextFileName(report);
    QSignalSpy reportSaved(&page, &ReviewPage::reportSaved);
    child<QPushButton>(&page, u"saveReportButton"_s)->click();
    QVERIFY(page.isWriting());
    QVERIFY(!child<QPushButton>(&page, u"saveBinderButton"_s)->isEnabled());
    QVERIFY(reportSaved.wait(60000));
    QVERIFY(reportSaved.first().at(0).toBool());
    QVERIFY(!page.isWriting());
    const QString reportText = pdfText(report);
    QVERIFY(reportText.contains(u"Tiny Tea"_s));
    QVERIFY(reportText.contains(u"Ada Owner"_s));
    QVERIFY(child<QLabel>(&page, u"reviewStatus"_s)->text().contains(u"report.pdf"_s));

    const QString binder = m_dir.filePath(u"binder.pdf"_s);
    FileDialog::setNextFileName(binder);
    QSignalSpy binderSaved(&page, &ReviewPage::binderSaved);
    child<QPushButton>(&page, u"saveBinderButton"_s)->click();
    QVERIFY(binderSaved.wait(60000));
    QVERIFY(binderSaved.first().at(0).toBool());
    const QString binderText = pdfText(binder);
    QVERIFY(binderText.contains(u"contingency binder"_s, Qt::CaseInsensitive));
    QVERIFY(binderText != reportText);

    const QString ics = m_dir.filePath(u"dates.ics"_s);
    FileDialog::setNextFileName(ics);
    QSignalSpy calendarSaved(&page, &ReviewPage::calendarSaved);
    child<QPushButton>(&page, u"saveCalendarButton"_s)->click();
    QCOMPARE(calendarSaved.size(), 1);
    QVERIFY(calendarSaved.first().at(0).toBool());
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("BEGIN:VCALENDAR\r\n"));

    QSignalSpy requested(m_session.get(), &PlanSession::stepRequested);
    child<QPushButton>(&page, u"previewBinderButton"_s)->click();
    QCOMPARE(requested.last().at(0).toString(), u"binder"_s);
}

void TestDashboardPage::reviewReportToUnwritablePathSaysSo()
{
    ReviewPage page(*m_session);
    const QString path = m_dir.filePath(u"no-such-folder/report.pdf"_s);
    FileDialog::setNextFileName(path);
    QSignalSpy saved(&page, &ReviewPage::reportSaved);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    page.saveReport();
    QVERIFY(saved.wait(60000));
    QVERIFY(!saved.first().at(0).toBool());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!MessageBox::lastText().isEmpty());
}

void TestDashboardPage::remindersComeOnceForWhatFellDue()
{
    Plan &plan = *m_session->plan();
    System shopSystem;
    shopSystem.name = u"WooCommerce admin"_s;
    shopSystem.kind = SystemKind::ShopAdmin;
    QVERIFY(plan.addSystem(shopSystem));
    const QDate today = Clock::now().toLocalTime().date();
    QVERIFY(plan.recordAccessReview(today.addDays(-95))); // due 4 days ago
    const QString key = StartReminders::lastStartKey(plan);

    // The first start here: nothing "since" yet, and today is noted.
    const QList<DueItem> due = DueDates::compute(plan);
    QVERIFY(!DueDates::fallenDueSince(due, {}, today).isEmpty()); // something is due all the same
    QVERIFY(StartReminders::takeDue(plan, due, today).isEmpty());
    QCOMPARE(QSettings().value(key).toString(), today.toString(Qt::ISODate));
    // Started again the same day: nothing.
    QVERIFY(StartReminders::takeDue(plan, due, today).isEmpty());

    // Last started ten days ago: the access review fell due since.
    QSettings().setValue(key, today.addDays(-10).toString(Qt::ISODate));
    m_session.reset();
    m_session = std::make_unique<PlanSession>();
    QWidget window;
    auto *banner = new NoticeBanner(&window);
    StartReminders reminders(*m_session, banner);
    QVERIFY(m_session->open(m_path));
    QVERIFY(!banner->isHidden());
    QVERIFY2(banner->text().contains(u"Review who can get into the shop"_s), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(u"fell due since you last opened"_s));
    QSignalSpy requested(m_session.get(), &PlanSession::stepRequested);
    child<QPushButton>(banner, u"remindersShow"_s)->click();
    QCOMPARE(requested.last().at(0).toString(), u"dashboard"_s);
    QVERIFY(banner->isHidden());

    // Once: opened again, no banner.
    m_session->close();
    QVERIFY(m_session->open(m_path));
    QVERIFY(banner->isHidden());
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
