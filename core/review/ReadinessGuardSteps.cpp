// Each step's completion, measured from what the plan holds: accounts, DDoS and the contingency
// binder (how the shop is guarded, and how it comes back). As in ReadinessShopSteps.cpp, every part
// says in a plain sentence whether it counts or holds the step down.
#include "ReadinessSteps.h"
#include "contingency/ContingencyFindings.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

// Accounts: a system, its accounts, an access review within the rules' interval, admins with a
// second step at sign-in.
StepMeasure ReadinessSteps::accounts(const StepInput &in)
{
    StepMeasure m;
    const Plan &plan = in.plan;
    const int systems = int(plan.systems().size());
    const int accounts = int(plan.accounts().size());
    const QDate reviewed = plan.accessReviewedOn();
    m.recorded = systems > 0 || accounts > 0 || reviewed.isValid() || !plan.confirmationLetters().isEmpty();

    m.part(25, systems > 0 ? 1 : 0);
    if (systems > 0)
        m.raisedBy.append(QCoreApplication::translate("Readiness", "%n system(s) with accounts are on file.",
                                                      nullptr, systems));
    else
        m.heldDownBy.append(QCoreApplication::translate(
            "Readiness",
            "No system is on file yet: add where the shop's accounts live (the shop's admin, "
            "the hosting panel, email)."));
    m.part(25, accounts > 0 ? 1 : 0);
    if (accounts > 0)
        m.raisedBy.append(
            QCoreApplication::translate("Readiness", "%n account(s) are on file.", nullptr, accounts));
    else
        m.heldDownBy.append(QCoreApplication::translate(
            "Readiness", "No accounts are on file yet: import them or enter them."));

    const int every = plan.accountRules().accessReviewEveryDays;
    const int age = reviewed.isValid() ? int(reviewed.daysTo(in.today)) : -1;
    const bool reviewCurrent = reviewed.isValid() && age <= every;
    m.part(25, reviewCurrent ? 1 : 0);
    if (!reviewed.isValid()) {
        m.heldDownBy.append(
            QCoreApplication::translate("Readiness", "Nobody has reviewed who can get in yet."));
    } else if (!reviewCurrent) {
        const int overdue = age - every;
        m.heldDownBy.append(QCoreApplication::translate(
            "Readiness", "The access review is %n day(s) overdue.", nullptr, overdue));
    } else if (age <= 0) {
        m.raisedBy.append(QCoreApplication::translate("Readiness", "Who can get in was reviewed today."));
    } else {
        m.raisedBy.append(QCoreApplication::translate(
            "Readiness", "Who can get in was reviewed %n day(s) ago.", nullptr, age));
    }

    QSet<qint64> enforced;
    for (const System &s : plan.systems()) {
        if (s.mfaEnforced == YesNoUnknown::Yes)
            enforced.insert(s.id);
    }
    int admins = 0, withSecondStep = 0;
    for (const Account &a : plan.accounts()) {
        if (a.status != AccountStatus::Active || a.role != AccountRole::Admin)
            continue;
        ++admins;
        if (a.mfa == YesNoUnknown::Yes || enforced.contains(a.systemId))
            ++withSecondStep;
    }
    // No admin on file among the accounts: nothing to secure yet (no accounts: nothing counts).
    m.part(25, accounts == 0 ? 0 : admins == 0 ? 1 : double(withSecondStep) / admins);
    // Counts worked out before the sentences: lupdate chokes on arithmetic inside translate().
    const int withoutSecondStep = admins - withSecondStep;
    if (admins > 0 && withSecondStep == admins)
        m.raisedBy.append(QCoreApplication::translate(
            "Readiness", "Every admin account signs in with a second step (2-step login)."));
    else if (admins > 0)
        m.heldDownBy.append(
            QCoreApplication::translate("Readiness",
                                        "%n admin account(s) sign in with a password alone, or "
                                        "nobody knows whether they use 2-step login.",
                                        nullptr, withoutSecondStep));
    return m;
}

// DDoS: a CDN known, the host's answer about attacks, a call tree that tells customers, the standard
// steps prepared, and a drill within a year.
StepMeasure ReadinessSteps::ddos(const StepInput &in)
{
    StepMeasure m;
    const DdosPlan &plan = in.plan.ddosPlan();
    bool stepsTouched = false;
    int builtIn = 0, prepared = 0;
    for (const DdosStep &s : plan.steps) {
        stepsTouched = stepsTouched || s.prepared || !s.notes.isEmpty() || s.builtIn.isEmpty();
        if (s.builtIn.isEmpty())
            continue;
        ++builtIn;
        if (s.prepared)
            ++prepared;
    }
    m.recorded = plan.cdnProviderId != 0 || !plan.cdnNotes.trimmed().isEmpty() || !plan.callTree.isEmpty()
        || plan.lastDrill.isValid() || stepsTouched;

    QString cdn = DdosFindings::cdnSeen(in.probes);
    if (cdn.isEmpty() && plan.cdnProviderId != 0) {
        const std::optional<Provider> p = in.plan.provider(plan.cdnProviderId);
        cdn = p ? p->name : QCoreApplication::translate("Readiness", "A CDN");
    }
    m.part(20, cdn.isEmpty() ? 0 : 1);
    if (cdn.isEmpty())
        m.heldDownBy.append(
            QCoreApplication::translate("Readiness", "No CDN is known to stand in front of the shop."));
    else
        m.raisedBy.append(
            QCoreApplication::translate("Readiness", "%1 stands in front of the shop.").arg(cdn));

    const bool answered = !DdosFindings::hostProtection(in.plan.providers(), in.plan.answers()).isEmpty();
    m.part(20, answered ? 1 : 0);
    if (answered)
        m.raisedBy.append(
            QCoreApplication::translate("Readiness", "Your host has said what it does in an attack."));
    else
        m.heldDownBy.append(QCoreApplication::translate(
            "Readiness", "Your host has not said yet what it does in an attack."));

    bool customers = false;
    for (const CallTreeEntry &e : plan.callTree)
        customers = customers || (e.calleeProviderId == 0 && e.calleePersonId == 0);
    m.part(20, plan.callTree.isEmpty() ? 0 : customers ? 1 : 0.5);
    if (plan.callTree.isEmpty())
        m.heldDownBy.append(QCoreApplication::translate(
            "Readiness", "Nobody knows whom to call in an attack: the call tree is empty."));
    else if (!customers)
        m.heldDownBy.append(
            QCoreApplication::translate("Readiness", "The call tree does not say who tells customers."));
    else
        m.raisedBy.append(QCoreApplication::translate(
            "Readiness", "The call tree says who calls whom, and who tells customers."));

    m.part(20, builtIn == 0 ? 1 : double(prepared) / builtIn);
    const int unprepared = builtIn - prepared;
    if (prepared > 0)
        m.raisedBy.append(QCoreApplication::translate("Readiness",
                                                      "%n of the standard steps against attacks are "
                                                      "prepared.",
                                                      nullptr, prepared));
    if (prepared < builtIn)
        m.heldDownBy.append(QCoreApplication::translate(
            "Readiness", "%n standard step(s) against attacks are not prepared yet.", nullptr, unprepared));

    const int drillAge = plan.lastDrill.isValid() ? int(plan.lastDrill.daysTo(in.today)) : -1;
    const bool drilled = plan.lastDrill.isValid() && drillAge <= DdosFindings::Options().maxDrillAgeDays;
    m.part(20, drilled ? 1 : 0);
    if (!plan.lastDrill.isValid())
        m.heldDownBy.append(
            QCoreApplication::translate("Readiness", "The attack plan has never been practised."));
    else if (!drilled)
        m.heldDownBy.append(QCoreApplication::translate("Readiness", "The last drill was over a year ago."));
    else if (drillAge <= 0)
        m.raisedBy.append(
            QCoreApplication::translate("Readiness", "The team practised the attack plan today."));
    else
        m.raisedBy.append(QCoreApplication::translate(
            "Readiness", "The team practised the attack plan %n day(s) ago.", nullptr, drillAge));
    return m;
}

// Contingency: every recovery item with a holder and a place, checked within the plan's interval.
StepMeasure ReadinessSteps::contingency(const StepInput &in)
{
    StepMeasure m;
    int held = 0, placed = 0, checked = 0;
    // Checked counts as long as the plan's own interval (Plan::recheckDays(), 30 days by default).
    const int recheckDays = in.plan.recheckDays();
    const QList<RecoveryItem> &items = in.plan.recoveryItems();
    for (const RecoveryItem &item : items) {
        const bool holder = item.holderPersonId != 0 || item.holderProviderId != 0;
        const bool place = !item.location.trimmed().isEmpty();
        const bool fresh = item.lastVerification
            && item.lastVerification->at.toLocalTime().date().daysTo(in.today) <= recheckDays;
        m.recorded = m.recorded || holder || place || item.lastVerification || item.builtIn.isEmpty()
            || !item.howToReach.isEmpty() || !item.notes.isEmpty();
        held += holder ? 1 : 0;
        placed += place ? 1 : 0;
        checked += fresh ? 1 : 0;
    }
    const int count = int(items.size());
    if (count == 0) {
        m.part(100, 0);
        return m;
    }
    m.part(100, double(held) / count);
    m.part(100, double(placed) / count);
    m.part(100, double(checked) / count);
    const int both = int(std::count_if(items.cbegin(), items.cend(), [](const RecoveryItem &item) {
        return (item.holderPersonId != 0 || item.holderProviderId != 0) && !item.location.trimmed().isEmpty();
    }));
    const int notHeld = count - held, notPlaced = count - placed, notChecked = count - checked;
    if (both > 0)
        m.raisedBy.append(QCoreApplication::translate(
            "Readiness", "%n recovery item(s) have someone who holds them and a place on record.", nullptr,
            both));
    if (checked > 0)
        m.raisedBy.append(QCoreApplication::translate(
            "Readiness", "%n recovery item(s) have been checked recently.", nullptr, checked));
    if (held < count)
        m.heldDownBy.append(QCoreApplication::translate(
            "Readiness", "%n recovery item(s) have nobody named who holds them.", nullptr, notHeld));
    if (placed < count)
        m.heldDownBy.append(QCoreApplication::translate(
            "Readiness", "%n recovery item(s) have no place on record.", nullptr, notPlaced));
    if (checked < count)
        m.heldDownBy.append(QCoreApplication::translate(
            "Readiness", "%n recovery item(s) are due to be checked again.", nullptr, notChecked));
    return m;
}
