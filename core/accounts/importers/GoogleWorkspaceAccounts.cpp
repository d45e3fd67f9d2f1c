#include "GoogleWorkspaceAccounts.h"

#include "ImportRow.h"
#include "ImportValues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

Status GoogleWorkspaceAccounts::read(const CsvTable &table, AccountImport &import)
{
    ImportColumns columns(table);
    const int email = columns.need({ u"Email Address [Required]"_s, u"Email Address"_s, u"Primary Email"_s });
    if (const QString problem = columns.problem(u"Google Workspace"_s); !problem.isEmpty())
        return Error { problem };
    const int first = columns.find({ u"First Name [Required]"_s });
    const int last = columns.find({ u"Last Name [Required]"_s });
    const int lastSignIn = columns.find({ u"Last Sign In [READ ONLY]"_s });
    const int enrolled = columns.find({ u"2sv Enrolled [READ ONLY]"_s });
    const int status = columns.find({ u"Status [READ ONLY]"_s });
    const int admin = columns.find({ u"Admin Role [READ ONLY]"_s, u"Admin Roles"_s, u"Is Admin"_s });

    import.provided
        = AccountField::UserName | AccountField::DisplayName | AccountField::Email | AccountField::Status;
    if (lastSignIn >= 0)
        import.provided |= AccountField::LastLogin;
    if (enrolled >= 0)
        import.provided |= AccountField::Mfa;
    if (admin >= 0)
        import.provided |= AccountField::Role;

    for (const CsvRecord &record : table.records) {
        ImportRow row(table, record);
        Account a;
        a.userName = row.text(email);
        a.email = a.userName;
        a.displayName = QStringList { row.text(first), row.text(last) }.join(u' ').trimmed();
        a.lastLogin = row.dateTime(lastSignIn);
        if (const auto on = row.flag(enrolled))
            a.mfa = YesNoUnknowns::fromBool(*on);
        const QString state = row.text(status);
        if (state.compare(u"Suspended"_s, Qt::CaseInsensitive) == 0
            || state.compare(u"Archived"_s, Qt::CaseInsensitive) == 0)
            a.status = AccountStatus::Disabled;
        else if (!state.isEmpty() && state.compare(u"Active"_s, Qt::CaseInsensitive) != 0)
            row.problem(QCoreApplication::translate("Accounts",
                                                    "\"%1\" in the column \"Status\" is not Active, "
                                                    "Suspended or Archived.")
                            .arg(state));
        const QString adminText = row.text(admin);
        if (const auto isAdmin = ImportValues::flag(adminText)) {
            a.role = *isAdmin ? AccountRole::Admin : AccountRole::Custom;
            a.platformRole = *isAdmin ? u"Admin"_s : u"User"_s;
        } else if (!adminText.isEmpty()) {
            a.role = adminText.contains(u"admin"_s, Qt::CaseInsensitive) ? AccountRole::Admin
                                                                         : AccountRole::Custom;
            a.platformRole = adminText;
        } else {
            a.platformRole = u"User"_s;
        }
        import.addRow(row.line(), std::move(a), row.firstProblem());
    }
    return Status::success();
}
