#pragma once

#include "PlanCommand.h"
#include "plan/Person.h"

#include <QCoreApplication>

// Undoable edits of the team.

class AddPersonCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddPersonCommand)

public:
    AddPersonCommand(Plan &plan, const Person &person);
    qint64 personId() const { return m_person.id; }

protected:
    Status forward() override;
    Status backward() override;

private:
    Person m_person; // its id is set once added, so a redo brings the same person back
};

class EditPersonCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditPersonCommand)

public:
    // `before` is the person as the plan has them now; `after` has the same id.
    EditPersonCommand(Plan &plan, const Person &before, const Person &after);

protected:
    Status forward() override;
    Status backward() override;

private:
    Person m_before;
    Person m_after;
};

class RemovePersonCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemovePersonCommand)

public:
    RemovePersonCommand(Plan &plan, const Person &person);

protected:
    Status forward() override;
    Status backward() override;

private:
    Person m_person;
    bool m_wasOwner;
    bool m_wasMe;
};
