// Plan's readiness history: the score, and each step's part of it, each time it changed. A
// measurement of the plan rather than an edit of it, so it stays out of the audit trail (the
// History page lists what people changed, not what the app worked out).
#include "Plan.h"
#include "PlanTransaction.h"
#include "common/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString partsJson(const QMap<QString, int> &parts)
{
    QJsonObject object;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, int> partsFrom(const QString &json)
{
    QMap<QString, int> parts;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        parts.insert(it.key(), it.value().toInt());
    return parts;
}

bool inRange(int value)
{
    return value >= 0 && value <= 100;
}

} // namespace

Result<QList<ReadinessRecord>> Plan::readinessHistory(int limit) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT recorded_at, score, parts FROM readiness_history ORDER BY id DESC LIMIT ?"_s);
    query.addBindValue(std::max(limit, 0));
    if (!query.exec())
        return Error {
            tr("The history of the readiness score could not be read: %1").arg(query.lastError().text())
        };
    QList<ReadinessRecord> out;
    while (query.next()) {
        ReadinessRecord r;
        r.at = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
        r.score = query.value(1).toInt();
        r.parts = partsFrom(query.value(2).toString());
        out.append(std::move(r));
    }
    std::reverse(out.begin(), out.end());
    return out;
}

Result<bool> Plan::recordReadiness(const ReadinessRecord &record)
{
    if (isReadOnly())
        return false;
    if (!inRange(record.score) || !std::all_of(record.parts.cbegin(), record.parts.cend(), inRange))
        return Error { tr("A readiness score lies between 0 and 100.") };
    if (!m_newestReadiness) {
        const auto newest = readinessHistory(1);
        if (!newest)
            return Error { newest.error() };
        if (!newest->isEmpty())
            m_newestReadiness = newest->constFirst();
    }
    if (m_newestReadiness && m_newestReadiness->score == record.score
        && m_newestReadiness->parts == record.parts)
        return false;

    ReadinessRecord kept = record;
    kept.at = (record.at.isValid() ? record.at : Clock::now()).toUTC();
    // Through the plan's one-change-at-a-time transaction, so that a point is never written inside
    // another edit's (an import keeping its window responsive), to go if that edit were cancelled.
    const Status written = transact([&](PlanTransaction &tx) -> Status {
        const auto q = tx.exec(u"INSERT INTO readiness_history(recorded_at, score, parts) VALUES (?, ?, ?)"_s,
                               { kept.at.toString(Qt::ISODateWithMs), kept.score, partsJson(kept.parts) });
        if (!q)
            return Error { tr("The readiness score could not be kept in the plan: %1").arg(q.error()) };
        return Status::success();
    });
    if (!written)
        return Error { written.error() };
    m_newestReadiness = kept;
    emit readinessHistoryChanged();
    return true;
}
