// Plan's leavers' checklists: each account of a person who left, disabled or handed over.
#include "Plan.h"
#include "PlanTransaction.h"
#include "common/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString areaAccounts = u"accounts"_s;

} // namespace

Status Plan::completeLeaverStep(const LeaverStep &step)
{
    const std::optional<Person> leaver = person(step.personId);
    if (!leaver)
        return Error { tr("That person is no longer on the team.") };
    if (leaver->status != Person::Status::Left)
        return Error { tr("%1 has not left: mark them as left first.").arg(leaver->name) };
    const auto at = m_accountIndex.constFind(step.accountId);
    if (at == m_accountIndex.constEnd())
        return Error { tr("That account is no longer in the plan.") };
    Account account = m_accounts.at(at.value());
    if (std::any_of(m_leaverSteps.cbegin(), m_leaverSteps.cend(), [&](const LeaverStep &s) {
            return s.accountId == step.accountId && s.personId == step.personId;
        }))
        return Error { tr("This account is ticked off already; untick it first to change what was done.") };
    if (!account.personIds.contains(step.personId))
        return Error { tr("The account \"%1\" is not %2's.").arg(account.userName, leaver->name) };
    LeaverStep recorded = step;
    recorded.statusBefore = account.status;
    recorded.heirWasLinked = false;
    if (!step.doneOn.isValid())
        return Error { tr("Write the date it was done.") };
    if (step.doneOn > Clock::now().toLocalTime().date().addDays(1))
        return Error { tr("The date is in the future.") };
    if (step.action == LeaverStep::Action::HandedOver) {
        const std::optional<Person> heir = person(step.handedToPersonId);
        if (!heir || heir->id == leaver->id)
            return Error { tr("Choose the colleague who takes the account over.") };
        if (heir->status == Person::Status::Left)
            return Error {
                tr("%1 has left too: choose a colleague who is still on the team.").arg(heir->name)
            };
        recorded.heirWasLinked = account.personIds.contains(heir->id);
        account.personIds.removeAll(step.personId);
        if (!account.personIds.contains(heir->id))
            account.personIds.append(heir->id);
        std::sort(account.personIds.begin(), account.personIds.end()); // as the plan reads them back
    } else if (account.status == AccountStatus::Active) {
        account.status = AccountStatus::Disabled;
    }

    Status status = edit([&](PlanTransaction &tx) -> Status {
        auto q = tx.exec(u"INSERT INTO leaver_step(account_id, person_id, action, handed_to, done_on, "
                         u"status_before, heir_was_linked) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                         { step.accountId, step.personId, LeaverStep::actionKey(step.action),
                           step.action == LeaverStep::Action::HandedOver
                               ? QVariant(step.handedToPersonId)
                               : QVariant(QMetaType::fromType<qint64>()),
                           step.doneOn.toString(Qt::ISODate), AccountStatuses::key(recorded.statusBefore),
                           recorded.heirWasLinked ? 1 : 0 });
        if (!q)
            return Error { q.error() };
        if (step.action == LeaverStep::Action::HandedOver) {
            if (auto d = tx.exec(u"DELETE FROM account_person WHERE account_id = ? AND person_id = ?"_s,
                                 { step.accountId, step.personId });
                !d)
                return Error { d.error() };
            if (auto i
                = tx.exec(u"INSERT OR IGNORE INTO account_person(account_id, person_id) VALUES (?, ?)"_s,
                          { step.accountId, step.handedToPersonId });
                !i)
                return Error { i.error() };
        } else if (auto u = tx.exec(u"UPDATE account SET status = ? WHERE id = ?"_s,
                                    { AccountStatuses::key(account.status), step.accountId });
                   !u)
            return Error { u.error() };
        tx.record(areaAccounts, u"account"_s, QString::number(step.accountId), u"leaver_step"_s, {},
                  LeaverStep::actionKey(step.action) % u" ("_s % leaver->name
                      % (step.action == LeaverStep::Action::HandedOver
                             ? u" -> "_s % personName(step.handedToPersonId)
                             : QString())
                      % u", "_s % step.doneOn.toString(Qt::ISODate) % u')');
        return Status::success();
    });
    if (!status)
        return status;
    m_accounts[at.value()] = account;
    emit accountsChanged();
    return status;
}

Status Plan::undoLeaverStep(qint64 accountId, qint64 personId)
{
    const auto it = std::find_if(m_leaverSteps.cbegin(), m_leaverSteps.cend(), [&](const LeaverStep &s) {
        return s.accountId == accountId && s.personId == personId;
    });
    if (it == m_leaverSteps.cend())
        return Error { tr("That step is not ticked.") };
    const LeaverStep step = *it;
    const auto at = m_accountIndex.constFind(accountId);
    if (at == m_accountIndex.constEnd())
        return Error { tr("That account is no longer in the plan.") };
    Account account = m_accounts.at(at.value());
    // Puts back what ticking changed, and only that: a colleague who held the account before keeps
    // it; a status the account has moved on to since (an import marking it removed) stays.
    if (step.action == LeaverStep::Action::HandedOver) {
        if (!step.heirWasLinked)
            account.personIds.removeAll(step.handedToPersonId);
        if (!account.personIds.contains(personId))
            account.personIds.append(personId);
        std::sort(account.personIds.begin(), account.personIds.end());
    } else if (account.status == AccountStatus::Disabled) {
        account.status = step.statusBefore;
    }
    Status status = edit([&](PlanTransaction &tx) -> Status {
        if (auto q = tx.exec(u"DELETE FROM leaver_step WHERE account_id = ? AND person_id = ?"_s,
                             { accountId, personId });
            !q)
            return Error { q.error() };
        if (step.action == LeaverStep::Action::HandedOver) {
            if (auto d = step.heirWasLinked
                    ? tx.exec(u"SELECT 1"_s)
                    : tx.exec(u"DELETE FROM account_person WHERE account_id = ? AND person_id = ?"_s,
                              { accountId, step.handedToPersonId });
                !d)
                return Error { d.error() };
            if (auto i
                = tx.exec(u"INSERT OR IGNORE INTO account_person(account_id, person_id) VALUES (?, ?)"_s,
                          { accountId, personId });
                !i)
                return Error { i.error() };
        } else if (auto u = tx.exec(u"UPDATE account SET status = ? WHERE id = ?"_s,
                                    { AccountStatuses::key(account.status), accountId });
                   !u)
            return Error { u.error() };
        tx.record(areaAccounts, u"account"_s, QString::number(accountId), u"leaver_step"_s,
                  LeaverStep::actionKey(step.action), {});
        return Status::success();
    });
    if (!status)
        return status;
    m_accounts[at.value()] = account;
    emit accountsChanged();
    return status;
}
