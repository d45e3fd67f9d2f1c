#include "Account.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QList<AccountStatus> AccountStatuses::all()
{
    return { AccountStatus::Active, AccountStatus::Disabled, AccountStatus::Removed };
}

QString AccountStatuses::key(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Disabled:
        return u"disabled"_s;
    case AccountStatus::Removed:
        return u"removed"_s;
    case AccountStatus::Active:
        break;
    }
    return u"active"_s;
}

AccountStatus AccountStatuses::fromKey(const QString &key, bool *ok)
{
    for (AccountStatus status : all()) {
        if (AccountStatuses::key(status) == key) {
            if (ok)
                *ok = true;
            return status;
        }
    }
    if (ok)
        *ok = false;
    return AccountStatus::Active;
}

QString AccountStatuses::name(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Disabled:
        return QCoreApplication::translate("Accounts", "Disabled");
    case AccountStatus::Removed:
        return QCoreApplication::translate("Accounts", "Removed");
    case AccountStatus::Active:
        break;
    }
    return QCoreApplication::translate("Accounts", "Active");
}

QString Account::externalKey() const
{
    return QString::number(systemId) % u'/' % userKey();
}
