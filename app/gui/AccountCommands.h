#pragma once

#include "PlanCommand.h"
#include "accounts/Account.h"
#include "accounts/System.h"

#include <QCoreApplication>
#include <QList>

// Undoable edits of the account register: the systems, and accounts corrected by hand. Imports are
// not undone this way: each one is a single audited entry of the plan's history instead.

class AddSystemCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddSystemCommand)

public:
    AddSystemCommand(Plan &plan, const System &system);
    qint64 systemId() const { return m_system.id; }

protected:
    Status forward() override;
    Status backward() override;

private:
    System m_system; // its id is set once added, so a redo brings the same system back
};

class EditSystemCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditSystemCommand)

public:
    EditSystemCommand(Plan &plan, const System &before, const System &after);

protected:
    Status forward() override;
    Status backward() override;

private:
    System m_before;
    System m_after;
};

// Removes a system that holds no accounts; undo brings it back under its id. A system with accounts
// is removed outside the undo stack (AccountsTab asks first): its accounts carry replies, leavers'
// steps and people that an undo could not bring back as they were.
class RemoveSystemCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveSystemCommand)

public:
    RemoveSystemCommand(Plan &plan, const System &system);

protected:
    Status forward() override;
    Status backward() override;

private:
    System m_system;
};

// A hand correction of one account: who it belongs to, its role, reach, flags and status.
class EditAccountCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditAccountCommand)

public:
    EditAccountCommand(Plan &plan, const Account &before, const Account &after);

protected:
    Status forward() override;
    Status backward() override;

private:
    Account m_before;
    Account m_after;
    Account m_stored; // m_after as the plan keeps it, to tell whether it changed since
};
