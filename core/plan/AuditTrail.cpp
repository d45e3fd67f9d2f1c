#include "AuditTrail.h"

#include "common/IsoTime.h"
#include "common/JsonText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString genesisHash = QString(64, u'0');

void addField(QCryptographicHash &hash, const QString &value, bool nullable = false)
{
    if (!nullable && value.isNull())
        return addField(hash, QStringLiteral(""), true);
    // Length-prefixed, with null kept apart from empty, so no two entries serialise alike.
    const QByteArray utf8 = value.toUtf8();
    const QByteArray prefix
        = value.isNull() ? QByteArrayLiteral("N:") : QByteArray::number(utf8.size()) + ':';
    hash.addData(prefix);
    hash.addData(utf8);
}

QString stored(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

AuditEntry entryFrom(const QSqlQuery &query)
{
    AuditEntry e;
    e.id = query.value(0).toLongLong();
    e.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs); // stored with 'Z': UTC
    e.osUser = query.value(2).toString();
    e.member = query.value(3).toString();
    e.area = query.value(4).toString();
    e.entity = query.value(5).toString();
    e.entityId = query.value(6).toString();
    e.field = query.value(7).toString();
    e.oldValue = stored(query.value(8));
    e.newValue = stored(query.value(9));
    e.prevHash = query.value(10).toString();
    e.hash = query.value(11).toString();
    return e;
}

constexpr auto columns
    = "id, at, os_user, member, area, entity, entity_id, field, old_value, new_value, prev_hash, hash";

QString metaValue(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

} // namespace

QString AuditTrail::computeHash(const AuditEntry &entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, QString::number(entry.id));
    addField(hash, IsoTime::text(entry.at, true));
    addField(hash, entry.osUser);
    addField(hash, entry.member);
    addField(hash, entry.area);
    addField(hash, entry.entity);
    addField(hash, entry.entityId);
    addField(hash, entry.field);
    addField(hash, entry.oldValue, true);
    addField(hash, entry.newValue, true);
    addField(hash, entry.prevHash);
    return QString::fromLatin1(hash.result().toHex());
}

Status AuditTrail::append(QSqlDatabase &db, AuditEntry &entry)
{
    QList<AuditEntry> one { entry };
    if (Status status = appendAll(db, one); !status)
        return status;
    entry = one.constFirst();
    return Status::success();
}

Status AuditTrail::appendAll(QSqlDatabase &db, QList<AuditEntry> &entries)
{
    if (entries.isEmpty())
        return Status::success();
    QSqlQuery query(db);
    if (!query.exec(u"SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1"_s))
        return Error { query.lastError().text() };
    qint64 id = 1;
    QString prevHash = genesisHash;
    if (query.next()) {
        id = query.value(0).toLongLong() + 1;
        prevHash = query.value(1).toString();
    }

    // The entries go to SQLite as JSON arrays of up to 2,000 (json_each), many times faster than
    // binding twelve values per entry through QSqlQuery.
    QString select;
    for (int i = 0; i < 12; ++i)
        select += (i ? u", "_s : QString()) % u"json_extract(value, '$[%1]')"_s.arg(i);
    QSqlQuery insert(db);
    if (!insert.prepare(u"INSERT INTO audit(%1) SELECT %2 FROM json_each(?) ORDER BY key"_s.arg(
            QLatin1String(columns), select)))
        return Error { insert.lastError().text() };
    constexpr qsizetype entriesPerStatement = 2000;
    for (qsizetype from = 0; from < entries.size(); from += entriesPerStatement) {
        QString rows;
        rows.reserve(entriesPerStatement * 400);
        rows.append(u'[');
        for (qsizetype i = from; i < std::min(entries.size(), from + entriesPerStatement); ++i) {
            AuditEntry &entry = entries[i];
            entry.id = id++;
            entry.prevHash = prevHash;
            entry.at = entry.at.toUTC();
            entry.hash = computeHash(entry);
            prevHash = entry.hash;

            if (rows.size() > 1)
                rows.append(u',');
            rows.append(u'[' % QString::number(entry.id) % u',');
            JsonText::appendString(rows, IsoTime::text(entry.at, true));
            for (const QString *field : { &entry.osUser, &entry.member, &entry.area, &entry.entity,
                                          &entry.entityId, &entry.field }) {
                rows.append(u',');
                JsonText::appendString(rows, *field);
            }
            rows.append(u',');
            JsonText::appendStringOrNull(rows, entry.oldValue);
            rows.append(u',');
            JsonText::appendStringOrNull(rows, entry.newValue);
            rows.append(u',');
            JsonText::appendString(rows, entry.prevHash);
            rows.append(u',');
            JsonText::appendString(rows, entry.hash);
            rows.append(u']');
        }
        rows.append(u']');
        insert.bindValue(0, rows);
        if (!insert.exec())
            return Error { insert.lastError().text() };
    }

    query.prepare(u"INSERT OR REPLACE INTO meta(key, value) VALUES ('audit_head', ?), ('audit_count', ?)"_s);
    query.addBindValue(prevHash);
    query.addBindValue(QString::number(id - 1));
    if (!query.exec())
        return Error { query.lastError().text() };
    return Status::success();
}

Result<QList<AuditEntry>> AuditTrail::entries(const QSqlDatabase &db, const AuditFilter &filter)
{
    QString sql = u"SELECT %1 FROM audit WHERE 1"_s.arg(QLatin1String(columns));
    QVariantList binds;
    if (!filter.area.isEmpty()) {
        sql += u" AND area = ?"_s;
        binds << filter.area;
    }
    if (!filter.member.isEmpty()) {
        sql += u" AND (member = ? OR os_user = ?)"_s;
        binds << filter.member << filter.member;
    }
    if (filter.from.isValid()) {
        sql += u" AND at >= ?"_s;
        binds << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        sql += u" AND at < ?"_s;
        binds << filter.to.addDays(1).toString(Qt::ISODate);
    }
    sql += u" ORDER BY id"_s;
    if (filter.limit >= 0)
        sql += u" LIMIT %1"_s.arg(filter.limit);

    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &bind : std::as_const(binds))
        query.addBindValue(bind);
    if (!query.exec())
        return Error { query.lastError().text() };
    QList<AuditEntry> result;
    while (query.next())
        result.append(entryFrom(query));
    return result;
}

AuditTrail::Verification AuditTrail::verify(const QSqlDatabase &db)
{
    Verification v;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT %1 FROM audit ORDER BY id"_s.arg(QLatin1String(columns)))) {
        v.intact = false;
        v.problem = QCoreApplication::translate("AuditTrail", "it could not be read (%1)")
                        .arg(query.lastError().text());
        v.message = QCoreApplication::translate("AuditTrail", "The history could not be read: %1")
                        .arg(query.lastError().text());
        return v;
    }
    QString expectedPrev = genesisHash;
    qint64 expectedId = 1;
    while (query.next()) {
        const AuditEntry e = entryFrom(query);
        QString problem;
        if (e.id != expectedId)
            problem = QCoreApplication::translate("AuditTrail", "entry %1 is missing").arg(expectedId);
        else if (e.prevHash != expectedPrev)
            problem = QCoreApplication::translate("AuditTrail", "it does not follow the entry before it");
        else if (computeHash(e) != e.hash)
            problem
                = QCoreApplication::translate("AuditTrail", "its content was changed after it was written");
        if (!problem.isEmpty()) {
            v.intact = false;
            v.brokenEntryId = e.id;
            v.brokenEntryAt = e.at;
            v.problem = problem;
            v.message = QCoreApplication::translate("AuditTrail",
                                                    "The history was tampered with at entry %1 (%2): %3.")
                            .arg(e.id)
                            .arg(e.at.toString(Qt::ISODate), problem);
            return v;
        }
        expectedPrev = e.hash;
        ++expectedId;
        ++v.entryCount;
    }
    const QString head = metaValue(db, u"audit_head"_s);
    const QString count = metaValue(db, u"audit_count"_s);
    const bool emptyTrail = v.entryCount == 0 && head.isEmpty() && count.isEmpty();
    if (!emptyTrail && (head != expectedPrev || count != QString::number(v.entryCount))) {
        v.intact = false;
        const QString recorded = count.isEmpty() ? u"0"_s : count;
        v.problem = QCoreApplication::translate("AuditTrail",
                                                "it ends at entry %1, but the plan recorded %2 entries")
                        .arg(v.entryCount)
                        .arg(recorded);
        v.message
            = QCoreApplication::translate(
                  "AuditTrail",
                  "The history was tampered with: it ends at entry %1, but the plan recorded %2 entries.")
                  .arg(v.entryCount)
                  .arg(recorded);
    }
    return v;
}
