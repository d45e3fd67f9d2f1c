#include "ContingencyFindings.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

const Answer *answerOf(const QList<Answer> &answers, qint64 providerId, const QString &questionId)
{
    for (const Answer &a : answers) {
        if (a.providerId == providerId && a.questionId == questionId)
            return &a;
    }
    return nullptr;
}

bool answersDdos(ProviderKind kind)
{
    return kind == ProviderKind::WebHost || kind == ProviderKind::Platform || kind == ProviderKind::CdnDns;
}

} // namespace

QString DdosFindings::cdnSeen(const QList<TlsProbeResult> &probes)
{
    for (const TlsProbeResult &probe : probes) {
        if (!probe.http.cdn.isEmpty())
            return probe.http.cdn;
    }
    return {};
}

QString DdosFindings::hostProtection(const QList<Provider> &providers, const QList<Answer> &answers,
                                     qint64 *providerId)
{
    QString result;
    for (const Provider &p : providers) {
        if (!answersDdos(p.kind))
            continue;
        const Answer *a = answerOf(answers, p.id, u"host.ddos.protection"_s);
        if (!a || (a->value != u"yes" && a->value != u"no"))
            continue;
        // A "yes" from anyone in front of the shop wins over a "no" from another.
        if (result.isEmpty() || a->value == u"yes") {
            result = a->value;
            if (providerId)
                *providerId = p.id;
        }
    }
    return result;
}

QList<Finding> DdosFindings::compute(const Input &input, const Options &options)
{
    const QDate today = options.today.isValid() ? options.today : Clock::now().toLocalTime().date();
    const QLocale locale;
    QList<Finding> out;
    const DdosPlan &plan = input.plan;

    const QString seen = cdnSeen(input.probes);
    const bool cdnFronts = !seen.isEmpty() || plan.cdnProviderId != 0;
    if (!cdnFronts)
        out.append(
            { u"DDOS-NO-CDN"_s, Severity::High,
              QCoreApplication::translate("DdosFindings", "No CDN stands in front of the shop"),
              QCoreApplication::translate(
                  "DdosFindings",
                  "A content delivery network (CDN) takes the brunt of a flood of traffic before it "
                  "reaches your server. Without one, a modest attack can take the shop offline, and "
                  "setting one up during an attack takes hours."),
              input.probes.isEmpty()
                  ? QCoreApplication::translate("DdosFindings",
                                                "The site has not been probed yet, and no CDN is recorded.")
                  : QCoreApplication::translate("DdosFindings",
                                                "The latest probe saw no known CDN, and no CDN is recorded."),
              QCoreApplication::translate(
                  "DdosFindings",
                  "Ask your host which CDN it recommends (many offer one), put it in front of the shop, "
                  "and record it here. If a CDN fronts the site but does not show itself, record it."),
              u"ddos/cdn"_s });

    qint64 answeringId = 0;
    const QString protection = hostProtection(input.providers, input.answers, &answeringId);
    if (protection.isEmpty()) {
        QStringList asked;
        for (const Provider &p : input.providers) {
            if (p.kind == ProviderKind::WebHost || p.kind == ProviderKind::Platform)
                asked.append(p.name);
        }
        out.append(
            { u"DDOS-HOST-NO-ANSWER"_s, Severity::Medium,
              QCoreApplication::translate("DdosFindings", "Your host has not said what it does in an attack"),
              QCoreApplication::translate(
                  "DdosFindings",
                  "Whether the host filters an attack, or simply switches the shop off to protect its "
                  "other customers, decides how long you are down."),
              asked.isEmpty()
                  ? QCoreApplication::translate("DdosFindings", "No host or platform is in the plan yet.")
                  : QCoreApplication::translate("DdosFindings", "No yes-or-no answer on file from: %1.")
                        .arg(asked.join(u", "_s)),
              QCoreApplication::translate(
                  "DdosFindings",
                  "Send your host the questionnaire's DDoS questions (Providers step) and enter its "
                  "answers."),
              u"ddos/host"_s });
    } else if (protection == u"no" && !cdnFronts) {
        const std::optional<Provider> p = [&]() -> std::optional<Provider> {
            for (const Provider &candidate : input.providers) {
                if (candidate.id == answeringId)
                    return candidate;
            }
            return std::nullopt;
        }();
        out.append(
            { u"DDOS-HOST-NO-PROTECTION"_s, Severity::High,
              QCoreApplication::translate("DdosFindings", "Nothing filters an attack on the shop"),
              QCoreApplication::translate(
                  "DdosFindings",
                  "Your host says it cannot absorb an attack, and no CDN is in front. The shop is "
                  "down for as long as an attack lasts."),
              QCoreApplication::translate("DdosFindings",
                                          "%1 answered “no” to whether it can absorb or "
                                          "filter an attack.")
                  .arg(p ? p->name : QString()),
              QCoreApplication::translate("DdosFindings",
                                          "Put a CDN with attack filtering in front of the shop, or move "
                                          "to a host that filters attacks."),
              u"ddos/host"_s });
    }

    if (plan.callTree.isEmpty()) {
        out.append(
            { u"DDOS-NO-CALL-TREE"_s, Severity::Medium,
              QCoreApplication::translate("DdosFindings", "Nobody knows whom to call in an attack"),
              QCoreApplication::translate(
                  "DdosFindings",
                  "In an attack, the first hour is lost to “who calls the host?” unless it was decided "
                  "before: who calls the host, the CDN, the developers and the payment provider, and who "
                  "tells customers."),
              QCoreApplication::translate("DdosFindings", "The call tree is empty."),
              QCoreApplication::translate("DdosFindings",
                                          "Fill in the call tree: for each call, who makes it, whom they "
                                          "reach and through which channel."),
              u"ddos/call-tree"_s });
    } else {
        bool customers = false;
        for (const CallTreeEntry &e : plan.callTree)
            customers = customers || (e.calleeProviderId == 0 && e.calleePersonId == 0);
        if (!customers)
            out.append(
                { u"DDOS-NO-CUSTOMER-CALL"_s, Severity::Low,
                  QCoreApplication::translate("DdosFindings", "Nobody is set to tell customers"),
                  QCoreApplication::translate("DdosFindings",
                                              "Customers who hear nothing while the shop is down assume the "
                                              "worst, and some do not come back."),
                  QCoreApplication::translate("DdosFindings",
                                              "Every call in the tree reaches a provider or a team member; "
                                              "none goes to customers."),
                  QCoreApplication::translate("DdosFindings",
                                              "Add a call with no provider or person to reach, such as “Tell "
                                              "customers on the status page and social media”."),
                  u"ddos/call-tree"_s });
    }

    if (!plan.lastDrill.isValid() || plan.lastDrill.daysTo(today) > options.maxDrillAgeDays)
        out.append(
            { u"DDOS-DRILL-OLD"_s, Severity::Low,
              plan.lastDrill.isValid()
                  ? QCoreApplication::translate("DdosFindings", "The last attack drill was over a year ago")
                  : QCoreApplication::translate("DdosFindings", "The attack plan has never been tried"),
              QCoreApplication::translate(
                  "DdosFindings",
                  "A plan nobody has walked through has gaps: numbers that changed, logins nobody has, "
                  "switches nobody can find. An hour's drill once a year finds them."),
              plan.lastDrill.isValid() ? QCoreApplication::translate("DdosFindings", "Last drill: %1.")
                                             .arg(locale.toString(plan.lastDrill, QLocale::ShortFormat))
                                       : QCoreApplication::translate("DdosFindings", "No drill is recorded."),
              QCoreApplication::translate("DdosFindings",
                                          "Sit down with the team, read the plan aloud, make the first calls "
                                          "for real (ask the host how they would act), and record the date."),
              u"ddos/drill"_s });

    QStringList open;
    for (const DdosStep &s : plan.steps) {
        if (!s.builtIn.isEmpty() && !s.prepared)
            open.append(s.displayTitle());
    }
    if (!open.isEmpty())
        out.append(
            { u"DDOS-STEPS-OPEN"_s, open.size() > 3 ? Severity::Medium : Severity::Low,
              QCoreApplication::translate("DdosFindings", "%n step(s) against attacks not prepared", nullptr,
                                          int(open.size())),
              QCoreApplication::translate("DdosFindings",
                                          "What is set up before an attack works in minutes; what must be "
                                          "set up during one takes hours."),
              open.join(u'\n'),
              QCoreApplication::translate("DdosFindings",
                                          "Go through the steps with your host or CDN and tick each one "
                                          "that is in place."),
              u"ddos/steps"_s });
    Severities::sort(out);
    return out;
}

QList<Finding> DdosFindings::compute(const Plan &plan, QDate today)
{
    Options options;
    options.today = today;
    return compute({ plan.ddosPlan(), plan.providers(), plan.answers(), plan.latestProbes() }, options);
}
