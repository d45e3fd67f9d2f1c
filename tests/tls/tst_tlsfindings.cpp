// Findings from a probe: none for a well-run site, then each finding on its own, with a fixed clock.
#include "TlsResultFixture.h"
#include "common/Clock.h"
#include "tls/TlsFindings.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace TlsResultFixture;

using Mutation = std::function<void(TlsProbeResult &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {
QStringList ids(const QList<TlsFindings::Finding> &findings)
{
    QStringList list;
    for (const auto &f : findings)
        list.append(f.id);
    return list;
}
} // namespace

class TestTlsFindings : public QObject
{
    Q_OBJECT

private:
    // The fixture's certificate runs until 2024-03-31 12:00 UTC: 59 days and a bit from here.
    FixedClock m_clock { at(2024, 2, 1) };

private slots:
    void initTestCase() { Clock::setClock(&m_clock); }
    void cleanupTestCase() { Clock::setClock(nullptr); }
    void init() { m_clock.setTime(at(2024, 2, 1)); }

    void wellRunSiteHasNoFindings()
    {
        const auto findings = TlsFindings::compute(modern());
        QVERIFY2(findings.isEmpty(), qPrintable(ids(findings).join(u' ')));
    }

    void findings_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("evidence"); // a piece the evidence must contain

        QTest::newRow("SSLv2") << Mutation([](TlsProbeResult &r) {
            accept(r, TlsVersion::SSLv2,
                   { suite(0x0700, u"SSL_CK_DES_192_EDE3_CBC_WITH_MD5"_s, 112, u"RSA"_s) });
        }) << u"TLS-PROTO-SSL2"_s
                               << u"critical"_s << u"SSL 2"_s;
        QTest::newRow("SSLv3") << Mutation(
            [](TlsProbeResult &r) { accept(r, TlsVersion::SSLv3, { rsaAes128Cbc() }); })
                               << u"TLS-PROTO-SSL3"_s << u"high"_s << u"SSL 3"_s;
        QTest::newRow("TLS 1.0") << Mutation(
            [](TlsProbeResult &r) { accept(r, TlsVersion::TLS10, { ecdheRsaAes128Gcm() }); })
                                 << u"TLS-PROTO-TLS10"_s << u"medium"_s << u"TLS 1.0"_s;
        QTest::newRow("TLS 1.1") << Mutation(
            [](TlsProbeResult &r) { accept(r, TlsVersion::TLS11, { ecdheRsaAes128Gcm() }); })
                                 << u"TLS-PROTO-TLS11"_s << u"medium"_s << u"TLS 1.1"_s;
        QTest::newRow("no TLS 1.2") << Mutation([](TlsProbeResult &r) {
            refuse(r, TlsVersion::TLS12);
            refuse(r, TlsVersion::TLS13);
            accept(r, TlsVersion::TLS11, { ecdheRsaAes128Gcm() });
        }) << u"TLS-PROTO-NO-TLS12"_s
                                    << u"high"_s << u"TLS 1.1"_s;
        QTest::newRow("no TLS 1.3") << Mutation([](TlsProbeResult &r) { refuse(r, TlsVersion::TLS13); })
                                    << u"TLS-PROTO-NO-TLS13"_s << u"low"_s << u"TLS 1.3"_s;
        QTest::newRow("export") << Mutation([](TlsProbeResult &r) {
            accept(r, TlsVersion::TLS12, { rsaExportRc4() });
        }) << u"TLS-CIPHER-EXPORT"_s
                                << u"critical"_s << u"TLS_RSA_EXPORT_WITH_RC4_40_MD5"_s;
        QTest::newRow("NULL") << Mutation(
            [](TlsProbeResult &r) { accept(r, TlsVersion::TLS12, { rsaNull() }); })
                              << u"TLS-CIPHER-NULL"_s << u"critical"_s << u"TLS_RSA_WITH_NULL_SHA"_s;
        QTest::newRow("anonymous") << Mutation([](TlsProbeResult &r) {
            accept(r, TlsVersion::TLS12, { anonAes128() });
        }) << u"TLS-CIPHER-ANON"_s << u"critical"_s
                                   << u"TLS_DH_anon_WITH_AES_128_CBC_SHA"_s;
        QTest::newRow("DES") << Mutation(
            [](TlsProbeResult &r) { accept(r, TlsVersion::TLS12, { rsaDes() }); })
                             << u"TLS-CIPHER-WEAK"_s << u"high"_s << u"TLS_RSA_WITH_DES_CBC_SHA"_s;
        QTest::newRow("RC4") << Mutation(
            [](TlsProbeResult &r) { accept(r, TlsVersion::TLS12, { rsaRc4() }); })
                             << u"TLS-CIPHER-RC4"_s << u"high"_s << u"TLS_RSA_WITH_RC4_128_SHA"_s;
        QTest::newRow("3DES") << Mutation(
            [](TlsProbeResult &r) { accept(r, TlsVersion::TLS12, { rsa3des() }); })
                              << u"TLS-CIPHER-3DES"_s << u"medium"_s << u"TLS_RSA_WITH_3DES_EDE_CBC_SHA"_s;
        QTest::newRow("some suites without FS")
            << Mutation([](TlsProbeResult &r) { accept(r, TlsVersion::TLS12, { rsaAes128Gcm() }); })
            << u"TLS-CIPHER-NO-FS"_s << u"low"_s << u"TLS_RSA_WITH_AES_128_GCM_SHA256"_s;
        QTest::newRow("no FS at all") << Mutation([](TlsProbeResult &r) {
            refuse(r, TlsVersion::TLS13);
            protocolOf(r, TlsVersion::TLS12).suites = { rsaAes128Gcm() };
        }) << u"TLS-CIPHER-NO-FS"_s << u"high"_s
                                      << u"TLS_RSA_WITH_AES_128_GCM_SHA256"_s;
        QTest::newRow("CBC only") << Mutation([](TlsProbeResult &r) {
            refuse(r, TlsVersion::TLS13);
            protocolOf(r, TlsVersion::TLS12).suites = { ecdheRsaAes128Cbc() };
        }) << u"TLS-CIPHER-CBC-ONLY"_s
                                  << u"medium"_s << u"AES-GCM"_s;
        QTest::newRow("DH 1024") << Mutation([](TlsProbeResult &r) {
            accept(r, TlsVersion::TLS12, { dheRsaAes128Gcm() });
            r.keyExchange.minDhBits = 1024;
        }) << u"TLS-KX-WEAK-DH"_s << u"medium"_s
                                 << u"1024"_s;
        QTest::newRow("DH 512") << Mutation([](TlsProbeResult &r) {
            accept(r, TlsVersion::TLS12, { dheRsaAes128Gcm() });
            r.keyExchange.minDhBits = 512;
        }) << u"TLS-KX-WEAK-DH"_s
                                << u"high"_s << u"512"_s;

        QTest::newRow("no certificate") << Mutation([](TlsProbeResult &r) { r.certificate = {}; })
                                        << u"TLS-CERT-MISSING"_s << u"critical"_s << u"certificate"_s;
        QTest::newRow("expired (by the clock)")
            << Mutation([](TlsProbeResult &r) { r.certificate.notAfter = at(2024, 1, 31); })
            << u"TLS-CERT-EXPIRED"_s << u"critical"_s << u"2024-01-31"_s;
        QTest::newRow("expired (by the probe)") << Mutation([](TlsProbeResult &r) {
            r.certificate.expired = true;
            r.certificate.trusted = false;
        }) << u"TLS-CERT-EXPIRED"_s << u"critical"_s
                                                << u"2024-03-31"_s;
        QTest::newRow("expires in 30 days")
            << Mutation([](TlsProbeResult &r) { r.certificate.notAfter = at(2024, 3, 2); })
            << u"TLS-CERT-EXPIRES-SOON"_s << u"medium"_s << u"30 day"_s;
        QTest::newRow("expires in 5 days")
            << Mutation([](TlsProbeResult &r) { r.certificate.notAfter = at(2024, 2, 6); })
            << u"TLS-CERT-EXPIRES-SOON"_s << u"high"_s << u"5 day"_s;
        QTest::newRow("not yet valid")
            << Mutation([](TlsProbeResult &r) { r.certificate.notBefore = at(2024, 2, 10); })
            << u"TLS-CERT-NOT-YET-VALID"_s << u"high"_s << u"2024-02-10"_s;
        QTest::newRow("self-signed") << Mutation([](TlsProbeResult &r) {
            r.certificate.selfSigned = true;
            r.certificate.trusted = false;
            r.certificate.issuer = r.certificate.subject;
        }) << u"TLS-CERT-SELF-SIGNED"_s
                                     << u"critical"_s << u"CN=shop.example"_s;
        QTest::newRow("untrusted") << Mutation([](TlsProbeResult &r) { r.certificate.trusted = false; })
                                   << u"TLS-CERT-UNTRUSTED"_s << u"critical"_s << u"CN=Example CA"_s;
        QTest::newRow("name mismatch") << Mutation([](TlsProbeResult &r) {
            r.certificate.hostnameMatch = false;
            r.certificate.sans = { u"other.example"_s };
        }) << u"TLS-CERT-NAME-MISMATCH"_s
                                       << u"critical"_s << u"other.example"_s;
        QTest::newRow("RSA 1024") << Mutation([](TlsProbeResult &r) { r.certificate.keyBits = 1024; })
                                  << u"TLS-CERT-WEAK-KEY"_s << u"high"_s << u"1024"_s;
        QTest::newRow("SHA-1 signature") << Mutation([](TlsProbeResult &r) {
            r.certificate.signatureAlgorithm = u"sha1WithRSAEncryption"_s;
        }) << u"TLS-CERT-WEAK-SIGNATURE"_s
                                         << u"high"_s << u"sha1WithRSAEncryption"_s;
        QTest::newRow("MD5 signature") << Mutation([](TlsProbeResult &r) {
            r.certificate.signatureAlgorithm = u"md5WithRSAEncryption"_s;
        }) << u"TLS-CERT-WEAK-SIGNATURE"_s
                                       << u"critical"_s << u"md5WithRSAEncryption"_s;
        QTest::newRow("incomplete chain")
            << Mutation([](TlsProbeResult &r) { r.certificate.chainComplete = false; })
            << u"TLS-CERT-CHAIN-INCOMPLETE"_s << u"medium"_s << u"chain"_s;
        QTest::newRow("chain out of order")
            << Mutation([](TlsProbeResult &r) { r.certificate.chainInOrder = false; })
            << u"TLS-CERT-CHAIN-ORDER"_s << u"low"_s << u"order"_s;
        QTest::newRow("no OCSP stapling")
            << Mutation([](TlsProbeResult &r) { r.certificate.ocspStapled = false; })
            << u"TLS-CERT-NO-OCSP-STAPLING"_s << u"info"_s << u"OCSP"_s;
        QTest::newRow("must-staple without staple") << Mutation([](TlsProbeResult &r) {
            r.certificate.ocspStapled = false;
            r.certificate.mustStaple = true;
        }) << u"TLS-CERT-NO-OCSP-STAPLING"_s << u"high"_s
                                                    << u"must-staple"_s;

        QTest::newRow("no HSTS") << Mutation([](TlsProbeResult &r) { r.http.hstsMaxAge.reset(); })
                                 << u"TLS-HSTS-MISSING"_s << u"medium"_s << u"Strict-Transport-Security"_s;
        QTest::newRow("HSTS max-age=0") << Mutation([](TlsProbeResult &r) { r.http.hstsMaxAge = 0; })
                                        << u"TLS-HSTS-MISSING"_s << u"medium"_s << u"max-age=0"_s;
        QTest::newRow("HSTS 1 day") << Mutation([](TlsProbeResult &r) { r.http.hstsMaxAge = 86400; })
                                    << u"TLS-HSTS-SHORT"_s << u"low"_s << u"max-age=86400"_s;
        QTest::newRow("no redirect") << Mutation([](TlsProbeResult &r) { r.http.redirectsToHttps = false; })
                                     << u"TLS-HTTP-NO-REDIRECT"_s << u"medium"_s << u"http://shop.example/"_s;

        QTest::newRow("heartbleed") << Mutation([](TlsProbeResult &r) { r.vulns.heartbleed = true; })
                                    << u"TLS-VULN-HEARTBLEED"_s << u"critical"_s << u"memory"_s;
        QTest::newRow("CCS") << Mutation([](TlsProbeResult &r) { r.vulns.ccsInjection = true; })
                             << u"TLS-VULN-CCS"_s << u"critical"_s << u"ChangeCipherSpec"_s;
        QTest::newRow("compression") << Mutation([](TlsProbeResult &r) { r.vulns.compression = true; })
                                     << u"TLS-VULN-COMPRESSION"_s << u"high"_s << u"compression"_s;
        QTest::newRow("POODLE") << Mutation([](TlsProbeResult &r) { r.vulns.poodle = true; })
                                << u"TLS-VULN-POODLE"_s << u"high"_s << u"SSL 3"_s;
        QTest::newRow("DROWN") << Mutation([](TlsProbeResult &r) { r.vulns.drown = true; })
                               << u"TLS-VULN-DROWN"_s << u"critical"_s << u"SSL 2"_s;
        QTest::newRow("FREAK") << Mutation([](TlsProbeResult &r) { r.vulns.freak = true; })
                               << u"TLS-VULN-FREAK"_s << u"critical"_s << u"EXPORT"_s;
        QTest::newRow("Logjam") << Mutation([](TlsProbeResult &r) { r.vulns.logjam = true; })
                                << u"TLS-VULN-LOGJAM"_s << u"high"_s << u"DH"_s;
        QTest::newRow("no secure renegotiation")
            << Mutation([](TlsProbeResult &r) { r.vulns.secureRenegotiation = false; })
            << u"TLS-VULN-NO-SECURE-RENEG"_s << u"medium"_s << u"5746"_s;
        QTest::newRow("no fallback SCSV") << Mutation([](TlsProbeResult &r) {
            accept(r, TlsVersion::TLS10, { ecdheRsaAes128Gcm() });
            r.vulns.fallbackScsv = false;
        }) << u"TLS-VULN-NO-FALLBACK-SCSV"_s
                                          << u"low"_s << u"TLS_FALLBACK_SCSV"_s;
    }

    void findings()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, id);
        QFETCH(QString, severity);
        QFETCH(QString, evidence);
        TlsProbeResult r = modern();
        mutate(r);
        const auto all = TlsFindings::compute(r);
        const auto f = std::find_if(all.cbegin(), all.cend(), [&](const auto &x) { return x.id == id; });
        QVERIFY2(f != all.cend(), qPrintable(ids(all).join(u' ')));
        QCOMPARE(TlsFindings::severityKey(f->severity), severity);
        QVERIFY2(f->evidence.contains(evidence), qPrintable(f->evidence));
        QVERIFY(!f->title.isEmpty() && !f->why.isEmpty() && !f->fix.isEmpty());
        QCOMPARE(ids(all).count(id), 1);
    }

    void expiryFollowsTheClock()
    {
        const TlsProbeResult r = modern(); // valid until 2024-03-31 12:00
        QVERIFY(!ids(TlsFindings::compute(r)).contains(u"TLS-CERT-EXPIRES-SOON"_s));
        m_clock.setTime(at(2024, 3, 1)); // 30 days left
        QVERIFY(ids(TlsFindings::compute(r)).contains(u"TLS-CERT-EXPIRES-SOON"_s));
        m_clock.setTime(at(2024, 4, 1));
        const QStringList later = ids(TlsFindings::compute(r));
        QVERIFY(later.contains(u"TLS-CERT-EXPIRED"_s));
        QVERIFY(!later.contains(u"TLS-CERT-EXPIRES-SOON"_s));
        QVERIFY(!later.contains(u"TLS-CERT-UNTRUSTED"_s)); // expiry is the cause, named once
    }

    void mostSevereFirst()
    {
        TlsProbeResult r = modern();
        refuse(r, TlsVersion::TLS13); // low
        r.vulns.heartbleed = true; // critical
        accept(r, TlsVersion::TLS10,
               { ecdheRsaAes128Gcm() }); // medium (the fixture honours TLS_FALLBACK_SCSV)
        const auto all = TlsFindings::compute(r);
        QCOMPARE(ids(all),
                 QStringList({ u"TLS-VULN-HEARTBLEED"_s, u"TLS-PROTO-TLS10"_s, u"TLS-PROTO-NO-TLS13"_s }));
    }

    void nothingAcceptedGivesNoProtocolFindings()
    {
        TlsProbeResult r = modern();
        for (const TlsVersion v : TlsVersions::all())
            refuse(r, v);
        r.certificate = {};
        r.http = {};
        QVERIFY(TlsFindings::compute(r).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTlsFindings)
#include "tst_tlsfindings.moc"
