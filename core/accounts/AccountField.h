#pragma once

#include <QFlags>
#include <QList>
#include <QString>

// The fields of an account an import can tell: an import changes only the fields its file gives
// (the people, shared flag and data reach are the owner's to say).
enum class AccountField
{
    UserName = 0x001,
    DisplayName = 0x002,
    Email = 0x004,
    Role = 0x008, // the role and the system's name for it
    Mfa = 0x010,
    LastLogin = 0x020,
    LastPasswordChange = 0x040,
    Created = 0x080,
    Status = 0x100,
};
Q_DECLARE_FLAGS(AccountFields, AccountField)
Q_DECLARE_OPERATORS_FOR_FLAGS(AccountFields)

namespace AccountFieldKeys {
QList<AccountField> all();
QString key(AccountField field); // "user_name", "display_name", ... as the audit trail writes them
QString name(AccountField field); // translated
} // namespace AccountFieldKeys
