#include "LeaverChecklist.h"

#include "plan/Plan.h"

int LeaverChecklist::doneCount() const
{
    int done = 0;
    for (const Item &item : items)
        done += item.isDone();
    return done;
}

LeaverChecklist LeaverChecklist::of(const Plan &plan, qint64 personId)
{
    LeaverChecklist list;
    list.personId = personId;
    QHash<qint64, LeaverStep> steps;
    for (const LeaverStep &step : plan.leaverSteps()) {
        if (step.personId == personId)
            steps.insert(step.accountId, step);
    }
    for (const Account &a : plan.accounts()) {
        const auto ticked = steps.constFind(a.id);
        const bool linked = a.personIds.contains(personId);
        if (!linked && ticked == steps.constEnd())
            continue;
        Item item;
        item.account = a;
        if (ticked != steps.constEnd())
            item.step = ticked.value();
        else
            item.closedOnSystem = a.status != AccountStatus::Active;
        list.items.append(item);
    }
    return list;
}
