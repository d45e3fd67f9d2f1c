#pragma once

#include "findings/Finding.h"

#include <QList>
#include <QString>

#include <optional>

// The plan's steps as the findings and the score see them, in the order the guided plan walks them.
enum class PlanArea
{
    ShopTeam,
    Tls,
    Providers,
    Accounts,
    Ddos,
    Contingency,
};

namespace PlanAreas {
QList<PlanArea> all(); // in walk order
// "shop-team", "tls", "providers", "accounts", "ddos", "binder" (the GUI's step ids).
QString key(PlanArea area);
std::optional<PlanArea> fromKey(const QString &key);
// Translated: "Shop & team", "Encryption (TLS)", "Providers", "Accounts & access", "DDoS readiness",
// "Contingency binder".
QString name(PlanArea area);
// By the rule id's prefix: TLS- -> Tls, PROV- -> Providers, ACC-/SYS-/CRED- -> Accounts,
// DDOS- -> Ddos, CONT- -> Contingency, SHOP- and anything else -> ShopTeam.
PlanArea ofFinding(const Finding &finding);
} // namespace PlanAreas
