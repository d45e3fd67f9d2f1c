#pragma once

#include <QString>

// Who makes a change, as the audit trail records it: the operating-system user and, when
// chosen, the plan member this user acts as ("me").
struct Actor
{
    QString osUser;
    QString member;

    static QString currentOsUser();
};
