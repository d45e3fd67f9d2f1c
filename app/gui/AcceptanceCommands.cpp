#include "AcceptanceCommands.h"

#include "PlanSession.h"
#include "common/Clock.h"
#include "plan/Plan.h"

namespace FindingAcceptances {

std::optional<FindingAcceptance> onFile(const Plan &plan, const Finding &finding)
{
    for (const FindingAcceptance &a : plan.acceptances()) {
        if (a.ruleId == finding.id && a.subject == finding.subject)
            return a;
    }
    return std::nullopt;
}

QString actorName(const Plan &plan)
{
    const Actor actor = plan.actor();
    return actor.member.isEmpty() ? actor.osUser : actor.member;
}

} // namespace FindingAcceptances

AcceptFindingCommand::AcceptFindingCommand(Plan &plan, const std::optional<FindingAcceptance> &before,
                                           const FindingAcceptance &after, const QString &title)
    : PlanCommand(plan, tr("Accept “%1” as a risk").arg(title))
    , m_before(before)
    , m_after(after)
{ }

Status AcceptFindingCommand::push(PlanSession &session, const Finding &finding, const QString &reason,
                                  QDate expiresOn)
{
    Plan *plan = session.plan();
    if (!plan)
        return Error { tr("No plan is open.") };
    FindingAcceptance after;
    after.ruleId = finding.id;
    after.subject = finding.subject;
    after.reason = reason.trimmed();
    // Fixed now, so that a redo writes the very same acceptance.
    after.acceptedBy = FindingAcceptances::actorName(*plan);
    after.acceptedOn = Clock::now().toLocalTime().date();
    after.expiresOn = expiresOn;
    return session.pushEdit(std::make_unique<AcceptFindingCommand>(
        *plan, FindingAcceptances::onFile(*plan, finding), after, finding.title));
}

Status AcceptFindingCommand::forward()
{
    return plan().acceptFinding(m_after);
}

Status AcceptFindingCommand::backward()
{
    if (m_before)
        return plan().acceptFinding(*m_before);
    return plan().withdrawAcceptance(m_after.ruleId, m_after.subject);
}

WithdrawAcceptanceCommand::WithdrawAcceptanceCommand(Plan &plan, const FindingAcceptance &acceptance,
                                                     const QString &title)
    : PlanCommand(plan, tr("Withdraw the acceptance of “%1”").arg(title))
    , m_acceptance(acceptance)
{ }

Status WithdrawAcceptanceCommand::push(PlanSession &session, const Finding &finding)
{
    Plan *plan = session.plan();
    if (!plan)
        return Error { tr("No plan is open.") };
    const auto acceptance = FindingAcceptances::onFile(*plan, finding);
    if (!acceptance)
        return Error { tr("That finding is not accepted.") };
    return session.pushEdit(std::make_unique<WithdrawAcceptanceCommand>(*plan, *acceptance, finding.title));
}

Status WithdrawAcceptanceCommand::forward()
{
    return plan().withdrawAcceptance(m_acceptance.ruleId, m_acceptance.subject);
}

Status WithdrawAcceptanceCommand::backward()
{
    return plan().acceptFinding(m_acceptance);
}
