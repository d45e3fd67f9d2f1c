#include "ProbeCommands.h"

#include "CliContext.h"
#include "ProbeReport.h"
#include "plan/Plan.h"
#include "tls/BoundedParallel.h"
#include "tls/TlsChanges.h"
#include "tls/TlsProbe.h"
#include "tls/TlsProbeJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>

#include <atomic>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct ProbeOptions
{
    TlsProbeOptions probe;
    bool json = false;
    QString planPath;
};

// The primary address's object, with any other address's full result under "more_addresses".
QJsonObject resultJson(const QList<TlsProbeResult> &results)
{
    QJsonObject primary = TlsProbeJson::toJson(results.first());
    if (results.size() > 1) {
        QJsonArray more;
        for (qsizetype i = 1; i < results.size(); ++i)
            more.append(TlsProbeJson::toJson(results.at(i)));
        primary.insert(u"more_addresses"_s, more);
    }
    return primary;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Keeps every address's result in the plan and returns what changed since the plan's previous
// probe of the same host and address.
Result<QList<TlsChanges::Change>> keepInPlan(const QString &planPath, const QList<TlsProbeResult> &results)
{
    auto plan = Plan::open(planPath);
    if (!plan)
        return Error { plan.error() };
    if (plan.value()->isReadOnly())
        return Error { plan.value()->readOnlyReason() };
    QList<TlsChanges::Change> changes;
    const TlsProbeResult &primary = results.first();
    if (auto earlier = plan.value()->tlsProbes(primary.host); earlier) {
        for (const TlsProbeRecord &record : earlier.value()) {
            if (record.port != primary.port || record.ip != primary.ip)
                continue;
            if (auto before = TlsProbeJson::fromRecord(record); before)
                changes = TlsChanges::compare(before.value(), primary);
            break;
        }
    }
    for (const TlsProbeResult &r : results)
        if (auto added = plan.value()->addTlsProbe(TlsProbeJson::toRecord(r)); !added)
            return Error { added.error() };
    return changes;
}

int probeOne(CliContext &context, const QString &hostText, const ProbeOptions &options)
{
    auto target = TlsProbeTarget::parse(hostText);
    if (!target)
        return context.fail(target.error(), CliExit::usage);
    TlsProbe probe(target.value(), options.probe);
    // Progress on a terminal only: scripts reading stderr get nothing but errors.
    const bool showProgress = !options.json && isatty(STDERR_FILENO);
    if (showProgress)
        probe.setProgress([&context](int step, int total, const QString &name) {
            context.err()
                << '\r'
                << QCoreApplication::translate("ProbeCommands", "[%1/%2] %3").arg(step).arg(total).arg(name)
                << "\x1b[K" << Qt::flush;
        });
    auto results = probe.run();
    if (showProgress)
        context.err() << "\r\x1b[K" << Qt::flush;
    if (!results)
        return context.fail(results.error());
    QList<TlsChanges::Change> changes;
    QString planProblem;
    if (!options.planPath.isEmpty()) {
        auto kept = keepInPlan(options.planPath, results.value());
        if (kept)
            changes = kept.value();
        else
            planProblem = kept.error();
    }
    if (options.json)
        context.out() << QJsonDocument(resultJson(results.value())).toJson(QJsonDocument::Indented)
                      << Qt::flush;
    else
        ProbeReport::print(context.out(), results.value(), changes, !options.planPath.isEmpty());
    if (!planProblem.isEmpty())
        return context.fail(QCoreApplication::translate(
                                "ProbeCommands", "the probe ran, but could not be kept in the plan: %1")
                                .arg(planProblem));
    return 0;
}

// Many sites at once, for agencies: one compact JSON object per line as each probe ends.
int probeMany(CliContext &context, const QString &file, int jobs, const ProbeOptions &options)
{
    QFile list(file);
    if (!list.open(QIODevice::ReadOnly | QIODevice::Text))
        return context.fail(
            QCoreApplication::translate("ProbeCommands", "cannot read %1: %2").arg(file, list.errorString()));
    QList<TlsProbeTarget> targets;
    int lineNumber = 0;
    while (!list.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(list.readLine()).section(u'#', 0, 0).trimmed();
        if (line.isEmpty())
            continue;
        auto target = TlsProbeTarget::parse(line);
        if (!target)
            return context.fail(QCoreApplication::translate("ProbeCommands", "%1, line %2: %3")
                                    .arg(file)
                                    .arg(lineNumber)
                                    .arg(target.error()),
                                CliExit::usage);
        targets.append(target.value());
    }
    if (targets.isEmpty())
        return context.fail(QCoreApplication::translate("ProbeCommands", "%1 lists no sites.").arg(file),
                            CliExit::usage);

    QMutex outputLock;
    std::atomic_int failures { 0 };
    QList<std::function<void()>> probes;
    for (const TlsProbeTarget &target : std::as_const(targets))
        probes.append([&, target] {
            TlsProbe probe(target, options.probe);
            auto results = probe.run();
            QJsonObject line;
            if (results) {
                line = resultJson(results.value());
            } else {
                ++failures;
                line = QJsonObject { { u"host"_s, target.host },
                                     { u"port"_s, target.port },
                                     { u"error"_s, results.error() } };
            }
            QMutexLocker lock(&outputLock);
            context.out() << compact(line) << '\n' << Qt::flush;
        });
    runBounded(probes, jobs);
    return failures.load() == 0 ? 0 : 1;
}

} // namespace

int ProbeCommands::run(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("ProbeCommands", "Print JSON."));
    const QCommandLineOption ipv4(
        u"ipv4"_s, QCoreApplication::translate("ProbeCommands", "Probe the IPv4 address only."));
    const QCommandLineOption ipv6(
        u"ipv6"_s, QCoreApplication::translate("ProbeCommands", "Probe the IPv6 address only."));
    const QCommandLineOption all(
        u"all-addresses"_s, QCoreApplication::translate("ProbeCommands", "Probe every address of the name."));
    const QCommandLineOption timeout(
        u"timeout"_s,
        QCoreApplication::translate("ProbeCommands", "Seconds to wait for a connection or an answer."),
        u"S"_s, u"5"_s);
    const QCommandLineOption budget(
        u"budget"_s, QCoreApplication::translate("ProbeCommands", "Seconds the whole probe may take."),
        u"S"_s, u"120"_s);
    const QCommandLineOption parallel(
        u"parallel"_s, QCoreApplication::translate("ProbeCommands", "Connections at once to one server."),
        u"N"_s, u"4"_s);
    const QCommandLineOption plan(
        u"plan"_s, QCoreApplication::translate("ProbeCommands", "Keep the result in this plan."), u"PLAN"_s);
    const QCommandLineOption hosts(
        u"hosts"_s, QCoreApplication::translate("ProbeCommands", "Probe every site listed in FILE."),
        u"FILE"_s);
    const QCommandLineOption jobs(
        u"jobs"_s, QCoreApplication::translate("ProbeCommands", "Sites probed at once with --hosts."), u"N"_s,
        u"4"_s);
    const QCommandLineOption caFile(
        u"ca-file"_s,
        QCoreApplication::translate("ProbeCommands", "Also trust the certificates in this PEM file."),
        u"PEM"_s);
    const QCommandLineOption httpPort(
        u"http-port"_s,
        QCoreApplication::translate("ProbeCommands", "Port of plain HTTP, checked for a redirect (0: skip)."),
        u"PORT"_s, u"80"_s);
    const QCommandLineOption connectTo(
        u"connect-to"_s,
        QCoreApplication::translate("ProbeCommands",
                                    "Probe this IP address under the site's name (a new server)."),
        u"IP"_s);
    parser.addOptions(
        { json, ipv4, ipv6, all, timeout, budget, parallel, plan, hosts, jobs, caFile, httpPort, connectTo });
    const QString usage = QCoreApplication::translate(
        "ProbeCommands",
        "Usage: storefort-cli probe HOST[:PORT] [--json] [--ipv4|--ipv6|--all-addresses] [--timeout S]\n"
        "                           [--budget S] [--parallel N] [--plan PLAN] [--ca-file PEM] [--http-port "
        "PORT]\n"
        "                           [--connect-to IP]\n"
        "       storefort-cli probe --hosts FILE [--jobs N] [options]   one JSON line per site\n"
        "Exit codes: 0 the probe ran, 1 it could not (the message says why), 2 wrong usage.");
    if (!context.parse(parser, usage, -1))
        return context.exitCode();

    const auto number = [&](const QCommandLineOption &option, int min, int max) -> std::optional<int> {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < min || value > max)
            return std::nullopt;
        return value;
    };
    const auto seconds = number(timeout, 1, 600);
    const auto budgetSeconds = number(budget, 1, 3600);
    const auto connections = number(parallel, 1, 16);
    const auto jobCount = number(jobs, 1, 64);
    const auto plainPort = number(httpPort, 0, 65535);
    if (!seconds || !budgetSeconds || !connections || !jobCount || !plainPort)
        return context.fail(
            QCoreApplication::translate("ProbeCommands",
                                        "--timeout (1-600), --budget (1-3600), --parallel (1-16), "
                                        "--jobs (1-64) and --http-port (0-65535) take whole numbers.")
                + u'\n' + usage,
            CliExit::usage);
    if (int(parser.isSet(ipv4)) + int(parser.isSet(ipv6)) + int(parser.isSet(all)) > 1)
        return context.fail(
            QCoreApplication::translate("ProbeCommands", "choose one of --ipv4, --ipv6 and --all-addresses."),
            CliExit::usage);

    ProbeOptions options;
    options.json = parser.isSet(json);
    options.planPath = parser.value(plan);
    options.probe.connectTimeoutMs = *seconds * 1000;
    options.probe.readTimeoutMs = *seconds * 1000;
    options.probe.budgetMs = *budgetSeconds * 1000;
    options.probe.parallel = *connections;
    options.probe.httpPort = quint16(*plainPort);
    options.probe.extraCaFile = parser.value(caFile);
    options.probe.connectTo = parser.value(connectTo);
    if (parser.isSet(ipv4))
        options.probe.addresses = TlsProbeOptions::Addresses::IPv4Only;
    else if (parser.isSet(ipv6))
        options.probe.addresses = TlsProbeOptions::Addresses::IPv6Only;
    else if (parser.isSet(all))
        options.probe.addresses = TlsProbeOptions::Addresses::All;

    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(hosts)) {
        if (!positional.isEmpty() || parser.isSet(plan) || parser.isSet(connectTo))
            return context.fail(QCoreApplication::translate(
                                    "ProbeCommands", "--hosts takes no HOST, no --plan and no --connect-to.")
                                    + u'\n' + usage,
                                CliExit::usage);
        return probeMany(context, parser.value(hosts), *jobCount, options);
    }
    if (positional.size() != 1)
        return context.fail(usage, CliExit::usage);
    return probeOne(context, positional.first(), options);
}
