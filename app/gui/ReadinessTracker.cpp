#include "ReadinessTracker.h"

#include "common/Clock.h"
#include "plan/Plan.h"

#include <QTimer>

ReadinessTracker::ReadinessTracker(Plan &plan, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_pause(new QTimer(this))
{
    // Long enough for an import's or a wizard's burst of edits to be one update, short enough that
    // the dashboard has caught up by the time the owner looks at it.
    m_pause->setSingleShot(true);
    m_pause->setInterval(400);
    connect(m_pause, &QTimer::timeout, this, &ReadinessTracker::refresh);
    for (auto signal :
         { &Plan::shopChanged, &Plan::peopleChanged, &Plan::tlsProbesChanged, &Plan::providersChanged,
           &Plan::answersChanged, &Plan::systemsChanged, &Plan::accountsChanged, &Plan::accountReviewChanged,
           &Plan::recoveryItemsChanged, &Plan::ddosPlanChanged, &Plan::acceptancesChanged })
        connect(&plan, signal, this, &ReadinessTracker::planChanged);
    refresh();
}

void ReadinessTracker::planChanged()
{
    m_pause->start();
}

void ReadinessTracker::refresh()
{
    m_pause->stop();
    const QDateTime now = Clock::now();
    m_findings = PlanFindings::compute(m_plan, now);
    m_readiness = ReadinessScore::compute(m_plan, m_findings, now);
    // A plan that cannot be written (read-only, or a full disk) still shows its score: keeping it in
    // the history is a bonus, never a reason to complain.
    (void)m_plan.recordReadiness(ReadinessRecord { now, m_readiness.score, m_readiness.parts() });
    emit updated();
}
