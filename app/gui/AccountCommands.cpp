#include "AccountCommands.h"

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
    // Accounts imported since are not the undo stack's to take away (an import is audited, not undone).
    if (!plan().accountsOf(m_system.id).isEmpty())
        return Error { tr("%1 holds accounts now, so adding it cannot be undone. Remove the system if it "
                          "must go.")
                           .arg(m_system.name.trimmed()) };
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
    if (!plan().accountsOf(m_system.id).isEmpty())
        return Error {
            tr("%1 holds accounts: removing it cannot be undone, so it is not done here.").arg(m_system.name)
        };
    return plan().removeSystem(m_system.id);
}

Status RemoveSystemCommand::backward()
{
    // The plan keeps a free id, so the system comes back as it was.
    auto id = plan().addSystem(m_system);
    if (!id)
        return Error { id.error() };
    m_system.id = id.value();
    return Status::success();
}

EditAccountCommand::EditAccountCommand(Plan &plan, const Account &before, const Account &after)
    : PlanCommand(plan, tr("Edit account %1").arg(before.userName))
    , m_before(before)
    , m_after(after)
{ }

Status EditAccountCommand::forward()
{
    if (Status status = plan().updateAccount(m_after); !status)
        return status;
    m_stored = plan().account(m_after.id).value_or(m_after);
    return Status::success();
}

Status EditAccountCommand::backward()
{
    // An import or a leaver's step may have changed the account since: undoing would overwrite that.
    if (plan().account(m_after.id) != std::optional<Account>(m_stored))
        return Error { tr("The account %1 has changed since this edit (by an import or another step), so "
                          "the edit cannot be undone. Edit the account again instead.")
                           .arg(m_after.userName) };
    return plan().updateAccount(m_before);
}
