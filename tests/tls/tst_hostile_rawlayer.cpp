// The raw-hello layer against hostile servers (silent, slow, garbage, resets, oversized records
// and certificate chains) on 127.0.0.1 and ::1: every check ends with a clean Error or verdict
// within a bound of its timeouts, never a crash, a hang or a false "accepted".
#include "OpensslServers.h"
#include "ScriptedServer.h"
#include "tls/HelloExchange.h"
#include "tls/ProtocolEnumerator.h"
#include "tls/Ssl2Probe.h"
#include "tls/VulnerabilityChecks.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int ConnectTimeoutMs = 2000;
constexpr int ReadTimeoutMs = 1500;
// Generous: both timeouts twice over for every connection a check may make.
constexpr qint64 PerExchangeMs = 2 * (ConnectTimeoutMs + ReadTimeoutMs);

} // namespace

class TestHostileRawLayer : public QObject
{
    Q_OBJECT

private:
    ScriptedServer m_scripted;

    ScriptedServer::Server start(const QString &mode, const QString &host)
    {
        return m_scripted.start(host, { u"--versions"_s, u"tls1.2"_s, u"--hostile"_s, mode });
    }

private slots:
    void cleanup() { m_scripted.stopAll(); }

    void hostile_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("mode");
        for (const QString &host : { u"127.0.0.1"_s, u"::1"_s }) {
            for (const QString &mode : { u"silent"_s, u"slowdrip"_s, u"garbage"_s, u"reset"_s, u"bigrecord"_s,
                                         u"hugechain"_s, u"reset-half"_s }) {
                const QString row = (host == u"::1"_s ? u"IPv6 "_s : u"IPv4 "_s) + mode;
                QTest::newRow(qPrintable(row)) << host << mode;
            }
        }
    }

    void hostile()
    {
        QFETCH(QString, host);
        QFETCH(QString, mode);
        const ScriptedServer::Server server = start(mode, host);
        if (server.port == 0 && host == u"::1"_s)
            QSKIP("no IPv6 loopback here");
        QVERIFY(server.port != 0);
        QElapsedTimer timer;

        // One exchange, read to the end of the flight.
        timer.start();
        HelloExchange exchange(server.address, server.port, ConnectTimeoutMs, ReadTimeoutMs);
        ClientHelloOptions options;
        options.serverName = u"localhost"_s;
        auto answer = exchange.run(options, HelloExchange::ReadUntil::Complete);
        QVERIFY2(timer.elapsed() < PerExchangeMs,
                 qPrintable(u"HelloExchange took %1 ms"_s.arg(timer.elapsed())));
        QVERIFY(!exchange.connectFailed());
        QVERIFY2(!answer || answer->verdict.kind != ServerVerdict::Kind::Accepted,
                 "a hostile answer was taken for a complete ServerHello flight");
        if (mode == u"silent"_s || mode == u"slowdrip"_s)
            QVERIFY(!answer);
        if (mode == u"garbage"_s)
            QCOMPARE(answer->verdict.kind, ServerVerdict::Kind::NotTls);
        if (mode == u"bigrecord"_s || mode == u"hugechain"_s)
            QCOMPARE(answer->verdict.kind, ServerVerdict::Kind::Malformed);

        // The enumeration: many connections, none may hang, and no suite can be confirmed
        // since no flight ever completes.
        timer.restart();
        ProtocolEnumerator::Target target;
        target.host = u"localhost"_s;
        target.address = server.address;
        target.port = server.port;
        target.connectTimeoutMs = ConnectTimeoutMs;
        target.readTimeoutMs = ReadTimeoutMs;
        ProtocolEnumerator enumerator(target);
        auto enumeration = enumerator.run();
        const int exchanges = enumeration ? enumeration->exchanges : 5;
        QVERIFY2(
            timer.elapsed() < exchanges * PerExchangeMs,
            qPrintable(
                u"ProtocolEnumerator took %1 ms for %2 connections"_s.arg(timer.elapsed()).arg(exchanges)));
        if (enumeration) {
            for (const ProtocolResult &p : enumeration->protocols)
                QVERIFY2(p.suites.isEmpty(), qPrintable(TlsVersions::key(p.version)));
        } else {
            QVERIFY(!enumeration.error().isEmpty());
        }

        // The flaw checks stop at the first hello: the server no longer "accepts" TLS 1.2.
        timer.restart();
        VulnerabilityTarget vulnerabilityTarget { u"localhost"_s, server.address, server.port,
                                                  ConnectTimeoutMs, ReadTimeoutMs };
        auto flaws = VulnerabilityChecks(vulnerabilityTarget).run({ TlsVersion::TLS12 }, {});
        QVERIFY2(timer.elapsed() < 5 * PerExchangeMs,
                 qPrintable(u"VulnerabilityChecks took %1 ms"_s.arg(timer.elapsed())));
        QVERIFY(!flaws);
        QVERIFY(!flaws.error().isEmpty());

        // SSLv2: never accepted.
        timer.restart();
        auto ssl2 = Ssl2Probe(vulnerabilityTarget).run();
        QVERIFY2(timer.elapsed() < PerExchangeMs, qPrintable(u"Ssl2Probe took %1 ms"_s.arg(timer.elapsed())));
        QVERIFY2(ssl2, qPrintable(ssl2.error()));
        QVERIFY(!ssl2->accepted);
    }
};

QTEST_GUILESS_MAIN(TestHostileRawLayer)
#include "tst_hostile_rawlayer.moc"
