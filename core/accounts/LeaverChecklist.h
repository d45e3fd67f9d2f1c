#pragma once

#include "Account.h"
#include "LeaverStep.h"

#include <QList>

#include <optional>

class Plan;

// A leaver's checklist: every account the person held that is not closed, each with its step once
// ticked. Accounts disabled or removed on their system before anything was ticked show as done by
// the system ("closed").
struct LeaverChecklist
{
    struct Item
    {
        Account account;
        std::optional<LeaverStep> step; // ticked
        bool closedOnSystem = false; // disabled or removed there without a tick here
        bool isDone() const { return step.has_value() || closedOnSystem; }
    };

    qint64 personId = 0;
    QList<Item> items;

    int doneCount() const;
    bool isComplete() const { return doneCount() == items.size(); }
    // For a person who left: the accounts linked to them now, and those handed over (no longer linked
    // but ticked for them).
    static LeaverChecklist of(const Plan &plan, qint64 personId);
};
