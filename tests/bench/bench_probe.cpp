// Probe benchmark and cross-check, in one run: local `openssl s_server` configurations on 127.0.0.1,
// each probed by `storefort-cli probe --json`, by sslscan and by testssl.sh (wall time, median of
// several runs, alternated), plus the in-process time to TlsProbe's first verdict. Protocols and
// cipher suites of every storefort run are compared with sslscan's. Prints a table and whether each
// target is met; it reports, it does not gate: the exit code is non-zero only when it could not run.
// Usage: bench_probe [RUNS] [TESTSSL_RUNS]   (defaults 5 and 1; TESTSSL_RUNS 0 leaves testssl.sh out)
// Environment: STOREFORT_CLI, SSLSCAN and TESTSSL name the programs (default: the build's CLI and
// `sslscan`, `testssl` on the PATH).
#include "OpensslServers.h"
#include "SslscanReport.h"
#include "tls/TlsProbe.h"
#include "tls/TlsProbeJson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Config
{
    const char *name;
    const char *description;
    QStringList args;
};

struct Figures
{
    QString config;
    double storefortMs = -1;
    double sslscanMs = -1;
    double testsslMs = -1; // -1: not run
    double firstVerdictMs = -1;
    double inProcessMs = -1;
    QStringList disagreements;
};

double median(QList<double> samples)
{
    if (samples.isEmpty())
        return -1;
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    return n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// One `storefort-cli probe HOST:PORT --json --http-port 0`: its wall time, and its result read back.
Result<TlsProbeResult> runCli(const QString &cli, quint16 port, double *elapsedMs)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(cli, { u"probe"_s, u"127.0.0.1:%1"_s.arg(port), u"--json"_s, u"--http-port"_s, u"0"_s });
    const bool finished = process.waitForFinished(300000);
    *elapsedMs = msSince(timer);
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished(5000);
        return Error { u"storefort-cli failed (exit %1): %2"_s.arg(process.exitCode())
                           .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed()) };
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError);
    if (!document.isObject())
        return Error { u"storefort-cli printed no JSON object: %1"_s.arg(parseError.errorString()) };
    return TlsProbeJson::fromJson(document.object());
}

// One testssl.sh run comparable to our probe: protocols, suites per protocol, groups and forward
// secrecy, certificate and server defaults, server preference, HTTP headers, the vulnerabilities.
// Client simulation (-c) is left out: we do not simulate clients. Returns an error or an empty string.
QString runTestssl(const QString &testssl, const QString &openssl, const QString &jsonFile, quint16 port,
                   double *elapsedMs)
{
    QFile::remove(jsonFile);
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(testssl,
                  { u"--quiet"_s, u"--color"_s, u"0"_s, u"--warnings"_s, u"off"_s, u"--openssl"_s, openssl,
                    u"--nodns"_s, u"none"_s, u"-p"_s, u"-E"_s, u"-f"_s, u"-S"_s, u"-P"_s, u"-h"_s, u"-U"_s,
                    u"--jsonfile-pretty"_s, jsonFile, u"127.0.0.1:%1"_s.arg(port) });
    const bool finished = process.waitForFinished(1800000);
    *elapsedMs = msSince(timer);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
        return u"testssl.sh did not finish within 30 minutes"_s;
    }
    // testssl.sh's exit code counts problems it found; a finished run writes its scan result.
    QFile json(jsonFile);
    if (!json.open(QIODevice::ReadOnly) || !json.readAll().contains("\"scanResult\""))
        return u"testssl.sh wrote no result: %1"_s.arg(
            QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
    return {};
}

// The in-process probe: time to the first verdict (protocols and certificate known) and to the end.
bool runInProcess(quint16 port, const QString &caFile, double *firstVerdictMs, double *totalMs)
{
    TlsProbeOptions options;
    options.httpPort = 0;
    options.extraCaFile = caFile;
    TlsProbe probe(TlsProbeTarget { u"127.0.0.1"_s, port }, options);
    QElapsedTimer timer;
    std::atomic<qint64> firstVerdictNs { -1 };
    probe.setFirstVerdict([&](const TlsProbeResult &) {
        qint64 expected = -1;
        firstVerdictNs.compare_exchange_strong(expected, timer.nsecsElapsed());
    });
    timer.start();
    const auto results = probe.run();
    *totalMs = msSince(timer);
    *firstVerdictMs = firstVerdictNs.load() < 0 ? -1 : double(firstVerdictNs.load()) / 1e6;
    if (!results)
        std::fprintf(stderr, "in-process probe failed: %s\n", qPrintable(results.error()));
    return bool(results) && firstVerdictNs.load() >= 0;
}

// Lines seen in `count` of `runs` runs; marked when not in every run, so flakiness shows.
QStringList summarise(const QMap<QString, int> &seen, int runs)
{
    QStringList out;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        out.append(it.value() == runs ? it.key()
                                      : u"%1   (in %2 of %3 runs)"_s.arg(it.key()).arg(it.value()).arg(runs));
    return out;
}

QString cell(double ms)
{
    return ms < 0 ? u"-"_s : QString::number(ms, 'f', 0);
}

QString programOrMissing(const char *envName, const QStringList &names)
{
    const QString env = qEnvironmentVariable(envName);
    if (!env.isEmpty())
        return QStandardPaths::findExecutable(env);
    for (const QString &name : names)
        if (const QString found = QStandardPaths::findExecutable(name); !found.isEmpty())
            return found;
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    const int testsslRuns = argc > 2 ? std::max(0, atoi(argv[2])) : 1;

    const QString cli = programOrMissing("STOREFORT_CLI", { QStringLiteral(STOREFORT_CLI) });
    const QString sslscan = SslscanReport::findProgram();
    const QString testssl = programOrMissing("TESTSSL", { u"testssl"_s, u"testssl.sh"_s });
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    QStringList missing;
    if (cli.isEmpty())
        missing
            << u"storefort-cli (build it: cmake --build BUILD --target storefort-cli, or set STOREFORT_CLI)"_s;
    if (openssl.isEmpty())
        missing << u"openssl (apt-get install openssl)"_s;
    if (sslscan.isEmpty())
        missing << u"sslscan (apt-get install sslscan, or ./dev.sh deps)"_s;
    if (testssl.isEmpty() && testsslRuns > 0)
        missing << u"testssl.sh (apt-get install testssl.sh, or ./dev.sh deps; or pass TESTSSL_RUNS 0)"_s;
    if (!missing.isEmpty()) {
        for (const QString &m : std::as_const(missing))
            std::fprintf(stderr, "bench_probe: missing %s\n", qPrintable(m));
        return 2;
    }

    OpensslServers servers;
    if (const QString problem = servers.setUp(); !problem.isEmpty()) {
        std::fprintf(stderr, "bench_probe: %s\n", qPrintable(problem));
        return 1;
    }
    const QString dhParams = servers.path(u"dh1024.pem"_s);
    if (!servers.run({ u"dhparam"_s, u"-out"_s, dhParams, u"1024"_s })) {
        std::fprintf(stderr, "bench_probe: openssl dhparam failed\n");
        return 1;
    }

    // -www: every tool's HTTPS request gets an answer at once instead of waiting for a timeout.
    const QList<Config> configs {
        { "modern", "TLS 1.2+1.3, Debian default suites", { u"-www"_s, u"-no_tls1"_s, u"-no_tls1_1"_s } },
        { "legacy",
          "TLS 1.0-1.3, ALL:@SECLEVEL=0, DHE 1024",
          { u"-www"_s, u"-cipher"_s, u"ALL:@SECLEVEL=0"_s, u"-dhparam"_s, dhParams } },
        { "tls1.0-only",
          "TLS 1.0 only, ALL:@SECLEVEL=0",
          { u"-www"_s, u"-tls1"_s, u"-cipher"_s, u"ALL:@SECLEVEL=0"_s } },
    };

    std::printf("probe benchmark: storefort-cli, sslscan, testssl.sh against local openssl s_server\n");
    std::printf("  storefort-cli: %s\n  sslscan:       %s\n  testssl.sh:    %s\n", qPrintable(cli),
                qPrintable(sslscan), testsslRuns > 0 ? qPrintable(testssl) : "(left out)");
    std::printf(
        "  runs: storefort-cli %d, sslscan %d (alternated), testssl.sh %d, in-process probe %d; medians\n",
        runs, runs, testsslRuns, runs);
    if (testsslRuns > 0)
        std::printf("  testssl.sh is slow (minutes per server): be patient\n");
    std::fflush(stdout);

    QList<Figures> table;
    for (const Config &config : configs) {
        Figures f;
        f.config = QString::fromLatin1(config.name);
        const OpensslServers::Server server = servers.start(u"127.0.0.1"_s, config.args);
        if (server.port == 0) {
            std::fprintf(stderr, "bench_probe: openssl s_server %s would not start\n",
                         qPrintable(config.args.join(u' ')));
            return 1;
        }
        std::printf("- %s (%s) on 127.0.0.1:%u ...\n", config.name, config.description,
                    unsigned(server.port));
        std::fflush(stdout);

        // Warm the file cache and OpenSSL's start-up for both programs before measuring.
        double ignored = 0;
        (void)runCli(cli, server.port, &ignored);
        (void)SslscanReport::scan(sslscan, u"127.0.0.1"_s, server.port, &ignored);

        QList<double> ours, theirs;
        QMap<QString, int> seen;
        for (int i = 0; i < runs; ++i) {
            double oursMs = 0, theirsMs = 0;
            const auto result = runCli(cli, server.port, &oursMs);
            const SslscanReport report = SslscanReport::scan(sslscan, u"127.0.0.1"_s, server.port, &theirsMs);
            ours << oursMs;
            theirs << theirsMs;
            QStringList lines;
            if (!result)
                lines << result.error();
            if (!report.error.isEmpty())
                lines << report.error;
            if (result && report.error.isEmpty())
                lines << report.disagreements(result.value());
            for (const QString &line : std::as_const(lines))
                ++seen[line];
        }
        f.storefortMs = median(ours);
        f.sslscanMs = median(theirs);
        f.disagreements = summarise(seen, runs);

        QList<double> firstVerdicts, inProcess;
        double warmFirst = 0, warmTotal = 0;
        runInProcess(server.port, servers.path(u"cert.pem"_s), &warmFirst, &warmTotal);
        for (int i = 0; i < runs; ++i) {
            double first = 0, total = 0;
            if (runInProcess(server.port, servers.path(u"cert.pem"_s), &first, &total)) {
                firstVerdicts << first;
                inProcess << total;
            }
        }
        f.firstVerdictMs = median(firstVerdicts);
        f.inProcessMs = median(inProcess);
        if (firstVerdicts.size() < runs)
            f.disagreements << u"in-process probe: no first verdict in %1 of %2 runs"_s
                                   .arg(runs - firstVerdicts.size())
                                   .arg(runs);

        QList<double> testsslSamples;
        for (int i = 0; i < testsslRuns; ++i) {
            double ms = 0;
            const QString problem = runTestssl(
                testssl, openssl, servers.path(u"testssl-%1.json"_s.arg(server.port)), server.port, &ms);
            if (!problem.isEmpty()) {
                std::fprintf(stderr, "bench_probe: %s\n", qPrintable(problem));
                f.disagreements << problem;
                break;
            }
            testsslSamples << ms;
        }
        f.testsslMs = median(testsslSamples);
        servers.stopAll();
        table << f;
    }

    std::printf("\n%-12s %13s %11s %12s %17s %16s %14s %15s  %s\n", "config", "storefort ms", "sslscan ms",
                "testssl ms", "storefort/sslscan", "vs testssl.sh", "first verdict", "in-process ms",
                "disagreements");
    bool agree = true, ratioMet = true, speedUpMet = true, firstVerdictMet = true;
    double worstRatio = 0, worstSpeedUp = -1, worstFirstVerdict = 0;
    for (const Figures &f : std::as_const(table)) {
        const double ratio = f.storefortMs / f.sslscanMs;
        const double speedUp = f.testsslMs < 0 ? -1 : f.testsslMs / f.storefortMs;
        worstRatio = std::max(worstRatio, ratio);
        if (speedUp >= 0)
            worstSpeedUp = worstSpeedUp < 0 ? speedUp : std::min(worstSpeedUp, speedUp);
        worstFirstVerdict = f.firstVerdictMs < 0 ? 1e9 : std::max(worstFirstVerdict, f.firstVerdictMs);
        agree = agree && f.disagreements.isEmpty();
        ratioMet = ratioMet && ratio <= 1.0;
        speedUpMet = speedUpMet && speedUp >= 50;
        firstVerdictMet = firstVerdictMet && f.firstVerdictMs >= 0 && f.firstVerdictMs < 1000;
        std::printf(
            "%-12s %13s %11s %12s %17.2f %16s %14s %15s  %s\n", qPrintable(f.config),
            qPrintable(cell(f.storefortMs)), qPrintable(cell(f.sslscanMs)), qPrintable(cell(f.testsslMs)),
            ratio, speedUp < 0 ? "-" : qPrintable(u"%1x"_s.arg(speedUp, 0, 'f', 1)),
            qPrintable(cell(f.firstVerdictMs)), qPrintable(cell(f.inProcessMs)),
            f.disagreements.isEmpty() ? "none" : qPrintable(u"%1, below"_s.arg(f.disagreements.size())));
    }
    for (const Figures &f : std::as_const(table)) {
        if (f.disagreements.isEmpty())
            continue;
        std::printf("\ndisagreements, %s (storefort-cli vs sslscan):\n", qPrintable(f.config));
        for (const QString &line : f.disagreements)
            std::printf("  %s\n", qPrintable(line));
    }

    const auto verdict = [](bool met) { return met ? "met" : "MISSED"; };
    std::printf("\ntargets (this run; the benchmark reports, it does not gate):\n");
    std::printf("  no disagreement with sslscan (protocols, suites per protocol): %s\n", verdict(agree));
    std::printf("  storefort-cli / sslscan <= 1.00 (worst config %.2f): %s\n", worstRatio, verdict(ratioMet));
    if (worstSpeedUp < 0)
        std::printf("  >= 50x faster than testssl.sh: not measured (TESTSSL_RUNS 0)\n");
    else
        std::printf("  >= 50x faster than testssl.sh (worst config %.1fx): %s\n", worstSpeedUp,
                    verdict(speedUpMet));
    std::printf("  first verdict < 1000 ms in-process (worst config %.0f ms): %s\n", worstFirstVerdict,
                verdict(firstVerdictMet));
    return 0;
}
