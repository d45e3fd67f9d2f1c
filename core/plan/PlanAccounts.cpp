// Plan's accounts: loaded once when the plan opens, kept apart from the plan's other reloads, and
// changed by imports in one transaction each.
#include "Plan.h"
#include "PlanAccountsWriter.h"
#include "PlanTransaction.h"
#include "accounts/AccountSync.h"
#include "accounts/importers/ImportValues.h"
#include "common/IsoTime.h"
#include "common/JsonText.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString areaAccounts = u"accounts"_s;

QString timeText(const QDateTime &time)
{
    return time.isValid() ? IsoTime::text(time) : QString();
}

// Stored as ISO 8601 UTC; read with the importers' parser, which is many times faster than
// QDateTime::fromString over 100,000 accounts.
QDateTime storedTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return ImportValues::dateTime(value.toString()).value_or(QDateTime());
}

QString fieldValue(const Account &a, AccountField field)
{
    switch (field) {
    case AccountField::UserName:
        return a.userName;
    case AccountField::DisplayName:
        return a.displayName;
    case AccountField::Email:
        return a.email;
    case AccountField::Role:
        return a.platformRole.isEmpty() ? AccountRoles::key(a.role)
                                        : AccountRoles::key(a.role) % u" ("_s % a.platformRole % u')';
    case AccountField::Mfa:
        return YesNoUnknowns::key(a.mfa);
    case AccountField::LastLogin:
        return timeText(a.lastLogin);
    case AccountField::LastPasswordChange:
        return timeText(a.lastPasswordChange);
    case AccountField::Created:
        return timeText(a.created);
    case AccountField::Status:
        break;
    }
    return AccountStatuses::key(a.status);
}

// {"role":"editor (editor)"}: the fields of `a` in `fields`, written by hand: QJsonDocument is too slow for
// an import that changes 100,000 accounts.
QString fieldsJson(const Account &a, AccountFields fields)
{
    QString out;
    out.reserve(160);
    out.append(u'{');
    for (AccountField field : AccountFieldKeys::all()) {
        if (!fields.testFlag(field))
            continue;
        const QString value = fieldValue(a, field);
        if (out.size() > 1)
            out.append(u',');
        JsonText::appendString(out, AccountFieldKeys::key(field));
        out.append(u':');
        JsonText::appendString(out, value);
    }
    out.append(u'}');
    return out;
}

// The import's audit entry: what it brought, the user names of the new and removed accounts and the
// changed accounts' fields before and after, e.g. {"source_file":"users.csv","added":1,"changed":1,
// "removed":1,"added_users":["lena"],"changed_users":[{"user_name":"jana","before":{"role":"manager
// (shop_manager)"},"after":{"role":"editor (editor)"}}],"removed_users":["cust1"]}. One entry per
// import: an entry per account made the audit trail most of the time of a 100,000-account import.
QString importJson(const AccountSync &sync)
{
    QString out;
    out.reserve(64 + (sync.added.size() + sync.vanished.size()) * 16 + sync.changed.size() * 120);
    out.append(u"{\"source_file\":");
    JsonText::appendString(out, sync.sourceFile); // a null name is written as "" too
    out.append(u",\"added\":" % QString::number(sync.added.size()) % u",\"changed\":"
               % QString::number(sync.changed.size()) % u",\"removed\":"
               % QString::number(sync.vanished.size()) % u",\"added_users\":[");
    for (qsizetype i = 0; i < sync.added.size(); ++i) {
        if (i)
            out.append(u',');
        JsonText::appendString(out, sync.added.at(i).userName);
    }
    out.append(u"],\"changed_users\":[");
    for (qsizetype i = 0; i < sync.changed.size(); ++i) {
        const AccountSync::Change &change = sync.changed.at(i);
        if (i)
            out.append(u',');
        out.append(u"{\"user_name\":");
        JsonText::appendString(out, change.before.userName);
        out.append(u",\"before\":" % fieldsJson(change.before, change.fields) % u",\"after\":"
                   % fieldsJson(change.after, change.fields) % u'}');
    }
    out.append(u"],\"removed_users\":[");
    for (qsizetype i = 0; i < sync.vanished.size(); ++i) {
        if (i)
            out.append(u',');
        JsonText::appendString(out, sync.vanished.at(i).userName);
    }
    out.append(u"]}");
    return out;
}

} // namespace

Status Plan::loadAccounts()
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, %1 FROM account ORDER BY id"_s.arg(QLatin1String(accountColumns))))
        return Error { tr("The accounts could not be read: %1").arg(query.lastError().text()) };
    QList<Account> accounts;
    while (query.next()) {
        Account a;
        a.id = query.value(0).toLongLong();
        a.systemId = query.value(1).toLongLong();
        a.userName = query.value(3).toString();
        a.displayName = query.value(4).toString();
        a.email = query.value(5).toString();
        a.role = AccountRoles::fromKey(query.value(6).toString());
        a.platformRole = query.value(7).toString();
        a.reach = DataKinds::fromKeys(query.value(8).toString());
        a.mfa = YesNoUnknowns::fromKey(query.value(9).toString());
        a.lastLogin = storedTime(query.value(10));
        a.lastPasswordChange = storedTime(query.value(11));
        a.created = storedTime(query.value(12));
        a.shared = query.value(13).toInt() != 0;
        a.serviceAccount = query.value(14).toInt() != 0;
        a.status = AccountStatuses::fromKey(query.value(15).toString());
        a.sourceFile = query.value(16).toString();
        a.importedAt = storedTime(query.value(17));
        accounts.append(std::move(a));
    }
    m_accounts = std::move(accounts);
    indexAccounts();
    if (!query.exec(u"SELECT account_id, person_id FROM account_person ORDER BY account_id, person_id"_s))
        return Error { tr("The accounts could not be read: %1").arg(query.lastError().text()) };
    while (query.next()) {
        const auto at = m_accountIndex.constFind(query.value(0).toLongLong());
        if (at != m_accountIndex.constEnd())
            m_accounts[at.value()].personIds.append(query.value(1).toLongLong());
    }
    return Status::success();
}

void Plan::indexAccounts()
{
    m_accountIndex.clear();
    m_accountIndex.reserve(m_accounts.size());
    for (qsizetype i = 0; i < m_accounts.size(); ++i)
        m_accountIndex.insert(m_accounts.at(i).id, i);
}

std::optional<Account> Plan::account(qint64 id) const
{
    const auto at = m_accountIndex.constFind(id);
    if (at == m_accountIndex.constEnd())
        return std::nullopt;
    return m_accounts.at(at.value());
}

QList<Account> Plan::accountsOf(qint64 systemId) const
{
    QList<Account> out;
    for (const Account &a : m_accounts) {
        if (a.systemId == systemId)
            out.append(a);
    }
    return out;
}

Status Plan::checkSyncIsCurrent(qint64 systemId, const AccountSync &sync) const
{
    const Error stale { tr("The accounts changed since this import was compared with them. Compare the "
                           "file again before applying it.") };
    auto matches = [this, systemId](const Account &onFile) {
        const auto at = m_accountIndex.constFind(onFile.id);
        return at != m_accountIndex.constEnd() && onFile.systemId == systemId
            && m_accounts.at(at.value()) == onFile;
    };
    for (const AccountSync::Change &change : sync.changed) {
        if (!matches(change.before) || change.after.id != change.before.id
            || change.after.userKey() != change.before.userKey())
            return stale;
    }
    for (const Account &gone : sync.vanished) {
        if (!matches(gone))
            return stale;
    }
    if (!sync.added.isEmpty()) {
        QSet<QString> keys;
        keys.reserve(m_accounts.size() + sync.added.size());
        for (const Account &a : m_accounts) {
            if (a.systemId == systemId)
                keys.insert(a.userKey());
        }
        for (const Account &fresh : sync.added) {
            if (fresh.systemId != systemId)
                return stale;
            // Known already, or the same user name twice: stale too.
            const qsizetype before = keys.size();
            keys.insert(fresh.userKey());
            if (keys.size() == before)
                return stale;
        }
    }
    return Status::success();
}

Status Plan::applyImport(qint64 systemId, const AccountSync &sync, const ImportProgress &progress)
{
    if (!system(systemId))
        return Error { tr("That system is no longer in the plan.") };
    if (sync.systemId != systemId)
        return Error { tr("This import was compared with the accounts of another system.") };
    if (sync.refusedRows > 0 && !sync.skipRefusedRows)
        return Error { tr("%n row(s) of the file could not be read. Correct the file, or choose to skip "
                          "those rows, before the import is applied.",
                          nullptr, int(sync.refusedRows)) };
    if (sync.isEmpty())
        return Status::success();
    if (Status status = checkSyncIsCurrent(systemId, sync); !status)
        return status;

    QList<qint64> newIds; // of sync.added, in order
    const qsizetype total = sync.added.size() + sync.changed.size() + sync.vanished.size();
    qsizetype done = 0;
    const auto report = [&](qsizetype step) {
        done += step;
        return !progress || progress(done, total);
    };
    PlanAccountsWriter writer(database(), report,
                              Error { tr("The import was cancelled; no account was changed.") });
    Status status = edit([&](PlanTransaction &tx) -> Status {
        if (Status written = writer.insert(tx, systemId, sync.added, newIds); !written)
            return written;
        if (Status written = writer.update(tx, sync.changed); !written)
            return written;
        if (Status written = writer.markRemoved(tx, sync); !written)
            return written;
        tx.record(areaAccounts, u"system"_s, QString::number(systemId), u"accounts_imported"_s, {},
                  importJson(sync));
        return Status::success();
    });
    if (!status)
        return status;

    // The transaction is committed: bring the accounts in memory along without reading them back.
    m_accounts.reserve(m_accounts.size() + sync.added.size());
    for (qsizetype i = 0; i < sync.added.size(); ++i) {
        m_accounts.append(sync.added.at(i));
        m_accounts.last().id = newIds.at(i);
        m_accountIndex.insert(m_accounts.last().id, m_accounts.size() - 1);
    }
    for (const AccountSync::Change &change : sync.changed)
        m_accounts[m_accountIndex.value(change.after.id)] = change.after;
    for (const Account &gone : sync.vanished) {
        Account &a = m_accounts[m_accountIndex.value(gone.id)];
        a.status = AccountStatus::Removed;
        a.sourceFile = sync.sourceFile;
        a.importedAt = sync.importedAt;
    }
    emit accountsChanged();
    return status;
}
