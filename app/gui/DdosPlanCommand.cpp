#include "DdosPlanCommand.h"

#include "PlanSession.h"
#include "plan/Plan.h"

DdosPlanCommand::DdosPlanCommand(Plan &plan, const DdosPlan &before, const DdosPlan &after,
                                 const QString &text)
    : PlanCommand(plan, text)
    , m_before(before)
    , m_after(after)
{ }

Status DdosPlanCommand::push(PlanSession &session, const DdosPlan &after, const QString &text)
{
    Plan *plan = session.plan();
    if (!plan)
        return Error { tr("No plan is open.") };
    const DdosPlan before = plan->ddosPlan();
    if (after == before)
        return Status::success();
    return session.pushEdit(std::make_unique<DdosPlanCommand>(*plan, before, after, text));
}

Status DdosPlanCommand::forward()
{
    return plan().setDdosPlan(m_after);
}

Status DdosPlanCommand::backward()
{
    return plan().setDdosPlan(m_before);
}
