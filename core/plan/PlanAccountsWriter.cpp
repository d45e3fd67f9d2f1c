// The plan's bulk writing of an import's accounts: through the connection's own sqlite3 handle, or
// through SQLite's json_each with any other driver.
#include "PlanAccountsWriter.h"

#include "PlanTransaction.h"
#include "common/IsoTime.h"
#include "common/JsonText.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>

#include <algorithm>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

QVariant optionalTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(IsoTime::text(time)) : QVariant(QMetaType::fromType<QString>());
}

// The columns are NOT NULL: an empty value is stored as empty text.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
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

PlanAccountsWriter::PlanAccountsWriter(const QSqlDatabase &db, Report report, Error cancelled)
    : m_handle(sqliteHandle(db))
    , m_report(std::move(report))
    , m_cancelled(std::move(cancelled))
{ }

Status PlanAccountsWriter::insert(PlanTransaction &tx, qint64 systemId, const QList<Account> &added,
                                  QList<qint64> &newIds)
{
    if (added.isEmpty())
        return Status::success();
    return m_handle ? insertBound(added, newIds) : insertJson(tx, systemId, added, newIds);
}

Status PlanAccountsWriter::insertBound(const QList<Account> &added, QList<qint64> &newIds)
{
    SqliteStatement insert(m_handle,
                           u"INSERT INTO account(%1) VALUES (%2)"_s.arg(QLatin1String(accountColumns),
                                                                        placeholders(accountColumnCount)));
    if (!insert.isValid())
        return Error { insert.error() };
    AccountValues values;
    newIds.reserve(added.size());
    for (qsizetype i = 0; i < added.size(); ++i) {
        values.bind(insert, added.at(i));
        if (!insert.step())
            return Error { insert.error() };
        newIds.append(sqlite3_last_insert_rowid(m_handle));
        if (((i + 1) % rowsPerStatement == 0 || i + 1 == added.size()) && !m_report(i % rowsPerStatement + 1))
            return m_cancelled;
    }
    return Status::success();
}

Status PlanAccountsWriter::insertJson(PlanTransaction &tx, qint64 systemId, const QList<Account> &added,
                                      QList<qint64> &newIds)
{
    auto last = tx.exec(u"SELECT coalesce(max(id), 0) FROM account"_s);
    if (!last || !last->next())
        return Error { last ? last->lastError().text() : last.error() };
    const qint64 lastId = last->value(0).toLongLong();
    auto insert
        = tx.prepare(u"INSERT INTO account(%1) SELECT ?, %2, ?, ? FROM json_each(?) AS j "
                     u"ORDER BY j.key"_s.arg(QLatin1String(accountColumns), extracts(perAccountColumnCount)));
    if (!insert)
        return Error { insert.error() };
    QString rows;
    for (qsizetype from = 0; from < added.size();) {
        const Account &first = added.at(from);
        rows.clear();
        rows.reserve(rowsPerStatement * 200);
        rows.append(u'[');
        qsizetype end = from;
        for (; end < added.size() && end - from < rowsPerStatement && sameBatch(added.at(end), first);
             ++end) {
            if (end > from)
                rows.append(u',');
            appendAccountRow(rows, added.at(end), Row::PerAccount);
        }
        rows.append(u']');
        insert->bindValue(0, first.systemId);
        insert->bindValue(1, text(first.sourceFile));
        insert->bindValue(2, optionalTime(first.importedAt));
        insert->bindValue(3, rows);
        if (!insert->exec())
            return Error { insert->lastError().text() };
        if (!m_report(end - from))
            return m_cancelled;
        from = end;
    }
    // Within the transaction each row takes the id after the largest (SQLite's rowid rule), in the
    // order of ORDER BY j.key: the new ids follow lastId in the order of `added`. Checked, and read
    // back by user name should it ever not hold (an id at the top of the range).
    const qint64 count = added.size();
    auto check = tx.exec(u"SELECT count(*), coalesce(max(id), 0) FROM account WHERE id > ?"_s, { lastId });
    if (!check || !check->next())
        return Error { check ? check->lastError().text() : check.error() };
    newIds.reserve(count);
    if (check->value(0).toLongLong() == count && check->value(1).toLongLong() == lastId + count) {
        for (qint64 i = 1; i <= count; ++i)
            newIds.append(lastId + i);
    } else {
        auto q = tx.exec(u"SELECT user_key, id FROM account WHERE system_id = ?"_s, { systemId });
        if (!q)
            return Error { q.error() };
        QHash<QString, qint64> byKey;
        byKey.reserve(count);
        while (q->next())
            byKey.insert(q->value(0).toString(), q->value(1).toLongLong());
        for (const Account &a : added)
            newIds.append(byKey.value(a.userKey()));
    }
    return Status::success();
}

Status PlanAccountsWriter::update(PlanTransaction &tx, const QList<AccountSync::Change> &changed)
{
    if (changed.isEmpty())
        return Status::success();
    return m_handle ? updateBound(changed) : updateJson(tx, changed);
}

Status PlanAccountsWriter::updateBound(const QList<AccountSync::Change> &changed)
{
    SqliteStatement update(m_handle,
                           u"UPDATE account SET (%1) = (%2) WHERE id = ?%3"_s
                               .arg(QLatin1String(accountColumns), placeholders(accountColumnCount))
                               .arg(accountColumnCount + 1));
    if (!update.isValid())
        return Error { update.error() };
    AccountValues values;
    for (qsizetype i = 0; i < changed.size(); ++i) {
        const Account &after = changed.at(i).after;
        values.bind(update, after);
        update.bindInt(accountColumnCount + 1, after.id);
        if (!update.step())
            return Error { update.error() };
        if (((i + 1) % rowsPerStatement == 0 || i + 1 == changed.size())
            && !m_report(i % rowsPerStatement + 1))
            return m_cancelled;
    }
    return Status::success();
}

Status PlanAccountsWriter::updateJson(PlanTransaction &tx, const QList<AccountSync::Change> &changed)
{
    auto update = tx.prepare(u"UPDATE account SET (%1) = (%2) FROM json_each(?) AS j "
                             u"WHERE account.id = json_extract(j.value, '$[%3]')"_s
                                 .arg(QLatin1String(accountColumns), extracts(accountColumnCount))
                                 .arg(accountColumnCount));
    if (!update)
        return Error { update.error() };
    for (qsizetype from = 0; from < changed.size(); from += rowsPerStatement) {
        QString rows;
        rows.reserve(rowsPerStatement * 300);
        rows.append(u'[');
        for (const AccountSync::Change &change :
             changed.sliced(from, std::min(rowsPerStatement, changed.size() - from))) {
            if (rows.size() > 1)
                rows.append(u',');
            appendAccountRow(rows, change.after, Row::Full);
        }
        rows.append(u']');
        update->bindValue(0, rows);
        if (!update->exec())
            return Error { update->lastError().text() };
        if (!m_report(std::min(rowsPerStatement, changed.size() - from)))
            return m_cancelled;
    }
    return Status::success();
}

Status PlanAccountsWriter::markRemoved(PlanTransaction &tx, const AccountSync &sync)
{
    if (sync.vanished.isEmpty())
        return Status::success();
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
    if (!m_report(sync.vanished.size()))
        return m_cancelled;
    return Status::success();
}
