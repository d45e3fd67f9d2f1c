// Ssl2Probe against the scripted server speaking SSLv2 and against `openssl s_server`, which
// never does, on 127.0.0.1 and ::1.
#include "OpensslServers.h"
#include "ScriptedServer.h"
#include "tls/Ssl2Probe.h"
#include "tls/VulnerabilityChecks.h"

#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;

class TestSsl2Probe : public QObject
{
    Q_OBJECT

private:
    OpensslServers m_openssl;
    ScriptedServer m_scripted;

    static RawProbeTarget target(const QHostAddress &address, quint16 port)
    {
        RawProbeTarget t;
        t.host = u"localhost"_s;
        t.address = address;
        t.port = port;
        t.connectTimeoutMs = 3000;
        t.readTimeoutMs = 3000;
        return t;
    }

private slots:
    void initTestCase()
    {
        const QString problem = m_openssl.setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanup()
    {
        m_openssl.stopAll();
        m_scripted.stopAll();
    }

    void sslv2Server_data() { OpensslServers::addLoopbackHosts(); }
    void sslv2Server()
    {
        QFETCH(QString, host);
        const auto server = m_scripted.start(
            host,
            { u"--versions"_s, u"ssl2,ssl3"_s, u"--ssl2-kinds"_s, u"0x0700c0,0x010080,0x020080,0x060040"_s });
        if (server.port == 0 && host == u"::1"_s)
            QSKIP("no IPv6 loopback here");
        QVERIFY(server.port != 0);

        auto result = Ssl2Probe(target(server.address, server.port)).run();
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(result->version, TlsVersion::SSLv2);
        QVERIFY(result->accepted);
        QCOMPARE(result->suites.size(), 4);

        // In the server's order, as it listed them.
        const OfferedSuite &tripleDes = result->suites.at(0);
        QCOMPARE(tripleDes.id, quint16(0));
        QCOMPARE(tripleDes.ssl2Kind, quint32(0x0700C0));
        QCOMPARE(tripleDes.name, u"SSL_CK_DES_192_EDE3_CBC_WITH_MD5"_s);
        QCOMPARE(tripleDes.bits, 112);
        QVERIFY(tripleDes.block64 && tripleDes.cbc && !tripleDes.rc4 && !tripleDes.export_);

        const OfferedSuite &rc4 = result->suites.at(1);
        QCOMPARE(rc4.name, u"SSL_CK_RC4_128_WITH_MD5"_s);
        QCOMPARE(rc4.bits, 128);
        QVERIFY(rc4.rc4 && !rc4.block64 && !rc4.export_ && !rc4.cbc);

        const OfferedSuite &exportRc4 = result->suites.at(2);
        QCOMPARE(exportRc4.name, u"SSL_CK_RC4_128_EXPORT40_WITH_MD5"_s);
        QCOMPARE(exportRc4.bits, 40);
        QVERIFY(exportRc4.rc4 && exportRc4.export_);

        const OfferedSuite &des = result->suites.at(3);
        QCOMPARE(des.name, u"SSL_CK_DES_64_CBC_WITH_MD5"_s);
        QCOMPARE(des.bits, 56);
        QVERIFY(des.block64 && des.cbc);

        // Into a probe result: DROWN, and the kinds survive allSuites() despite their id 0.
        TlsProbeResult r;
        r.protocols = { result.value() };
        QCOMPARE(r.allSuites().size(), 4);
        VulnerabilityChecks::infer(r);
        QVERIFY(r.vulns.drown);
        QVERIFY(r.vulns.rc4);
        QVERIFY(r.vulns.sweet32);
        QVERIFY(!r.vulns.freak); // a TLS flaw: SSLv2 export kinds are DROWN's business
    }

    // The server speaks SSLv2 but shares no kind: an SSLv2 ERROR, so not accepted.
    void noSharedKind()
    {
        const auto server = m_scripted.start(
            u"127.0.0.1"_s, { u"--versions"_s, u"ssl2"_s, u"--ssl2-kinds"_s, u"0x123456"_s });
        QVERIFY(server.port != 0);
        auto result = Ssl2Probe(target(server.address, server.port)).run();
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY(!result->accepted);
        QVERIFY(result->suites.isEmpty());
    }

    // A TLS-only scripted server hangs up on the SSLv2 hello.
    void tlsOnlyScripted()
    {
        const auto server = m_scripted.start(u"127.0.0.1"_s, { u"--versions"_s, u"ssl3,tls1.0,tls1.2"_s });
        QVERIFY(server.port != 0);
        auto result = Ssl2Probe(target(server.address, server.port)).run();
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY(!result->accepted);
    }

    void opensslRefuses_data() { OpensslServers::addLoopbackHosts(); }
    void opensslRefuses()
    {
        QFETCH(QString, host);
        const auto server = m_openssl.start(host, {});
        if (server.port == 0 && host == u"::1"_s)
            QSKIP("no IPv6 loopback here");
        QVERIFY(server.port != 0);
        auto result = Ssl2Probe(target(server.address, server.port)).run();
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(result->version, TlsVersion::SSLv2);
        QVERIFY(!result->accepted);
        QVERIFY(result->suites.isEmpty());
    }

    void refusedConnectionIsAnError()
    {
        const auto server = m_scripted.start(u"127.0.0.1"_s, {});
        QVERIFY(server.port != 0);
        m_scripted.stopAll();
        auto result = Ssl2Probe(target(server.address, server.port)).run();
        QVERIFY(!result);
        QVERIFY(!result.error().isEmpty());
    }

    void cancelled()
    {
        std::atomic_bool cancel { true };
        Ssl2Probe probe(target(QHostAddress::LocalHost, 1));
        probe.setCancelFlag(&cancel);
        QVERIFY(!probe.run());
    }

    void suiteForUnknownKind()
    {
        const OfferedSuite s = Ssl2Probe::suiteFor(0xABCDEF);
        QCOMPARE(s.ssl2Kind, quint32(0xABCDEF));
        QCOMPARE(s.name, u"SSL_CK_0xABCDEF"_s);
        QCOMPARE(s.bits, 0);
        const OfferedSuite rc2 = Ssl2Probe::suiteFor(0x040080);
        QCOMPARE(rc2.name, u"SSL_CK_RC2_128_CBC_EXPORT40_WITH_MD5"_s);
        QVERIFY(rc2.export_ && rc2.block64 && rc2.cbc && !rc2.rc4);
    }
};

QTEST_GUILESS_MAIN(TestSsl2Probe)
#include "tst_ssl2probe.moc"
