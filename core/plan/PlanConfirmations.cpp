// Plan's confirmation letters to developers and agencies, and their replies per account.
#include "Plan.h"
#include "PlanTransaction.h"
#include "common/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString areaAccounts = u"accounts"_s;

QString idsJson(const QList<qint64> &ids)
{
    QString out = u"["_s;
    for (qsizetype i = 0; i < ids.size(); ++i)
        out += (i ? u","_s : QString()) % QString::number(ids.at(i));
    return out % u']';
}

} // namespace

Result<qint64> Plan::addConfirmationLetter(const ConfirmationLetter &letter)
{
    if (!person(letter.personId))
        return Error { tr("That person is no longer on the team.") };
    if (!letter.writtenOn.isValid())
        return Error { tr("Write the date of the letter.") };
    if (letter.accountIds.isEmpty())
        return Error { tr("The letter asks about no account: attribute accounts to this person first.") };
    QList<qint64> ids;
    for (qint64 id : letter.accountIds) {
        if (!account(id))
            return Error { tr("One of the letter's accounts is no longer in the plan.") };
        if (!ids.contains(id))
            ids.append(id);
    }
    qint64 newId = 0;
    Status status = edit([&](PlanTransaction &tx) -> Status {
        auto q = tx.exec(
            u"INSERT INTO confirmation_letter(person_id, written_on, account_ids) VALUES (?, ?, ?)"_s,
            { letter.personId, letter.writtenOn.toString(Qt::ISODate), idsJson(ids) });
        if (!q)
            return Error { q.error() };
        newId = q->lastInsertId().toLongLong();
        tx.record(areaAccounts, u"letter"_s, QString::number(newId), u"written"_s, {},
                  personName(letter.personId) % u": "_s % tr("%n account(s)", nullptr, int(ids.size())));
        return Status::success();
    });
    if (!status)
        return Error { status.error() };
    return newId;
}

Status Plan::removeConfirmationLetter(qint64 id)
{
    const auto it = std::find_if(m_letters.cbegin(), m_letters.cend(),
                                 [id](const ConfirmationLetter &l) { return l.id == id; });
    if (it == m_letters.cend())
        return Error { tr("That letter is no longer in the plan.") };
    const ConfirmationLetter before = *it;
    return edit([&](PlanTransaction &tx) -> Status {
        if (auto q = tx.exec(u"DELETE FROM confirmation_letter WHERE id = ?"_s, { id }); !q)
            return Error { q.error() };
        tx.record(areaAccounts, u"letter"_s, QString::number(id), u"removed"_s,
                  personName(before.personId) % u" "_s % before.writtenOn.toString(Qt::ISODate), {});
        return Status::success();
    });
}

Result<qint64> Plan::recordConfirmation(const AccountConfirmation &confirmation)
{
    const std::optional<Account> acc = account(confirmation.accountId);
    if (!acc)
        return Error { tr("That account is no longer in the plan.") };
    if (!person(confirmation.personId))
        return Error { tr("That person is no longer on the team.") };
    if (confirmation.letterId != 0
        && std::none_of(m_letters.cbegin(), m_letters.cend(),
                        [&](const ConfirmationLetter &l) { return l.id == confirmation.letterId; }))
        return Error { tr("That letter is no longer in the plan.") };
    if (const QString problem = confirmation.check(Clock::now().toLocalTime().date().addDays(1));
        !problem.isEmpty())
        return Error { problem };
    qint64 newId = 0;
    Status status = edit([&](PlanTransaction &tx) -> Status {
        // A second reply about the same account, to the same letter, replaces the first.
        auto gone = confirmation.letterId != 0
            ? tx.exec(u"DELETE FROM account_confirmation WHERE account_id = ? AND letter_id = ?"_s,
                      { confirmation.accountId, confirmation.letterId })
            : tx.exec(u"DELETE FROM account_confirmation WHERE account_id = ? AND person_id = ? "
                      u"AND letter_id IS NULL"_s,
                      { confirmation.accountId, confirmation.personId });
        if (!gone)
            return Error { gone.error() };
        auto q
            = tx.exec(u"INSERT INTO account_confirmation(account_id, person_id, letter_id, decision, reason, "
                      u"replied_on) VALUES (?, ?, ?, ?, ?, ?)"_s,
                      { confirmation.accountId, confirmation.personId,
                        confirmation.letterId > 0 ? QVariant(confirmation.letterId)
                                                  : QVariant(QMetaType::fromType<qint64>()),
                        AccountConfirmation::decisionKey(confirmation.decision),
                        confirmation.reason.trimmed().isNull() ? u""_s : confirmation.reason.trimmed(),
                        confirmation.repliedOn.toString(Qt::ISODate) });
        if (!q)
            return Error { q.error() };
        newId = q->lastInsertId().toLongLong();
        tx.record(areaAccounts, u"account"_s, QString::number(confirmation.accountId), u"confirmation"_s, {},
                  AccountConfirmation::decisionKey(confirmation.decision) % u" ("_s
                      % personName(confirmation.personId) % u", "_s
                      % confirmation.repliedOn.toString(Qt::ISODate) % u"): "_s
                      % confirmation.reason.trimmed());
        return Status::success();
    });
    if (!status)
        return Error { status.error() };
    return newId;
}

Status Plan::removeConfirmation(qint64 id)
{
    const auto it = std::find_if(m_confirmations.cbegin(), m_confirmations.cend(),
                                 [id](const AccountConfirmation &c) { return c.id == id; });
    if (it == m_confirmations.cend())
        return Error { tr("That reply is no longer in the plan.") };
    const AccountConfirmation before = *it;
    return edit([&](PlanTransaction &tx) -> Status {
        if (auto q = tx.exec(u"DELETE FROM account_confirmation WHERE id = ?"_s, { id }); !q)
            return Error { q.error() };
        tx.record(areaAccounts, u"account"_s, QString::number(before.accountId), u"confirmation"_s,
                  AccountConfirmation::decisionKey(before.decision) % u": "_s % before.reason, {});
        return Status::success();
    });
}
