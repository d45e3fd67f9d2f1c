#include "ReviewCommands.h"

#include "CliContext.h"
#include "FindingsOutput.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "review/FindingsCsv.h"
#include "review/PlanFindings.h"
#include "review/Readiness.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QJsonObject findingJson(const PlanFinding &f)
{
    QJsonObject o = FindingsOutput::json(f.finding);
    o.insert(u"step"_s, PlanAreas::key(f.area));
    o.insert(u"state"_s, f.isAccepted() ? u"accepted"_s : u"open"_s);
    if (f.acceptance) {
        QJsonObject a { { u"reason"_s, f.acceptance->reason },
                        { u"acceptedBy"_s, f.acceptance->acceptedBy },
                        { u"acceptedOn"_s, f.acceptance->acceptedOn.toString(Qt::ISODate) } };
        if (f.acceptance->expiresOn.isValid())
            a.insert(u"expiresOn"_s, f.acceptance->expiresOn.toString(Qt::ISODate));
        o.insert(u"acceptance"_s, a);
    }
    return o;
}

QJsonObject stepJson(const StepReadiness &s)
{
    QJsonObject open;
    for (Severity severity : { Severity::Critical, Severity::High, Severity::Medium, Severity::Low })
        open.insert(Severities::key(severity), s.open.value(severity));
    return QJsonObject {
        { u"step"_s, PlanAreas::key(s.area) },
        { u"name"_s, PlanAreas::name(s.area) },
        { u"completion"_s, s.completion },
        { u"score"_s, s.score },
        { u"weight"_s, s.weight },
        { u"state"_s, StepStates::key(s.state) },
        { u"raisedBy"_s, QJsonArray::fromStringList(s.raisedBy) },
        { u"heldDownBy"_s, QJsonArray::fromStringList(s.heldDownBy) },
        { u"open"_s, open },
    };
}

} // namespace

int ReviewCommands::findings(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption csv(
        u"csv"_s,
        QCoreApplication::translate("ReviewCommands", "Write the findings to a spreadsheet file (CSV)."),
        u"FILE"_s);
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("ReviewCommands", "Print JSON."));
    const QCommandLineOption step(
        u"step"_s,
        QCoreApplication::translate("ReviewCommands",
                                    "Only this step: shop-team, tls, providers, accounts, ddos or binder."),
        u"KEY"_s);
    const QCommandLineOption open(
        u"open"_s, QCoreApplication::translate("ReviewCommands", "Leave out accepted findings."));
    parser.addOptions({ csv, json, step, open });
    const QString usage = QCoreApplication::translate(
        "ReviewCommands", "Usage: storefort-cli findings PLAN [--csv FILE] [--json] [--step KEY] [--open]");
    if (!context.parse(parser, usage, 1))
        return context.exitCode();
    std::optional<PlanArea> onlyStep;
    if (parser.isSet(step)) {
        onlyStep = PlanAreas::fromKey(parser.value(step));
        if (!onlyStep)
            return context.fail(QCoreApplication::translate("ReviewCommands", "There is no step “%1”.\n%2")
                                    .arg(parser.value(step), usage),
                                CliExit::usage);
    }
    if (parser.isSet(csv) && parser.value(csv).isEmpty())
        return context.fail(usage, CliExit::usage);

    auto opened = Plan::open(parser.positionalArguments().at(0), { .readOnly = true });
    if (!opened)
        return context.fail(opened.error());
    QList<PlanFinding> findings;
    for (PlanFinding &f : PlanFindings::compute(*opened.value(), Clock::now())) {
        if ((!onlyStep || f.area == *onlyStep) && (!parser.isSet(open) || !f.isAccepted()))
            findings.append(std::move(f));
    }

    if (parser.isSet(csv)) {
        const QString path = parser.value(csv);
        if (Status written = context.writeFile(path, FindingsCsv::write(findings, QLocale())); !written)
            return context.fail(written.error());
        if (!parser.isSet(json)) {
            context.out() << QCoreApplication::translate("ReviewCommands", "Wrote %1 (%n finding(s)).",
                                                         nullptr, int(findings.size()))
                                 .arg(path)
                          << Qt::endl;
            return 0;
        }
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const PlanFinding &f : std::as_const(findings))
            array.append(findingJson(f));
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
        return 0;
    }
    // The table the other checks print, with each finding's step and, when accepted, why.
    QHash<QString, QString> about;
    QList<Finding> plain;
    for (const PlanFinding &f : std::as_const(findings)) {
        const QString key = f.finding.id + u'\x1f' + f.finding.subject;
        about.insert(key,
                     f.acceptance ? QCoreApplication::translate("ReviewCommands", "%1; accepted: %2")
                                        .arg(PlanAreas::name(f.area), f.acceptance->reason)
                                  : PlanAreas::name(f.area));
        plain.append(f.finding);
    }
    FindingsOutput::print(context.out(), plain,
                          [&about](const Finding &f) { return about.value(f.id + u'\x1f' + f.subject); });
    return 0;
}

int ReviewCommands::score(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("ReviewCommands", "Print JSON."));
    parser.addOption(json);
    const QString usage
        = QCoreApplication::translate("ReviewCommands", "Usage: storefort-cli score PLAN [--json]");
    if (!context.parse(parser, usage, 1))
        return context.exitCode();
    auto opened = Plan::open(parser.positionalArguments().at(0), { .readOnly = true });
    if (!opened)
        return context.fail(opened.error());
    const Plan &plan = *opened.value();
    const QDateTime now = Clock::now();
    const Readiness readiness = ReadinessScore::compute(plan, PlanFindings::compute(plan, now), now);

    if (parser.isSet(json)) {
        QJsonArray steps;
        for (const StepReadiness &s : readiness.steps)
            steps.append(stepJson(s));
        context.out() << QJsonDocument(QJsonObject { { u"score"_s, readiness.score }, { u"steps"_s, steps } })
                             .toJson(QJsonDocument::Indented)
                      << Qt::flush;
        return 0;
    }
    QTextStream &out = context.out();
    out << QCoreApplication::translate("ReviewCommands", "Readiness: %1 of 100").arg(readiness.score) << "\n";
    for (const StepReadiness &s : readiness.steps) {
        out << "\n"
            << QCoreApplication::translate("ReviewCommands", "%1: %2 of 100 (%3% filled in, counts %4×) — %5")
                   .arg(PlanAreas::name(s.area))
                   .arg(s.score)
                   .arg(s.completion)
                   .arg(s.weight)
                   .arg(StepStates::name(s.state))
            << "\n";
        for (const QString &reason : s.raisedBy)
            out << "  + " << reason << "\n";
        for (const QString &reason : s.heldDownBy)
            out << "  - " << reason << "\n";
    }
    out << Qt::flush;
    return 0;
}
