// The whole probe, end to end, against the test servers: real `openssl s_server` processes
// on 127.0.0.1 and ::1, each set up one way, and the grade, the flaws and the key facts that must
// come out of each. The certificates come from a test CA (CertificateFactory), trusted through the
// probe's extra CA file, and are judged on a fixed date inside their validity.
#include "CertificateFactory.h"
#include "OpensslServers.h"
#include "ProbeTestHelpers.h"
#include "tls/MozillaIntermediate.h"
#include "tls/TlsFindings.h"
#include "tls/TlsGrade.h"
#include "tls/TlsProbe.h"

#include <QTest>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using namespace ProbeTestHelpers;

namespace {

bool hasFinding(const TlsProbeResult &r, const QString &id)
{
    const auto findings = TlsFindings::compute(r);
    return std::any_of(findings.cbegin(), findings.cend(),
                       [&](const TlsFindings::Finding &f) { return f.id == id; });
}

using V = TlsVersion;

} // namespace

using Check = std::function<void(const TlsProbeResult &)>;
Q_DECLARE_METATYPE(Check)

class TestTlsProbeGrades : public QObject
{
    Q_OBJECT

private:
    OpensslServers m_servers;
    CertificateFactory m_certs;
    QString m_caFile;
    QString m_dh1024;
    QString m_ocsp;

    // Probes a fresh s_server with the leaf `name` (sent with the intermediate unless told not to),
    // under the site name shop.test, pinned to the server's address.
    std::optional<TlsProbeResult> probe(const QString &host, const QString &name, QStringList args,
                                        bool sendIntermediate)
    {
        args += { u"-cert"_s, m_certs.path(name + u".pem"_s), u"-key"_s, m_certs.path(name + u".key"_s),
                  u"-www"_s };
        if (sendIntermediate)
            args += { u"-cert_chain"_s, m_certs.path(u"inter.pem"_s) };
        const auto server = m_servers.start(host, args);
        if (!server.port)
            return std::nullopt;
        TlsProbeOptions options;
        options.connectTimeoutMs = 3000;
        options.readTimeoutMs = 3000;
        options.httpPort = 0;
        options.extraCaFile = m_caFile;
        options.connectTo = host;
        TlsProbe probe({ u"shop.test"_s, server.port }, options);
        probe.setNow(QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC));
        auto results = probe.run();
        m_servers.stopAll();
        if (!results) {
            qWarning("%s", qPrintable(results.error()));
            return std::nullopt;
        }
        return results->first();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_servers.setUp().isEmpty(), "openssl");
        QVERIFY2(m_certs.setUp().isEmpty(), "certificate factory");
        QVERIFY(m_certs.makeCaChain());
        using Leaf = CertificateFactory::Leaf;
        QVERIFY(m_certs.make(Leaf { u"good"_s }));
        Leaf expired { u"expired"_s };
        expired.end = u"20250301000000Z"_s;
        QVERIFY(m_certs.make(expired));
        Leaf wrongName { u"wrongname"_s };
        wrongName.extensions = u"subjectAltName = DNS:other.test"_s;
        QVERIFY(m_certs.make(wrongName));
        Leaf weak { u"weak"_s };
        weak.key = u"rsa:1024"_s;
        weak.digest = u"sha1"_s;
        QVERIFY(m_certs.make(weak));
        Leaf self { u"self"_s };
        self.issuer.clear();
        QVERIFY(m_certs.make(self));
        m_caFile = m_certs.bundle(u"ca.pem"_s, { u"root"_s });
        m_dh1024 = m_certs.path(u"dh1024.pem"_s);
        QVERIFY(m_servers.run({ u"dhparam"_s, u"-out"_s, m_dh1024, u"1024"_s }));
        m_ocsp = m_certs.ocspResponse(u"good"_s, u"inter"_s);
        QVERIFY(!m_ocsp.isEmpty());
    }

    void grades_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("leaf");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("intermediate");
        QTest::addColumn<QList<TlsVersion>>("versions");
        QTest::addColumn<QString>("grade");
        QTest::addColumn<Check>("check");

        // Mozilla's intermediate profile: TLS 1.2 + 1.3, ECDHE with AEAD, X25519 / P-256 / P-384.
        const QStringList modern { u"-no_tls1"_s, u"-no_tls1_1"_s,
                                   u"-cipher"_s,  u"ECDHE+AESGCM:ECDHE+CHACHA20"_s,
                                   u"-groups"_s,  u"X25519:P-256:P-384"_s };
        const QList<TlsVersion> v12v13 { V::TLS12, V::TLS13 };
        for (const QString &host : { u"127.0.0.1"_s, u"::1"_s }) {
            const QByteArray family = host == u"::1"_s ? " IPv6" : " IPv4";
            // Sound in every way; no HSTS (s_server -www sends none) only keeps it from A+.
            QTest::newRow(QByteArray("modern" + family).constData())
                << host << u"good"_s << modern << true << v12v13 << u"A"_s
                << Check([](const TlsProbeResult &r) {
                       QVERIFY(r.certificate.trusted);
                       QVERIFY(r.certificate.hostnameMatch);
                       QVERIFY(r.certificate.chainComplete);
                       QCOMPARE(r.certificate.daysLeft, 213);
                       QVERIFY(r.vulns.secureRenegotiation);
                       QVERIFY(r.vulns.sessionResumption);
                       QCOMPARE(r.keyExchange.groups,
                                QStringList({ u"x25519"_s, u"secp256r1"_s, u"secp384r1"_s }));
                       QVERIFY(MozillaIntermediate::check(r).compliant);
                       QVERIFY(hasFinding(r, u"TLS-HSTS-MISSING"_s));
                   });
            // TLS 1.0 alone: no TLS 1.2 caps at C; CBC with TLS 1.0 is BEAST.
            QTest::newRow(QByteArray("TLS 1.0 only" + family).constData())
                << host << u"good"_s << QStringList { u"-tls1"_s, u"-cipher"_s, u"HIGH:!aNULL:@SECLEVEL=0"_s }
                << true << QList<TlsVersion> { V::TLS10 } << u"C"_s << Check([](const TlsProbeResult &r) {
                       QVERIFY(r.vulns.beast);
                       QVERIFY(r.certificate.trusted);
                       QVERIFY(hasFinding(r, u"TLS-PROTO-NO-TLS12"_s));
                   });
            // Everything OpenSSL still has, anonymous suites included: F.
            QTest::newRow(QByteArray("everything" + family).constData())
                << host << u"good"_s
                << QStringList { u"-cipher"_s, u"ALL:@SECLEVEL=0"_s, u"-dhparam"_s, m_dh1024 } << true
                << QList<TlsVersion> { V::TLS10, V::TLS11, V::TLS12, V::TLS13 } << u"F"_s
                << Check([](const TlsProbeResult &r) {
                       const auto suites = r.allSuites();
                       QVERIFY(std::any_of(suites.cbegin(), suites.cend(),
                                           [](const OfferedSuite &s) { return s.anonymous; }));
                       QVERIFY(TlsGrade::compute(r).capsApplied.contains(u"cap-F-anonymous"_s));
                   });
            // Every version, CBC, static RSA and 1024-bit DHE: B (TLS 1.0/1.1 offered).
            QTest::newRow(QByteArray("legacy mix" + family).constData())
                << host << u"good"_s
                << QStringList { u"-cipher"_s, u"ALL:!aNULL:!eNULL:!3DES:@SECLEVEL=0"_s, u"-dhparam"_s,
                                 m_dh1024 }
                << true << QList<TlsVersion> { V::TLS10, V::TLS11, V::TLS12, V::TLS13 } << u"B"_s
                << Check([](const TlsProbeResult &r) {
                       QCOMPARE(r.keyExchange.minDhBits, 1024);
                       const auto suites = r.allSuites();
                       QVERIFY(std::any_of(suites.cbegin(), suites.cend(),
                                           [](const OfferedSuite &s) { return s.kx == u"RSA"_s; }));
                       QVERIFY(std::any_of(suites.cbegin(), suites.cend(),
                                           [](const OfferedSuite &s) { return s.cbc; }));
                       QVERIFY(!r.vulns.logjam); // 1024 bits is weak, but not export-grade
                       QVERIFY(hasFinding(r, u"TLS-KX-WEAK-DH"_s));
                       QVERIFY(!MozillaIntermediate::check(r).compliant);
                   });
            QTest::newRow(QByteArray("expired" + family).constData())
                << host << u"expired"_s << modern << true << v12v13 << u"T"_s
                << Check([](const TlsProbeResult &r) {
                       QVERIFY(r.certificate.expired);
                       QVERIFY(!r.certificate.trusted);
                       QVERIFY(hasFinding(r, u"TLS-CERT-EXPIRED"_s));
                   });
            QTest::newRow(QByteArray("self-signed" + family).constData())
                << host << u"self"_s << modern << false << v12v13 << u"T"_s
                << Check([](const TlsProbeResult &r) {
                       QVERIFY(r.certificate.selfSigned);
                       QVERIFY(r.certificate.hostnameMatch);
                       QVERIFY(hasFinding(r, u"TLS-CERT-SELF-SIGNED"_s));
                   });
            QTest::newRow(QByteArray("wrong name" + family).constData())
                << host << u"wrongname"_s << modern << true << v12v13 << u"M"_s
                << Check([](const TlsProbeResult &r) {
                       QVERIFY(r.certificate.trusted);
                       QVERIFY(!r.certificate.hostnameMatch);
                       QCOMPARE(r.certificate.sans, QStringList { u"other.test"_s });
                   });
            // RSA-1024 with SHA-1: no browser accepts it any more, so it is not trusted.
            QTest::newRow(QByteArray("RSA-1024 SHA-1" + family).constData())
                << host << u"weak"_s
                << QStringList { u"-no_tls1"_s, u"-no_tls1_1"_s, u"-cipher"_s, u"DEFAULT:@SECLEVEL=0"_s }
                << true << v12v13 << u"T"_s << Check([](const TlsProbeResult &r) {
                       QCOMPARE(r.certificate.keyBits, 1024);
                       QCOMPARE(r.certificate.signatureAlgorithm, u"sha1WithRSAEncryption"_s);
                       QVERIFY(!r.certificate.trusted);
                   });
            QTest::newRow(QByteArray("no intermediate" + family).constData())
                << host << u"good"_s << modern << false << v12v13 << u"T"_s
                << Check([](const TlsProbeResult &r) {
                       QVERIFY(!r.certificate.chainComplete);
                       QVERIFY(!r.certificate.trusted);
                   });
            QTest::newRow(QByteArray("OCSP stapled" + family).constData())
                << host << u"good"_s << modern + QStringList { u"-status_file"_s, m_ocsp } << true << v12v13
                << u"A"_s << Check([](const TlsProbeResult &r) {
                       QVERIFY(r.certificate.ocspStapled);
                       QCOMPARE(r.certificate.ocspStatus, u"good"_s);
                       QVERIFY(!hasFinding(r, u"TLS-CERT-NO-OCSP-STAPLING"_s));
                   });
            QTest::newRow(QByteArray("ALPN h2" + family).constData())
                << host << u"good"_s << modern + QStringList { u"-alpn"_s, u"h2,http/1.1"_s } << true
                << v12v13 << u"A"_s << Check([](const TlsProbeResult &r) {
                       QCOMPARE(r.vulns.alpn, QStringList({ u"h2"_s, u"http/1.1"_s }));
                   });
        }
    }
    void grades()
    {
        QFETCH(QString, host);
        QFETCH(QString, leaf);
        QFETCH(QStringList, args);
        QFETCH(bool, intermediate);
        QFETCH(QList<TlsVersion>, versions);
        QFETCH(QString, grade);
        QFETCH(Check, check);
        const auto result = probe(host, leaf, args, intermediate);
        if (!result && host == u"::1"_s)
            QSKIP("no IPv6 loopback on this machine");
        QVERIFY(result);
        QCOMPARE(result->ip, host);
        QCOMPARE(result->host, u"shop.test"_s);
        QCOMPARE(acceptedVersions(*result), versions);
        QVERIFY(result->certificate.present);
        QVERIFY(!result->vulns.heartbleed);
        QVERIFY(!result->vulns.ccsInjection);
        QVERIFY(!result->vulns.compression);
        const TlsGrade::Grade g = TlsGrade::compute(*result);
        QVERIFY2(g.letter == grade,
                 qPrintable(u"%1, because: %2"_s.arg(g.letter, g.capsApplied.join(u", "_s))));
        check(*result);
    }
};

QTEST_GUILESS_MAIN(TestTlsProbeGrades)
#include "tst_tlsprobe_grades.moc"
