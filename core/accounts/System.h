#pragma once

#include "SystemKind.h"
#include "YesNoUnknown.h"

#include <QDate>
#include <QString>

// How a system guards its passwords. 0 means "none" or "not set" for each number.
struct PasswordPolicy
{
    int minLength = 0;
    int maxAgeDays = 0; // 0: changed only on compromise
    int lockoutAfter = 0; // failed attempts before the account locks; 0: never locks

    bool operator==(const PasswordPolicy &other) const = default;
};

// A system where the shop's accounts live (the shop admin, the hosting panel, email, ...), linked to
// the provider that runs it, with what the owner knows of its audit log and password rules.
struct System
{
    qint64 id = 0;
    SystemKind kind = SystemKind::ShopAdmin;
    QString name;
    qint64 providerId = 0; // 0: no provider (run by the shop itself)
    YesNoUnknown auditLog = YesNoUnknown::Unknown;
    int auditRetentionDays = 0; // 0: not known
    QDate auditLogReviewedOn; // invalid: never
    YesNoUnknown mfaEnforced = YesNoUnknown::Unknown;
    PasswordPolicy passwordPolicy;
    QString builtInAdmin; // the built-in admin account's user name: "admin", "root", ...

    bool operator==(const System &other) const = default;

    // Plain-words problems with the fields; empty when all is well.
    QString check() const;
};
