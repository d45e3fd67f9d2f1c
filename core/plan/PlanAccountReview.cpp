// Plan's account review: the hygiene rules' thresholds, the access review, what people's work
// needs, developers' confirmation letters and replies, leavers' checklists. Small tables, read
// again with the rest of the plan after every edit.
#include "Plan.h"
#include "PlanTransaction.h"
#include "common/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString areaAccounts = u"accounts"_s;
const QString rulesKey = u"accounts.rules"_s;
const QString accessReviewKey = u"accounts.access_reviewed_on"_s;
const QString mappingPrefix = u"accounts.mapping."_s;

QDate storedDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant optionalDate(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QList<qint64> idsFromJson(const QString &json)
{
    QList<qint64> ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        ids.append(v.toInteger());
    return ids;
}

} // namespace

Status Plan::loadAccountReview()
{
    QSqlQuery query(database());
    AccountRules rules;
    QDate reviewedOn;
    QHash<qint64, AccountColumnMapping> mappings;
    if (!query.exec(u"SELECT key, value FROM meta WHERE key LIKE 'accounts.%'"_s))
        return Error { query.lastError().text() };
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == rulesKey)
            rules = AccountRules::fromJson(QJsonDocument::fromJson(value.toUtf8()).object());
        else if (key == accessReviewKey)
            reviewedOn = QDate::fromString(value, Qt::ISODate);
        else if (key.startsWith(mappingPrefix))
            mappings.insert(key.mid(mappingPrefix.size()).toLongLong(),
                            AccountColumnMapping::fromJson(QJsonDocument::fromJson(value.toUtf8()).object()));
    }

    QHash<qint64, PersonAccess> access;
    if (!query.exec(u"SELECT person_id, needs, project_ended_on FROM person_access"_s))
        return Error { query.lastError().text() };
    while (query.next()) {
        PersonAccess a;
        a.personId = query.value(0).toLongLong();
        if (!query.value(1).isNull())
            a.needs = DataKinds::fromKeys(query.value(1).toString());
        a.projectEndedOn = storedDate(query.value(2));
        access.insert(a.personId, a);
    }

    QList<ConfirmationLetter> letters;
    if (!query.exec(u"SELECT id, person_id, written_on, account_ids FROM confirmation_letter ORDER BY id"_s))
        return Error { query.lastError().text() };
    while (query.next()) {
        ConfirmationLetter l;
        l.id = query.value(0).toLongLong();
        l.personId = query.value(1).toLongLong();
        l.writtenOn = storedDate(query.value(2));
        l.accountIds = idsFromJson(query.value(3).toString());
        letters.append(l);
    }

    QList<AccountConfirmation> confirmations;
    if (!query.exec(u"SELECT id, account_id, person_id, letter_id, decision, reason, replied_on "
                    u"FROM account_confirmation ORDER BY id"_s))
        return Error { query.lastError().text() };
    while (query.next()) {
        AccountConfirmation c;
        c.id = query.value(0).toLongLong();
        c.accountId = query.value(1).toLongLong();
        c.personId = query.value(2).toLongLong();
        c.letterId = query.value(3).toLongLong();
        c.decision = AccountConfirmation::decisionFromKey(query.value(4).toString());
        c.reason = query.value(5).toString();
        c.repliedOn = storedDate(query.value(6));
        confirmations.append(c);
    }

    QList<LeaverStep> steps;
    if (!query.exec(
            u"SELECT account_id, person_id, action, handed_to, done_on, status_before, heir_was_linked "
            u"FROM leaver_step "
            u"ORDER BY person_id, account_id"_s))
        return Error { query.lastError().text() };
    while (query.next()) {
        LeaverStep s;
        s.accountId = query.value(0).toLongLong();
        s.personId = query.value(1).toLongLong();
        s.action = LeaverStep::actionFromKey(query.value(2).toString());
        s.handedToPersonId = query.value(3).toLongLong();
        s.doneOn = storedDate(query.value(4));
        s.statusBefore = AccountStatuses::fromKey(query.value(5).toString());
        s.heirWasLinked = query.value(6).toInt() != 0;
        steps.append(s);
    }

    m_accountRules = rules;
    m_accessReviewedOn = reviewedOn;
    m_accountMappings = mappings;
    m_personAccess = access;
    m_letters = letters;
    m_confirmations = confirmations;
    m_leaverSteps = steps;
    return Status::success();
}

Status Plan::setAccountRules(const AccountRules &rules)
{
    if (const QString problem = rules.check(); !problem.isEmpty())
        return Error { problem };
    if (rules == m_accountRules)
        return Status::success();
    const auto compact = [](const AccountRules &r) {
        return QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact));
    };
    return edit([&](PlanTransaction &tx) -> Status {
        auto q = tx.exec(u"INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"_s,
                         { rulesKey, compact(rules) });
        if (!q)
            return Error { q.error() };
        tx.record(areaAccounts, u"settings"_s, {}, u"rules"_s, compact(m_accountRules), compact(rules));
        return Status::success();
    });
}

Status Plan::recordAccessReview(QDate on)
{
    if (!on.isValid())
        return Error { tr("Write the date of the access review.") };
    if (on > Clock::now().toLocalTime().date().addDays(1))
        return Error { tr("The access review's date is in the future.") };
    return edit([&](PlanTransaction &tx) -> Status {
        auto q = tx.exec(u"INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"_s,
                         { accessReviewKey, on.toString(Qt::ISODate) });
        if (!q)
            return Error { q.error() };
        tx.record(areaAccounts, u"settings"_s, {}, u"access_reviewed_on"_s,
                  m_accessReviewedOn.toString(Qt::ISODate), on.toString(Qt::ISODate));
        return Status::success();
    });
}

PersonAccess Plan::personAccess(qint64 personId) const
{
    PersonAccess access = m_personAccess.value(personId);
    access.personId = personId;
    return access;
}

Status Plan::setPersonAccess(const PersonAccess &access)
{
    const std::optional<Person> who = person(access.personId);
    if (!who)
        return Error { tr("That person is no longer on the team.") };
    const PersonAccess before = personAccess(access.personId);
    if (before == access)
        return Status::success();
    const auto needsText
        = [](const PersonAccess &a) { return a.needs ? DataKinds::keys(*a.needs) : QString(); };
    return edit([&](PlanTransaction &tx) -> Status {
        auto q = tx.exec(
            u"INSERT OR REPLACE INTO person_access(person_id, needs, project_ended_on) "
            u"VALUES (?, ?, ?)"_s,
            { access.personId,
              access.needs
                  ? QVariant(DataKinds::keys(*access.needs).isNull() ? u""_s : DataKinds::keys(*access.needs))
                  : QVariant(QMetaType::fromType<QString>()),
              optionalDate(access.projectEndedOn) });
        if (!q)
            return Error { q.error() };
        const QString id = QString::number(access.personId);
        if (before.needs != access.needs)
            tx.record(areaAccounts, u"person"_s, id, u"needs"_s, needsText(before), needsText(access));
        if (before.projectEndedOn != access.projectEndedOn)
            tx.record(areaAccounts, u"person"_s, id, u"project_ended_on"_s,
                      before.projectEndedOn.toString(Qt::ISODate),
                      access.projectEndedOn.toString(Qt::ISODate));
        return Status::success();
    });
}
