#include "PrestaShopAccounts.h"

#include "ImportRow.h"
#include "ImportValues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

// PrestaShop's built-in profiles; shops add their own with higher ids.
AccountRole profileRole(int profile, QString &name)
{
    switch (profile) {
    case 1:
        name = u"SuperAdmin"_s;
        return AccountRole::Admin;
    case 2:
        name = u"Logistician"_s;
        return AccountRole::Manager;
    case 3:
        name = u"Translator"_s;
        return AccountRole::Editor;
    case 4:
        name = u"Salesman"_s;
        return AccountRole::Manager;
    default:
        name = u"profile %1"_s.arg(profile);
        return AccountRole::Custom;
    }
}

} // namespace

Status PrestaShopAccounts::read(const CsvTable &table, AccountImport &import)
{
    ImportColumns columns(table);
    const int email = columns.need({ u"email"_s });
    const int active = columns.need({ u"active"_s });
    if (const QString problem = columns.problem(u"PrestaShop"_s); !problem.isEmpty())
        return Error { problem };
    const int profile = columns.find({ u"id_profile"_s });
    const int profileName = columns.find({ u"profile"_s, u"profile_name"_s });
    const int first = columns.find({ u"firstname"_s, u"first_name"_s });
    const int last = columns.find({ u"lastname"_s, u"last_name"_s });
    const int passwordChanged = columns.find({ u"last_passwd_gen"_s });
    const int lastLogin = columns.find({ u"last_connection_date"_s });

    import.provided = AccountField::UserName | AccountField::DisplayName | AccountField::Email
        | AccountField::LastPasswordChange | AccountField::Status;
    if (profile >= 0 || profileName >= 0)
        import.provided |= AccountField::Role;
    if (lastLogin >= 0)
        import.provided |= AccountField::LastLogin;

    for (const CsvRecord &record : table.records) {
        ImportRow row(table, record);
        Account a;
        a.email = row.text(email);
        a.userName = a.email;
        a.displayName = QStringList { row.text(first), row.text(last) }.join(u' ').trimmed();
        a.lastPasswordChange = row.dateTime(passwordChanged);
        a.lastLogin = row.dateTime(lastLogin);
        a.role = AccountRole::Admin;
        if (const QString name = row.text(profileName); !name.isEmpty()) {
            a.platformRole = name;
            a.role = name.compare(u"SuperAdmin"_s, Qt::CaseInsensitive) == 0
                ? AccountRole::Admin
                : ImportValues::role(name).value_or(AccountRole::Custom);
        } else if (profile >= 0) {
            bool ok = false;
            const int id = row.text(profile).toInt(&ok);
            if (!ok || id <= 0)
                row.problem(QCoreApplication::translate("Accounts",
                                                        "\"%1\" in the column \"id_profile\" is not a "
                                                        "profile number.")
                                .arg(row.text(profile)));
            else
                a.role = profileRole(id, a.platformRole);
        }
        if (const auto isActive = row.flag(active))
            a.status = *isActive ? AccountStatus::Active : AccountStatus::Disabled;
        import.addRow(row.line(), std::move(a), row.firstProblem());
    }
    return Status::success();
}
