// Plan's accounts: loaded once when the plan opens, kept apart from the plan's other reloads, and
// changed by imports in one transaction each.
#include "Plan.h"
#include "PlanTransaction.h"
#include "accounts/AccountSync.h"
#include "accounts/importers/ImportValues.h"
#include "common/IsoTime.h"
#include "common/JsonText.h"

#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>

#include <algorithm>
#include <sqlite3.h>

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

// "?1, ?2, ..." for `count` columns.
QString placeholders(int count)
{
    QString out;
    for (int i = 1; i <= count; ++i)
        out += (i > 1 ? u", ?"_s : u"?"_s) % QString::number(i);
    return out;
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
// text and SQLite's parse of it small. Also the batch after which the import reports its progress.
constexpr qsizetype rowsPerStatement = 2000;
constexpr auto accountColumns = "system_id, user_key, user_name, display_name, email, role, platform_role, "
                                "reach, mfa, last_login, last_password_change, created, shared, service, "
                                "status, source_file, imported_at";

// The connection's own sqlite3 handle when Qt's driver is the SQLite one (it links the same system
// libsqlite3 as the core): binding each value directly costs a fraction of QSqlQuery's bindValue or
// of SQLite's json_extract. Null with any other driver; the callers then go through QSqlQuery.
// The handle is used only when the driver's SQLite is the very library the core links (Qt builds
// that bundle their own SQLite would hand over a handle of another copy): the source ids must match.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    static const bool sameLibrary = [&db] {
        QSqlQuery query(db);
        return query.exec(u"SELECT sqlite_source_id()"_s) && query.next()
            && query.value(0).toString() == QString::fromLatin1(sqlite3_sourceid());
    }();
    if (!sameLibrary)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// One prepared statement on the raw handle, finalized when it goes. The bound texts are the caller's
// to keep alive until step() (SQLITE_STATIC spares SQLite a copy of each).
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const QString &sql)
        : m_db(db)
    {
        m_status = sqlite3_prepare16_v3(db, sql.utf16(), int(sql.size() * sizeof(char16_t)),
                                        SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    }
    ~SqliteStatement() { sqlite3_finalize(m_statement); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_status == SQLITE_OK && m_statement; }
    QString error() const { return m_error.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(m_db)) : m_error; }

    // `size` bytes of UTF-8 at `text`, kept alive by the caller until step(); never NULL (the columns
    // are NOT NULL): an empty value is empty text.
    void bindUtf8(int column, const char *text, int size)
    {
        sqlite3_bind_text(m_statement, column, size > 0 ? text : "", size, SQLITE_STATIC);
    }
    void bindNull(int column) { sqlite3_bind_null(m_statement, column); }
    void bindInt(int column, qint64 value) { sqlite3_bind_int64(m_statement, column, value); }
    // Runs the statement once and makes it ready for the next values.
    bool step()
    {
        const int status = sqlite3_step(m_statement);
        if (status != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_statement);
        return status == SQLITE_DONE;
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    int m_status = SQLITE_ERROR;
    QString m_error;
};

// One account's values bound to ?1 .. ?17 in the order of accountColumns. The texts go to SQLite as
// UTF-8 (the plan's encoding) from one buffer reused row after row: bound as UTF-16, SQLite would
// allocate and translate a copy of each value.
class AccountValues
{
public:
    void bind(SqliteStatement &statement, const Account &a)
    {
        m_userKey = a.userKey();
        m_role = AccountRoles::key(a.role);
        m_reach = DataKinds::keys(a.reach);
        m_mfa = YesNoUnknowns::key(a.mfa);
        m_status = AccountStatuses::key(a.status);
        const std::pair<int, QStringView> texts[] = {
            { 2, m_userKey },
            { 3, a.userName },
            { 4, a.displayName },
            { 5, a.email },
            { 6, m_role },
            { 7, a.platformRole },
            { 8, m_reach },
            { 9, m_mfa },
            { 10, time(0, a.lastLogin) },
            { 11, time(1, a.lastPasswordChange) },
            { 12, time(2, a.created) },
            { 15, m_status },
            { 16, a.sourceFile },
            { 17, time(3, a.importedAt) },
        };
        qsizetype need = 0;
        for (const auto &[column, text] : texts)
            need += text.size() * 3; // UTF-8 takes at most three bytes for each UTF-16 unit
        if (m_utf8.size() < need + 1)
            m_utf8.resize(need + 1);
        char *out = m_utf8.data();
        for (const auto &[column, text] : texts) {
            // A time not known is NULL; any other text column is NOT NULL, empty text at least.
            const bool isTime = (column >= 10 && column <= 12) || column == 17;
            if (isTime && text.isNull()) {
                statement.bindNull(column);
                continue;
            }
            char *const start = out;
            out = m_encoder.appendToBuffer(out, text);
            statement.bindUtf8(column, start, int(out - start));
        }
        statement.bindInt(1, a.systemId);
        statement.bindInt(13, a.shared ? 1 : 0);
        statement.bindInt(14, a.serviceAccount ? 1 : 0);
    }

private:
    // The time as ISO 8601 UTC text; a null view when it is not known (stored as NULL).
    QStringView time(int slot, const QDateTime &time)
    {
        if (!time.isValid())
            return {};
        m_times[slot].clear();
        IsoTime::append(m_times[slot], time);
        return m_times[slot];
    }

    QString m_userKey, m_role, m_reach, m_mfa, m_status;
    QString m_times[4];
    QByteArray m_utf8;
    // Stateless: each value is encoded on its own, so nothing of one column carries into the next.
    QStringEncoder m_encoder { QStringEncoder::Utf8, QStringConverter::Flag::Stateless };
};

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

    // New and changed accounts go through the connection's sqlite3 handle, a value bound at a time.
    // Without it (another driver) SQLite reads them from one JSON array per batch (json_each):
    // binding 17 values per account through QSqlQuery costs about a microsecond per value, more than
    // SQLite's reading of the arrays.
    QList<qint64> newIds; // of sync.added, in order
    const qsizetype total = sync.added.size() + sync.changed.size() + sync.vanished.size();
    qsizetype done = 0;
    const auto report = [&](qsizetype step) {
        done += step;
        return !progress || progress(done, total);
    };
    const Error cancelled { tr("The import was cancelled; no account was changed.") };
    sqlite3 *const handle = sqliteHandle(database());
    Status status = edit([&](PlanTransaction &tx) -> Status {
        if (!sync.added.isEmpty() && handle) {
            SqliteStatement insert(handle,
                                   u"INSERT INTO account(%1) VALUES (%2)"_s.arg(
                                       QLatin1String(accountColumns), placeholders(accountColumnCount)));
            if (!insert.isValid())
                return Error { insert.error() };
            AccountValues values;
            newIds.reserve(sync.added.size());
            for (qsizetype i = 0; i < sync.added.size(); ++i) {
                values.bind(insert, sync.added.at(i));
                if (!insert.step())
                    return Error { insert.error() };
                newIds.append(sqlite3_last_insert_rowid(handle));
                if (((i + 1) % rowsPerStatement == 0 || i + 1 == sync.added.size())
                    && !report(i % rowsPerStatement + 1))
                    return cancelled;
            }
        } else if (!sync.added.isEmpty()) {
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
                if (!report(end - from))
                    return cancelled;
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

        if (!sync.changed.isEmpty() && handle) {
            SqliteStatement update(handle,
                                   u"UPDATE account SET (%1) = (%2) WHERE id = ?%3"_s
                                       .arg(QLatin1String(accountColumns), placeholders(accountColumnCount))
                                       .arg(accountColumnCount + 1));
            if (!update.isValid())
                return Error { update.error() };
            AccountValues values;
            for (qsizetype i = 0; i < sync.changed.size(); ++i) {
                const Account &after = sync.changed.at(i).after;
                values.bind(update, after);
                update.bindInt(accountColumnCount + 1, after.id);
                if (!update.step())
                    return Error { update.error() };
                if (((i + 1) % rowsPerStatement == 0 || i + 1 == sync.changed.size())
                    && !report(i % rowsPerStatement + 1))
                    return cancelled;
            }
        } else if (!sync.changed.isEmpty()) {
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
                if (!report(std::min(rowsPerStatement, sync.changed.size() - from)))
                    return cancelled;
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
            if (!report(sync.vanished.size()))
                return cancelled;
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
