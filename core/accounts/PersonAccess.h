#pragma once

#include "DataReach.h"

#include <QDate>

#include <optional>

// What the owner says about one team member's access: the data their work needs (the access
// review compares it with what their accounts reach) and, for a developer or an agency, when their
// project ended (their accounts should be confirmed after it).
struct PersonAccess
{
    qint64 personId = 0;
    std::optional<DataReach> needs; // nullopt: not said; the accounts' roles' usual reach counts
    QDate projectEndedOn; // invalid: not ended (or not a developer)

    bool operator==(const PersonAccess &other) const = default;
};
