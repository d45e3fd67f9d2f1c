#include "PlanFindings.h"

#include "ShopFindings.h"
#include "accounts/AccountFindings.h"
#include "common/Clock.h"
#include "contingency/ContingencyFindings.h"
#include "plan/Plan.h"
#include "providers/ProviderFindings.h"
#include "tls/TlsFindings.h"

QList<PlanFinding> PlanFindings::compute(const Plan &plan, const QDateTime &now)
{
    const QDateTime at = now.isValid() ? now : Clock::now();
    const QDate today = at.toLocalTime().date();

    // Each step's rules, over the same plan and the same day. The plan overloads read the plan's own
    // settings (answers' age, account rules) and its newest probes (read once, Plan::latestProbes()),
    // so the list says what each step's own view says.
    QList<Finding> all = ShopFindings::compute(plan);
    for (const TlsProbeResult &probe : plan.latestProbes()) {
        for (Finding f : TlsFindings::compute(probe)) {
            if (f.subject.isEmpty())
                f.subject = probe.host;
            all.append(std::move(f));
        }
    }
    all += ProviderFindings::compute(plan, today);
    all += AccountFindings::compute(plan, at);
    all += RecoveryFindings::compute(plan, at);
    all += DdosFindings::compute(plan, today);
    // A finding's step follows from its rule id: the findings' order is the list's.
    Severities::sort(all);

    QList<PlanFinding> out;
    out.reserve(all.size());
    for (Finding &f : all) {
        PlanFinding pf;
        pf.area = PlanAreas::ofFinding(f);
        pf.acceptance = plan.acceptanceFor(f, today);
        pf.finding = std::move(f);
        out.append(std::move(pf));
    }
    return out;
}
