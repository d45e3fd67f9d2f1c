#pragma once

#include "PlanCommand.h"
#include "findings/FindingAcceptance.h"

#include <QCoreApplication>

#include <optional>

class PlanSession;

// Undoable acceptances of findings: the owner takes a finding on as a risk the shop carries (with a
// reason and an expiry), or withdraws that acceptance so the finding counts again.

class AcceptFindingCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(AcceptFindingCommand)

public:
    // `before` is the acceptance on file for the same finding (even one run out), which undo puts
    // back; none: undo withdraws. `title` is the finding's, for the Edit menu.
    AcceptFindingCommand(Plan &plan, const std::optional<FindingAcceptance> &before,
                         const FindingAcceptance &after, const QString &title);

    // Accepts `finding` from today, in the name of the plan's actor, until `expiresOn` (invalid: until
    // withdrawn). A refusal is reported by the session (editFailed) and returned.
    static Status push(PlanSession &session, const Finding &finding, const QString &reason, QDate expiresOn);

protected:
    Status forward() override;
    Status backward() override;

private:
    std::optional<FindingAcceptance> m_before;
    FindingAcceptance m_after;
};

class WithdrawAcceptanceCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(WithdrawAcceptanceCommand)

public:
    // `acceptance` is the one on file; undo writes it back as it was (who, when, why, until when).
    WithdrawAcceptanceCommand(Plan &plan, const FindingAcceptance &acceptance, const QString &title);

    // Withdraws the acceptance of `finding`, if there is one on file.
    static Status push(PlanSession &session, const Finding &finding);

protected:
    Status forward() override;
    Status backward() override;

private:
    FindingAcceptance m_acceptance;
};

namespace FindingAcceptances {
// The acceptance on file for this finding, whether or not it is still in force.
std::optional<FindingAcceptance> onFile(const Plan &plan, const Finding &finding);
// Who accepts a finding now: the plan member acting ("me"), else the operating-system user.
QString actorName(const Plan &plan);
} // namespace FindingAcceptances
