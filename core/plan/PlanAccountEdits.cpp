// Plan's accounts entered or corrected by hand, and the column mappings remembered per system.
#include "Plan.h"
#include "PlanTransaction.h"
#include "common/IsoTime.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString areaAccounts = u"accounts"_s;

QVariant optionalTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(IsoTime::text(time)) : QVariant(QMetaType::fromType<QString>());
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? IsoTime::text(time) : QString();
}

QString nonNull(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

} // namespace

// Every field of an account as the audit trail shows it; people by name.
static QList<std::pair<QString, QString>> auditFields(const Account &a, const QList<Person> &people)
{
    QStringList names;
    for (qint64 id : a.personIds) {
        QString name = u"#"_s % QString::number(id);
        for (const Person &p : people) {
            if (p.id == id)
                name = p.name;
        }
        names.append(name);
    }
    return {
        { u"user_name"_s, a.userName },
        { u"display_name"_s, a.displayName },
        { u"email"_s, a.email },
        { u"people"_s, names.join(u", "_s) },
        { u"role"_s, AccountRoles::key(a.role) },
        { u"platform_role"_s, a.platformRole },
        { u"reach"_s, DataKinds::keys(a.reach) },
        { u"mfa"_s, YesNoUnknowns::key(a.mfa) },
        { u"last_login"_s, timeText(a.lastLogin) },
        { u"last_password_change"_s, timeText(a.lastPasswordChange) },
        { u"created"_s, timeText(a.created) },
        { u"shared"_s, a.shared ? u"yes"_s : u"no"_s },
        { u"service"_s, a.serviceAccount ? u"yes"_s : u"no"_s },
        { u"status"_s, AccountStatuses::key(a.status) },
    };
}

static Status checkAccount(const Plan &plan, const Account &a)
{
    if (a.userName.trimmed().isEmpty())
        return Error { Plan::tr("Every account needs its user name.") };
    if (!plan.system(a.systemId))
        return Error { Plan::tr("That system is no longer in the plan.") };
    for (qint64 personId : a.personIds) {
        if (!plan.person(personId))
            return Error { Plan::tr("One of the account's people is no longer on the team.") };
    }
    for (const Account &other : plan.accounts()) {
        if (other.id != a.id && other.systemId == a.systemId && other.userKey() == a.userKey())
            return Error { Plan::tr("The system already has an account named \"%1\".").arg(other.userName) };
    }
    return Status::success();
}

static Account cleanedAccount(const Account &a)
{
    Account c = a;
    c.userName = a.userName.trimmed();
    c.displayName = a.displayName.trimmed();
    c.email = a.email.trimmed();
    QList<qint64> people;
    for (qint64 id : a.personIds) {
        if (!people.contains(id))
            people.append(id);
    }
    std::sort(people.begin(), people.end()); // as the plan reads them back
    c.personIds = people;
    return c;
}

static QVariantList accountValues(const Account &a)
{
    return { a.systemId,
             a.userKey(),
             a.userName,
             nonNull(a.displayName),
             nonNull(a.email),
             AccountRoles::key(a.role),
             nonNull(a.platformRole),
             nonNull(DataKinds::keys(a.reach)),
             YesNoUnknowns::key(a.mfa),
             optionalTime(a.lastLogin),
             optionalTime(a.lastPasswordChange),
             optionalTime(a.created),
             a.shared ? 1 : 0,
             a.serviceAccount ? 1 : 0,
             AccountStatuses::key(a.status),
             nonNull(a.sourceFile),
             optionalTime(a.importedAt) };
}

static Status writePeople(PlanTransaction &tx, qint64 accountId, const QList<qint64> &personIds)
{
    if (auto q = tx.exec(u"DELETE FROM account_person WHERE account_id = ?"_s, { accountId }); !q)
        return Error { q.error() };
    for (qint64 personId : personIds) {
        if (auto q = tx.exec(u"INSERT INTO account_person(account_id, person_id) VALUES (?, ?)"_s,
                             { accountId, personId });
            !q)
            return Error { q.error() };
    }
    return Status::success();
}

Result<qint64> Plan::addAccount(const Account &account)
{
    Account a = cleanedAccount(account);
    a.id = 0;
    if (Status status = checkAccount(*this, a); !status)
        return Error { status.error() };
    qint64 newId = 0;
    Status status = edit([&](PlanTransaction &tx) -> Status {
        auto q = tx.exec(u"INSERT INTO account(system_id, user_key, user_name, display_name, email, role, "
                         u"platform_role, reach, mfa, last_login, last_password_change, created, shared, "
                         u"service, status, source_file, imported_at) "
                         u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                         accountValues(a));
        if (!q)
            return Error { q.error() };
        newId = q->lastInsertId().toLongLong();
        if (Status s = writePeople(tx, newId, a.personIds); !s)
            return s;
        QStringList fields;
        for (const auto &[field, value] : auditFields(a, m_people)) {
            if (!value.isEmpty())
                fields.append(field % u'=' % value);
        }
        tx.record(areaAccounts, u"account"_s, QString::number(newId), u"created"_s, {}, fields.join(u"; "_s));
        return Status::success();
    });
    if (!status)
        return Error { status.error() };
    a.id = newId;
    m_accounts.append(a);
    m_accountIndex.insert(newId, m_accounts.size() - 1);
    emit accountsChanged();
    return newId;
}

Status Plan::updateAccount(const Account &account)
{
    const auto at = m_accountIndex.constFind(account.id);
    if (at == m_accountIndex.constEnd())
        return Error { tr("That account is no longer in the plan.") };
    const Account before = m_accounts.at(at.value());
    const Account a = cleanedAccount(account);
    if (a == before)
        return Status::success();
    if (Status status = checkAccount(*this, a); !status)
        return status;
    Status status = edit([&](PlanTransaction &tx) -> Status {
        QVariantList values = accountValues(a);
        values.append(a.id);
        auto q = tx.exec(u"UPDATE account SET system_id = ?, user_key = ?, user_name = ?, display_name = ?, "
                         u"email = ?, role = ?, platform_role = ?, reach = ?, mfa = ?, last_login = ?, "
                         u"last_password_change = ?, created = ?, shared = ?, service = ?, status = ?, "
                         u"source_file = ?, imported_at = ? WHERE id = ?"_s,
                         values);
        if (!q)
            return Error { q.error() };
        if (a.personIds != before.personIds) {
            if (Status s = writePeople(tx, a.id, a.personIds); !s)
                return s;
        }
        const auto oldFields = auditFields(before, m_people);
        const auto newFields = auditFields(a, m_people);
        for (qsizetype i = 0; i < oldFields.size(); ++i) {
            if (oldFields.at(i).second != newFields.at(i).second)
                tx.record(areaAccounts, u"account"_s, QString::number(a.id), oldFields.at(i).first,
                          oldFields.at(i).second, newFields.at(i).second);
        }
        return Status::success();
    });
    if (!status)
        return status;
    m_accounts[at.value()] = a;
    emit accountsChanged();
    return status;
}

std::optional<AccountColumnMapping> Plan::accountMapping(qint64 systemId) const
{
    const auto at = m_accountMappings.constFind(systemId);
    if (at == m_accountMappings.constEnd())
        return std::nullopt;
    return at.value();
}

Status Plan::setAccountMapping(qint64 systemId, const AccountColumnMapping &mapping)
{
    if (!system(systemId))
        return Error { tr("That system is no longer in the plan.") };
    if (mapping.userName.trimmed().isEmpty())
        return Error { tr("A mapping needs the column that holds the user names.") };
    if (accountMapping(systemId) == mapping)
        return Status::success();
    const QString json = QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact));
    return edit([&](PlanTransaction &tx) -> Status {
        auto q = tx.exec(u"INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"_s,
                         { u"accounts.mapping.%1"_s.arg(systemId), json });
        if (!q)
            return Error { q.error() };
        tx.record(areaAccounts, u"system"_s, QString::number(systemId), u"column_mapping"_s, {}, json);
        return Status::success();
    });
}
