#include "TeamCommands.h"

#include "plan/Plan.h"

AddPersonCommand::AddPersonCommand(Plan &plan, const Person &person)
    : PlanCommand(plan, tr("Add %1").arg(person.name.trimmed()))
    , m_person(person)
{ }

Status AddPersonCommand::forward()
{
    auto id = plan().addPerson(m_person);
    if (!id)
        return Error { id.error() };
    m_person.id = id.value();
    return Status::success();
}

Status AddPersonCommand::backward()
{
    return plan().removePerson(m_person.id);
}

EditPersonCommand::EditPersonCommand(Plan &plan, const Person &before, const Person &after)
    : PlanCommand(plan, tr("Edit %1").arg(before.name))
    , m_before(before)
    , m_after(after)
{ }

Status EditPersonCommand::forward()
{
    return plan().updatePerson(m_after);
}

Status EditPersonCommand::backward()
{
    return plan().updatePerson(m_before);
}

RemovePersonCommand::RemovePersonCommand(Plan &plan, const Person &person)
    : PlanCommand(plan, tr("Remove %1").arg(person.name))
    , m_person(person)
    , m_wasOwner(plan.shop().ownerPersonId == person.id)
    , m_wasMe(plan.shop().mePersonId == person.id)
{ }

Status RemovePersonCommand::forward()
{
    return plan().removePerson(m_person.id);
}

Status RemovePersonCommand::backward()
{
    // The plan keeps a free id, so links to this person elsewhere stay right.
    auto id = plan().addPerson(m_person);
    if (!id)
        return Error { id.error() };
    m_person.id = id.value();
    if (m_wasOwner) {
        if (Status status = plan().setOwner(m_person.id); !status)
            return status;
    }
    if (m_wasMe) {
        if (Status status = plan().setMe(m_person.id); !status)
            return status;
    }
    return Status::success();
}
