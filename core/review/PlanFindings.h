#pragma once

#include "PlanArea.h"
#include "findings/Finding.h"
#include "findings/FindingAcceptance.h"

#include <QDateTime>
#include <QList>

#include <optional>

class Plan;

// One finding of the plan, with the step it belongs to and the acceptance in force, if any.
struct PlanFinding
{
    Finding finding;
    PlanArea area = PlanArea::ShopTeam;
    std::optional<FindingAcceptance> acceptance; // the acceptance in force on the day, if any
    bool isAccepted() const { return acceptance.has_value(); }
};

// Every step's findings in one list: what the dashboard, the findings view, the binder, the score
// and `storefort-cli findings` all read.
namespace PlanFindings {
// TLS findings of the newest probe of each of the shop's addresses (subject = host when empty),
// ProviderFindings, AccountFindings, RecoveryFindings, DdosFindings, plus the shop & team's own
// (ShopFindings: SHOP-NO-SITE, SHOP-NO-OWNER, SHOP-OWNER-LEFT, SHOP-NO-TEAM). Info findings
// included. CRED-* (they need the keychain) are not. Sorted as Severities::sort sorts: most severe
// first, then by rule id and subject. An invalid `now` is Clock::now(); "today" is its local date.
QList<PlanFinding> compute(const Plan &plan, const QDateTime &now = {});
} // namespace PlanFindings
