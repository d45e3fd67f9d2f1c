#include "TlsProbe.h"

#include "ProbeScheduler.h"
#include "ProtocolEnumerator.h"
#include "Ssl2Probe.h"
#include "TlsHandshake.h"
#include "VulnerabilityChecks.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHostInfo>
#include <QUrl>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

using Outcome = ProbeJob::Outcome;

// The versions raw hellos check; SSLv2 has a hello of its own (Ssl2Probe).
const QList<TlsVersion> &rawVersions()
{
    static const QList<TlsVersion> versions { TlsVersion::SSLv3, TlsVersion::TLS10, TlsVersion::TLS11,
                                              TlsVersion::TLS12, TlsVersion::TLS13 };
    return versions;
}

QList<QHostAddress> pickAddresses(const QList<QHostAddress> &all, TlsProbeOptions::Addresses which)
{
    QList<QHostAddress> out;
    const auto first = [&](QAbstractSocket::NetworkLayerProtocol family) {
        for (const QHostAddress &a : all)
            if (a.protocol() == family) {
                out.append(a);
                return;
            }
    };
    switch (which) {
    case TlsProbeOptions::Addresses::All:
        for (const QHostAddress &a : all)
            if (!out.contains(a))
                out.append(a);
        break;
    case TlsProbeOptions::Addresses::OnePerFamily:
        first(QAbstractSocket::IPv4Protocol);
        first(QAbstractSocket::IPv6Protocol);
        break;
    case TlsProbeOptions::Addresses::IPv4Only:
        first(QAbstractSocket::IPv4Protocol);
        break;
    case TlsProbeOptions::Addresses::IPv6Only:
        first(QAbstractSocket::IPv6Protocol);
        break;
    }
    return out;
}

Result<QList<QHostAddress>> resolve(const TlsProbeTarget &target, const TlsProbeOptions &options)
{
    const TlsProbeOptions::Addresses which = options.addresses;
    QList<QHostAddress> all;
    const QHostAddress literal(target.host);
    if (!options.connectTo.isEmpty()) {
        const QHostAddress pinned(options.connectTo);
        if (pinned.isNull())
            return Error {
                QCoreApplication::translate("TlsProbe", "%1 is not an IP address.").arg(options.connectTo)
            };
        all.append(pinned);
    } else if (!literal.isNull()) {
        all.append(literal);
    } else {
        const QHostInfo info = QHostInfo::fromName(QString::fromLatin1(QUrl::toAce(target.host)));
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
            return Error { QCoreApplication::translate("TlsProbe",
                                                       "The name %1 could not be found (DNS): check the "
                                                       "spelling, or whether this computer is online.")
                               .arg(target.host) };
        all = info.addresses();
    }
    const QList<QHostAddress> picked = pickAddresses(all, which);
    if (picked.isEmpty())
        return Error {
            which == TlsProbeOptions::Addresses::IPv6Only
                ? QCoreApplication::translate("TlsProbe", "%1 has no IPv6 address.").arg(target.host)
                : QCoreApplication::translate("TlsProbe", "%1 has no IPv4 address.").arg(target.host)
        };
    return picked;
}

// The probe of one address: phase 1 learns the versions and the certificate (the first verdict),
// phase 2 the suites, the groups and the known flaws.
class AddressProbe
{
public:
    AddressProbe(const TlsProbeTarget &target, const TlsProbeOptions &options, const QDateTime &now,
                 const QHostAddress &address, const ProbeStopFlag &stop, ProbeProgress &progress)
        : m_target(target)
        , m_options(options)
        , m_now(now.isValid() ? now : QDateTime::currentDateTimeUtc())
        , m_address(address)
        , m_stop(stop)
        , m_progress(progress)
        , m_sniHost(QHostAddress(target.host).isNull() ? QString::fromLatin1(QUrl::toAce(target.host))
                                                       : QString())
        , m_checks(rawVersions().size())
        , m_enumerated(rawVersions().size())
        , m_dhBits(rawVersions().size() + 1)
    { }

    Result<TlsProbeResult> run(const TlsProbe::FirstVerdict &firstVerdict);

private:
    QString where() const { return u"%1 (%2)"_s.arg(m_target.display(), m_address.toString()); }
    std::unique_ptr<ProtocolEnumerator> enumerator() const;
    RawProbeTarget rawTarget() const
    {
        return { m_sniHost, m_address, m_target.port, m_options.connectTimeoutMs, m_options.readTimeoutMs };
    }
    // Fill `jobs`, which must outlive the run: each job writes its error into it.
    void addPhase1Jobs(QList<ProbeJob> &jobs);
    void addPhase2Jobs(QList<ProbeJob> &jobs);
    Error stopped(const QString &connectionError) const;
    void assemble();

    const TlsProbeTarget &m_target;
    const TlsProbeOptions &m_options;
    const QDateTime m_now;
    const QHostAddress m_address;
    const ProbeStopFlag &m_stop;
    ProbeProgress &m_progress;
    const QString m_sniHost;

    TlsProbeResult m_result;
    QList<ProtocolEnumerator::VersionCheck> m_checks;
    std::optional<ProtocolResult> m_ssl2;
    std::optional<HandshakeResult> m_handshake;
    QString m_handshakeError;
    QList<ProtocolResult> m_enumerated;
    QList<QList<int>> m_dhBits;
    QList<quint16> m_groups;
    std::optional<ActiveFlaws> m_flaws;
    QString m_flawsError;
};

std::unique_ptr<ProtocolEnumerator> AddressProbe::enumerator() const
{
    ProtocolEnumerator::Target t;
    t.host = m_sniHost;
    t.address = m_address;
    t.port = m_target.port;
    t.connectTimeoutMs = m_options.connectTimeoutMs;
    t.readTimeoutMs = m_options.readTimeoutMs;
    auto e = std::make_unique<ProtocolEnumerator>(t);
    e->setCancelFlag(m_stop.flag());
    return e;
}

Error AddressProbe::stopped(const QString &connectionError) const
{
    if (!connectionError.isEmpty())
        return Error { QCoreApplication::translate("TlsProbe", "%1 stopped accepting connections: %2")
                           .arg(where(), connectionError) };
    return Error { QCoreApplication::translate("TlsProbe", "The probe was stopped.") };
}

void AddressProbe::addPhase1Jobs(QList<ProbeJob> &jobs)
{
    for (qsizetype i = 0; i < rawVersions().size(); ++i) {
        const TlsVersion version = rawVersions().at(i);
        ProbeJob job;
        job.name
            = QCoreApplication::translate("TlsProbe", "Checking %1").arg(TlsVersions::displayName(version));
        const qsizetype index = jobs.size();
        job.run = [this, &jobs, i, index, version](bool retry) {
            auto e = enumerator();
            auto check = e->checkVersion(version);
            if (!check) {
                jobs[index].error = check.error();
                return e->connectFailed() ? Outcome::RetryConnect : Outcome::Done;
            }
            m_checks[i] = check.value();
            return check->abrupt && !retry ? Outcome::RetryAbrupt : Outcome::Done;
        };
        jobs.append(std::move(job));
    }
    ProbeJob ssl2;
    ssl2.name = QCoreApplication::translate("TlsProbe", "Checking %1")
                    .arg(TlsVersions::displayName(TlsVersion::SSLv2));
    ssl2.run = [this, &jobs, index = jobs.size()](bool) {
        Ssl2Probe probe(rawTarget());
        probe.setCancelFlag(m_stop.flag());
        auto answer = probe.run();
        if (!answer) {
            jobs[index].error = answer.error();
            return m_stop.stopped() ? Outcome::Done : Outcome::RetryConnect;
        }
        m_ssl2 = answer.value();
        return Outcome::Done;
    };
    jobs.append(std::move(ssl2));
    ProbeJob handshake;
    handshake.name
        = QCoreApplication::translate("TlsProbe", "Reading the certificate and the web server's answer");
    handshake.run = [this](bool retry) {
        HandshakeTarget t;
        t.host = m_target.host;
        t.address = m_address;
        t.port = m_target.port;
        t.httpPort = m_options.httpPort;
        t.connectTimeoutMs = m_options.connectTimeoutMs;
        t.readTimeoutMs = m_options.readTimeoutMs;
        t.extraCaFile = m_options.extraCaFile;
        t.now = m_now;
        TlsHandshake hs(t);
        hs.setCancelFlag(m_stop.flag());
        auto answer = hs.run();
        if (answer) {
            m_handshake = std::move(answer).value();
            return Outcome::Done;
        }
        // Tried again alone (a busy server may have reset it), then reported beside the results.
        m_handshakeError = answer.error();
        return retry || m_stop.stopped() ? Outcome::Done : Outcome::RetryAbrupt;
    };
    jobs.append(std::move(handshake));
}

void AddressProbe::addPhase2Jobs(QList<ProbeJob> &jobs)
{
    for (qsizetype i = 0; i < rawVersions().size(); ++i) {
        if (!m_checks[i].accepted)
            continue;
        const TlsVersion version = rawVersions().at(i);
        ProbeJob job;
        job.name = QCoreApplication::translate("TlsProbe", "Checking the %1 cipher suites")
                       .arg(TlsVersions::displayName(version));
        const qsizetype index = jobs.size();
        job.run = [this, &jobs, i, index, version](bool retry) {
            auto e = enumerator();
            auto p = e->enumerateVersion(version);
            if (!p) {
                jobs[index].error = p.error();
                return e->connectFailed() ? Outcome::RetryConnect : Outcome::Done;
            }
            m_enumerated[i] = std::move(p).value();
            m_dhBits[i] = e->dhBitsSeen();
            return e->lastEndedAbruptly() && !retry ? Outcome::RetryAbrupt : Outcome::Done;
        };
        jobs.append(std::move(job));
    }
    const bool tls12 = m_checks[3].accepted;
    const bool tls13 = m_checks[4].accepted;
    if (tls12 || tls13) {
        ProbeJob job;
        job.name = QCoreApplication::translate("TlsProbe", "Checking the key exchange groups");
        job.run = [this, &jobs, index = jobs.size(), tls12, tls13](bool retry) {
            auto e = enumerator();
            auto found = e->enumerateGroups(tls13, tls12);
            if (!found) {
                jobs[index].error = found.error();
                return e->connectFailed() ? Outcome::RetryConnect : Outcome::Done;
            }
            m_groups = found.value();
            m_dhBits.last() = e->dhBitsSeen();
            return e->lastEndedAbruptly() && !retry ? Outcome::RetryAbrupt : Outcome::Done;
        };
        jobs.append(std::move(job));
    }
    ProbeJob flaws;
    flaws.name = QCoreApplication::translate("TlsProbe", "Checking for known flaws");
    flaws.run = [this, &jobs, index = jobs.size()](bool) {
        QList<TlsVersion> accepted;
        for (const ProtocolResult &p : std::as_const(m_result.protocols))
            if (p.accepted)
                accepted.append(p.version);
        VulnerabilityChecks checker(rawTarget());
        checker.setCancelFlag(m_stop.flag());
        // The suites are being enumerated side by side: the checks offer the whole catalogue.
        auto found = checker.run(accepted, {});
        if (!found) {
            jobs[index].error = found.error();
            m_flawsError = found.error();
            return checker.connectFailed() && !m_stop.stopped() ? Outcome::RetryConnect : Outcome::Done;
        }
        m_flaws = found.value();
        return Outcome::Done;
    };
    jobs.append(std::move(flaws));
}

Result<TlsProbeResult> AddressProbe::run(const TlsProbe::FirstVerdict &firstVerdict)
{
    QElapsedTimer clock;
    clock.start();
    m_result.host = m_target.host;
    m_result.port = m_target.port;
    m_result.ip = m_address.toString();

    QString connectionError;
    QList<ProbeJob> phase1;
    addPhase1Jobs(phase1);
    if (!runProbeJobs(phase1, m_options.parallel, m_stop, m_progress, connectionError))
        return stopped(connectionError);

    const auto answered
        = std::any_of(m_checks.cbegin(), m_checks.cend(), [](const auto &c) { return c.answered; });
    const bool accepted
        = std::any_of(m_checks.cbegin(), m_checks.cend(), [](const auto &c) { return c.accepted; })
        || (m_ssl2 && m_ssl2->accepted);
    QString problem;
    for (const auto &c : std::as_const(m_checks))
        if (problem.isEmpty() && !c.problem.isEmpty())
            problem = c.problem;
    if (!answered && !m_handshake)
        return Error { QCoreApplication::translate("TlsProbe", "%1 did not answer: %2")
                           .arg(where(), problem.isEmpty() ? m_handshakeError : problem) };
    const bool allAbrupt
        = std::all_of(m_checks.cbegin(), m_checks.cend(), [](const auto &c) { return c.abrupt; });
    if (!accepted && !m_handshake && allAbrupt)
        return Error { QCoreApplication::translate(
                           "TlsProbe",
                           "%1 closed every connection without a word. It may not speak "
                           "TLS on this port, or it may be blocking this computer.")
                           .arg(where()) };
    if (!accepted && !m_handshake)
        return Error { problem.isEmpty()
                           ? QCoreApplication::translate("TlsProbe", "%1 refused every SSL and TLS version.")
                                 .arg(where())
                           : QCoreApplication::translate("TlsProbe", "%1 does not speak SSL or TLS: %2")
                                 .arg(where(), problem) };

    if (m_ssl2)
        m_result.protocols.append(*m_ssl2);
    for (qsizetype i = 0; i < rawVersions().size(); ++i) {
        ProtocolResult p;
        p.version = rawVersions().at(i);
        p.accepted = m_checks[i].accepted;
        m_result.protocols.append(p);
    }
    if (m_handshake) {
        m_result.certificate = m_handshake->certificate;
        m_result.http = m_handshake->http;
        m_result.vulns.sessionResumption = m_handshake->sessionResumption;
        m_result.vulns.alpn = m_handshake->alpn;
        m_result.vulns.secureRenegotiation = m_handshake->secureRenegotiation;
    } else {
        m_result.notes.append(QCoreApplication::translate("TlsProbe", "The certificate could not be read: %1")
                                  .arg(m_handshakeError));
    }
    if (firstVerdict) {
        TlsProbeResult partial = m_result;
        partial.durationMs = clock.elapsed();
        firstVerdict(partial);
    }

    QList<ProbeJob> phase2;
    addPhase2Jobs(phase2);
    if (!runProbeJobs(phase2, m_options.parallel, m_stop, m_progress, connectionError))
        return stopped(connectionError);
    assemble();
    m_result.durationMs = clock.elapsed();
    m_result.finishedAt = QDateTime::currentDateTimeUtc();
    return m_result;
}

void AddressProbe::assemble()
{
    for (qsizetype i = 0; i < rawVersions().size(); ++i) {
        if (!m_checks[i].accepted)
            continue;
        // A version counts as accepted once a suite was confirmed with it. A server that starts a
        // ServerHello but never completes its answer can look accepted to the quick version check
        // (depending on how its bytes arrive) and never to the suite loop: say so, and count it out.
        ProtocolResult enumerated = m_enumerated[i];
        if (enumerated.suites.isEmpty()) {
            enumerated.accepted = false;
            m_result.notes.append(
                QCoreApplication::translate("TlsProbe",
                                            "%1 began an answer but never completed one, so it "
                                            "is counted as not accepted.")
                    .arg(TlsVersions::displayName(rawVersions().at(i))));
        }
        for (ProtocolResult &p : m_result.protocols)
            if (p.version == rawVersions().at(i))
                p = enumerated;
    }
    QList<int> dh;
    for (const QList<int> &bits : std::as_const(m_dhBits))
        dh.append(bits);
    m_result.keyExchange = ProtocolEnumerator::keyExchange(m_groups, dh);
    if (m_flaws && !m_flaws->cancelled)
        m_flaws->applyTo(m_result.vulns);
    else
        m_result.notes.append(
            QCoreApplication::translate("TlsProbe", "The checks for known flaws could not run: %1")
                .arg(m_flawsError));
    VulnerabilityChecks::infer(m_result);
}

} // namespace

TlsProbe::TlsProbe(TlsProbeTarget target, TlsProbeOptions options)
    : m_target(std::move(target))
    , m_options(std::move(options))
{ }

Result<QList<TlsProbeResult>> TlsProbe::run()
{
    m_wasCancelled = false;
    const auto cancelled = [this] {
        m_wasCancelled = true;
        return Error { QCoreApplication::translate("TlsProbe", "The probe was cancelled.") };
    };
    if (m_cancel && m_cancel->load())
        return cancelled();
    const auto addresses = resolve(m_target, m_options);
    if (!addresses)
        return Error { addresses.error() };

    ProbeStopFlag stop(m_cancel, m_options.budgetMs);
    ProbeProgress progress(m_progress);
    QList<TlsProbeResult> results;
    QList<std::pair<QString, QString>> failures;
    for (const QHostAddress &address : addresses.value()) {
        AddressProbe probe(m_target, m_options, m_now, address, stop, progress);
        auto result = probe.run(m_firstVerdict);
        if (stop.cancelled())
            return cancelled();
        // The seconds outside the call: lupdate 6.4 drops a message whose %n argument divides.
        const int budgetSeconds = m_options.budgetMs / 1000;
        if (stop.timedOut())
            return Error { QCoreApplication::translate("TlsProbe",
                                                       "The probe did not finish within %n second(s) and was "
                                                       "stopped. The server answers very slowly, or holds "
                                                       "connections open without answering.",
                                                       nullptr, budgetSeconds) };
        if (result)
            results.append(std::move(result).value());
        else
            failures.append({ address.toString(), result.error() });
    }
    if (results.isEmpty())
        return Error { failures.first().second };
    // One address failing while another worked is worth knowing (a broken IPv6 set-up, say).
    for (TlsProbeResult &r : results)
        for (const auto &[ip, error] : std::as_const(failures))
            r.notes.append(QCoreApplication::translate("TlsProbe", "The address %1 could not be probed: %2")
                               .arg(ip, error));
    return results;
}
