// TlsProbe, the whole probe, against the scripted server (tests/support/scripted_tls_server): the
// old protocols and suites no modern OpenSSL can offer come out exactly, with the flaws and the
// grade they imply; and every hostile behaviour ends the probe with a plain message (or a result
// that says what could not be learned) within its budget, never a crash or a hang.
#include "OpensslServers.h"
#include "ProbeTestHelpers.h"
#include "ScriptedServer.h"
#include "tls/TlsGrade.h"
#include "tls/TlsProbe.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ProbeTestHelpers;

class TestTlsProbeScripted : public QObject
{
    Q_OBJECT

private:
    ScriptedServer m_servers;

private slots:
    void cleanup() { m_servers.stopAll(); }

    void legacyServer_data() { OpensslServers::addLoopbackHosts(); }
    void legacyServer()
    {
        QFETCH(QString, host);
        // SSL 3 and TLS 1.0 with RC4, 3DES and RSA EXPORT suites, no secure renegotiation.
        const auto server = m_servers.start(host,
                                            { u"--versions"_s, u"ssl3,tls1.0"_s, u"--suites"_s,
                                              u"0x0005,0x0004,0x000a,0x0003"_s, u"--no-reneg"_s });
        QVERIFY(server.port);
        TlsProbe probe({ host, server.port }, quickOptions());
        const auto results = probe.run();
        QVERIFY2(results, qPrintable(results.error()));
        const TlsProbeResult &r = results->first();
        QCOMPARE(acceptedVersions(r), QList<TlsVersion>({ TlsVersion::SSLv3, TlsVersion::TLS10 }));
        const QList<quint16> expected { 0x0003, 0x0004, 0x0005, 0x000a };
        QCOMPARE(suiteIds(r, TlsVersion::SSLv3), expected);
        QCOMPARE(suiteIds(r, TlsVersion::TLS10), expected);
        QVERIFY(r.vulns.rc4);
        QVERIFY(r.vulns.sweet32);
        QVERIFY(r.vulns.freak);
        QVERIFY(r.vulns.poodle);
        QVERIFY(r.vulns.beast);
        QVERIFY(!r.vulns.secureRenegotiation);
        QVERIFY(!r.vulns.drown);
        // OpenSSL 3 cannot finish a handshake with it: the certificate is missing, and says so.
        QVERIFY(!r.certificate.present);
        QVERIFY(!r.notes.isEmpty());
        const TlsGrade::Grade grade = TlsGrade::compute(r);
        QVERIFY(grade.capsApplied.contains(u"cap-F-export"_s) || grade.letter.isEmpty()
                || grade.letter == u"F"_s);
    }

    void ssl2Server_data() { OpensslServers::addLoopbackHosts(); }
    void ssl2Server()
    {
        QFETCH(QString, host);
        const auto server
            = m_servers.start(host,
                              { u"--versions"_s, u"ssl2,tls1.2"_s, u"--suites"_s, u"0xc02f,0x009c"_s,
                                u"--ssl2-kinds"_s, u"0x010080,0x0700c0"_s });
        QVERIFY(server.port);
        TlsProbe probe({ host, server.port }, quickOptions());
        const auto results = probe.run();
        QVERIFY2(results, qPrintable(results.error()));
        const TlsProbeResult &r = results->first();
        QCOMPARE(acceptedVersions(r), QList<TlsVersion>({ TlsVersion::SSLv2, TlsVersion::TLS12 }));
        QList<quint32> kinds;
        for (const OfferedSuite &s : r.protocol(TlsVersion::SSLv2)->suites)
            kinds.append(s.ssl2Kind);
        std::sort(kinds.begin(), kinds.end());
        QCOMPARE(kinds, QList<quint32>({ 0x010080, 0x0700c0 }));
        QCOMPARE(suiteIds(r, TlsVersion::TLS12), QList<quint16>({ 0x009c, 0xc02f }));
        QVERIFY(r.vulns.drown);
    }

    void flawedServer()
    {
        const auto server
            = m_servers.start(u"127.0.0.1"_s,
                              { u"--versions"_s, u"tls1.0,tls1.1,tls1.2"_s, u"--suites"_s, u"0xc02f,0xc013"_s,
                                u"--heartbleed"_s, u"--ccs-vulnerable"_s, u"--compression"_s });
        QVERIFY(server.port);
        TlsProbe probe({ u"127.0.0.1"_s, server.port }, quickOptions());
        const auto results = probe.run();
        QVERIFY2(results, qPrintable(results.error()));
        const TlsProbeResult &r = results->first();
        QVERIFY(r.vulns.heartbleed);
        QVERIFY(r.vulns.ccsInjection);
        QVERIFY(r.vulns.compression);
        QVERIFY(!r.vulns.fallbackScsv); // not honoured: no --honour-fallback
        const TlsGrade::Grade grade = TlsGrade::compute(r);
        QVERIFY2(grade.capsApplied.contains(u"cap-F-heartbleed"_s), qPrintable(grade.capsApplied.join(u' ')));
    }

    void hostileServerEndsCleanly_data()
    {
        QTest::addColumn<QString>("mode");
        for (const char *mode :
             { "silent", "slowdrip", "garbage", "reset", "bigrecord", "hugechain", "reset-half" })
            QTest::newRow(mode) << QString::fromLatin1(mode);
    }
    void hostileServerEndsCleanly()
    {
        QFETCH(QString, mode);
        const auto server = m_servers.start(u"127.0.0.1"_s, { u"--hostile"_s, mode });
        QVERIFY(server.port);
        TlsProbeOptions options = quickOptions();
        options.budgetMs = 30000;
        TlsProbe probe({ u"127.0.0.1"_s, server.port }, options);
        QElapsedTimer clock;
        clock.start();
        const auto results = probe.run();
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(elapsed < options.budgetMs + 3000, qPrintable(u"took %1 ms"_s.arg(elapsed)));
        if (results) {
            // It answered something TLS-shaped: whatever was learned, nothing is accepted that
            // was not, and the gaps are named.
            for (const ProtocolResult &p : results->first().protocols)
                QVERIFY2(!p.accepted || !p.suites.isEmpty() || p.version == TlsVersion::SSLv2,
                         qPrintable(TlsVersions::key(p.version)));
            QVERIFY(!results->first().certificate.present);
            QVERIFY(!results->first().notes.isEmpty());
        } else {
            QVERIFY(!results.error().isEmpty());
            QVERIFY2(results.error().contains(u"127.0.0.1"_s) || results.error().contains(u"probe"_s),
                     qPrintable(results.error()));
        }
        qInfo("%s: %s in %lld ms", qPrintable(mode),
              results ? "a result with notes" : qPrintable(results.error()), elapsed);
    }
};

QTEST_GUILESS_MAIN(TestTlsProbeScripted)
#include "tst_tlsprobe_scripted.moc"
