#include "PlanFindings.h"

#include "ShopFindings.h"
#include "accounts/AccountFindings.h"
#include "common/Clock.h"
#include "contingency/ContingencyFindings.h"
#include "plan/Plan.h"
#include "providers/ProviderFindings.h"
#include "tls/TlsFindings.h"

#include <algorithm>

QList<PlanFinding> PlanFindings::compute(const Plan &plan, const QDateTime &now)
{
    const QDateTime at = now.isValid() ? now : Clock::now();
    const QDate today = at.toLocalTime().date();

    // Each step's rules, over the same plan and the same day. The plan overloads read the plan's own
    // settings (answers' age, account rules), so the list says what each step's own view says.
    QList<Finding> all = ShopFindings::compute(plan);
    for (const TlsProbeResult &probe : ProviderFindings::latestProbes(plan)) {
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

    QList<PlanFinding> out;
    out.reserve(all.size());
    for (Finding &f : all) {
        PlanFinding pf;
        pf.area = PlanAreas::ofFinding(f);
        pf.acceptance = plan.acceptanceFor(f, today);
        pf.finding = std::move(f);
        out.append(std::move(pf));
    }
    std::stable_sort(out.begin(), out.end(), [](const PlanFinding &a, const PlanFinding &b) {
        if (a.finding.severity != b.finding.severity)
            return a.finding.severity > b.finding.severity;
        if (a.finding.id != b.finding.id)
            return a.finding.id < b.finding.id;
        if (a.finding.subject != b.finding.subject)
            return a.finding.subject < b.finding.subject;
        return a.area < b.area;
    });
    return out;
}
