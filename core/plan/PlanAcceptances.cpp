// Plan's accepted findings: risks the owner chose to carry, each with a reason and an expiry.
#include "Plan.h"
#include "PlanTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString areaFindings = u"findings"_s;

QString acceptanceJson(const FindingAcceptance &a)
{
    QJsonObject o { { u"reason"_s, a.reason }, { u"accepted_on"_s, a.acceptedOn.toString(Qt::ISODate) } };
    if (a.expiresOn.isValid())
        o.insert(u"expires_on"_s, a.expiresOn.toString(Qt::ISODate));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString entityId(const QString &ruleId, const QString &subject)
{
    return subject.isEmpty() ? ruleId : ruleId + u'@' + subject;
}

} // namespace

Status Plan::loadAcceptances()
{
    QSqlQuery query(database());
    if (!query.exec(u"SELECT id, rule_id, subject, reason, accepted_by, accepted_on, expires_on "
                    u"FROM finding_acceptance ORDER BY id"_s))
        return Error { tr("The accepted findings could not be read: %1").arg(query.lastError().text()) };
    QList<FindingAcceptance> list;
    while (query.next()) {
        FindingAcceptance a;
        a.id = query.value(0).toLongLong();
        a.ruleId = query.value(1).toString();
        a.subject = query.value(2).toString();
        a.reason = query.value(3).toString();
        a.acceptedBy = query.value(4).toString();
        a.acceptedOn = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        a.expiresOn = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        list.append(a);
    }
    m_acceptances = std::move(list);
    return Status::success();
}

std::optional<FindingAcceptance> Plan::acceptanceFor(const Finding &finding, QDate today) const
{
    for (const FindingAcceptance &a : m_acceptances) {
        if (a.covers(finding, today))
            return a;
    }
    return std::nullopt;
}

Status Plan::acceptFinding(const FindingAcceptance &acceptance)
{
    FindingAcceptance a = acceptance;
    a.reason = a.reason.trimmed();
    if (a.ruleId.trimmed().isEmpty())
        return Error { tr("Which finding is accepted is missing.") };
    if (a.reason.isEmpty())
        return Error { tr("Say why the shop accepts this risk: the reason is what a later review reads.") };
    if (!a.acceptedOn.isValid())
        return Error { tr("The date the risk was accepted is missing.") };
    if (a.expiresOn.isValid() && a.expiresOn < a.acceptedOn)
        return Error { tr("The acceptance would end before it starts. Choose a later date.") };
    if (a.acceptedBy.trimmed().isEmpty())
        a.acceptedBy = actorName();
    const FindingAcceptance *before = nullptr;
    for (const FindingAcceptance &existing : m_acceptances) {
        if (existing.ruleId == a.ruleId && existing.subject == a.subject)
            before = &existing;
    }
    const QString oldJson = before ? acceptanceJson(*before) : QString();
    return edit([&](PlanTransaction &tx) -> Status {
        auto q = tx.exec(
            u"INSERT INTO finding_acceptance(rule_id, subject, reason, accepted_by, accepted_on, expires_on) "
            u"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (rule_id, subject) DO UPDATE SET "
            u"reason = excluded.reason, accepted_by = excluded.accepted_by, "
            u"accepted_on = excluded.accepted_on, expires_on = excluded.expires_on"_s,
            { a.ruleId, a.subject.isNull() ? QVariant(u""_s) : QVariant(a.subject), a.reason, a.acceptedBy,
              a.acceptedOn.toString(Qt::ISODate),
              a.expiresOn.isValid() ? QVariant(a.expiresOn.toString(Qt::ISODate))
                                    : QVariant(QMetaType::fromType<QString>()) });
        if (!q)
            return Error { q.error() };
        tx.record(areaFindings, u"acceptance"_s, entityId(a.ruleId, a.subject), u"accepted"_s, oldJson,
                  acceptanceJson(a));
        return Status::success();
    });
}

Status Plan::withdrawAcceptance(const QString &ruleId, const QString &subject)
{
    const FindingAcceptance *before = nullptr;
    for (const FindingAcceptance &existing : m_acceptances) {
        if (existing.ruleId == ruleId && existing.subject == subject)
            before = &existing;
    }
    if (!before)
        return Error { tr("That finding is not accepted.") };
    const QString oldJson = acceptanceJson(*before);
    return edit([&](PlanTransaction &tx) -> Status {
        if (auto q = tx.exec(u"DELETE FROM finding_acceptance WHERE rule_id = ? AND subject = ?"_s,
                             { ruleId, subject });
            !q)
            return Error { q.error() };
        tx.record(areaFindings, u"acceptance"_s, entityId(ruleId, subject), u"withdrawn"_s, oldJson, {});
        return Status::success();
    });
}
