// The readiness score: one number from 0 to 100 that says how far the shop's plan is, and for each
// step what raises it and what holds it down.
//
// How it is measured:
// - Completion (ReadinessShopSteps.cpp, ReadinessGuardSteps.cpp): each step is split into the parts
//   a shop owner would name, each worth a share of the step: Shop & team (name, a site, the
//   platform, an owner, one more team member); TLS (every site probed, the newest probe of each at
//   most 30 days old); Providers (a host, every provider's questions answered, no answer due
//   again); Accounts (a system, its accounts, the access review within the account rules'
//   interval, admins with 2-step login); DDoS (a CDN known, the host's answer about attacks, a call
//   tree that tells customers, the standard steps prepared, a drill within a year); Contingency
//   (every recovery item held, placed, and checked within the plan's re-check interval, 30 days by
//   default). Completion is rounded down: 100 only when every part is done.
// - Score: completion held down by the step's open findings (accepted and information-only ones do
//   not count). Each open finding takes a share of what is left: critical 40 %, high 20 %, medium
//   8 %, low 3 %. So one critical finding costs more than several low ones, every further finding
//   costs less than the one before, and the score never goes below 0.
// - State: NotStarted while nothing counts and nothing is recorded; NeedsAttention when an open
//   critical or high finding stands, or something done before has fallen overdue (DueDates, e.g.
//   the access review or the backup check); Done at full completion without open high or critical
//   findings; else InProgress.
// - Weights: TLS, Accounts and Contingency count twice. They are where break-ins happen (weak
//   encryption, too much access) and what decides whether the shop comes back after one (backups,
//   keys, the root account); the shop profile, the providers' promises and the DDoS plan count once.
// - The overall score is the weighted mean of the steps' scores, rounded.
#include "Readiness.h"

#include "DueDates.h"
#include "ReadinessSteps.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

double shareTaken(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return 0.40;
    case Severity::High:
        return 0.20;
    case Severity::Medium:
        return 0.08;
    case Severity::Low:
        return 0.03;
    case Severity::Info:
        break;
    }
    return 0;
}

int weightOf(PlanArea area)
{
    return area == PlanArea::Tls || area == PlanArea::Accounts || area == PlanArea::Contingency ? 2 : 1;
}

StepMeasure measure(PlanArea area, const StepInput &in)
{
    switch (area) {
    case PlanArea::ShopTeam:
        break;
    case PlanArea::Tls:
        return ReadinessSteps::tls(in);
    case PlanArea::Providers:
        return ReadinessSteps::providers(in);
    case PlanArea::Accounts:
        return ReadinessSteps::accounts(in);
    case PlanArea::Ddos:
        return ReadinessSteps::ddos(in);
    case PlanArea::Contingency:
        return ReadinessSteps::contingency(in);
    }
    return ReadinessSteps::shopTeam(in);
}

// The sentences for the open findings, most severe first.
void addFindingReasons(StepReadiness &step)
{
    if (const int n = step.open.value(Severity::Critical))
        step.heldDownBy.append(
            QCoreApplication::translate("Readiness", "%n critical finding(s) are open.", nullptr, n));
    if (const int n = step.open.value(Severity::High))
        step.heldDownBy.append(
            QCoreApplication::translate("Readiness", "%n serious finding(s) are open.", nullptr, n));
    if (const int n = step.open.value(Severity::Medium))
        step.heldDownBy.append(
            QCoreApplication::translate("Readiness", "%n finding(s) of medium weight are open.", nullptr, n));
    if (const int n = step.open.value(Severity::Low))
        step.heldDownBy.append(
            QCoreApplication::translate("Readiness", "%n minor finding(s) are open.", nullptr, n));
}

} // namespace

QString StepStates::key(StepState state)
{
    switch (state) {
    case StepState::NotStarted:
        break;
    case StepState::InProgress:
        return u"in-progress"_s;
    case StepState::Done:
        return u"done"_s;
    case StepState::NeedsAttention:
        return u"needs-attention"_s;
    }
    return u"not-started"_s;
}

QString StepStates::name(StepState state)
{
    switch (state) {
    case StepState::NotStarted:
        break;
    case StepState::InProgress:
        return QCoreApplication::translate("Readiness", "In progress");
    case StepState::Done:
        return QCoreApplication::translate("Readiness", "Done");
    case StepState::NeedsAttention:
        return QCoreApplication::translate("Readiness", "Needs attention");
    }
    return QCoreApplication::translate("Readiness", "Not started");
}

const StepReadiness &Readiness::step(PlanArea area) const
{
    for (const StepReadiness &s : steps) {
        if (s.area == area)
            return s;
    }
    static const StepReadiness none;
    return none;
}

QMap<QString, int> Readiness::parts() const
{
    QMap<QString, int> out;
    for (const StepReadiness &s : steps)
        out.insert(PlanAreas::key(s.area), s.score);
    return out;
}

Readiness ReadinessScore::compute(const Plan &plan, const QList<PlanFinding> &findings, const QDateTime &now)
{
    const QDateTime at = now.isValid() ? now : Clock::now();
    return compute(plan, findings, DueDates::compute(plan, at), at);
}

Readiness ReadinessScore::compute(const Plan &plan, const QList<PlanFinding> &findings,
                                  const QList<DueItem> &due, const QDateTime &now)
{
    const QDateTime at = now.isValid() ? now : Clock::now();
    const QDate today = at.toLocalTime().date();
    const QLocale locale;
    const StepInput input { plan, today, locale, plan.latestProbes() };

    Readiness readiness;
    int weights = 0;
    double weighted = 0;
    for (PlanArea area : PlanAreas::all()) {
        const StepMeasure m = measure(area, input);
        StepReadiness step;
        step.area = area;
        step.weight = weightOf(area);
        step.completion = m.completion();
        step.raisedBy = m.raisedBy;
        step.heldDownBy = m.heldDownBy;

        double left = step.completion;
        for (const PlanFinding &f : findings) {
            if (f.area != area || f.isAccepted() || f.finding.severity == Severity::Info)
                continue;
            step.open[f.finding.severity] += 1;
            left *= 1.0 - shareTaken(f.finding.severity);
        }
        step.score = std::clamp(int(std::lround(left)), 0, 100);
        addFindingReasons(step);

        bool overdue = false;
        for (const DueItem &item : due) {
            // Only what was done before and has lapsed: what was never done already holds the
            // completion down.
            if (item.area != area || item.neverDone || item.due >= today)
                continue;
            overdue = true;
            step.heldDownBy.append(QCoreApplication::translate("Readiness", "“%1” has been due since %2.")
                                       .arg(item.what, locale.toString(item.due, QLocale::ShortFormat)));
        }

        const bool serious = step.open.value(Severity::Critical) > 0 || step.open.value(Severity::High) > 0;
        if (step.completion == 0 && !m.recorded)
            step.state = StepState::NotStarted;
        else if (serious || overdue)
            step.state = StepState::NeedsAttention;
        else if (step.completion == 100)
            step.state = StepState::Done;
        else
            step.state = StepState::InProgress;

        weights += step.weight;
        weighted += double(step.weight) * step.score;
        readiness.steps.append(std::move(step));
    }
    readiness.score = weights > 0 ? std::clamp(int(std::lround(weighted / weights)), 0, 100) : 0;
    return readiness;
}
