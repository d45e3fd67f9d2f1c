#include "DashboardPage.h"

#include "NoticeBanner.h"
#include "PageHeading.h"
#include "PlanSession.h"
#include "ProviderFindingsView.h"
#include "ReadinessPartsView.h"
#include "ReadinessTracker.h"
#include "ScoreGauge.h"
#include "ScoreHistoryChart.h"
#include "ScrollingPageLayout.h"
#include "plan/Plan.h"
#include "review/PlanArea.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int StepIdRole = Qt::UserRole;

QListWidget *makeList(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setWordWrap(true);
    list->setTextElideMode(Qt::ElideNone);
    list->setMinimumHeight(list->fontMetrics().height() * 7);
    return list;
}

QGroupBox *boxed(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

PlanStep DashboardPage::step()
{
    return PlanStep {
        .id = u"dashboard"_s,
        .order = 50,
        .title = [] { return tr("Where you stand"); },
        .iconPath = u":/icons/step-dashboard.svg"_s,
        .createPage = [](PlanSession &session, QWidget *parent) -> QWidget * {
            return new DashboardPage(session, parent);
        },
        .partOfWalk = false,
    };
}

DashboardPage::DashboardPage(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_gauge(new ScoreGauge(this))
    , m_headline(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_probe(new QLabel(this))
    , m_continue(new QPushButton(this))
    , m_parts(new ReadinessPartsView(this))
    , m_findings(makeList(u"topFindings"_s, tr("Most serious open findings"), this))
    , m_due(makeList(u"dueItems"_s, tr("Due and overdue"), this))
    , m_chart(new ScoreHistoryChart(this))
{
    setObjectName(u"dashboardPage"_s);
    auto *heading = new PageHeading(tr("Where you stand"),
                                    tr("The readiness score sums up how far your security plan has come: "
                                       "each step counts for a part, and "
                                       "open problems hold it down. Below you see what to do first and what "
                                       "falls due soon. Click any line "
                                       "to go where it is handled."),
                                    this);

    m_gauge->setObjectName(u"scoreGauge"_s);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.3);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setObjectName(u"scoreHeadline"_s);
    for (QLabel *label : { m_headline, m_summary, m_probe }) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_summary->setObjectName(u"scoreSummary"_s);
    m_probe->setObjectName(u"lastProbe"_s);
    m_continue->setObjectName(u"continueButton"_s);
    m_continue->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_continue->setLayoutDirection(Qt::RightToLeft);
    connect(m_continue, &QPushButton::clicked, this, [this] { m_session.requestStep(m_continueStep); });

    auto *scoreText = new QVBoxLayout;
    scoreText->addWidget(m_headline);
    scoreText->addWidget(m_summary);
    scoreText->addWidget(m_probe);
    auto *continueRow = new QHBoxLayout;
    continueRow->addWidget(m_continue);
    continueRow->addStretch();
    scoreText->addLayout(continueRow);
    scoreText->addStretch();
    m_chart->setObjectName(u"scoreHistory"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(m_gauge, 0, Qt::AlignTop);
    top->addSpacing(fontMetrics().height());
    top->addLayout(scoreText, 3);
    // The score's history beside it, where it is seen without scrolling.
    top->addWidget(boxed(tr("The score over time"), m_chart, this), 2);

    connect(m_parts, &ReadinessPartsView::stepActivated, &m_session, &PlanSession::requestStep);
    for (QListWidget *list : { m_findings, m_due }) {
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            if (const QString id = item->data(StepIdRole).toString(); !id.isEmpty())
                m_session.requestStep(id);
        });
    }

    auto *grid = new QGridLayout;
    const int gap = fontMetrics().height();
    grid->setSpacing(gap);
    grid->addWidget(boxed(tr("Each step's part"), m_parts, this), 0, 0, 1, 2);
    grid->addWidget(boxed(tr("Fix these first"), m_findings, this), 1, 0);
    grid->addWidget(boxed(tr("Due and overdue"), m_due, this), 1, 1);
    grid->setRowStretch(0, 2);
    grid->setRowStretch(1, 1);

    QVBoxLayout *column = layOutScrollingPage(*this);
    column->addWidget(heading);
    column->addLayout(top);
    column->addLayout(grid, 1);

    if (ReadinessTracker *tracker = m_session.readiness()) {
        tracker->catchUp();
        connect(tracker, &ReadinessTracker::updated, this, &DashboardPage::refresh);
    }
    refresh();
}

QString DashboardPage::headline(int score) const
{
    if (score >= ScoreGauge::goodFrom)
        return tr("In good shape");
    if (score >= ScoreGauge::fairFrom)
        return tr("Getting there");
    if (score >= 20)
        return tr("Off to a start");
    return tr("Just beginning");
}

void DashboardPage::refresh()
{
    const ReadinessTracker *tracker = m_session.readiness();
    const Plan *plan = m_session.plan();
    if (!tracker || !plan)
        return;
    const Readiness &readiness = tracker->readiness();
    const QLocale locale;
    const QDateTime now = tracker->computedAt();
    const QDate today = now.toLocalTime().date();

    m_gauge->setScore(readiness.score);
    m_headline->setText(tr("%1: %2 of 100").arg(headline(readiness.score)).arg(readiness.score));

    // Where to go on: the first step of the walk that needs attention, else the first not done.
    const auto firstStep = [&readiness](auto matches) {
        return std::find_if(readiness.steps.cbegin(), readiness.steps.cend(), matches);
    };
    auto next = firstStep([](const StepReadiness &part) { return part.state == StepState::NeedsAttention; });
    if (next == readiness.steps.cend())
        next = firstStep([](const StepReadiness &part) { return part.state != StepState::Done; });
    const int done
        = int(std::count_if(readiness.steps.cbegin(), readiness.steps.cend(),
                            [](const StepReadiness &part) { return part.state == StepState::Done; }));
    const int steps = int(readiness.steps.size());
    QString summary = tr("%1 of %n step(s) done.", nullptr, steps).arg(done);
    if (next != readiness.steps.cend()) {
        m_continueStep = PlanAreas::key(next->area);
        m_continue->setText(tr("Continue with %1").arg(PlanAreas::name(next->area).replace(u'&', u"&&"_s)));
        summary += u' '
            + (next->state == StepState::NeedsAttention
                   ? tr("%1 needs your attention first.").arg(PlanAreas::name(next->area))
                   : tr("Next up: %1.").arg(PlanAreas::name(next->area)));
    } else {
        m_continueStep = u"review"_s;
        m_continue->setText(tr("Review and Print"));
        summary += u' ' + tr("Every step is done: print the binder and keep the dates in your calendar.");
    }
    m_summary->setText(summary);

    const auto probes = plan->tlsProbes({}, 1);
    if (probes && !probes.value().isEmpty()) {
        const TlsProbeRecord &probe = probes.value().constFirst();
        const qint64 days = probe.at.toLocalTime().date().daysTo(today);
        const QString when = days <= 0 ? tr("today") : tr("%n day(s) ago", nullptr, int(days));
        m_probe->setText(
            probe.grade.isEmpty()
                ? tr("The last probe of %1 (%2) could not give a grade.").arg(probe.host, when)
                : tr("Encryption grade of %1: %2 (probed %3).").arg(probe.host, probe.grade, when));
    } else {
        m_probe->setText(
            tr("Your site has not been probed yet: the Encryption (TLS) step does it in a minute."));
    }

    m_parts->setReadiness(readiness);

    const QIcon allClear(NoticeBanner::iconPath(NoticeBanner::Kind::Positive));
    m_findings->clear();
    int listed = 0;
    for (const PlanFinding &f : tracker->findings()) {
        if (f.isAccepted() || f.finding.severity == Severity::Info)
            continue;
        if (listed++ == topFindings)
            break;
        auto *item = new QListWidgetItem(
            QIcon(ProviderFindingsView::iconPath(f.finding.severity)),
            tr("%1 · %2: %3")
                .arg(Severities::name(f.finding.severity), PlanAreas::name(f.area), f.finding.title),
            m_findings);
        item->setData(StepIdRole, PlanAreas::key(f.area));
        item->setToolTip(f.finding.fix);
    }
    if (m_findings->count() == 0) {
        auto *item = new QListWidgetItem(allClear, tr("No open problems. Well done."), m_findings);
        item->setFlags(Qt::ItemIsEnabled);
    }

    m_due->clear();
    for (const DueItem &due : tracker->dueItems()) {
        const qint64 days = today.daysTo(due.due);
        if (days > dueWithinDays)
            break; // sorted by date: the rest is later still
        QString when;
        if (days < 0)
            when = tr("Overdue by %n day(s)", nullptr, int(-days));
        else if (days == 0)
            when = tr("Due today");
        else
            when = tr("In %n day(s)", nullptr, int(days));
        auto *item
            = new QListWidgetItem(QIcon(NoticeBanner::iconPath(days <= 0 ? NoticeBanner::Kind::Error
                                                                         : NoticeBanner::Kind::Warning)),
                                  tr("%1: %2").arg(when, due.what), m_due);
        item->setData(StepIdRole, PlanAreas::key(due.area));
        item->setToolTip(due.detail.isEmpty() ? locale.toString(due.due, QLocale::LongFormat) : due.detail);
    }
    if (m_due->count() == 0) {
        auto *item = new QListWidgetItem(
            allClear, tr("Nothing falls due in the next %n day(s).", nullptr, dueWithinDays), m_due);
        item->setFlags(Qt::ItemIsEnabled);
    }

    m_chart->setHistory(tracker->history(), now);
}
