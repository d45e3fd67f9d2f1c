#pragma once

#include "PlanStep.h"

#include <QWidget>

class DdosCallTreeView;
class DdosDrillView;
class DdosFindingsView;
class DdosFrontView;
class DdosStepsView;
class PlanSession;
class QTabWidget;

// "DDoS readiness": how the shop answers a flood of traffic. What stands in front of the shop and
// what the host promised, who calls whom, what is prepared in advance, the last drill, and what to
// fix — one tab each. Every change is an undoable edit of the plan's DDoS plan.
class DdosPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DdosPage(PlanSession &session, QWidget *parent = nullptr);

    static PlanStep step();

    QTabWidget *tabs() const { return m_tabs; }
    DdosFrontView *frontView() const { return m_front; }
    DdosCallTreeView *callTreeView() const { return m_callTree; }
    DdosStepsView *stepsView() const { return m_steps; }
    DdosDrillView *drillView() const { return m_drill; }
    DdosFindingsView *findingsView() const { return m_findings; }

private:
    QTabWidget *m_tabs;
    DdosFrontView *m_front;
    DdosCallTreeView *m_callTree;
    DdosStepsView *m_steps;
    DdosDrillView *m_drill;
    DdosFindingsView *m_findings;
};
