#pragma once

#include "accounts/AccountRole.h"

#include <QDateTime>
#include <QString>

#include <optional>

// Reading the values exports write: dates in each export's style, yes/no in each spelling.
namespace ImportValues {

// A date or time as exports write it, taken as UTC when it names no zone:
//   2024-01-31, 2024-01-31 10:20:30, 2024-01-31T10:20:30(.123)(Z|+01:00), 2024/01/31 10:20:30,
//   1/31/2024 10:20:30 AM (US order, as Microsoft 365 writes it), 31.01.2024 10:20,
//   11 Jul 17 08:39 (WHM), and with `unixTime` seconds since 1970.
// Empty, "never", "never logged in", "n/a", "-" and 0000-00-00 are "not known": a null QDateTime.
// nullopt when the text is none of these.
std::optional<QDateTime> dateTime(QStringView text, bool unixTime = false);

// TRUE/FALSE, True, 1/0, yes/no, y/n, on/off, enabled/disabled. nullopt when empty or none of these.
std::optional<bool> flag(QStringView text);
bool isEmptyFlag(QStringView text);

// A role as exports commonly name it: administrator, owner, superadmin → Admin; manager,
// shop_manager → Manager; editor, author, contributor → Editor; viewer, subscriber, customer →
// Read-only; any other name → Custom. nullopt when empty.
std::optional<AccountRole> role(QStringView text);

} // namespace ImportValues
