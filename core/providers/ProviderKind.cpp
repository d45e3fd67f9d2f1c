#include "ProviderKind.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ProviderKinds {

QList<ProviderKind> all()
{
    return { ProviderKind::WebHost, ProviderKind::CdnDns,    ProviderKind::Platform,
             ProviderKind::Payment, ProviderKind::Developer, ProviderKind::Registrar,
             ProviderKind::Email,   ProviderKind::Backup,    ProviderKind::Other };
}

QString key(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::WebHost:
        return u"host"_s;
    case ProviderKind::CdnDns:
        return u"cdn"_s;
    case ProviderKind::Platform:
        return u"platform"_s;
    case ProviderKind::Payment:
        return u"payment"_s;
    case ProviderKind::Developer:
        return u"developer"_s;
    case ProviderKind::Registrar:
        return u"registrar"_s;
    case ProviderKind::Email:
        return u"email"_s;
    case ProviderKind::Backup:
        return u"backup"_s;
    case ProviderKind::Other:
        break;
    }
    return u"other"_s;
}

ProviderKind fromKey(const QString &key, bool *ok)
{
    for (ProviderKind kind : all()) {
        if (ProviderKinds::key(kind) == key) {
            if (ok)
                *ok = true;
            return kind;
        }
    }
    if (ok)
        *ok = false;
    return ProviderKind::Other;
}

QString name(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::WebHost:
        return QCoreApplication::translate("ProviderKind", "Web host");
    case ProviderKind::CdnDns:
        return QCoreApplication::translate("ProviderKind", "CDN / DNS");
    case ProviderKind::Platform:
        return QCoreApplication::translate("ProviderKind", "Shop platform");
    case ProviderKind::Payment:
        return QCoreApplication::translate("ProviderKind", "Payment provider");
    case ProviderKind::Developer:
        return QCoreApplication::translate("ProviderKind", "Developer / agency");
    case ProviderKind::Registrar:
        return QCoreApplication::translate("ProviderKind", "Domain registrar");
    case ProviderKind::Email:
        return QCoreApplication::translate("ProviderKind", "Email provider");
    case ProviderKind::Backup:
        return QCoreApplication::translate("ProviderKind", "Backup service");
    case ProviderKind::Other:
        break;
    }
    return QCoreApplication::translate("ProviderKind", "Other provider");
}

} // namespace ProviderKinds
