#pragma once

#include <QList>
#include <QString>

// What a provider does for the shop. Keys are stable: they are stored in plans and used by the
// question bank.
enum class ProviderKind
{
    WebHost, // "host"
    CdnDns, // "cdn"
    Platform, // "platform": shop platform, SaaS or software vendor
    Payment, // "payment"
    Developer, // "developer": developer or agency
    Registrar, // "registrar"
    Email, // "email"
    Backup, // "backup"
    Other, // "other"
};

namespace ProviderKinds {
QList<ProviderKind> all();
QString key(ProviderKind kind);
ProviderKind fromKey(const QString &key, bool *ok = nullptr);
QString name(ProviderKind kind); // translated: "Web host", "CDN / DNS", ...
} // namespace ProviderKinds
