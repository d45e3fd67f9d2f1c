#include "StepRegistry.h"

#include "AccountsPage.h"
#include "ContingencyPage.h"
#include "DashboardPage.h"
#include "DdosPage.h"
#include "FindingsPage.h"
#include "HistoryPage.h"
#include "ProvidersPage.h"
#include "ReviewPage.h"
#include "ShopTeamPage.h"
#include "TlsPage.h"

#include <algorithm>

void StepRegistry::add(PlanStep step)
{
    m_steps.removeIf([&step](const PlanStep &s) { return s.id == step.id; });
    const auto at = std::upper_bound(m_steps.begin(), m_steps.end(), step.order,
                                     [](int order, const PlanStep &s) { return order < s.order; });
    m_steps.insert(at, std::move(step));
}

const PlanStep *StepRegistry::find(const QString &id) const
{
    for (const PlanStep &step : m_steps) {
        if (step.id == id)
            return &step;
    }
    return nullptr;
}

StepRegistry StepRegistry::standard()
{
    StepRegistry registry;
    registry.add(DashboardPage::step()); // 50: where the shop stands, before the walk
    registry.add(ShopTeamPage::step()); // 100
    registry.add(TlsPage::step()); // 200
    registry.add(ProvidersPage::step()); // 300
    registry.add(AccountsPage::step()); // 400
    registry.add(DdosPage::step()); // 500
    registry.add(ContingencyPage::step()); // 600
    registry.add(FindingsPage::step()); // 650: every step's findings in one place
    registry.add(ReviewPage::step()); // 700: the walk's last step
    registry.add(HistoryPage::step()); // 10000: always last
    return registry;
}
