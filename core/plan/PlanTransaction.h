#pragma once

#include "Actor.h"
#include "AuditEntry.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

// One edit of the plan: its statements and its audit entries commit together or not at all.
// Rolls back when destroyed uncommitted.
class PlanTransaction
{
public:
    PlanTransaction(QSqlDatabase db, Actor actor);
    ~PlanTransaction();
    PlanTransaction(const PlanTransaction &) = delete;
    PlanTransaction &operator=(const PlanTransaction &) = delete;

    Status begin();
    // Prepares `sql`, binds `values` in order and runs it.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {});
    // A statement to run many times (bindValue(), exec()) inside this transaction.
    Result<QSqlQuery> prepare(const QString &sql);
    void record(const QString &area, const QString &entity, const QString &entityId, const QString &field,
                const QString &oldValue, const QString &newValue);
    // Writes the audit entries recorded so far, then commits.
    Status commit();
    // Writes the audit entries into a transaction someone else opened and will commit.
    Status writeAuditEntries();

private:
    QSqlDatabase m_db;
    Actor m_actor;
    QList<AuditEntry> m_entries;
    bool m_open = false;
};
