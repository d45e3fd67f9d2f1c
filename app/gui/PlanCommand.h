#pragma once

#include "common/Result.h"

#include <QUndoCommand>

#include <functional>

class Plan;

// An undoable edit of the plan. The change is made once by apply(), before the command is pushed,
// so a change the plan refuses never reaches the undo stack (see PlanSession::pushEdit). An undo
// or redo the plan refuses reports the error and drops the command from the stack.
class PlanCommand : public QUndoCommand
{
public:
    using FailureHandler = std::function<void(const QString &message)>;

    PlanCommand(Plan &plan, const QString &text);

    Status apply();
    void setFailureHandler(FailureHandler handler) { m_onFailure = std::move(handler); }

    void redo() final;
    void undo() final;

protected:
    virtual Status forward() = 0;
    virtual Status backward() = 0;
    Plan &plan() const { return m_plan; }

private:
    void fail(const Status &status);

    Plan &m_plan;
    FailureHandler m_onFailure;
    bool m_skipNextRedo = false; // QUndoStack::push() calls redo() for the change apply() made
};
