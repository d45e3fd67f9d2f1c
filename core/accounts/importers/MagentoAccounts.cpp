#include "MagentoAccounts.h"

#include "ImportRow.h"
#include "ImportValues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

Status MagentoAccounts::read(const CsvTable &table, AccountImport &import)
{
    ImportColumns columns(table);
    const int userName = columns.need({ u"username"_s, u"user_name"_s });
    const int active = columns.need({ u"is_active"_s });
    if (const QString problem = columns.problem(u"Magento"_s); !problem.isEmpty())
        return Error { problem };
    const int first = columns.find({ u"firstname"_s, u"first_name"_s });
    const int last = columns.find({ u"lastname"_s, u"last_name"_s });
    const int email = columns.find({ u"email"_s });
    const int created = columns.find({ u"created"_s });
    const int logdate = columns.find({ u"logdate"_s });
    const int lognum = columns.find({ u"lognum"_s });
    const int role = columns.find({ u"role_name"_s, u"role"_s, u"user_role"_s });

    import.provided = AccountField::UserName | AccountField::DisplayName | AccountField::Email
        | AccountField::Created | AccountField::LastLogin | AccountField::Status;
    // Without the role the safe guess is the worst: every admin_user signs in to the back office.
    if (role >= 0)
        import.provided |= AccountField::Role;

    for (const CsvRecord &record : table.records) {
        ImportRow row(table, record);
        Account a;
        a.userName = row.text(userName);
        a.displayName = QStringList { row.text(first), row.text(last) }.join(u' ').trimmed();
        a.email = row.text(email);
        a.created = row.dateTime(created);
        a.lastLogin = row.dateTime(logdate);
        if (row.text(lognum) == u"0"_s)
            a.lastLogin = {}; // never signed in, whatever logdate says
        a.platformRole = row.text(role);
        if (role < 0 || a.platformRole.compare(u"Administrators"_s, Qt::CaseInsensitive) == 0)
            a.role = AccountRole::Admin;
        else
            a.role = ImportValues::role(a.platformRole).value_or(AccountRole::Custom);
        if (const auto isActive = row.flag(active))
            a.status = *isActive ? AccountStatus::Active : AccountStatus::Disabled;
        import.addRow(row.line(), std::move(a), row.firstProblem());
    }
    return Status::success();
}
