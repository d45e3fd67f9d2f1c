#include "ReadinessTracker.h"

#include "common/Clock.h"
#include "plan/Plan.h"

#include <QTimer>

namespace {
// Long enough for an import's or a wizard's burst of edits to be one update, short enough that the
// dashboard has caught up by the time the owner looks at it.
constexpr int burstPauseMs = 400;
} // namespace

ReadinessTracker::ReadinessTracker(Plan &plan, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_pause(new QTimer(this))
{
    m_pause->setSingleShot(true);
    connect(m_pause, &QTimer::timeout, this, &ReadinessTracker::refresh);
    for (auto signal :
         { &Plan::shopChanged, &Plan::peopleChanged, &Plan::tlsProbesChanged, &Plan::providersChanged,
           &Plan::answersChanged, &Plan::systemsChanged, &Plan::accountsChanged, &Plan::accountReviewChanged,
           &Plan::recoveryItemsChanged, &Plan::ddosPlanChanged })
        connect(&plan, signal, this, [this] { m_pause->start(burstPauseMs); });
    // Accepting or withdrawing is one deliberate change the owner expects to see at once, wherever it
    // is shown (the finding's state, the counts, the score).
    connect(&plan, &Plan::acceptancesChanged, this, [this] { m_pause->start(0); });
    refresh();
}

bool ReadinessTracker::catchUp()
{
    if (!m_pause->isActive())
        return false;
    refresh();
    return true;
}

void ReadinessTracker::refresh()
{
    m_pause->stop();
    m_at = Clock::now();
    m_findings = PlanFindings::compute(m_plan, m_at);
    m_due = DueDates::compute(m_plan, m_at);
    m_readiness = ReadinessScore::compute(m_plan, m_findings, m_due, m_at);
    // A plan that cannot be written (read-only, or a full disk) still shows its score: keeping it in
    // the history is a bonus, never a reason to complain. The history is read again only when this
    // wrote to it: nothing else writes it while the plan is open here.
    const auto written
        = m_plan.recordReadiness(ReadinessRecord { m_at, m_readiness.score, m_readiness.parts() });
    if (!m_historyRead || (written && written.value())) {
        const auto history = m_plan.readinessHistory();
        m_history = history ? history.value() : QList<ReadinessRecord>();
        m_historyRead = history.ok(); // a failed read is tried again next time
    }
    emit updated();
}
