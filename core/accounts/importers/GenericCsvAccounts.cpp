#include "GenericCsvAccounts.h"

#include "ImportRow.h"
#include "ImportValues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

std::optional<bool> activeWord(QStringView value)
{
    for (QStringView word : { u"active", u"enabled" }) {
        if (value.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    for (QStringView word : { u"disabled", u"inactive", u"suspended", u"blocked", u"locked", u"archived" }) {
        if (value.compare(word, Qt::CaseInsensitive) == 0)
            return false;
    }
    return ImportValues::flag(value);
}

} // namespace

Status GenericCsvAccounts::read(const CsvTable &table, const AccountColumnMapping &mapping,
                                AccountImport &import)
{
    if (mapping.userName.isEmpty())
        return Error { QCoreApplication::translate("Accounts",
                                                   "Choose the column that holds the user names.") };
    QStringList missing;
    auto column = [&](const QString &name) {
        if (name.isEmpty())
            return -1;
        const int index = table.column({ name });
        if (index < 0)
            missing.append(u'"' % name % u'"');
        return index;
    };
    const int userName = column(mapping.userName);
    const int displayName = column(mapping.displayName);
    const int first = column(mapping.firstName);
    const int last = column(mapping.lastName);
    const int email = column(mapping.email);
    const int role = column(mapping.role);
    const int mfa = column(mapping.mfa);
    const int lastLogin = column(mapping.lastLogin);
    const int passwordChanged = column(mapping.lastPasswordChange);
    const int created = column(mapping.created);
    const int active = column(mapping.active);
    if (!missing.isEmpty())
        return Error { QCoreApplication::translate("Accounts",
                                                   "The file has no column named %1. Check the columns "
                                                   "chosen for each field.")
                           .arg(missing.join(u", "_s)) };

    import.provided = AccountField::UserName | AccountField::Status;
    auto provide = [&](int index, AccountField field) {
        if (index >= 0)
            import.provided |= field;
    };
    provide(displayName >= 0 ? displayName : std::max(first, last), AccountField::DisplayName);
    provide(email, AccountField::Email);
    provide(role, AccountField::Role);
    provide(mfa, AccountField::Mfa);
    provide(lastLogin, AccountField::LastLogin);
    provide(passwordChanged, AccountField::LastPasswordChange);
    provide(created, AccountField::Created);

    for (const CsvRecord &record : table.records) {
        ImportRow row(table, record);
        Account a;
        a.userName = row.text(userName);
        a.displayName = displayName >= 0
            ? row.text(displayName)
            : QStringList { row.text(first), row.text(last) }.join(u' ').trimmed();
        a.email = row.text(email);
        a.platformRole = row.text(role);
        a.role = ImportValues::role(a.platformRole).value_or(AccountRole::Custom);
        if (const auto on = row.flag(mfa))
            a.mfa = YesNoUnknowns::fromBool(*on);
        a.lastLogin = row.dateTime(lastLogin);
        a.lastPasswordChange = row.dateTime(passwordChanged);
        a.created = row.dateTime(created);
        if (const QString state = row.text(active); !state.isEmpty()) {
            if (const auto isActive = activeWord(state))
                a.status = *isActive ? AccountStatus::Active : AccountStatus::Disabled;
            else
                row.problem(QCoreApplication::translate("Accounts",
                                                        "\"%1\" in the column \"%2\" is neither active nor "
                                                        "disabled.")
                                .arg(state, mapping.active));
        }
        import.addRow(row.line(), std::move(a), row.firstProblem());
    }
    return Status::success();
}
