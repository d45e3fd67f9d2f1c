#pragma once

// How an import's accounts are written to the plan file (internal to core/plan): the account table's
// columns, and the writer that inserts, updates and marks removed whole imports of accounts.

#include "accounts/AccountSync.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <functional>

class PlanTransaction;
struct sqlite3;

// The account table's columns after its id, in the order the writer binds them and loadAccounts()
// reads them.
inline constexpr auto accountColumns = "system_id, user_key, user_name, display_name, email, role, "
                                       "platform_role, reach, mfa, last_login, last_password_change, "
                                       "created, shared, service, status, source_file, imported_at";

// Writes an import's accounts inside the plan's open transaction. New and changed accounts go through
// the connection's own sqlite3 handle, a value bound at a time; without it (another driver) SQLite
// reads them from one JSON array per batch (json_each): binding 17 values per account through
// QSqlQuery costs about a microsecond per value, more than SQLite's reading of the arrays.
class PlanAccountsWriter
{
public:
    // Called after each batch with the number of accounts it wrote; false stops the writing, which
    // then returns `cancelled`.
    using Report = std::function<bool(qsizetype written)>;

    // Looks for the sqlite3 handle of `db`: call it before the transaction begins.
    PlanAccountsWriter(const QSqlDatabase &db, Report report, Error cancelled);

    // Inserts `added` (accounts of `systemId`); their new ids are appended to `newIds` in their order.
    Status insert(PlanTransaction &tx, qint64 systemId, const QList<Account> &added, QList<qint64> &newIds);
    // Writes the changed accounts' new values.
    Status update(PlanTransaction &tx, const QList<AccountSync::Change> &changed);
    // Marks the accounts the export no longer lists as removed, with the import's file and time.
    Status markRemoved(PlanTransaction &tx, const AccountSync &sync);

private:
    Status insertBound(const QList<Account> &added, QList<qint64> &newIds);
    Status insertJson(PlanTransaction &tx, qint64 systemId, const QList<Account> &added,
                      QList<qint64> &newIds);
    Status updateBound(const QList<AccountSync::Change> &changed);
    Status updateJson(PlanTransaction &tx, const QList<AccountSync::Change> &changed);

    sqlite3 *m_handle;
    Report m_report;
    Error m_cancelled;
};
