// The grade, rule by rule: each data row breaks one rule of the issue on a modern site and checks
// the letter it caps at; hand-computed scores check the arithmetic.
#include "TlsResultFixture.h"
#include "tls/TlsGrade.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace TlsResultFixture;

using Mutation = std::function<void(TlsProbeResult &)>;
Q_DECLARE_METATYPE(Mutation)

class TestTlsGrade : public QObject
{
    Q_OBJECT

private slots:
    void modernSiteGetsAPlus()
    {
        const TlsGrade::Grade g = TlsGrade::compute(modern());
        QCOMPARE(g.letter, u"A+"_s);
        QCOMPARE(g.letterIgnoringTrust, u"A+"_s);
        QVERIFY2(g.capsApplied.isEmpty(), qPrintable(g.capsApplied.join(u' ')));
        QVERIFY(g.graded());
    }

    void rules_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("letter");
        QTest::addColumn<QString>("rule"); // must be among capsApplied

        // F caps
        QTest::newRow("SSLv2 accepted") << Mutation([](TlsProbeResult &r) {
            accept(r, TlsVersion::SSLv2,
                   { suite(0x0700, u"SSL_CK_DES_192_EDE3_CBC_WITH_MD5"_s, 112, u"RSA"_s) });
        }) << u"F"_s << u"cap-F-sslv2"_s;
        QTest::newRow("export suite")
            << Mutation([](TlsProbeResult &r) { accept(r, TlsVersion::TLS12, { rsaExportRc4() }); }) << u"F"_s
            << u"cap-F-export"_s;
        QTest::newRow("heartbleed") << Mutation([](TlsProbeResult &r) { r.vulns.heartbleed = true; })
                                    << u"F"_s << u"cap-F-heartbleed"_s;
        QTest::newRow("CCS injection") << Mutation([](TlsProbeResult &r) { r.vulns.ccsInjection = true; })
                                       << u"F"_s << u"cap-F-ccs-injection"_s;
        QTest::newRow("SSLv3 best") << Mutation([](TlsProbeResult &r) {
            refuse(r, TlsVersion::TLS12);
            refuse(r, TlsVersion::TLS13);
            accept(r, TlsVersion::SSLv3, { rsaAes128Cbc() });
        }) << u"F"_s << u"cap-F-sslv3-best"_s;
        QTest::newRow("56-bit DES") << Mutation([](TlsProbeResult &r) {
            accept(r, TlsVersion::TLS12, { rsaDes() });
        }) << u"F"_s << u"cap-F-weak-cipher"_s;
        QTest::newRow("NULL cipher") << Mutation([](TlsProbeResult &r) {
            accept(r, TlsVersion::TLS12, { rsaNull() });
        }) << u"F"_s << u"cap-F-weak-cipher"_s;
        QTest::newRow("anonymous suite")
            << Mutation([](TlsProbeResult &r) { accept(r, TlsVersion::TLS12, { anonAes128() }); }) << u"F"_s
            << u"cap-F-anonymous"_s;
        QTest::newRow("MD5 signature") << Mutation([](TlsProbeResult &r) {
            r.certificate.signatureAlgorithm = u"md5WithRSAEncryption"_s;
        }) << u"F"_s << u"cap-F-md5-signature"_s;
        QTest::newRow("MD2 signature") << Mutation([](TlsProbeResult &r) {
            r.certificate.signatureAlgorithm = u"md2WithRSAEncryption"_s;
        }) << u"F"_s << u"cap-F-md2-signature"_s;

        // C caps
        QTest::newRow("no TLS 1.2") << Mutation([](TlsProbeResult &r) {
            refuse(r, TlsVersion::TLS12);
            refuse(r, TlsVersion::TLS13);
            accept(r, TlsVersion::TLS10, { ecdheRsaAes128Cbc() });
            accept(r, TlsVersion::TLS11, { ecdheRsaAes128Cbc() });
        }) << u"C"_s << u"cap-C-no-tls12"_s;
        QTest::newRow("RC4 with TLS 1.2")
            << Mutation([](TlsProbeResult &r) { accept(r, TlsVersion::TLS12, { rsaRc4() }); }) << u"C"_s
            << u"cap-C-rc4-tls11"_s;
        QTest::newRow("compression") << Mutation([](TlsProbeResult &r) { r.vulns.compression = true; })
                                     << u"C"_s << u"cap-C-compression"_s;
        QTest::newRow("POODLE") << Mutation([](TlsProbeResult &r) { r.vulns.poodle = true; }) << u"C"_s
                                << u"cap-C-poodle"_s;
        QTest::newRow("3DES with TLS 1.2")
            << Mutation([](TlsProbeResult &r) { accept(r, TlsVersion::TLS12, { rsa3des() }); }) << u"C"_s
            << u"cap-C-64bit-block-tls11"_s;

        // B caps
        QTest::newRow("SSLv3 offered")
            << Mutation([](TlsProbeResult &r) { accept(r, TlsVersion::SSLv3, { rsaAes128Cbc() }); }) << u"B"_s
            << u"cap-B-sslv3"_s;
        QTest::newRow("TLS 1.0 offered")
            << Mutation([](TlsProbeResult &r) { accept(r, TlsVersion::TLS10, { ecdheRsaAes128Cbc() }); })
            << u"B"_s << u"cap-B-tls10"_s;
        QTest::newRow("TLS 1.1 offered")
            << Mutation([](TlsProbeResult &r) { accept(r, TlsVersion::TLS11, { ecdheRsaAes128Cbc() }); })
            << u"B"_s << u"cap-B-tls11"_s;
        QTest::newRow("no forward secrecy") << Mutation([](TlsProbeResult &r) {
            refuse(r, TlsVersion::TLS13);
            protocolOf(r, TlsVersion::TLS12).suites = { rsaAes128Gcm() };
        }) << u"B"_s << u"cap-B-no-forward-secrecy"_s;
        QTest::newRow("server prefers a suite without FS") << Mutation([](TlsProbeResult &r) {
            refuse(r, TlsVersion::TLS13);
            ProtocolResult &p = protocolOf(r, TlsVersion::TLS12);
            p.suites.append(rsaAes128Gcm());
            p.serverOrder = true;
            p.preferred = rsaAes128Gcm().id;
        }) << u"B"_s << u"cap-B-no-forward-secrecy"_s;
        QTest::newRow("no AEAD") << Mutation([](TlsProbeResult &r) {
            refuse(r, TlsVersion::TLS13);
            protocolOf(r, TlsVersion::TLS12).suites = { ecdheRsaAes128Cbc() };
        }) << u"B"_s << u"cap-B-no-aead"_s;
        QTest::newRow("RC4 offered on TLS 1.0")
            << Mutation([](TlsProbeResult &r) { accept(r, TlsVersion::TLS10, { rsaRc4() }); }) << u"B"_s
            << u"cap-B-rc4"_s;
        QTest::newRow("incomplete chain")
            << Mutation([](TlsProbeResult &r) { r.certificate.chainComplete = false; }) << u"B"_s
            << u"cap-B-chain-incomplete"_s;

        // A- warnings
        QTest::newRow("no TLS 1.3") << Mutation([](TlsProbeResult &r) { refuse(r, TlsVersion::TLS13); })
                                    << u"A-"_s << u"cap-A--no-tls13"_s;
        QTest::newRow("no secure renegotiation")
            << Mutation([](TlsProbeResult &r) { r.vulns.secureRenegotiation = false; }) << u"A-"_s
            << u"cap-A--no-secure-renegotiation"_s;
        QTest::newRow("HSTS 1 day") << Mutation([](TlsProbeResult &r) { r.http.hstsMaxAge = 86400; })
                                    << u"A-"_s << u"cap-A--hsts-short"_s;
        QTest::newRow("HSTS 179 days") << Mutation([](TlsProbeResult &r) { r.http.hstsMaxAge = 179 * 86400; })
                                       << u"A-"_s << u"cap-A--hsts-short"_s;

        // Certificate verdicts
        QTest::newRow("untrusted") << Mutation([](TlsProbeResult &r) { r.certificate.trusted = false; })
                                   << u"T"_s << u"cap-T-untrusted"_s;
        QTest::newRow("self-signed") << Mutation([](TlsProbeResult &r) {
            r.certificate.trusted = false;
            r.certificate.selfSigned = true;
        }) << u"T"_s << u"cap-T-self-signed"_s;
        QTest::newRow("expired") << Mutation([](TlsProbeResult &r) {
            r.certificate.trusted = false;
            r.certificate.expired = true;
        }) << u"T"_s << u"cap-T-expired"_s;
        QTest::newRow("not yet valid") << Mutation([](TlsProbeResult &r) {
            r.certificate.trusted = false;
            r.certificate.notYetValid = true;
        }) << u"T"_s << u"cap-T-not-yet-valid"_s;
        QTest::newRow("no certificate")
            << Mutation([](TlsProbeResult &r) { r.certificate = {}; }) << u"T"_s << u"cap-T-no-certificate"_s;
        QTest::newRow("name mismatch")
            << Mutation([](TlsProbeResult &r) { r.certificate.hostnameMatch = false; }) << u"M"_s
            << u"cap-M-name-mismatch"_s;
        QTest::newRow("untrusted and mismatch: T first") << Mutation([](TlsProbeResult &r) {
            r.certificate.trusted = false;
            r.certificate.hostnameMatch = false;
        }) << u"T"_s << u"cap-M-name-mismatch"_s;
    }

    void rules()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, letter);
        QFETCH(QString, rule);
        TlsProbeResult r = modern();
        mutate(r);
        const TlsGrade::Grade g = TlsGrade::compute(r);
        QCOMPARE(g.letter, letter);
        QVERIFY2(g.capsApplied.contains(rule), qPrintable(g.capsApplied.join(u' ')));
        const auto reason = std::find_if(g.reasons.cbegin(), g.reasons.cend(),
                                         [&](const TlsGrade::Reason &x) { return x.id == rule; });
        QVERIFY(reason != g.reasons.cend());
        QVERIFY(!reason->text.isEmpty());
    }

    void trustProblemsKeepTheUnderlyingLetter()
    {
        TlsProbeResult r = modern();
        r.certificate.trusted = false;
        r.certificate.selfSigned = true;
        const TlsGrade::Grade g = TlsGrade::compute(r);
        QCOMPARE(g.letter, u"T"_s);
        QCOMPARE(g.letterIgnoringTrust, u"A+"_s);
        QCOMPARE(g.capsApplied.first(), u"cap-T-self-signed"_s);
        QCOMPARE(g.reasons.first().id, u"cap-T-self-signed"_s);
        QVERIFY(!g.capsApplied.contains(u"cap-T-untrusted"_s)); // the specific cause is named instead
    }

    void hstsDecidesBetweenAAndAPlus_data()
    {
        QTest::addColumn<std::optional<qint64>>("maxAge");
        QTest::addColumn<QString>("letter");
        QTest::newRow("none") << std::optional<qint64>() << u"A"_s;
        QTest::newRow("max-age=0 switches it off") << std::optional<qint64>(0) << u"A"_s;
        QTest::newRow("179 days") << std::optional<qint64>(179 * 86400) << u"A-"_s;
        QTest::newRow("180 days") << std::optional<qint64>(180 * 86400) << u"A+"_s;
        QTest::newRow("2 years") << std::optional<qint64>(63072000) << u"A+"_s;
    }

    void hstsDecidesBetweenAAndAPlus()
    {
        QFETCH(std::optional<qint64>, maxAge);
        QFETCH(QString, letter);
        TlsProbeResult r = modern();
        r.http.hstsMaxAge = maxAge;
        const TlsGrade::Grade g = TlsGrade::compute(r);
        QCOMPARE(g.letter, letter);
        if (letter == u"A"_s) {
            QVERIFY(g.capsApplied.isEmpty());
            QVERIFY(std::any_of(g.reasons.cbegin(), g.reasons.cend(),
                                [](const TlsGrade::Reason &x) { return x.id == u"note-no-hsts"_s; }));
        }
    }

    void tls13OnlyIsNotCappedForMissingTls12()
    {
        TlsProbeResult r = modern();
        refuse(r, TlsVersion::TLS12);
        r.vulns.secureRenegotiation = false; // no renegotiation in TLS 1.3 at all
        const TlsGrade::Grade g = TlsGrade::compute(r);
        QCOMPARE(g.letter, u"A+"_s);
        QVERIFY(g.capsApplied.isEmpty());
    }

    void capsDoNotRaiseALowScore()
    {
        // SSLv2 only with a 40-bit export suite scores E, and F caps it; an A- warning never lifts it.
        TlsProbeResult r = modern();
        for (const TlsVersion v : TlsVersions::all())
            refuse(r, v);
        accept(r, TlsVersion::SSLv2, { suite(0x0200, u"SSL_CK_RC4_128_EXPORT40_WITH_MD5"_s, 40, u"RSA"_s) });
        protocolOf(r, TlsVersion::SSLv2).suites[0].export_ = true;
        const TlsGrade::Grade g = TlsGrade::compute(r);
        QCOMPARE(g.letter, u"F"_s);
        // protocol (0+0)/2 = 0; key exchange export 40 → 40; cipher 40 bits → 20
        // 0.3·0 + 0.3·40 + 0.4·20 = 0 + 12 + 8 = 20
        QCOMPARE(g.protocolScore, 0);
        QCOMPARE(g.keyExchangeScore, 40);
        QCOMPARE(g.cipherScore, 20);
        QCOMPARE(g.score, 20);
    }

    void scores_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<int>("protocol");
        QTest::addColumn<int>("keyExchange");
        QTest::addColumn<int>("cipher");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("letter");

        // protocol (100+100)/2 = 100; key exchange x25519 (253) .. secp384r1 → 100, 100 → 100;
        // cipher best 256 → 100, worst 128 → 80 → 90; 30 + 30 + 36 = 96.
        QTest::newRow("modern") << Mutation([](TlsProbeResult &) {}) << 100 << 100 << 90 << 96 << u"A+"_s;

        // TLS 1.0 + 1.2: protocol (100+90)/2 = 95.
        // Key exchange: ECDHE P-256 → 100, static RSA with the 2048-bit certificate → 90,
        // DHE 1024 → 80; (100+80)/2 = 90.
        // Cipher: 128 → 80 best, 3DES 112 → 20 worst; (80+20)/2 = 50.
        // 0.3·95 + 0.3·90 + 0.4·50 = 28.5 + 27 + 20 = 75.5 → 76 → B (also capped B: TLS 1.0, no AEAD;
        // the 3DES is only on TLS 1.0, so no C).
        QTest::newRow("legacy") << Mutation([](TlsProbeResult &r) {
            refuse(r, TlsVersion::TLS13);
            r.keyExchange.groups = { u"secp256r1"_s };
            r.keyExchange.minEcBits = 256;
            r.keyExchange.minDhBits = 1024;
            protocolOf(r, TlsVersion::TLS12).suites
                = { ecdheRsaAes128Cbc(), rsaAes128Cbc(),
                    suite(0x0033, u"TLS_DHE_RSA_WITH_AES_128_CBC_SHA"_s, 128, u"DHE"_s) };
            accept(r, TlsVersion::TLS10, { ecdheRsaAes128Cbc(), rsa3des() });
        }) << 95 << 90 << 50 << 76
                                << u"B"_s;

        // SSLv3 + TLS 1.0, RSA-1024 certificate, RC4-128 and a 40-bit export suite:
        // protocol (90+80)/2 = 85; key exchange RSA 1024 → 80, export → 40 → 60;
        // cipher 128 → 80, 40 → 20 → 50; 25.5 + 18 + 20 = 63.5 → 64 (C by score), capped F (export).
        QTest::newRow("old") << Mutation([](TlsProbeResult &r) {
            refuse(r, TlsVersion::TLS12);
            refuse(r, TlsVersion::TLS13);
            r.certificate.keyBits = 1024;
            accept(r, TlsVersion::SSLv3, { rsaRc4(), rsaExportRc4() });
            accept(r, TlsVersion::TLS10, { rsaRc4() });
        }) << 85 << 60 << 50 << 64
                             << u"F"_s;

        // Static RSA measured separately from the certificate: 4096-bit key exchange → 100,
        // ECDHE x25519 → 100; key exchange 100. Cipher 128 only → 80.
        // protocol 100; 30 + 30 + 32 = 92, capped A- (no TLS 1.3).
        QTest::newRow("static RSA uses the measured key") << Mutation([](TlsProbeResult &r) {
            refuse(r, TlsVersion::TLS13);
            r.keyExchange.groups = { u"x25519"_s };
            r.keyExchange.rsaKeyBits = 4096;
            r.certificate.keyBits = 1024; // ignored: the measured key wins
            protocolOf(r, TlsVersion::TLS12).suites = { ecdheRsaAes128Gcm(), rsaAes128Gcm() };
        }) << 100 << 100 << 80 << 92 << u"A-"_s;

        // Key exchange never measured (no groups, no DH size, an ECDHE suite): the certificate's
        // RSA-2048 stands in → 90. 30 + 27 + 36 = 93 → A+.
        QTest::newRow("key exchange falls back to the certificate")
            << Mutation([](TlsProbeResult &r) { r.keyExchange = {}; }) << 100 << 90 << 90 << 93 << u"A+"_s;
    }

    void scores()
    {
        QFETCH(Mutation, mutate);
        QFETCH(int, protocol);
        QFETCH(int, keyExchange);
        QFETCH(int, cipher);
        QFETCH(int, score);
        QFETCH(QString, letter);
        TlsProbeResult r = modern();
        mutate(r);
        const TlsGrade::Grade g = TlsGrade::compute(r);
        QCOMPARE(g.protocolScore, protocol);
        QCOMPARE(g.keyExchangeScore, keyExchange);
        QCOMPARE(g.cipherScore, cipher);
        QCOMPARE(g.score, score);
        QCOMPARE(g.letter, letter);
    }

    void pointTables()
    {
        QCOMPARE(TlsGrade::protocolPoints(TlsVersion::SSLv2), 0);
        QCOMPARE(TlsGrade::protocolPoints(TlsVersion::SSLv3), 80);
        QCOMPARE(TlsGrade::protocolPoints(TlsVersion::TLS10), 90);
        QCOMPARE(TlsGrade::protocolPoints(TlsVersion::TLS11), 95);
        QCOMPARE(TlsGrade::protocolPoints(TlsVersion::TLS12), 100);
        QCOMPARE(TlsGrade::protocolPoints(TlsVersion::TLS13), 100);

        const QList<std::pair<int, int>> rsa = { { 511, 20 },  { 512, 40 },  { 1023, 40 }, { 1024, 80 },
                                                 { 2047, 80 }, { 2048, 90 }, { 4095, 90 }, { 4096, 100 } };
        for (const auto &[bits, points] : rsa)
            QCOMPARE(TlsGrade::rsaDhPoints(bits), points);
        const QList<std::pair<int, int>> ec = { { 109, 20 }, { 110, 40 }, { 122, 40 }, { 123, 80 },
                                                { 162, 80 }, { 163, 90 }, { 224, 90 }, { 225, 100 } };
        for (const auto &[bits, points] : ec)
            QCOMPARE(TlsGrade::ecPoints(bits), points);

        QCOMPARE(TlsGrade::cipherPoints(tls13Aes256()), 100);
        QCOMPARE(TlsGrade::cipherPoints(tls13Aes128()), 80);
        QCOMPARE(TlsGrade::cipherPoints(rsa3des()), 20);
        QCOMPARE(TlsGrade::cipherPoints(rsaNull()), 0);

        bool isDh = true;
        QCOMPARE(TlsGrade::groupBits(u"x25519"_s, &isDh), 253);
        QVERIFY(!isDh);
        QCOMPARE(TlsGrade::groupBits(u"X25519MLKEM768"_s), 253);
        QCOMPARE(TlsGrade::groupBits(u"prime256v1"_s), 256);
        QCOMPARE(TlsGrade::groupBits(u"sect163k1"_s), 163);
        QCOMPARE(TlsGrade::groupBits(u"ffdhe3072"_s, &isDh), 3072);
        QVERIFY(isDh);
        QCOMPARE(TlsGrade::groupBits(u"nonsense"_s), 0);
    }

    void weakCurveLowersKeyExchange()
    {
        // secp160r1 (160 bits) → 80 worst, x25519 → 100 best: (100+80)/2 = 90.
        TlsProbeResult r = modern();
        r.keyExchange.groups = { u"x25519"_s, u"secp160r1"_s };
        r.keyExchange.minEcBits = 160;
        QCOMPARE(TlsGrade::compute(r).keyExchangeScore, 90);
    }

    void nothingToGrade()
    {
        TlsProbeResult r = modern();
        for (const TlsVersion v : TlsVersions::all())
            refuse(r, v);
        TlsGrade::Grade g = TlsGrade::compute(r);
        QVERIFY(!g.graded());
        QCOMPARE(g.reasons.size(), 1);
        QCOMPARE(g.reasons.first().id, u"no-protocol"_s);

        r = modern();
        for (ProtocolResult &p : r.protocols)
            p.suites.clear();
        g = TlsGrade::compute(r);
        QVERIFY(!g.graded());
        QCOMPARE(g.reasons.first().id, u"no-suites"_s);
    }

    void versionKeys()
    {
        const QStringList keys
            = { u"SSLv2"_s, u"SSLv3"_s, u"TLSv1.0"_s, u"TLSv1.1"_s, u"TLSv1.2"_s, u"TLSv1.3"_s };
        const QList<TlsVersion> versions = TlsVersions::all();
        QCOMPARE(versions.size(), keys.size());
        for (qsizetype i = 0; i < keys.size(); ++i) {
            QCOMPARE(TlsVersions::key(versions[i]), keys[i]);
            QCOMPARE(TlsVersions::fromKey(keys[i]), std::optional<TlsVersion>(versions[i]));
        }
        QVERIFY(!TlsVersions::fromKey(u"TLSv2"_s));
    }

    void resultHelpers()
    {
        TlsProbeResult r = modern();
        QCOMPARE(r.bestProtocol(), std::optional<TlsVersion>(TlsVersion::TLS13));
        QCOMPARE(r.worstProtocol(), std::optional<TlsVersion>(TlsVersion::TLS12));
        accept(r, TlsVersion::TLS10, { ecdheRsaAes128Gcm(), ecdheRsaAes128Cbc() });
        QCOMPARE(r.worstProtocol(), std::optional<TlsVersion>(TlsVersion::TLS10));
        QVERIFY(r.accepted(TlsVersion::TLS10));
        QVERIFY(!r.accepted(TlsVersion::SSLv3));
        // Each id once: 3 TLS 1.3 + 3 TLS 1.2 + the CBC suite only TLS 1.0 has.
        QCOMPARE(r.allSuites().size(), 7);
        QCOMPARE(r.allSuites().first().id, quint16(0xC02F)); // oldest protocol first
    }
};

QTEST_GUILESS_MAIN(TestTlsGrade)
#include "tst_tlsgrade.moc"
