#include "AccountRole.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QList<AccountRole> AccountRoles::all()
{
    return { AccountRole::Admin, AccountRole::Manager, AccountRole::Editor, AccountRole::ReadOnly,
             AccountRole::Custom };
}

QString AccountRoles::key(AccountRole role)
{
    switch (role) {
    case AccountRole::Admin:
        return u"admin"_s;
    case AccountRole::Manager:
        return u"manager"_s;
    case AccountRole::Editor:
        return u"editor"_s;
    case AccountRole::ReadOnly:
        return u"read-only"_s;
    case AccountRole::Custom:
        break;
    }
    return u"custom"_s;
}

AccountRole AccountRoles::fromKey(const QString &key, bool *ok)
{
    for (AccountRole role : all()) {
        if (AccountRoles::key(role) == key) {
            if (ok)
                *ok = true;
            return role;
        }
    }
    if (ok)
        *ok = false;
    return AccountRole::Custom;
}

QString AccountRoles::name(AccountRole role)
{
    switch (role) {
    case AccountRole::Admin:
        return QCoreApplication::translate("Accounts", "Administrator");
    case AccountRole::Manager:
        return QCoreApplication::translate("Accounts", "Manager");
    case AccountRole::Editor:
        return QCoreApplication::translate("Accounts", "Editor");
    case AccountRole::ReadOnly:
        return QCoreApplication::translate("Accounts", "Read-only");
    case AccountRole::Custom:
        break;
    }
    return QCoreApplication::translate("Accounts", "Custom role");
}

int AccountRoles::rank(AccountRole role)
{
    switch (role) {
    case AccountRole::Admin:
        return 4;
    case AccountRole::Custom:
        return 3;
    case AccountRole::Manager:
        return 2;
    case AccountRole::Editor:
        return 1;
    case AccountRole::ReadOnly:
        break;
    }
    return 0;
}

DataReach AccountRoles::usualReach(AccountRole role)
{
    switch (role) {
    case AccountRole::Admin:
        return DataKinds::everything();
    case AccountRole::Manager:
        return DataKind::CustomerData | DataKind::OrdersAndHabits | DataKind::ProductLists
            | DataKind::CostsAndPrices;
    case AccountRole::Editor:
        return DataKind::ProductLists;
    case AccountRole::ReadOnly:
    case AccountRole::Custom:
        break;
    }
    return {};
}
