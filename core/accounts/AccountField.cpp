#include "AccountField.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QList<AccountField> AccountFieldKeys::all()
{
    return { AccountField::UserName,
             AccountField::DisplayName,
             AccountField::Email,
             AccountField::Role,
             AccountField::Mfa,
             AccountField::LastLogin,
             AccountField::LastPasswordChange,
             AccountField::Created,
             AccountField::Status };
}

QString AccountFieldKeys::key(AccountField field)
{
    switch (field) {
    case AccountField::UserName:
        return u"user_name"_s;
    case AccountField::DisplayName:
        return u"display_name"_s;
    case AccountField::Email:
        return u"email"_s;
    case AccountField::Role:
        return u"role"_s;
    case AccountField::Mfa:
        return u"mfa"_s;
    case AccountField::LastLogin:
        return u"last_login"_s;
    case AccountField::LastPasswordChange:
        return u"last_password_change"_s;
    case AccountField::Created:
        return u"created"_s;
    case AccountField::Status:
        break;
    }
    return u"status"_s;
}

QString AccountFieldKeys::name(AccountField field)
{
    switch (field) {
    case AccountField::UserName:
        return QCoreApplication::translate("Accounts", "User name");
    case AccountField::DisplayName:
        return QCoreApplication::translate("Accounts", "Name");
    case AccountField::Email:
        return QCoreApplication::translate("Accounts", "Email");
    case AccountField::Role:
        return QCoreApplication::translate("Accounts", "Role");
    case AccountField::Mfa:
        return QCoreApplication::translate("Accounts", "Two-step sign-in");
    case AccountField::LastLogin:
        return QCoreApplication::translate("Accounts", "Last sign-in");
    case AccountField::LastPasswordChange:
        return QCoreApplication::translate("Accounts", "Password last changed");
    case AccountField::Created:
        return QCoreApplication::translate("Accounts", "Created");
    case AccountField::Status:
        break;
    }
    return QCoreApplication::translate("Accounts", "Status");
}
