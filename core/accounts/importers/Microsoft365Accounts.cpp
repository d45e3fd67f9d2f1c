#include "Microsoft365Accounts.h"

#include "ImportRow.h"
#include "ImportValues.h"

using namespace Qt::StringLiterals;

Status Microsoft365Accounts::read(const CsvTable &table, AccountImport &import)
{
    ImportColumns columns(table);
    const int upn = columns.need({ u"User principal name"_s, u"UserPrincipalName"_s });
    if (const QString problem = columns.problem(u"Microsoft 365"_s); !problem.isEmpty())
        return Error { problem };
    const int displayName = columns.find({ u"Display name"_s, u"DisplayName"_s });
    const int blocked = columns.find({ u"Block credential"_s, u"BlockCredential"_s });
    const int passwordChanged
        = columns.find({ u"Last password change time stamp"_s, u"LastPasswordChangeTimestamp"_s });
    const int created = columns.find({ u"When created"_s, u"WhenCreated"_s });
    const int roles = columns.find({ u"Roles"_s, u"Admin roles"_s, u"Assigned roles"_s });
    const int lastSignIn = columns.find({ u"Last sign-in"_s, u"Last sign in"_s, u"LastSignInDateTime"_s });

    import.provided
        = AccountField::UserName | AccountField::DisplayName | AccountField::Email | AccountField::Status;
    if (passwordChanged >= 0)
        import.provided |= AccountField::LastPasswordChange;
    if (created >= 0)
        import.provided |= AccountField::Created;
    if (roles >= 0)
        import.provided |= AccountField::Role;
    if (lastSignIn >= 0)
        import.provided |= AccountField::LastLogin;

    for (const CsvRecord &record : table.records) {
        ImportRow row(table, record);
        Account a;
        a.userName = row.text(upn);
        a.email = a.userName;
        a.displayName = row.text(displayName);
        a.lastPasswordChange = row.dateTime(passwordChanged);
        a.created = row.dateTime(created);
        a.lastLogin = row.dateTime(lastSignIn);
        if (const auto isBlocked = row.flag(blocked))
            a.status = *isBlocked ? AccountStatus::Disabled : AccountStatus::Active;
        a.platformRole = row.text(roles);
        a.role = a.platformRole.contains(u"admin"_s, Qt::CaseInsensitive) ? AccountRole::Admin
                                                                          : AccountRole::Custom;
        if (a.platformRole.isEmpty())
            a.platformRole = u"User"_s;
        import.addRow(row.line(), std::move(a), row.firstProblem());
    }
    return Status::success();
}
