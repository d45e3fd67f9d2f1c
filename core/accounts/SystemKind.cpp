#include "SystemKind.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QList<SystemKind> SystemKinds::all()
{
    return { SystemKind::ShopAdmin, SystemKind::HostingPanel, SystemKind::Server,
             SystemKind::Database,  SystemKind::DnsRegistrar, SystemKind::Cdn,
             SystemKind::Payment,   SystemKind::Email,        SystemKind::CodeRepository,
             SystemKind::Backup,    SystemKind::Analytics,    SystemKind::Other };
}

QString SystemKinds::key(SystemKind kind)
{
    switch (kind) {
    case SystemKind::ShopAdmin:
        return u"shop-admin"_s;
    case SystemKind::HostingPanel:
        return u"hosting-panel"_s;
    case SystemKind::Server:
        return u"server"_s;
    case SystemKind::Database:
        return u"database"_s;
    case SystemKind::DnsRegistrar:
        return u"dns-registrar"_s;
    case SystemKind::Cdn:
        return u"cdn"_s;
    case SystemKind::Payment:
        return u"payment"_s;
    case SystemKind::Email:
        return u"email"_s;
    case SystemKind::CodeRepository:
        return u"code-repo"_s;
    case SystemKind::Backup:
        return u"backup"_s;
    case SystemKind::Analytics:
        return u"analytics"_s;
    case SystemKind::Other:
        break;
    }
    return u"other"_s;
}

SystemKind SystemKinds::fromKey(const QString &key, bool *ok)
{
    for (SystemKind kind : all()) {
        if (SystemKinds::key(kind) == key) {
            if (ok)
                *ok = true;
            return kind;
        }
    }
    if (ok)
        *ok = false;
    return SystemKind::Other;
}

QString SystemKinds::name(SystemKind kind)
{
    switch (kind) {
    case SystemKind::ShopAdmin:
        return QCoreApplication::translate("Accounts", "Shop admin");
    case SystemKind::HostingPanel:
        return QCoreApplication::translate("Accounts", "Hosting panel");
    case SystemKind::Server:
        return QCoreApplication::translate("Accounts", "Server (SSH, root)");
    case SystemKind::Database:
        return QCoreApplication::translate("Accounts", "Database");
    case SystemKind::DnsRegistrar:
        return QCoreApplication::translate("Accounts", "DNS and domain registrar");
    case SystemKind::Cdn:
        return QCoreApplication::translate("Accounts", "CDN");
    case SystemKind::Payment:
        return QCoreApplication::translate("Accounts", "Payment provider");
    case SystemKind::Email:
        return QCoreApplication::translate("Accounts", "Email");
    case SystemKind::CodeRepository:
        return QCoreApplication::translate("Accounts", "Code repository");
    case SystemKind::Backup:
        return QCoreApplication::translate("Accounts", "Backup storage");
    case SystemKind::Analytics:
        return QCoreApplication::translate("Accounts", "Analytics");
    case SystemKind::Other:
        break;
    }
    return QCoreApplication::translate("Accounts", "Other");
}
