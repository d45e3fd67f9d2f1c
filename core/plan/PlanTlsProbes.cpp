// Plan's TLS probe history: one row per probed address, the result kept as the probe's JSON.
#include "Plan.h"
#include "PlanTransaction.h"
#include "tls/TlsProbeJson.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

Result<qint64> Plan::addTlsProbe(const TlsProbeRecord &record)
{
    if (record.host.trimmed().isEmpty() || record.json.isEmpty())
        return Error { tr("A probe without a host or a result cannot be kept.") };
    const QDateTime at = (record.at.isValid() ? record.at : QDateTime::currentDateTimeUtc()).toUTC();
    qint64 id = 0;
    Status status = edit([&](PlanTransaction &tx) -> Status {
        auto q
            = tx.exec(u"INSERT INTO tls_probe(at, host, port, ip, grade, result) VALUES (?, ?, ?, ?, ?, ?)"_s,
                      { at.toString(Qt::ISODateWithMs), record.host, record.port,
                        record.ip.isNull() ? u""_s : record.ip, record.grade.isNull() ? u""_s : record.grade,
                        QString::fromUtf8(record.json) });
        if (!q)
            return Error { q.error() };
        id = q->lastInsertId().toLongLong();
        const QString where = record.ip.isEmpty() ? record.host : u"%1 (%2)"_s.arg(record.host, record.ip);
        tx.record(u"tls"_s, u"probe"_s, QString::number(id), u"grade"_s, where,
                  record.grade.isEmpty() ? u"-"_s : record.grade);
        return Status::success();
    });
    if (!status)
        return Error { status.error() };
    m_latestProbes.reset();
    emit tlsProbesChanged();
    return id;
}

Result<QList<TlsProbeRecord>> Plan::tlsProbes(const QString &host, int limit) const
{
    QSqlQuery query(database());
    query.prepare(
        host.isEmpty()
            ? u"SELECT id, at, host, port, ip, grade, result FROM tls_probe ORDER BY at DESC, id DESC LIMIT ?"_s
            : u"SELECT id, at, host, port, ip, grade, result FROM tls_probe WHERE host = ? "
              u"ORDER BY at DESC, id DESC LIMIT ?"_s);
    if (!host.isEmpty())
        query.addBindValue(host);
    query.addBindValue(limit);
    if (!query.exec())
        return Error { tr("The probe history could not be read: %1").arg(query.lastError().text()) };
    QList<TlsProbeRecord> out;
    while (query.next()) {
        TlsProbeRecord r;
        r.id = query.value(0).toLongLong();
        r.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        r.host = query.value(2).toString();
        r.port = query.value(3).toInt();
        r.ip = query.value(4).toString();
        r.grade = query.value(5).toString();
        r.json = query.value(6).toString().toUtf8();
        out.append(std::move(r));
    }
    return out;
}

QList<TlsProbeResult> Plan::latestProbes() const
{
    if (m_latestProbes)
        return *m_latestProbes;
    QSet<QString> hosts;
    for (const QString &url : m_shop.siteUrls) {
        const QUrl parsed = QUrl::fromUserInput(url);
        if (!parsed.host().isEmpty())
            hosts.insert(parsed.host().toLower());
    }
    const auto records = tlsProbes({}, 500);
    if (!records)
        return {}; // not kept: the next call tries again
    QList<TlsProbeResult> out;
    QSet<QString> seen;
    for (const TlsProbeRecord &record : records.value()) { // newest first
        if (!hosts.isEmpty() && !hosts.contains(record.host.toLower()))
            continue;
        const QString key = record.host.toLower() + u'|' + record.ip;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (auto result = TlsProbeJson::fromRecord(record))
            out.append(result.value());
    }
    m_latestProbes = out;
    return out;
}
