// TlsProbe, the whole probe, against real `openssl s_server` processes on 127.0.0.1 and ::1: what
// it finds, how many connections it opens at once, how it backs off from a server that resets,
// and how it ends on cancel, on a silent server past its budget, and on names that do not resolve.
#include "ConnectionCountingProxy.h"
#include "OpensslServers.h"
#include "ProbeTestHelpers.h"
#include "tls/TlsGrade.h"
#include "tls/TlsProbe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;
using namespace ProbeTestHelpers;

namespace {

using ProbeRun = Result<QList<TlsProbeResult>>;

// Runs the probe on a thread of its own while this thread keeps serving its event loop (the
// proxies and the silent server live here), as the GUI does.
ProbeRun runAside(TlsProbe &probe, qint64 *elapsedMs = nullptr)
{
    std::optional<ProbeRun> result;
    std::atomic_bool done { false };
    QElapsedTimer clock;
    clock.start();
    std::thread worker([&] {
        result.emplace(probe.run());
        done = true;
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    worker.join();
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    return std::move(*result);
}

} // namespace

class TestTlsProbe : public QObject
{
    Q_OBJECT

private:
    OpensslServers m_servers;
    OpensslServers::Server m_v4;
    OpensslServers::Server m_v6;

    const OpensslServers::Server &server(const QString &host) const { return host == u"::1"_s ? m_v6 : m_v4; }

private slots:
    void initTestCase()
    {
        const QString problem = m_servers.setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_v4 = m_servers.start(u"127.0.0.1"_s, { u"-no_tls1"_s, u"-no_tls1_1"_s, u"-www"_s });
        m_v6 = m_servers.start(u"::1"_s, { u"-no_tls1"_s, u"-no_tls1_1"_s, u"-www"_s });
        QVERIFY(m_v4.port && m_v6.port);
    }

    void probesOneAddress_data() { OpensslServers::addLoopbackHosts(); }
    void probesOneAddress()
    {
        QFETCH(QString, host);
        TlsProbe probe({ host, server(host).port }, quickOptions());
        int firstVerdicts = 0;
        TlsProbeResult first;
        QList<int> steps;
        int lastTotal = 0;
        probe.setFirstVerdict([&](const TlsProbeResult &partial) {
            ++firstVerdicts;
            first = partial;
        });
        probe.setProgress([&](int step, int total, const QString &name) {
            QVERIFY(!name.isEmpty());
            QVERIFY(step <= total);
            steps.append(step);
            lastTotal = total;
        });
        auto results = probe.run();
        QVERIFY2(results, qPrintable(results.error()));
        QCOMPARE(results->size(), 1);
        const TlsProbeResult &r = results->first();
        QCOMPARE(r.ip, host);
        QCOMPARE(r.port, int(server(host).port));
        QCOMPARE(acceptedVersions(r), QList<TlsVersion>({ TlsVersion::TLS12, TlsVersion::TLS13 }));
        QCOMPARE(r.protocols.size(), 6); // SSLv2 .. TLS 1.3, each checked
        QCOMPARE(suiteNames(r, TlsVersion::TLS13),
                 QStringList({ u"TLS_AES_128_GCM_SHA256"_s, u"TLS_AES_256_GCM_SHA384"_s,
                               u"TLS_CHACHA20_POLY1305_SHA256"_s }));
        QVERIFY(suiteNames(r, TlsVersion::TLS12).contains(u"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"_s));
        QVERIFY(r.keyExchange.groups.contains(u"x25519"_s));
        QVERIFY(r.certificate.present);
        QCOMPARE(r.certificate.subject, u"CN=localhost"_s);
        QVERIFY(r.certificate.selfSigned);
        QVERIFY(r.vulns.secureRenegotiation);
        QVERIFY(!r.vulns.heartbleed);
        QCOMPARE(TlsGrade::compute(r).letter, u"T"_s);
        QVERIFY(r.finishedAt.isValid());
        QVERIFY(r.notes.isEmpty());

        // The first verdict came once, before the suites were known.
        QCOMPARE(firstVerdicts, 1);
        QCOMPARE(acceptedVersions(first), acceptedVersions(r));
        QVERIFY(first.certificate.present);
        QVERIFY(suiteNames(first, TlsVersion::TLS13).isEmpty());
        // Progress only moves forward and ends at its total.
        QVERIFY(std::is_sorted(steps.cbegin(), steps.cend()));
        QCOMPARE(steps.last(), lastTotal);
    }

    void resolvesNames()
    {
        TlsProbe probe({ u"localhost"_s, m_v4.port }, quickOptions());
        auto results = probe.run();
        QVERIFY2(results, qPrintable(results.error()));
        QCOMPARE(results->first().ip, u"127.0.0.1"_s);
        QCOMPARE(results->first().host, u"localhost"_s);
    }

    void keepsToTheConnectionBound_data()
    {
        QTest::addColumn<int>("parallel");
        QTest::newRow("1") << 1;
        QTest::newRow("2") << 2;
        QTest::newRow("4") << 4;
    }
    void keepsToTheConnectionBound()
    {
        QFETCH(int, parallel);
        ConnectionCountingProxy proxy(m_v4.address, m_v4.port);
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
        TlsProbeOptions options = quickOptions();
        options.parallel = parallel;
        TlsProbe probe({ u"127.0.0.1"_s, proxy.port() }, options);
        const auto results = runAside(probe);
        QVERIFY2(results, qPrintable(results.error()));
        QCOMPARE(acceptedVersions(results->first()),
                 QList<TlsVersion>({ TlsVersion::TLS12, TlsVersion::TLS13 }));
        QVERIFY(proxy.total() > 20);
        QVERIFY2(proxy.maxOpen() <= parallel, qPrintable(u"%1 open at once"_s.arg(proxy.maxOpen())));
        if (parallel > 1)
            QVERIFY2(proxy.maxOpen() > 1, "the pieces ran one after another");
    }

    void backsOffFromAServerThatResets()
    {
        // Silence is not retried (by design), so on a machine busy with other tests a 3 s read
        // could pass for a refusal here: this test is about resets, so reads get time enough.
        TlsProbe direct({ u"127.0.0.1"_s, m_v4.port }, quickOptions(10000));
        const auto expected = direct.run();
        QVERIFY(expected);

        // A host that resets every connection beyond the first one open.
        ConnectionCountingProxy proxy(m_v4.address, m_v4.port);
        proxy.setResetAbove(1);
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
        TlsProbeOptions options = quickOptions(10000);
        options.parallel = 4;
        TlsProbe probe({ u"127.0.0.1"_s, proxy.port() }, options);
        const auto results = runAside(probe);
        QVERIFY2(results, qPrintable(results.error()));
        QVERIFY(proxy.resets() > 0);
        const TlsProbeResult &r = results->first();
        const TlsProbeResult &e = expected->first();
        QCOMPARE(acceptedVersions(r), acceptedVersions(e));
        QCOMPARE(suiteNames(r, TlsVersion::TLS12), suiteNames(e, TlsVersion::TLS12));
        QCOMPARE(suiteNames(r, TlsVersion::TLS13), suiteNames(e, TlsVersion::TLS13));
        QCOMPARE(r.keyExchange.groups, e.keyExchange.groups);
        QCOMPARE(r.certificate.sha256, e.certificate.sha256);
    }

    void cancels()
    {
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        TlsProbeOptions options = quickOptions();
        options.connectTimeoutMs = 10000;
        options.readTimeoutMs = 10000;
        std::atomic_bool cancel { false };
        TlsProbe probe({ u"127.0.0.1"_s, silent.serverPort() }, options);
        probe.setCancelFlag(&cancel);
        QTimer::singleShot(300, this, [&cancel] { cancel = true; });
        qint64 elapsed = 0;
        const auto results = runAside(probe, &elapsed);
        QVERIFY(!results);
        QVERIFY(probe.wasCancelled());
        QCOMPARE(results.error(), u"The probe was cancelled."_s);
        QVERIFY2(elapsed < 3000, qPrintable(u"took %1 ms to stop"_s.arg(elapsed)));
    }

    void endsWithinItsBudget()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        TlsProbeOptions options = quickOptions();
        options.connectTimeoutMs = 10000;
        options.readTimeoutMs = 10000;
        options.budgetMs = 1500;
        TlsProbe probe({ u"127.0.0.1"_s, silent.serverPort() }, options);
        qint64 elapsed = 0;
        const auto results = runAside(probe, &elapsed);
        QVERIFY(!results);
        QVERIFY(!probe.wasCancelled());
        QVERIFY2(results.error().contains(u"did not finish within 1 second"_s), qPrintable(results.error()));
        QVERIFY2(elapsed < 4000, qPrintable(u"took %1 ms"_s.arg(elapsed)));
    }

    void saysWhatWentWrong_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("family");
        QTest::addColumn<QString>("expected");
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost));
        const QString closed = u"127.0.0.1:%1"_s.arg(reserve.serverPort());
        QTest::newRow("no such name") << u"nothing.invalid"_s << 0 << u"could not be found"_s;
        QTest::newRow("no IPv6 address")
            << u"localhost:%1"_s.arg(m_v4.port) << int(TlsProbeOptions::Addresses::IPv6Only)
            << u"has no IPv6 address"_s;
        QTest::newRow("nobody listens") << closed << 0 << u"stopped accepting connections"_s;
    }
    void saysWhatWentWrong()
    {
        QFETCH(QString, host);
        QFETCH(int, family);
        QFETCH(QString, expected);
        const auto target = TlsProbeTarget::parse(host);
        QVERIFY(target);
        TlsProbeOptions options = quickOptions();
        options.addresses = TlsProbeOptions::Addresses(family);
        TlsProbe probe(target.value(), options);
        const auto results = probe.run();
        QVERIFY(!results);
        QVERIFY2(results.error().contains(expected), qPrintable(results.error()));
    }
};

QTEST_GUILESS_MAIN(TestTlsProbe)
#include "tst_tlsprobe.moc"
