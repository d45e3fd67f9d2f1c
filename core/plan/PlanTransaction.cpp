#include "PlanTransaction.h"

#include "AuditTrail.h"
#include "common/Clock.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

PlanTransaction::PlanTransaction(QSqlDatabase db, Actor actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{ }

PlanTransaction::~PlanTransaction()
{
    if (m_open)
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
}

Status PlanTransaction::begin()
{
    QSqlQuery query(m_db);
    // IMMEDIATE takes the write lock now, so a busy file fails here rather than at COMMIT.
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return Error { query.lastError().text() };
    m_open = true;
    return Status::success();
}

Result<QSqlQuery> PlanTransaction::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error { query.lastError().text() };
    return query;
}

Result<QSqlQuery> PlanTransaction::prepare(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        return Error { query.lastError().text() };
    return query;
}

void PlanTransaction::record(const QString &area, const QString &entity, const QString &entityId,
                             const QString &field, const QString &oldValue, const QString &newValue)
{
    AuditEntry entry;
    entry.at = Clock::now();
    entry.osUser = m_actor.osUser;
    entry.member = m_actor.member;
    entry.area = area;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.field = field;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    m_entries.append(entry);
}

Status PlanTransaction::writeAuditEntries()
{
    if (Status status = AuditTrail::appendAll(m_db, m_entries); !status)
        return status;
    m_entries.clear();
    return Status::success();
}

Status PlanTransaction::commit()
{
    if (Status status = writeAuditEntries(); !status)
        return status;
    QSqlQuery query(m_db);
    if (!query.exec(u"COMMIT"_s))
        return Error { query.lastError().text() };
    m_open = false;
    return Status::success();
}
