#pragma once

#include "PlanStep.h"

#include <QList>

// The steps of the plan, in navigator order. Only steps with a working page are listed.
class StepRegistry
{
public:
    void add(PlanStep step); // replaces a step with the same id
    QList<PlanStep> steps() const { return m_steps; }
    const PlanStep *find(const QString &id) const;

    // The steps Storefort ships: add a line here for each new page.
    static StepRegistry standard();

private:
    QList<PlanStep> m_steps; // kept sorted by order
};
