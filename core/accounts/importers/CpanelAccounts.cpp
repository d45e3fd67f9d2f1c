#include "CpanelAccounts.h"

#include "ImportRow.h"
#include "ImportValues.h"

using namespace Qt::StringLiterals;

Status CpanelAccounts::read(const CsvTable &table, AccountImport &import)
{
    ImportColumns columns(table);
    const int user = columns.need({ u"user"_s, u"username"_s });
    const int domain = columns.need({ u"domain"_s });
    if (const QString problem = columns.problem(u"cPanel"_s); !problem.isEmpty())
        return Error { problem };
    const int email = columns.find({ u"email"_s, u"contactemail"_s });
    const int plan = columns.find({ u"plan"_s });
    const int unixStart = columns.find({ u"unix_startdate"_s });
    const int start = unixStart >= 0 ? unixStart : columns.find({ u"startdate"_s });
    const int suspended = columns.find({ u"suspended"_s });

    import.provided = AccountField::UserName | AccountField::DisplayName | AccountField::Email
        | AccountField::Role | AccountField::Status;
    if (start >= 0)
        import.provided |= AccountField::Created;

    for (const CsvRecord &record : table.records) {
        ImportRow row(table, record);
        Account a;
        a.userName = row.text(user);
        a.displayName = row.text(domain);
        a.email = row.text(email);
        if (a.email == u"*unknown*"_s)
            a.email.clear();
        a.role = AccountRole::Admin;
        a.platformRole = row.text(plan);
        a.created = row.dateTime(start, true);
        if (const auto isSuspended = row.flag(suspended))
            a.status = *isSuspended ? AccountStatus::Disabled : AccountStatus::Active;
        import.addRow(row.line(), std::move(a), row.firstProblem());
    }
    return Status::success();
}
