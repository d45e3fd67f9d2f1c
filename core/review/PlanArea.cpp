#include "PlanArea.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QList<PlanArea> PlanAreas::all()
{
    return { PlanArea::ShopTeam, PlanArea::Tls,  PlanArea::Providers,
             PlanArea::Accounts, PlanArea::Ddos, PlanArea::Contingency };
}

QString PlanAreas::key(PlanArea area)
{
    switch (area) {
    case PlanArea::ShopTeam:
        break;
    case PlanArea::Tls:
        return u"tls"_s;
    case PlanArea::Providers:
        return u"providers"_s;
    case PlanArea::Accounts:
        return u"accounts"_s;
    case PlanArea::Ddos:
        return u"ddos"_s;
    case PlanArea::Contingency:
        return u"binder"_s;
    }
    return u"shop-team"_s;
}

std::optional<PlanArea> PlanAreas::fromKey(const QString &key)
{
    for (PlanArea area : all()) {
        if (PlanAreas::key(area) == key)
            return area;
    }
    return std::nullopt;
}

QString PlanAreas::name(PlanArea area)
{
    switch (area) {
    case PlanArea::ShopTeam:
        break;
    case PlanArea::Tls:
        return QCoreApplication::translate("PlanArea", "Encryption (TLS)");
    case PlanArea::Providers:
        return QCoreApplication::translate("PlanArea", "Providers");
    case PlanArea::Accounts:
        return QCoreApplication::translate("PlanArea", "Accounts & access");
    case PlanArea::Ddos:
        return QCoreApplication::translate("PlanArea", "DDoS readiness");
    case PlanArea::Contingency:
        return QCoreApplication::translate("PlanArea", "Contingency binder");
    }
    return QCoreApplication::translate("PlanArea", "Shop & team");
}

PlanArea PlanAreas::ofFinding(const Finding &finding)
{
    const QString &id = finding.id;
    if (id.startsWith(u"TLS-"))
        return PlanArea::Tls;
    if (id.startsWith(u"PROV-"))
        return PlanArea::Providers;
    if (id.startsWith(u"ACC-") || id.startsWith(u"SYS-") || id.startsWith(u"CRED-"))
        return PlanArea::Accounts;
    if (id.startsWith(u"DDOS-"))
        return PlanArea::Ddos;
    if (id.startsWith(u"CONT-"))
        return PlanArea::Contingency;
    return PlanArea::ShopTeam;
}
