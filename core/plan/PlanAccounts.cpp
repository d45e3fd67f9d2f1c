// Plan's accounts: loaded once when the plan opens, kept apart from the plan's other reloads, and
// changed by imports in one transaction each.
#include "Plan.h"
#include "PlanTransaction.h"
#include "accounts/AccountSync.h"
#include "accounts/importers/ImportValues.h"
#include "common/IsoTime.h"
#include "common/JsonText.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString areaAccounts = u"accounts"_s;

QVariant optionalTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(IsoTime::text(time)) : QVariant(QMetaType::fromType<QString>());
}

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

// The columns are NOT NULL: an empty value is stored as empty text.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
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
    JsonText::appendString(out, text(sync.sourceFile));
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

void appendTime(QString &out, const QDateTime &time)
{
    if (time.isValid()) {
        out.append(u'"');
        IsoTime::append(out, time); // digits, '-', ':', 'T' and 'Z': nothing to escape
        out.append(u'"');
    } else
        out.append(u"null");
}

// One account as a JSON array in the order of accountColumns, then its id (Row::Full); or only the
// columns from user_key to status, the others being the same for a whole batch of new accounts
// (Row::PerAccount): each column read from the array parses it again, so the array is kept short.
enum class Row
{
    Full,
    PerAccount
};
void appendAccountRow(QString &out, const Account &a, Row row)
{
    out.append(u'[');
    if (row == Row::Full)
        out.append(QString::number(a.systemId) % u',');
    for (const QString &value :
         { a.userKey(), a.userName, text(a.displayName), text(a.email), AccountRoles::key(a.role),
           text(a.platformRole), text(DataKinds::keys(a.reach)), YesNoUnknowns::key(a.mfa) }) {
        JsonText::appendString(out, value);
        out.append(u',');
    }
    appendTime(out, a.lastLogin);
    out.append(u',');
    appendTime(out, a.lastPasswordChange);
    out.append(u',');
    appendTime(out, a.created);
    out.append(a.shared ? u",1,"_s : u",0,"_s);
    out.append(a.serviceAccount ? u"1,"_s : u"0,"_s);
    JsonText::appendString(out, AccountStatuses::key(a.status));
    if (row == Row::Full) {
        out.append(u',');
        JsonText::appendString(out, text(a.sourceFile));
        out.append(u',');
        appendTime(out, a.importedAt);
        out.append(u',' % QString::number(a.id));
    }
    out.append(u']');
}

// Whether two new accounts can share a batch: the columns Row::PerAccount leaves out are the same.
bool sameBatch(const Account &a, const Account &b)
{
    return a.systemId == b.systemId && a.sourceFile == b.sourceFile && a.importedAt == b.importedAt;
}

// "json_extract(j.value, '$[0]'), ..." for `count` columns.
QString extracts(int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += (i ? u", "_s : QString()) % u"json_extract(j.value, '$[%1]')"_s.arg(i);
    return out;
}

constexpr int accountColumnCount = 17;
// The columns of Row::PerAccount: user_key to status.
constexpr int perAccountColumnCount = 14;
// Accounts handed to SQLite in one JSON array: large enough to be fast, small enough to keep the
// text and SQLite's parse of it small.
constexpr qsizetype rowsPerStatement = 2000;
constexpr auto accountColumns = "system_id, user_key, user_name, display_name, email, role, platform_role, "
                                "reach, mfa, last_login, last_password_change, created, shared, service, "
                                "status, source_file, imported_at";

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
        for (const Account &a : m_accounts) {
            if (a.systemId == systemId)
                keys.insert(a.userKey());
        }
        for (const Account &fresh : sync.added) {
            if (keys.contains(fresh.userKey()) || fresh.systemId != systemId)
                return stale;
            keys.insert(fresh.userKey()); // the same user name twice is stale too
        }
    }
    return Status::success();
}

Status Plan::applyImport(qint64 systemId, const AccountSync &sync)
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

    // SQLite reads each kind of change from one JSON array (json_each): binding 17 values per account
    // through QSqlQuery costs about a microsecond per value, more than SQLite's reading of the arrays.
    QList<qint64> newIds; // of sync.added, in order
    Status status = edit([&](PlanTransaction &tx) -> Status {
        if (!sync.added.isEmpty()) {
            auto last = tx.exec(u"SELECT coalesce(max(id), 0) FROM account"_s);
            if (!last || !last->next())
                return Error { last ? last->lastError().text() : last.error() };
            const qint64 lastId = last->value(0).toLongLong();
            auto insert = tx.prepare(
                u"INSERT INTO account(%1) SELECT ?, %2, ?, ? FROM json_each(?) AS j "
                u"ORDER BY j.key"_s.arg(QLatin1String(accountColumns), extracts(perAccountColumnCount)));
            if (!insert)
                return Error { insert.error() };
            QString rows;
            for (qsizetype from = 0; from < sync.added.size();) {
                const Account &first = sync.added.at(from);
                rows.clear();
                rows.reserve(rowsPerStatement * 200);
                rows.append(u'[');
                qsizetype end = from;
                for (; end < sync.added.size() && end - from < rowsPerStatement
                     && sameBatch(sync.added.at(end), first);
                     ++end) {
                    if (end > from)
                        rows.append(u',');
                    appendAccountRow(rows, sync.added.at(end), Row::PerAccount);
                }
                rows.append(u']');
                insert->bindValue(0, first.systemId);
                insert->bindValue(1, text(first.sourceFile));
                insert->bindValue(2, optionalTime(first.importedAt));
                insert->bindValue(3, rows);
                if (!insert->exec())
                    return Error { insert->lastError().text() };
                from = end;
            }
            // Within the transaction each row takes the id after the largest (SQLite's rowid rule), in
            // the order of ORDER BY j.key: the new ids follow lastId in the order of sync.added. Checked,
            // and read back by user name should it ever not hold (an id at the top of the range).
            const qint64 added = sync.added.size();
            auto check
                = tx.exec(u"SELECT count(*), coalesce(max(id), 0) FROM account WHERE id > ?"_s, { lastId });
            if (!check || !check->next())
                return Error { check ? check->lastError().text() : check.error() };
            newIds.reserve(added);
            if (check->value(0).toLongLong() == added && check->value(1).toLongLong() == lastId + added) {
                for (qint64 i = 1; i <= added; ++i)
                    newIds.append(lastId + i);
            } else {
                auto q = tx.exec(u"SELECT user_key, id FROM account WHERE system_id = ?"_s, { systemId });
                if (!q)
                    return Error { q.error() };
                QHash<QString, qint64> byKey;
                byKey.reserve(added);
                while (q->next())
                    byKey.insert(q->value(0).toString(), q->value(1).toLongLong());
                for (const Account &a : sync.added)
                    newIds.append(byKey.value(a.userKey()));
            }
        }

        if (!sync.changed.isEmpty()) {
            auto update = tx.prepare(u"UPDATE account SET (%1) = (%2) FROM json_each(?) AS j "
                                     u"WHERE account.id = json_extract(j.value, '$[%3]')"_s
                                         .arg(QLatin1String(accountColumns), extracts(accountColumnCount))
                                         .arg(accountColumnCount));
            if (!update)
                return Error { update.error() };
            for (qsizetype from = 0; from < sync.changed.size(); from += rowsPerStatement) {
                QString rows;
                rows.reserve(rowsPerStatement * 300);
                rows.append(u'[');
                for (const AccountSync::Change &change :
                     sync.changed.sliced(from, std::min(rowsPerStatement, sync.changed.size() - from))) {
                    if (rows.size() > 1)
                        rows.append(u',');
                    appendAccountRow(rows, change.after, Row::Full);
                }
                rows.append(u']');
                update->bindValue(0, rows);
                if (!update->exec())
                    return Error { update->lastError().text() };
            }
        }

        if (!sync.vanished.isEmpty()) {
            QString ids;
            ids.append(u'[');
            for (const Account &gone : sync.vanished)
                ids += (ids.size() > 1 ? u","_s : QString()) % QString::number(gone.id);
            ids.append(u']');
            auto q = tx.exec(u"UPDATE account SET status = 'removed', source_file = ?, imported_at = ? "
                             u"WHERE id IN (SELECT value FROM json_each(?))"_s,
                             { text(sync.sourceFile), optionalTime(sync.importedAt), ids });
            if (!q)
                return Error { q.error() };
        }
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
