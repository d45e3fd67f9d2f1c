// Plan's register of the systems where the shop's accounts live.
#include "Plan.h"
#include "PlanTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString areaAccounts = u"accounts"_s;

// Every field of a system as the audit trail shows it, by field name.
QList<std::pair<QString, QString>> auditFields(const System &s)
{
    return {
        { u"kind"_s, SystemKinds::key(s.kind) },
        { u"name"_s, s.name },
        { u"provider"_s, s.providerId > 0 ? QString::number(s.providerId) : QString() },
        { u"audit_log"_s, YesNoUnknowns::key(s.auditLog) },
        { u"audit_retention_days"_s, QString::number(s.auditRetentionDays) },
        { u"audit_reviewed_on"_s, s.auditLogReviewedOn.toString(Qt::ISODate) },
        { u"mfa_enforced"_s, YesNoUnknowns::key(s.mfaEnforced) },
        { u"password_min_length"_s, QString::number(s.passwordPolicy.minLength) },
        { u"password_max_age_days"_s, QString::number(s.passwordPolicy.maxAgeDays) },
        { u"lockout_after"_s, QString::number(s.passwordPolicy.lockoutAfter) },
        { u"builtin_admin"_s, s.builtInAdmin },
    };
}

QString systemJson(const System &s)
{
    QJsonObject object;
    for (const auto &[field, value] : auditFields(s)) {
        if (!value.isEmpty())
            object.insert(field, value);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

System cleaned(const System &s)
{
    System c = s;
    c.name = s.name.trimmed();
    c.builtInAdmin = s.builtInAdmin.trimmed();
    return c;
}

QVariantList columnValues(const System &s)
{
    return { SystemKinds::key(s.kind),
             s.name,
             s.providerId > 0 ? QVariant(s.providerId) : QVariant(QMetaType::fromType<qint64>()),
             YesNoUnknowns::key(s.auditLog),
             s.auditRetentionDays,
             s.auditLogReviewedOn.isValid() ? QVariant(s.auditLogReviewedOn.toString(Qt::ISODate))
                                            : QVariant(QMetaType::fromType<QString>()),
             YesNoUnknowns::key(s.mfaEnforced),
             s.passwordPolicy.minLength,
             s.passwordPolicy.maxAgeDays,
             s.passwordPolicy.lockoutAfter,
             s.builtInAdmin.isNull() ? QVariant(u""_s) : QVariant(s.builtInAdmin) };
}

} // namespace

Status Plan::loadSystems()
{
    QSqlQuery query(database());
    if (!query.exec(
            u"SELECT id, kind, name, provider_id, audit_log, audit_retention_days, audit_reviewed_on, "
            u"mfa_enforced, password_min_length, password_max_age_days, lockout_after, builtin_admin "
            u"FROM account_system ORDER BY id"_s))
        return Error { tr("The systems could not be read: %1").arg(query.lastError().text()) };
    QList<System> systems;
    while (query.next()) {
        System s;
        s.id = query.value(0).toLongLong();
        s.kind = SystemKinds::fromKey(query.value(1).toString());
        s.name = query.value(2).toString();
        s.providerId = query.value(3).toLongLong();
        s.auditLog = YesNoUnknowns::fromKey(query.value(4).toString());
        s.auditRetentionDays = query.value(5).toInt();
        s.auditLogReviewedOn = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        s.mfaEnforced = YesNoUnknowns::fromKey(query.value(7).toString());
        s.passwordPolicy.minLength = query.value(8).toInt();
        s.passwordPolicy.maxAgeDays = query.value(9).toInt();
        s.passwordPolicy.lockoutAfter = query.value(10).toInt();
        s.builtInAdmin = query.value(11).toString();
        systems.append(std::move(s));
    }
    m_systems = std::move(systems);
    return Status::success();
}

std::optional<System> Plan::system(qint64 id) const
{
    for (const System &s : m_systems) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

Result<qint64> Plan::addSystem(const System &system)
{
    if (const QString problem = system.check(); !problem.isEmpty())
        return Error { problem };
    if (system.providerId != 0 && !provider(system.providerId))
        return Error { tr("That provider is no longer in the plan.") };
    System c = cleaned(system);
    if (c.id != 0 && this->system(c.id))
        c.id = 0;
    qint64 newId = 0;
    Status status = edit([&](PlanTransaction &tx) -> Status {
        QVariantList values { c.id > 0 ? QVariant(c.id) : QVariant(QMetaType::fromType<qint64>()) };
        values.append(columnValues(c));
        auto q = tx.exec(u"INSERT INTO account_system(id, kind, name, provider_id, audit_log, "
                         u"audit_retention_days, audit_reviewed_on, mfa_enforced, password_min_length, "
                         u"password_max_age_days, lockout_after, builtin_admin) "
                         u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                         values);
        if (!q)
            return Error { q.error() };
        newId = q->lastInsertId().toLongLong();
        tx.record(areaAccounts, u"system"_s, QString::number(newId), u"created"_s, {}, systemJson(c));
        return Status::success();
    });
    if (!status)
        return Error { status.error() };
    return newId;
}

Status Plan::updateSystem(const System &updated)
{
    const std::optional<System> before = system(updated.id);
    if (!before)
        return Error { tr("That system is no longer in the plan.") };
    if (const QString problem = updated.check(); !problem.isEmpty())
        return Error { problem };
    if (updated.providerId != 0 && updated.providerId != before->providerId && !provider(updated.providerId))
        return Error { tr("That provider is no longer in the plan.") };
    const System c = cleaned(updated);
    if (c == *before)
        return Status::success();
    return edit([&](PlanTransaction &tx) -> Status {
        QVariantList values = columnValues(c);
        values.append(c.id);
        auto q = tx.exec(u"UPDATE account_system SET kind = ?, name = ?, provider_id = ?, audit_log = ?, "
                         u"audit_retention_days = ?, audit_reviewed_on = ?, mfa_enforced = ?, "
                         u"password_min_length = ?, password_max_age_days = ?, lockout_after = ?, "
                         u"builtin_admin = ? WHERE id = ?"_s,
                         values);
        if (!q)
            return Error { q.error() };
        const auto oldFields = auditFields(*before);
        const auto newFields = auditFields(c);
        for (qsizetype i = 0; i < oldFields.size(); ++i) {
            if (oldFields.at(i).second != newFields.at(i).second)
                tx.record(areaAccounts, u"system"_s, QString::number(c.id), oldFields.at(i).first,
                          oldFields.at(i).second, newFields.at(i).second);
        }
        return Status::success();
    });
}

Status Plan::removeSystem(qint64 id)
{
    const std::optional<System> before = system(id);
    if (!before)
        return Error { tr("That system is no longer in the plan.") };
    qsizetype accountCount = 0;
    for (const Account &a : m_accounts)
        accountCount += a.systemId == id;
    Status status = edit([&](PlanTransaction &tx) -> Status {
        // Its accounts go with it (ON DELETE CASCADE); the entry says how many.
        if (auto q = tx.exec(u"DELETE FROM account_system WHERE id = ?"_s, { id }); !q)
            return Error { q.error() };
        tx.record(areaAccounts, u"system"_s, QString::number(id), u"removed"_s, systemJson(*before),
                  accountCount > 0 ? u"%1 accounts removed with it"_s.arg(accountCount) : QString());
        return Status::success();
    });
    if (!status || accountCount == 0)
        return status;
    m_accounts.removeIf([id](const Account &a) { return a.systemId == id; });
    indexAccounts();
    emit accountsChanged();
    return status;
}
