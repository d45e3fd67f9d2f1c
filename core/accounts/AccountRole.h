#pragma once

#include "DataReach.h"

#include <QList>
#include <QString>

// What an account may do on its system, in the owner's terms. Keys are stable: they are stored in
// plans. The system's own name for the role is kept beside it (Account::platformRole).
enum class AccountRole
{
    Admin, // "admin": can change everything, including other accounts
    Manager, // "manager": runs the shop: orders, customers, products
    Editor, // "editor": writes content and products
    ReadOnly, // "read-only": can look, not change
    Custom, // "custom": a role of the system's own that fits none of these
};

namespace AccountRoles {
QList<AccountRole> all();
QString key(AccountRole role);
AccountRole fromKey(const QString &key, bool *ok = nullptr);
QString name(AccountRole role); // translated
// Higher is more powerful; Custom ranks below Admin and above Manager (it may be anything).
int rank(AccountRole role);
// The data a role usually reaches, given to newly imported accounts until the owner says better.
DataReach usualReach(AccountRole role);
} // namespace AccountRoles
