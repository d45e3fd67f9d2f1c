// Plan's register of providers: who they are, how to reach them, what they hold.
#include "Plan.h"
#include "PlanTransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString areaProviders = u"providers"_s;

QVariant optionalDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value.trimmed());
}

QString certificationsJson(const QList<Certification> &certifications)
{
    QJsonArray array;
    for (const Certification &c : certifications) {
        QJsonObject object { { u"kind"_s, Certification::kindKey(c.kind) } };
        if (!c.name.isEmpty())
            object.insert(u"name"_s, c.name);
        if (c.expires.isValid())
            object.insert(u"expires"_s, c.expires.toString(Qt::ISODate));
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Certification> certificationsFromJson(const QString &json)
{
    QList<Certification> out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        Certification c;
        c.kind = Certification::kindFromKey(object.value(u"kind"_s).toString());
        c.name = object.value(u"name"_s).toString();
        c.expires = QDate::fromString(object.value(u"expires"_s).toString(), Qt::ISODate);
        out.append(c);
    }
    return out;
}

// Every field of a provider as the audit trail shows it, by field name.
QList<std::pair<QString, QString>> auditFields(const Provider &p)
{
    return {
        { u"name"_s, p.name },
        { u"kind"_s, ProviderKinds::key(p.kind) },
        { u"services"_s, p.services },
        { u"contract_start"_s, p.contractStart.toString(Qt::ISODate) },
        { u"contract_end"_s, p.contractEnd.toString(Qt::ISODate) },
        { u"support_phone"_s, p.supportPhone },
        { u"support_email"_s, p.supportEmail },
        { u"portal_url"_s, p.portalUrl },
        { u"support_hours"_s, p.supportHours },
        { u"support_24x7"_s, p.support24x7 ? u"yes"_s : u"no"_s },
        { u"account_id"_s, p.accountId },
        { u"escalation"_s, p.escalationContact },
        { u"certifications"_s, certificationsJson(p.certifications) },
        { u"credential"_s, p.credentialRef.isEmpty() ? u"none"_s : u"in keychain"_s },
        { u"credential_user"_s, p.credentialUser },
        { u"notes"_s, p.notes },
    };
}

QString providerJson(const Provider &p)
{
    QJsonObject object;
    for (const auto &[field, value] : auditFields(p)) {
        if (!value.isEmpty())
            object.insert(field, value);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Provider cleaned(const Provider &p)
{
    Provider c = p;
    for (QString *field : { &c.name, &c.services, &c.supportPhone, &c.supportEmail, &c.portalUrl,
                            &c.supportHours, &c.accountId, &c.escalationContact, &c.credentialUser })
        *field = field->trimmed();
    for (Certification &cert : c.certifications)
        cert.name = cert.name.trimmed();
    return c;
}

QVariantList columnValues(const Provider &p)
{
    return { p.name,
             ProviderKinds::key(p.kind),
             text(p.services),
             optionalDate(p.contractStart),
             optionalDate(p.contractEnd),
             text(p.supportPhone),
             text(p.supportEmail),
             text(p.portalUrl),
             text(p.supportHours),
             p.support24x7 ? 1 : 0,
             text(p.accountId),
             text(p.escalationContact),
             certificationsJson(p.certifications),
             text(p.credentialRef),
             text(p.credentialUser),
             p.notes.isNull() ? QVariant(u""_s) : QVariant(p.notes) };
}

} // namespace

Status Plan::loadProviders()
{
    QSqlQuery query(database());
    if (!query.exec(
            u"SELECT id, name, kind, services, contract_start, contract_end, support_phone, support_email, "
            u"portal_url, support_hours, support_24x7, account_id, escalation, certifications, "
            u"credential_ref, credential_user, notes FROM provider ORDER BY id"_s))
        return Error { tr("The providers could not be read: %1").arg(query.lastError().text()) };
    QList<Provider> providers;
    while (query.next()) {
        Provider p;
        p.id = query.value(0).toLongLong();
        p.name = query.value(1).toString();
        p.kind = ProviderKinds::fromKey(query.value(2).toString());
        p.services = query.value(3).toString();
        p.contractStart = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        p.contractEnd = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        p.supportPhone = query.value(6).toString();
        p.supportEmail = query.value(7).toString();
        p.portalUrl = query.value(8).toString();
        p.supportHours = query.value(9).toString();
        p.support24x7 = query.value(10).toInt() != 0;
        p.accountId = query.value(11).toString();
        p.escalationContact = query.value(12).toString();
        p.certifications = certificationsFromJson(query.value(13).toString());
        p.credentialRef = query.value(14).toString();
        p.credentialUser = query.value(15).toString();
        p.notes = query.value(16).toString();
        providers.append(std::move(p));
    }
    int maxAge = 12;
    if (query.exec(u"SELECT value FROM meta WHERE key = 'providers.answer_max_age_months'"_s) && query.next())
        maxAge = std::max(1, query.value(0).toInt());
    m_providers = std::move(providers);
    m_answerMaxAgeMonths = maxAge;
    return Status::success();
}

std::optional<Provider> Plan::provider(qint64 id) const
{
    for (const Provider &p : m_providers) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

Result<qint64> Plan::addProvider(const Provider &provider)
{
    if (const QString problem = provider.check(); !problem.isEmpty())
        return Error { problem };
    Provider c = cleaned(provider);
    if (c.id != 0 && this->provider(c.id))
        c.id = 0;
    qint64 newId = 0;
    Status status = edit([&](PlanTransaction &tx) -> Status {
        QVariantList values { c.id > 0 ? QVariant(c.id) : QVariant(QMetaType::fromType<qint64>()) };
        values.append(columnValues(c));
        auto q
            = tx.exec(u"INSERT INTO provider(id, name, kind, services, contract_start, contract_end, "
                      u"support_phone, support_email, portal_url, support_hours, support_24x7, account_id, "
                      u"escalation, certifications, credential_ref, credential_user, notes) "
                      u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                      values);
        if (!q)
            return Error { q.error() };
        newId = q->lastInsertId().toLongLong();
        tx.record(areaProviders, u"provider"_s, QString::number(newId), u"created"_s, {}, providerJson(c));
        return Status::success();
    });
    if (!status)
        return Error { status.error() };
    return newId;
}

Status Plan::updateProvider(const Provider &updated)
{
    const std::optional<Provider> before = provider(updated.id);
    if (!before)
        return Error { tr("That provider is no longer in the plan.") };
    if (const QString problem = updated.check(); !problem.isEmpty())
        return Error { problem };
    const Provider c = cleaned(updated);
    if (c == *before)
        return Status::success();
    return edit([&](PlanTransaction &tx) -> Status {
        QVariantList values = columnValues(c);
        values.append(c.id);
        auto q = tx.exec(
            u"UPDATE provider SET name = ?, kind = ?, services = ?, contract_start = ?, "
            u"contract_end = ?, support_phone = ?, support_email = ?, portal_url = ?, "
            u"support_hours = ?, support_24x7 = ?, account_id = ?, escalation = ?, "
            u"certifications = ?, credential_ref = ?, credential_user = ?, notes = ? WHERE id = ?"_s,
            values);
        if (!q)
            return Error { q.error() };
        const auto oldFields = auditFields(*before);
        const auto newFields = auditFields(c);
        for (qsizetype i = 0; i < oldFields.size(); ++i) {
            if (oldFields.at(i).second != newFields.at(i).second)
                tx.record(areaProviders, u"provider"_s, QString::number(c.id), oldFields.at(i).first,
                          oldFields.at(i).second, newFields.at(i).second);
        }
        return Status::success();
    });
}

Status Plan::removeProvider(qint64 id)
{
    const std::optional<Provider> before = provider(id);
    if (!before)
        return Error { tr("That provider is no longer in the plan.") };
    return edit([&](PlanTransaction &tx) -> Status {
        for (const Answer &a : answersOf(id)) {
            for (const Attachment &file : a.attachments)
                tx.record(areaProviders, u"attachment"_s, QString::number(file.id), u"removed"_s,
                          file.fileName, {});
            tx.record(areaProviders, u"answer"_s, u"%1/%2"_s.arg(id).arg(a.questionId), u"removed"_s, a.value,
                      {});
        }
        // The answers and their files go with the provider (ON DELETE CASCADE).
        if (auto q = tx.exec(u"DELETE FROM provider WHERE id = ?"_s, { id }); !q)
            return Error { q.error() };
        tx.record(areaProviders, u"provider"_s, QString::number(id), u"removed"_s, providerJson(*before), {});
        return Status::success();
    });
}

Status Plan::setAnswerMaxAgeMonths(int months)
{
    if (months < 1 || months > 120)
        return Error { tr("Answers can be kept between 1 and 120 months before they are asked again.") };
    if (months == m_answerMaxAgeMonths)
        return Status::success();
    const int before = m_answerMaxAgeMonths;
    return edit([&](PlanTransaction &tx) -> Status {
        if (auto q = tx.exec(
                u"INSERT OR REPLACE INTO meta(key, value) VALUES ('providers.answer_max_age_months', ?)"_s,
                { QString::number(months) });
            !q)
            return Error { q.error() };
        tx.record(areaProviders, u"settings"_s, {}, u"answer_max_age_months"_s, QString::number(before),
                  QString::number(months));
        return Status::success();
    });
}
