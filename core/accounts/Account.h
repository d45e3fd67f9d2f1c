#pragma once

#include "AccountRole.h"
#include "DataReach.h"
#include "YesNoUnknown.h"

#include <QDateTime>
#include <QList>
#include <QString>

enum class AccountStatus
{
    Active, // "active"
    Disabled, // "disabled": blocked, suspended or locked on its system
    Removed, // "removed": gone from the system's latest import; kept on file, never deleted
};

namespace AccountStatuses {
QList<AccountStatus> all();
QString key(AccountStatus status);
AccountStatus fromKey(const QString &key, bool *ok = nullptr);
QString name(AccountStatus status); // translated
} // namespace AccountStatuses

// One account on one of the shop's systems: who it belongs to, what it may do and reach, and where
// the plan learnt of it. Times are UTC; an invalid time is "not known".
struct Account
{
    qint64 id = 0;
    qint64 systemId = 0;
    QString userName;
    QString displayName;
    QString email;
    QList<qint64> personIds; // the team members it belongs to (several for a shared account)
    AccountRole role = AccountRole::Custom;
    QString platformRole; // the role as the system names it: "shop_manager", "SuperAdmin", ...
    DataReach reach;
    YesNoUnknown mfa = YesNoUnknown::Unknown;
    QDateTime lastLogin;
    QDateTime lastPasswordChange;
    QDateTime created;
    bool shared = false;
    bool serviceAccount = false;
    AccountStatus status = AccountStatus::Active;
    QString sourceFile; // the file it was last imported or changed from; empty when entered by hand
    QDateTime importedAt;

    bool operator==(const Account &other) const = default;

    // The user name as imports match it: one account per system and lower-cased user name.
    static QString userKey(const QString &userName) { return userName.trimmed().toLower(); }
    QString userKey() const { return userKey(userName); }
    // Stable across imports and plans: "<system id>/<lower-cased user name>".
    QString externalKey() const;
};
