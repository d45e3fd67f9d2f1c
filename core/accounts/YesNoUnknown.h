#pragma once

#include <QString>

// An answer the owner or an export may not know: "is the audit log on?", "is MFA on?".
enum class YesNoUnknown
{
    Unknown,
    Yes,
    No,
};

namespace YesNoUnknowns {
QString key(YesNoUnknown value); // "unknown", "yes", "no"
YesNoUnknown fromKey(const QString &key, bool *ok = nullptr);
QString name(YesNoUnknown value); // translated: "Yes", "No", "Not known"
inline YesNoUnknown fromBool(bool value)
{
    return value ? YesNoUnknown::Yes : YesNoUnknown::No;
}
} // namespace YesNoUnknowns
