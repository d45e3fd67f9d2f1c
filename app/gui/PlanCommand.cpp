#include "PlanCommand.h"

PlanCommand::PlanCommand(Plan &plan, const QString &text)
    : QUndoCommand(text)
    , m_plan(plan)
{ }

Status PlanCommand::apply()
{
    Status status = forward();
    m_skipNextRedo = status.ok();
    return status;
}

void PlanCommand::redo()
{
    if (std::exchange(m_skipNextRedo, false))
        return;
    if (Status status = forward(); !status)
        fail(status);
}

void PlanCommand::undo()
{
    if (Status status = backward(); !status)
        fail(status);
}

void PlanCommand::fail(const Status &status)
{
    // An obsolete command is deleted by the stack: what the plan refused cannot be replayed.
    setObsolete(true);
    if (m_onFailure)
        m_onFailure(status.error());
}
