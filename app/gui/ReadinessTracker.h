#pragma once

#include "review/PlanFindings.h"
#include "review/Readiness.h"

#include <QObject>

class Plan;
class QTimer;

// Where the open plan stands, kept current for the pages that show it (the dashboard, the
// navigator's step states): every step's findings and the readiness score, worked out again a
// moment after the plan changes (a burst of edits is one update), and the score kept in the plan's
// history whenever it differs from the last one kept.
class ReadinessTracker final : public QObject
{
    Q_OBJECT

public:
    explicit ReadinessTracker(Plan &plan, QObject *parent = nullptr);

    const QList<PlanFinding> &findings() const { return m_findings; }
    const Readiness &readiness() const { return m_readiness; }

    // Works it out now instead of after the pause (tests; the dashboard when it is first shown).
    void refresh();

signals:
    void updated();

private:
    void planChanged();

    Plan &m_plan;
    QTimer *m_pause;
    QList<PlanFinding> m_findings;
    Readiness m_readiness;
};
