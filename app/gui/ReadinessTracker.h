#pragma once

#include "plan/ReadinessRecord.h"
#include "review/DueDates.h"
#include "review/PlanFindings.h"
#include "review/Readiness.h"

#include <QDateTime>
#include <QObject>

class Plan;
class QTimer;

// Where the open plan stands, kept current for the pages that show it (the dashboard, the findings,
// Review & export, the navigator's step states, the reminders on start): every step's findings, the
// readiness score, what is due, and the score's history — worked out once for all of them, a moment
// after the plan changes (a burst of edits is one update; an acceptance changed, at once), with the
// score kept in the plan's history whenever it differs from the last one kept.
class ReadinessTracker final : public QObject
{
    Q_OBJECT

public:
    explicit ReadinessTracker(Plan &plan, QObject *parent = nullptr);

    const QList<PlanFinding> &findings() const { return m_findings; }
    const Readiness &readiness() const { return m_readiness; }
    const QList<DueItem> &dueItems() const { return m_due; } // DueDates::compute, sorted by date
    const QList<ReadinessRecord> &history() const { return m_history; } // oldest first
    // The moment all of the above were worked out for.
    QDateTime computedAt() const { return m_at; }

    // Works it out now instead of after the pause (tests).
    void refresh();
    // Works it out now if a change is still waiting for the pause to end (a page shown for the first
    // time shows the plan as it is); otherwise what is there is current. True when it worked it out.
    bool catchUp();

signals:
    void updated();

private:
    Plan &m_plan;
    QTimer *m_pause;
    QDateTime m_at;
    QList<PlanFinding> m_findings;
    Readiness m_readiness;
    QList<DueItem> m_due;
    QList<ReadinessRecord> m_history;
    bool m_historyRead = false;
};
