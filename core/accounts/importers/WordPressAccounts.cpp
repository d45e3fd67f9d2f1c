#include "WordPressAccounts.h"

#include "ImportRow.h"
#include "ImportValues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

std::optional<AccountRole> wordPressRole(QStringView role)
{
    if (role == u"administrator")
        return AccountRole::Admin;
    if (role == u"shop_manager")
        return AccountRole::Manager;
    if (role == u"editor" || role == u"author" || role == u"contributor")
        return AccountRole::Editor;
    if (role == u"subscriber" || role == u"customer")
        return AccountRole::ReadOnly;
    return std::nullopt; // a plugin's role
}

// The most powerful of the roles WordPress knows; Custom when there are only plugins' roles.
AccountRole strongest(QStringView roles)
{
    std::optional<AccountRole> best;
    bool other = false;
    for (QStringView part : roles.split(u',')) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        const auto role = wordPressRole(part);
        if (!role)
            other = true;
        else if (!best || AccountRoles::rank(*role) > AccountRoles::rank(*best))
            best = role;
    }
    if (best)
        return *best;
    return other ? AccountRole::Custom : AccountRole::ReadOnly; // no role: can only see their profile
}

} // namespace

Status WordPressAccounts::read(const CsvTable &table, AccountImport &import)
{
    ImportColumns columns(table);
    const int login = columns.need({ u"user_login"_s, u"login"_s });
    const int roles = columns.need({ u"roles"_s, u"role"_s });
    if (const QString problem = columns.problem(u"WordPress"_s); !problem.isEmpty())
        return Error { problem };
    const int displayName = columns.find({ u"display_name"_s });
    const int email = columns.find({ u"user_email"_s, u"email"_s });
    const int registered = columns.find({ u"user_registered"_s, u"registered"_s });
    const int lastActivity = columns.find({ u"last_activity"_s, u"last_login"_s, u"wc_last_active"_s,
                                            u"last_active"_s, u"session_tokens_last_login"_s });

    import.provided = AccountField::UserName | AccountField::DisplayName | AccountField::Email
        | AccountField::Role | AccountField::Created;
    if (lastActivity >= 0)
        import.provided |= AccountField::LastLogin;

    for (const CsvRecord &record : table.records) {
        ImportRow row(table, record);
        Account a;
        a.userName = row.text(login);
        a.displayName = row.text(displayName);
        a.email = row.text(email);
        a.platformRole = row.text(roles);
        a.role = strongest(a.platformRole);
        a.created = row.dateTime(registered);
        // WooCommerce keeps the last activity as seconds since 1970.
        a.lastLogin = row.dateTime(lastActivity, true);
        import.addRow(row.line(), std::move(a), row.firstProblem());
    }
    return Status::success();
}
