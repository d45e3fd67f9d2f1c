// The settings that judge the contingency plan: how old the newest backup may be, and how often a
// recovery item is checked again. They live in the plan's meta table, so the app and the CLI judge
// alike, and are loaded with the rest of the plan (again after every edit, like the answers' age).
#include "Plan.h"
#include "PlanTransaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString areaContingency = u"contingency"_s;
const QString backupMaxAgeKey = u"contingency.backup_max_age_hours"_s;
const QString recheckDaysKey = u"contingency.recheck_days"_s;
constexpr int defaultBackupMaxAgeHours = 24;
constexpr int defaultRecheckDays = 30;

// The stored number, or `fallback` when there is none or it is out of range (a damaged value must
// not loosen the checks).
int storedNumber(const QSqlDatabase &db, const QString &key, int fallback, int min, int max)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return fallback;
    bool ok = false;
    const int value = query.value(0).toString().toInt(&ok);
    return ok && value >= min && value <= max ? value : fallback;
}

Status storeNumber(PlanTransaction &tx, const QString &key, const QString &field, int before, int after)
{
    if (auto q = tx.exec(u"INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"_s,
                         { key, QString::number(after) });
        !q)
        return Error { q.error() };
    tx.record(areaContingency, u"settings"_s, {}, field, QString::number(before), QString::number(after));
    return Status::success();
}

} // namespace

void Plan::loadContingencySettings()
{
    m_backupMaxAgeHours = storedNumber(database(), backupMaxAgeKey, defaultBackupMaxAgeHours,
                                       minBackupMaxAgeHours, maxBackupMaxAgeHours);
    m_recheckDays
        = storedNumber(database(), recheckDaysKey, defaultRecheckDays, minRecheckDays, maxRecheckDays);
}

Status Plan::setBackupMaxAgeHours(int hours)
{
    if (hours < minBackupMaxAgeHours || hours > maxBackupMaxAgeHours)
        return Error { tr("The newest backup may be between %1 and %2 hours old; %3 is outside that.")
                           .arg(minBackupMaxAgeHours)
                           .arg(maxBackupMaxAgeHours)
                           .arg(hours) };
    if (hours == m_backupMaxAgeHours)
        return Status::success();
    return edit([&](PlanTransaction &tx) {
        return storeNumber(tx, backupMaxAgeKey, u"backup_max_age_hours"_s, m_backupMaxAgeHours, hours);
    });
}

Status Plan::setRecheckDays(int days)
{
    if (days < minRecheckDays || days > maxRecheckDays)
        return Error { tr("Recovery items can be checked again every %1 to %2 days; %3 is outside that.")
                           .arg(minRecheckDays)
                           .arg(maxRecheckDays)
                           .arg(days) };
    if (days == m_recheckDays)
        return Status::success();
    return edit([&](PlanTransaction &tx) {
        return storeNumber(tx, recheckDaysKey, u"recheck_days"_s, m_recheckDays, days);
    });
}
