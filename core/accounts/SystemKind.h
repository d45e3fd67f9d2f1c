#pragma once

#include <QList>
#include <QString>

// Where accounts live. Keys are stable: they are stored in plans.
enum class SystemKind
{
    ShopAdmin, // "shop-admin"
    HostingPanel, // "hosting-panel"
    Server, // "server": SSH / root
    Database, // "database"
    DnsRegistrar, // "dns-registrar"
    Cdn, // "cdn"
    Payment, // "payment"
    Email, // "email"
    CodeRepository, // "code-repo"
    Backup, // "backup"
    Analytics, // "analytics"
    Other, // "other"
};

namespace SystemKinds {
QList<SystemKind> all();
QString key(SystemKind kind);
SystemKind fromKey(const QString &key, bool *ok = nullptr);
QString name(SystemKind kind); // translated: "Shop admin", "Hosting panel", ...
} // namespace SystemKinds
