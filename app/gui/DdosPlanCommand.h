#pragma once

#include "PlanCommand.h"
#include "contingency/DdosPlan.h"

#include <QCoreApplication>

class PlanSession;

// An undoable change of the DDoS plan. The plan is written whole, so the command holds the plan as
// it was and as it is to be: redo writes the one, undo the other.
class DdosPlanCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(DdosPlanCommand)

public:
    // `text` names the change in the Edit menu ("Tick …", "Add a call", ...).
    DdosPlanCommand(Plan &plan, const DdosPlan &before, const DdosPlan &after, const QString &text);

    // Writes `after` over the session's DDoS plan through the undo stack; a change that changes
    // nothing is not pushed. A refused change is reported by the session (editFailed) and returned.
    static Status push(PlanSession &session, const DdosPlan &after, const QString &text);

protected:
    Status forward() override;
    Status backward() override;

private:
    DdosPlan m_before;
    DdosPlan m_after;
};
