#include "AccountCommands.h"

#include "accounts/AccountSync.h"
#include "plan/Plan.h"

AddSystemCommand::AddSystemCommand(Plan &plan, const System &system)
    : PlanCommand(plan, tr("Add %1").arg(system.name.trimmed()))
    , m_system(system)
{ }

Status AddSystemCommand::forward()
{
    auto id = plan().addSystem(m_system);
    if (!id)
        return Error { id.error() };
    m_system.id = id.value();
    return Status::success();
}

Status AddSystemCommand::backward()
{
    return plan().removeSystem(m_system.id);
}

EditSystemCommand::EditSystemCommand(Plan &plan, const System &before, const System &after)
    : PlanCommand(plan, tr("Edit %1").arg(before.name))
    , m_before(before)
    , m_after(after)
{ }

Status EditSystemCommand::forward()
{
    return plan().updateSystem(m_after);
}

Status EditSystemCommand::backward()
{
    return plan().updateSystem(m_before);
}

RemoveSystemCommand::RemoveSystemCommand(Plan &plan, const System &system)
    : PlanCommand(plan, tr("Remove %1").arg(system.name))
    , m_system(system)
{ }

Status RemoveSystemCommand::forward()
{
    m_accounts = plan().accountsOf(m_system.id);
    return plan().removeSystem(m_system.id);
}

Status RemoveSystemCommand::backward()
{
    // The plan keeps a free id, so the system comes back as it was.
    auto id = plan().addSystem(m_system);
    if (!id)
        return Error { id.error() };
    m_system.id = id.value();
    if (m_accounts.isEmpty())
        return Status::success();
    AccountSync sync;
    sync.systemId = m_system.id;
    sync.added.reserve(m_accounts.size());
    for (Account a : std::as_const(m_accounts)) {
        a.id = 0;
        a.systemId = m_system.id;
        a.personIds.clear(); // an import does not carry them; set again below
        sync.added.append(std::move(a));
    }
    if (Status status = plan().applyImport(m_system.id, sync); !status)
        return status;
    // The accounts have new ids; give each its people back by user name.
    QHash<QString, QList<qint64>> people;
    for (const Account &was : std::as_const(m_accounts)) {
        if (!was.personIds.isEmpty())
            people.insert(was.userKey(), was.personIds);
    }
    if (people.isEmpty())
        return Status::success();
    for (Account now : plan().accountsOf(m_system.id)) {
        const auto it = people.constFind(now.userKey());
        if (it == people.constEnd())
            continue;
        now.personIds = it.value();
        if (Status status = plan().updateAccount(now); !status)
            return status;
    }
    return Status::success();
}

EditAccountCommand::EditAccountCommand(Plan &plan, const Account &before, const Account &after)
    : PlanCommand(plan, tr("Edit account %1").arg(before.userName))
    , m_before(before)
    , m_after(after)
{ }

Status EditAccountCommand::forward()
{
    return plan().updateAccount(m_after);
}

Status EditAccountCommand::backward()
{
    return plan().updateAccount(m_before);
}
