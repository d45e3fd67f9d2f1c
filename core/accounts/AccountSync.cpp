#include "AccountSync.h"

#include "importers/AccountImport.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace {

// `onFile` with the import's fields laid over it.
Account merged(const Account &onFile, const Account &imported, AccountFields provided)
{
    Account out = onFile;
    out.userName = imported.userName; // the same key; the system's spelling wins
    if (provided.testFlag(AccountField::DisplayName))
        out.displayName = imported.displayName;
    if (provided.testFlag(AccountField::Email))
        out.email = imported.email;
    if (provided.testFlag(AccountField::Role)) {
        out.role = imported.role;
        out.platformRole = imported.platformRole;
    }
    if (provided.testFlag(AccountField::Mfa))
        out.mfa = imported.mfa;
    if (provided.testFlag(AccountField::LastLogin))
        out.lastLogin = imported.lastLogin;
    if (provided.testFlag(AccountField::LastPasswordChange))
        out.lastPasswordChange = imported.lastPasswordChange;
    if (provided.testFlag(AccountField::Created))
        out.created = imported.created;
    // A file that lists an account says whether it is active; one that was removed is back.
    out.status = imported.status;
    return out;
}

} // namespace

AccountFields AccountSync::differences(const Account &before, const Account &after, AccountFields compared)
{
    AccountFields out;
    auto check = [&](AccountField field, bool differs) {
        if (compared.testFlag(field) && differs)
            out |= field;
    };
    check(AccountField::UserName, before.userName != after.userName);
    check(AccountField::DisplayName, before.displayName != after.displayName);
    check(AccountField::Email, before.email != after.email);
    check(AccountField::Role, before.role != after.role || before.platformRole != after.platformRole);
    check(AccountField::Mfa, before.mfa != after.mfa);
    check(AccountField::LastLogin, before.lastLogin != after.lastLogin);
    check(AccountField::LastPasswordChange, before.lastPasswordChange != after.lastPasswordChange);
    check(AccountField::Created, before.created != after.created);
    check(AccountField::Status, before.status != after.status);
    return out;
}

AccountSync AccountSync::compute(qint64 systemId, const QList<Account> &onFile, const AccountImport &import)
{
    AccountSync sync;
    sync.systemId = systemId;
    sync.sourceFile = import.sourceFile;
    sync.importedAt = import.importedAt;
    sync.refusedRows = import.errors.size();

    QHash<QString, qsizetype> byKey;
    byKey.reserve(onFile.size());
    for (qsizetype i = 0; i < onFile.size(); ++i) {
        if (onFile.at(i).systemId == systemId)
            byKey.insert(onFile.at(i).userKey(), i);
    }
    std::vector<bool> seen(size_t(onFile.size()), false);
    const AccountFields compared = import.provided | AccountField::UserName | AccountField::Status;

    for (const Account &imported : import.accounts) {
        const auto found = byKey.constFind(imported.userKey());
        if (found == byKey.constEnd()) {
            Account fresh = imported;
            fresh.id = 0;
            fresh.systemId = systemId;
            fresh.personIds.clear();
            fresh.reach = AccountRoles::usualReach(fresh.role);
            fresh.sourceFile = import.sourceFile;
            fresh.importedAt = import.importedAt;
            sync.added.append(std::move(fresh));
            continue;
        }
        const Account &before = onFile.at(found.value());
        seen[size_t(found.value())] = true;
        Account after = merged(before, imported, import.provided);
        const AccountFields fields = differences(before, after, compared);
        if (!fields) {
            ++sync.unchanged;
            continue;
        }
        after.sourceFile = import.sourceFile;
        after.importedAt = import.importedAt;
        sync.changed.append({ before, std::move(after), fields });
    }

    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        const Account &account = onFile.at(it.value());
        if (seen[size_t(it.value())] || account.status == AccountStatus::Removed)
            continue;
        if (import.refusedUserKeys.contains(it.key())) {
            ++sync.unchanged; // its row was refused: nothing is known about it
            continue;
        }
        sync.vanished.append(account);
    }
    // The hash's order is arbitrary; the plan's is stable.
    std::sort(sync.vanished.begin(), sync.vanished.end(),
              [](const Account &a, const Account &b) { return a.id < b.id; });
    return sync;
}
