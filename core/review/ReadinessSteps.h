#pragma once

// How each step's completion is measured from the plan's content (internal to core/review; the
// measures are in ReadinessShopSteps.cpp and ReadinessGuardSteps.cpp).

#include "tls/TlsProbeResult.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QStringList>

class Plan;

// A step's content, measured: parts of the step with their weight and how much of each is done.
struct StepMeasure
{
    double points = 0;
    double total = 0;
    bool recorded = false; // the owner has put something into the step (even if it counts for nothing yet)
    QStringList raisedBy;
    QStringList heldDownBy;

    // One part of the step, `weight` points, `fraction` (0..1) of it done.
    void part(double weight, double fraction);
    // 0..100, rounded down: a step shows 100 only when every part is done.
    int completion() const;
};

struct StepInput
{
    const Plan &plan;
    QDate today;
    QLocale locale;
    QList<TlsProbeResult> probes; // the newest probe of each of the shop's addresses
};

namespace ReadinessSteps {
// A TLS probe counts as fresh for this many days. (A drill counts as long as DDOS-DRILL-OLD does not
// find it old: DdosFindings::Options::maxDrillAgeDays.)
inline constexpr int freshDays = 30;

StepMeasure shopTeam(const StepInput &in);
StepMeasure tls(const StepInput &in);
StepMeasure providers(const StepInput &in);
StepMeasure accounts(const StepInput &in);
StepMeasure ddos(const StepInput &in);
StepMeasure contingency(const StepInput &in);
} // namespace ReadinessSteps
