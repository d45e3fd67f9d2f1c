// Mozilla's intermediate profile: a compliant site, then each deviation on its own.
#include "TlsResultFixture.h"
#include "tls/MozillaIntermediate.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace TlsResultFixture;

using Mutation = std::function<void(TlsProbeResult &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {
// The modern fixture, tuned to the profile's recommendations too: HSTS two years.
TlsProbeResult compliantSite()
{
    TlsProbeResult r = modern();
    r.keyExchange.groups = { u"x25519"_s, u"secp256r1"_s, u"secp384r1"_s };
    r.http.hstsMaxAge = MozillaIntermediate::recommendedHstsSeconds;
    return r;
}

QStringList ids(const MozillaIntermediate::Verdict &v)
{
    QStringList list;
    for (const auto &d : v.deviations)
        list.append(d.id);
    return list;
}
} // namespace

class TestMozillaIntermediate : public QObject
{
    Q_OBJECT

private slots:
    void compliantBaseline()
    {
        const auto v = MozillaIntermediate::check(compliantSite());
        QVERIFY2(v.compliant, qPrintable(ids(v).join(u' ')));
        QVERIFY2(v.deviations.isEmpty(), qPrintable(ids(v).join(u' ')));
    }

    void allAllowedSuitesAndEcdsaP256AreFine()
    {
        TlsProbeResult r = compliantSite();
        ProtocolResult &p = protocolOf(r, TlsVersion::TLS12);
        for (const quint16 id : { 0xC02B, 0xC02F, 0xC02C, 0xC030, 0xCCA9, 0xCCA8, 0x009E, 0x009F, 0xCCAA })
            p.suites.append(suite(id, QString(), 128,
                                  id == 0x009E || id == 0x009F || id == 0xCCAA ? u"DHE"_s : u"ECDHE"_s));
        r.keyExchange.minDhBits = 2048;
        r.keyExchange.groups.append(u"ffdhe2048"_s);
        r.keyExchange.groups.append(u"X25519MLKEM768"_s);
        r.certificate.keyType = u"EC"_s;
        r.certificate.keyBits = 256;
        r.certificate.signatureAlgorithm = u"ecdsa-with-SHA256"_s;
        const auto v = MozillaIntermediate::check(r);
        QVERIFY2(v.compliant && v.deviations.isEmpty(), qPrintable(ids(v).join(u' ')));
    }

    void deviations_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("required");

        QTest::newRow("SSLv2") << Mutation([](TlsProbeResult &r) {
            accept(r, TlsVersion::SSLv2,
                   { suite(0x0700, u"SSL_CK_DES_192_EDE3_CBC_WITH_MD5"_s, 112, u"RSA"_s) });
        }) << u"MOZ-PROTO-SSL2"_s
                               << true;
        QTest::newRow("SSLv3") << Mutation(
            [](TlsProbeResult &r) { accept(r, TlsVersion::SSLv3, { rsaAes128Cbc() }); })
                               << u"MOZ-PROTO-SSL3"_s << true;
        QTest::newRow("TLS 1.0") << Mutation(
            [](TlsProbeResult &r) { accept(r, TlsVersion::TLS10, { ecdheRsaAes128Cbc() }); })
                                 << u"MOZ-PROTO-TLS10"_s << true;
        QTest::newRow("TLS 1.1") << Mutation(
            [](TlsProbeResult &r) { accept(r, TlsVersion::TLS11, { ecdheRsaAes128Cbc() }); })
                                 << u"MOZ-PROTO-TLS11"_s << true;
        QTest::newRow("no TLS 1.2") << Mutation([](TlsProbeResult &r) { refuse(r, TlsVersion::TLS12); })
                                    << u"MOZ-NO-TLS12"_s << true;
        QTest::newRow("no TLS 1.3") << Mutation([](TlsProbeResult &r) { refuse(r, TlsVersion::TLS13); })
                                    << u"MOZ-NO-TLS13"_s << true;
        QTest::newRow("CBC suite on TLS 1.2")
            << Mutation([](TlsProbeResult &r) { accept(r, TlsVersion::TLS12, { ecdheRsaAes128Cbc() }); })
            << u"MOZ-CIPHER-TLS12"_s << true;
        QTest::newRow("static RSA on TLS 1.2")
            << Mutation([](TlsProbeResult &r) { accept(r, TlsVersion::TLS12, { rsaAes128Gcm() }); })
            << u"MOZ-CIPHER-TLS12"_s << true;
        QTest::newRow("CCM suite on TLS 1.3") << Mutation([](TlsProbeResult &r) {
            accept(r, TlsVersion::TLS13, { suite(0x1304, u"TLS_AES_128_CCM_SHA256"_s, 128, u"TLS13"_s) });
        }) << u"MOZ-CIPHER-TLS13"_s << true;
        QTest::newRow("secp521r1") << Mutation([](TlsProbeResult &r) {
            r.keyExchange.groups.append(u"secp521r1"_s);
        }) << u"MOZ-GROUPS"_s << true;
        QTest::newRow("ffdhe1024-ish group")
            << Mutation([](TlsProbeResult &r) { r.keyExchange.groups.append(u"ffdhe1024"_s); })
            << u"MOZ-GROUPS"_s << true;
        QTest::newRow("DH 1024") << Mutation([](TlsProbeResult &r) {
            accept(r, TlsVersion::TLS12, { dheRsaAes128Gcm() });
            r.keyExchange.minDhBits = 1024;
        }) << u"MOZ-DH-PARAMS"_s << true;
        QTest::newRow("RSA 1024 certificate")
            << Mutation([](TlsProbeResult &r) { r.certificate.keyBits = 1024; }) << u"MOZ-CERT-KEY"_s << true;
        QTest::newRow("ECDSA P-384 certificate") << Mutation([](TlsProbeResult &r) {
            r.certificate.keyType = u"EC"_s;
            r.certificate.keyBits = 384;
        }) << u"MOZ-CERT-KEY"_s << true;
        QTest::newRow("SHA-1 signature") << Mutation([](TlsProbeResult &r) {
            r.certificate.signatureAlgorithm = u"sha1WithRSAEncryption"_s;
        }) << u"MOZ-CERT-SIGNATURE"_s << true;
        QTest::newRow("no certificate")
            << Mutation([](TlsProbeResult &r) { r.certificate = {}; }) << u"MOZ-CERT-MISSING"_s << true;
        QTest::newRow("nothing accepted") << Mutation([](TlsProbeResult &r) {
            for (const TlsVersion v : TlsVersions::all())
                refuse(r, v);
        }) << u"MOZ-NO-PROTOCOL"_s << true;

        // Recommendations: named, but the site stays compliant.
        QTest::newRow("HSTS one year")
            << Mutation([](TlsProbeResult &r) { r.http.hstsMaxAge = 31536000; }) << u"MOZ-HSTS"_s << false;
        QTest::newRow("no HSTS") << Mutation([](TlsProbeResult &r) { r.http.hstsMaxAge.reset(); })
                                 << u"MOZ-HSTS"_s << false;
        QTest::newRow("no OCSP stapling")
            << Mutation([](TlsProbeResult &r) { r.certificate.ocspStapled = false; })
            << u"MOZ-OCSP-STAPLING"_s << false;
        QTest::newRow("server order")
            << Mutation([](TlsProbeResult &r) { protocolOf(r, TlsVersion::TLS12).serverOrder = true; })
            << u"MOZ-SERVER-ORDER"_s << false;
        QTest::newRow("secp384r1 missing")
            << Mutation([](TlsProbeResult &r) { r.keyExchange.groups.removeAll(u"secp384r1"_s); })
            << u"MOZ-GROUPS-MISSING"_s << false;
        QTest::newRow("two-year certificate") << Mutation([](TlsProbeResult &r) {
            r.certificate.notAfter = r.certificate.notBefore.addDays(730);
        }) << u"MOZ-CERT-LIFETIME"_s << false;
    }

    void deviations()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, id);
        QFETCH(bool, required);
        TlsProbeResult r = compliantSite();
        mutate(r);
        const auto v = MozillaIntermediate::check(r);
        QVERIFY2(v.has(id), qPrintable(ids(v).join(u' ')));
        QCOMPARE(v.compliant, !required);
        const auto d = std::find_if(v.deviations.cbegin(), v.deviations.cend(),
                                    [&](const auto &x) { return x.id == id; });
        QCOMPARE(d->required, required);
        QVERIFY(!d->text.isEmpty());
    }

    void evidenceNamesTheSuites()
    {
        TlsProbeResult r = compliantSite();
        accept(r, TlsVersion::TLS12, { ecdheRsaAes128Cbc(), suite(0xC014, QString(), 256, u"ECDHE"_s) });
        const auto v = MozillaIntermediate::check(r);
        QCOMPARE(v.deviations.size(), 1);
        QVERIFY(v.deviations.first().text.contains(u"TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"_s));
        QVERIFY(v.deviations.first().text.contains(u"0xC014"_s)); // no name known: the id
        QVERIFY(!v.deviations.first().text.contains(u"GCM"_s)); // allowed ones are not listed
    }

    void requiredDeviationsComeFirst()
    {
        TlsProbeResult r = compliantSite();
        r.http.hstsMaxAge.reset();
        accept(r, TlsVersion::TLS10, { ecdheRsaAes128Cbc() });
        const auto v = MozillaIntermediate::check(r);
        QCOMPARE(ids(v), QStringList({ u"MOZ-PROTO-TLS10"_s, u"MOZ-HSTS"_s }));
    }
};

QTEST_GUILESS_MAIN(TestMozillaIntermediate)
#include "tst_mozillaintermediate.moc"
