#pragma once

#include "DueDates.h"
#include "PlanArea.h"
#include "PlanFindings.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

class Plan;

// Where one step stands.
enum class StepState
{
    NotStarted,
    InProgress,
    Done,
    NeedsAttention,
};

namespace StepStates {
QString key(StepState state); // "not-started", "in-progress", "done", "needs-attention"
QString name(StepState state); // translated
} // namespace StepStates

// How far along one step of the plan is, and why.
struct StepReadiness
{
    PlanArea area = PlanArea::ShopTeam;
    int completion = 0; // 0–100: how much of the step is filled in
    int score = 0; // 0–100: completion held down by the step's open (not accepted) findings
    int weight = 1; // its share of the overall score
    StepState state = StepState::NotStarted;
    QStringList raisedBy; // plain sentences: what counts for the shop
    QStringList heldDownBy; // plain sentences: what holds it down
    QHash<Severity, int> open; // open findings by severity (accepted ones not counted)
};

// The shop's readiness: one number for the whole plan, and each step's part in it.
struct Readiness
{
    int score = 0; // 0–100, weighted mean of the steps' scores
    QList<StepReadiness> steps; // PlanAreas::all() order
    // The step of `area` (every area has one in a computed Readiness).
    const StepReadiness &step(PlanArea area) const;
    QMap<QString, int> parts() const; // area key -> step score (what the history keeps)
};

// The readiness score (see Readiness.cpp for how each step is measured and weighed).
namespace ReadinessScore {
// `findings`: PlanFindings::compute() of the same plan and day. An invalid `now` is Clock::now().
Readiness compute(const Plan &plan, const QList<PlanFinding> &findings, const QDateTime &now = {});
// The same for a caller that has worked out what is due too (`due`: DueDates::compute() of the same
// plan and `now`), so that it is not worked out twice.
Readiness compute(const Plan &plan, const QList<PlanFinding> &findings, const QList<DueItem> &due,
                  const QDateTime &now);
} // namespace ReadinessScore
