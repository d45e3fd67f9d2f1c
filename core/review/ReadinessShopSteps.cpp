// Each step's completion, measured from what the plan holds: the shop & team, TLS and providers
// (what the shop is, and who serves it). Every part of a step that is not done says so in a plain
// sentence (heldDownBy); every part that is says what counts (raisedBy).
#include "ReadinessSteps.h"
#include "plan/Plan.h"
#include "providers/Questionnaire.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

void StepMeasure::part(double weight, double fraction)
{
    total += weight;
    points += weight * std::clamp(fraction, 0.0, 1.0);
}

int StepMeasure::completion() const
{
    if (total <= 0)
        return 0;
    return std::clamp(int(std::floor(100.0 * points / total + 1e-9)), 0, 100);
}

// Shop & team: the shop's name, a site, the platform, an owner, and someone besides the owner.
StepMeasure ReadinessSteps::shopTeam(const StepInput &in)
{
    StepMeasure m;
    const ShopProfile &shop = in.plan.shop();
    m.recorded = true; // a plan always has its shop's name
    m.part(20, shop.name.trimmed().isEmpty() ? 0 : 1);
    m.part(20, shop.siteUrls.isEmpty() ? 0 : 1);
    if (shop.siteUrls.isEmpty())
        m.heldDownBy.append(QCoreApplication::translate("Readiness", "The shop's web address is missing."));
    else
        m.raisedBy.append(QCoreApplication::translate("Readiness", "The shop's web address is on file: %1.")
                              .arg(shop.siteUrls.join(u", "_s)));
    // "Other" is also where every plan starts, so only a named platform counts as chosen.
    const bool platform = shop.platform != ShopPlatform::Other;
    m.part(20, platform ? 1 : 0);
    if (platform)
        m.raisedBy.append(QCoreApplication::translate("Readiness", "The shop runs on %1.")
                              .arg(ShopPlatforms::displayName(shop.platform)));
    else
        m.heldDownBy.append(
            QCoreApplication::translate("Readiness", "The platform the shop runs on is not chosen yet."));
    const std::optional<Person> owner = in.plan.person(shop.ownerPersonId);
    m.part(20, owner ? 1 : 0);
    if (owner)
        m.raisedBy.append(QCoreApplication::translate("Readiness", "%1 owns the plan.").arg(owner->name));
    else
        m.heldDownBy.append(QCoreApplication::translate("Readiness", "Nobody is named as the plan's owner."));
    // Someone besides the one who keeps the plan: two active people at least.
    const int more = std::max<int>(
        0,
        int(std::count_if(in.plan.people().cbegin(), in.plan.people().cend(), [](const Person &p) {
            return p.status == Person::Status::Active;
        })) - 1);
    m.part(20, more > 0 ? 1 : 0);
    if (more > 0)
        m.raisedBy.append(
            QCoreApplication::translate("Readiness", "%n more team member(s) know the plan.", nullptr, more));
    else
        m.heldDownBy.append(
            QCoreApplication::translate("Readiness", "Nobody else on the team is on file yet."));
    return m;
}

// TLS: every site probed, and the newest probe of each not older than freshDays.
StepMeasure ReadinessSteps::tls(const StepInput &in)
{
    StepMeasure m;
    QStringList hosts;
    for (const QString &url : in.plan.shop().siteUrls) {
        const QString host = QUrl::fromUserInput(url).host().toLower();
        if (!host.isEmpty() && !hosts.contains(host))
            hosts.append(host);
    }
    const auto records = in.plan.tlsProbes({}, 500);
    QHash<QString, TlsProbeRecord> newest;
    if (records) {
        m.recorded = !records->isEmpty();
        for (const TlsProbeRecord &r : records.value()) { // newest first
            if (!newest.contains(r.host.toLower()))
                newest.insert(r.host.toLower(), r);
        }
    }
    if (hosts.isEmpty()) {
        m.part(100, 0);
        m.heldDownBy.append(
            QCoreApplication::translate("Readiness", "There is no web address to probe yet."));
        return m;
    }
    for (const QString &host : std::as_const(hosts)) {
        const auto it = newest.constFind(host);
        if (it == newest.cend()) {
            m.part(50, 0);
            m.part(50, 0);
            m.heldDownBy.append(
                QCoreApplication::translate("Readiness", "%1 has not been probed yet.").arg(host));
            continue;
        }
        m.part(50, 1);
        const int days = int(it->at.toLocalTime().date().daysTo(in.today));
        const bool fresh = days <= freshDays;
        m.part(50, fresh ? 1 : 0);
        if (!fresh)
            m.heldDownBy.append(
                QCoreApplication::translate(
                    "Readiness", "The newest probe of %1 is %n day(s) old: probe it again.", nullptr, days)
                    .arg(host));
        else if (it->grade.isEmpty())
            m.raisedBy.append(
                QCoreApplication::translate("Readiness", "%1 was probed; it could not be graded.").arg(host));
        else if (days <= 0)
            m.raisedBy.append(QCoreApplication::translate("Readiness", "%1 was probed today: grade %2.")
                                  .arg(host, it->grade));
        else
            m.raisedBy.append(QCoreApplication::translate(
                                  "Readiness", "%1 was probed %n day(s) ago: grade %2.", nullptr, days)
                                  .arg(host, it->grade));
    }
    return m;
}

// Providers: a host on file, every provider's questions answered, and no answer due again.
StepMeasure ReadinessSteps::providers(const StepInput &in)
{
    StepMeasure m;
    const QList<Provider> &providers = in.plan.providers();
    m.recorded = !providers.isEmpty();
    if (providers.isEmpty()) {
        m.part(100, 0);
        m.heldDownBy.append(QCoreApplication::translate(
            "Readiness", "No providers are on file yet: start with the company that hosts the shop."));
        return m;
    }
    QStringList hosts;
    for (const Provider &p : providers) {
        if (p.kind == ProviderKind::WebHost || p.kind == ProviderKind::Platform)
            hosts.append(p.name);
    }
    m.part(30, hosts.isEmpty() ? 0 : 1);
    if (hosts.isEmpty())
        m.heldDownBy.append(QCoreApplication::translate("Readiness", "No host is on file yet."));
    else
        m.raisedBy.append(
            QCoreApplication::translate("Readiness", "Your host is on file: %1.").arg(hosts.join(u", "_s)));

    double answeredShare = 0;
    int complete = 0, answers = 0, due = 0;
    QStringList incomplete;
    for (const Provider &p : providers) {
        const Questionnaire::Progress progress
            = Questionnaire::progress(p, in.plan.answers(), in.plan.answerMaxAgeMonths(), in.today);
        answers += progress.answered;
        due += std::max(0, progress.outstanding - (progress.applicable - progress.answered));
        if (progress.applicable <= 0 || progress.answered >= progress.applicable) {
            answeredShare += 1;
            ++complete;
            continue;
        }
        answeredShare += double(progress.answered) / progress.applicable;
        incomplete.append(QCoreApplication::translate("Readiness", "%1 has answered %2 of %n question(s).",
                                                      nullptr, progress.applicable)
                              .arg(p.name)
                              .arg(progress.answered));
    }
    m.part(50, answeredShare / double(providers.size()));
    if (complete > 0)
        m.raisedBy.append(QCoreApplication::translate(
            "Readiness", "%n provider(s) have answered every question.", nullptr, complete));
    if (incomplete.size() > 3)
        m.heldDownBy.append(QCoreApplication::translate(
            "Readiness", "%n provider(s) still have questions to answer.", nullptr, int(incomplete.size())));
    else
        m.heldDownBy += incomplete;

    m.part(20, answers == 0 ? 0 : 1.0 - double(due) / answers);
    if (due > 0)
        m.heldDownBy.append(QCoreApplication::translate(
            "Readiness", "%n answer(s) are due to be asked again.", nullptr, due));
    else if (answers > 0)
        m.raisedBy.append(
            QCoreApplication::translate("Readiness", "No answer on file is due to be asked again."));
    return m;
}
