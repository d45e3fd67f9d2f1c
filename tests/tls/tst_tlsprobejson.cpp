// TlsProbeJson: every measured fact survives toJson → fromJson, the keys the README promises are
// there, and input that is not a probe result is refused.
#include "TlsResultFixture.h"
#include "tls/TlsGrade.h"
#include "tls/TlsProbeJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TlsResultFixture;

namespace {

// A result that sets every field to something other than its default.
TlsProbeResult rich()
{
    TlsProbeResult r = modern();
    r.finishedAt = at(2026, 11, 28);
    r.durationMs = 1234;
    accept(r, TlsVersion::TLS10, { rsaAes128Cbc(), rsa3des() });
    OfferedSuite ssl2;
    ssl2.ssl2Kind = 0x010080;
    ssl2.name = u"SSL_CK_RC4_128_WITH_MD5"_s;
    ssl2.bits = 128;
    ssl2.kx = u"RSA"_s;
    ssl2.rc4 = true;
    accept(r, TlsVersion::SSLv2, { ssl2 });
    protocolOf(r, TlsVersion::TLS12).serverOrder = true;
    protocolOf(r, TlsVersion::TLS12).preferred = 0xC02F;
    r.keyExchange.minDhBits = 2048;
    r.certificate.ocspStatus = u"good"_s;
    r.certificate.trustProblem = u"nobody vouches for it"_s;
    r.certificate.mustStaple = true;
    r.certificate.sctPresent = true;
    r.certificate.chain = { ChainEntry { u"CN=shop.example"_s, u"CN=Example CA"_s, at(2024, 3, 31), u"RSA"_s,
                                         2048, u"sha256WithRSAEncryption"_s } };
    r.http.hstsIncludeSubDomains = true;
    r.http.hstsPreload = true;
    r.http.headers = { { u"server"_s, u"nginx"_s }, { u"x-frame-options"_s, u"DENY"_s } };
    r.http.server = u"nginx"_s;
    r.http.cdn = u"Cloudflare"_s;
    r.http.cookies = { HttpCookie { u"session"_s, true, true, u"Lax"_s } };
    r.http.csp = true;
    r.http.cspFrameAncestors = true;
    r.http.xFrameOptions = true;
    r.http.contentTypeNosniff = true;
    r.http.referrerPolicy = true;
    r.http.permissionsPolicy = true;
    r.http.redirects = { u"/shop"_s };
    r.http.plainStatusCode = 301;
    r.http.plainLocation = u"https://shop.example/"_s;
    r.vulns.heartbleed = true;
    r.vulns.ccsInjection = true;
    r.vulns.compression = true;
    r.vulns.fallbackScsvApplicable = true;
    r.vulns.poodle = true;
    r.vulns.beast = true;
    r.vulns.sweet32 = true;
    r.vulns.freak = true;
    r.vulns.logjam = true;
    r.vulns.rc4 = true;
    r.vulns.drown = true;
    r.notes = { u"a note"_s };
    return r;
}

} // namespace

class TestTlsProbeJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryFact()
    {
        const TlsProbeResult before = rich();
        const QJsonObject json = TlsProbeJson::toJson(before);
        // Through text, as the plan and the CLI carry it.
        const QJsonObject parsed
            = QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact)).object();
        auto after = TlsProbeJson::fromJson(parsed);
        QVERIFY2(after, qPrintable(after.error()));
        // Writing the read-back result again gives the same JSON: nothing was lost on the way.
        QCOMPARE(TlsProbeJson::toJson(after.value()), json);
        QCOMPARE(after->protocols.size(), before.protocols.size());
        const ProtocolResult *ssl2 = after->protocol(TlsVersion::SSLv2);
        QVERIFY(ssl2 && ssl2->accepted);
        QCOMPARE(ssl2->suites.first().ssl2Kind, 0x010080u);
        QCOMPARE(after->protocol(TlsVersion::TLS12)->preferred, std::optional<quint16>(0xC02F));
        QCOMPARE(after->certificate.notAfter, before.certificate.notAfter);
        QCOMPARE(after->http.hstsMaxAge, before.http.hstsMaxAge);
        QCOMPARE(after->finishedAt, before.finishedAt);
        QCOMPARE(TlsGrade::compute(after.value()).letter, TlsGrade::compute(before).letter);
    }

    void hasTheDocumentedKeys()
    {
        const QJsonObject json = TlsProbeJson::toJson(rich());
        for (const QString &key :
             { u"host"_s, u"port"_s, u"ip"_s, u"duration_ms"_s, u"protocols"_s, u"ciphers"_s,
               u"server_order"_s, u"groups"_s, u"certificate"_s, u"http"_s, u"vulnerabilities"_s, u"grade"_s,
               u"mozilla_intermediate"_s, u"findings"_s })
            QVERIFY2(json.contains(key), qPrintable(key));
        const QJsonObject protocols = json.value(u"protocols"_s).toObject();
        QCOMPARE(
            protocols.keys(),
            QStringList({ u"SSLv2"_s, u"SSLv3"_s, u"TLSv1.0"_s, u"TLSv1.1"_s, u"TLSv1.2"_s, u"TLSv1.3"_s }));
        QCOMPARE(protocols.value(u"TLSv1.0"_s), QJsonValue(true));
        QCOMPARE(protocols.value(u"SSLv3"_s), QJsonValue(false));
        const QJsonObject first
            = json.value(u"ciphers"_s).toObject().value(u"TLSv1.2"_s).toArray().first().toObject();
        QCOMPARE(first.value(u"id"_s).toString(), u"0xC02F"_s);
        QCOMPARE(first.value(u"name"_s).toString(), u"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"_s);
        QCOMPARE(first.value(u"bits"_s).toInt(), 128);
        QCOMPARE(first.value(u"kx"_s).toString(), u"ECDHE"_s);
        const QJsonObject ssl2
            = json.value(u"ciphers"_s).toObject().value(u"SSLv2"_s).toArray().first().toObject();
        QCOMPARE(ssl2.value(u"id"_s).toString(), u"0x010080"_s);
        const QJsonObject cert = json.value(u"certificate"_s).toObject();
        for (const QString &key : { u"days_left"_s, u"trusted"_s, u"hostname_match"_s, u"key_type"_s,
                                    u"key_bits"_s, u"signature"_s, u"spki_sha256"_s })
            QVERIFY2(cert.contains(key), qPrintable(key));
        const QJsonObject http = json.value(u"http"_s).toObject();
        for (const QString &key : { u"hsts"_s, u"redirects_to_https"_s, u"headers"_s, u"cdn"_s })
            QVERIFY2(http.contains(key), qPrintable(key));
        QCOMPARE(json.value(u"grade"_s).toString(), u"F"_s); // Heartbleed and SSLv2 cap at F
        QVERIFY(!json.value(u"findings"_s).toArray().isEmpty());
    }

    void refusesWhatIsNotAProbe_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("newer format") << QByteArray(R"({"format": 99, "host": "a", "protocols": {}})");
        QTest::newRow("no protocols") << QByteArray(R"({"format": 1, "host": "a"})");
        QTest::newRow("host not text") << QByteArray(R"({"format": 1, "host": 5, "protocols": {}})");
    }
    void refusesWhatIsNotAProbe()
    {
        QFETCH(QByteArray, json);
        const auto result = TlsProbeJson::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!result);
        QVERIFY(!result.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTlsProbeJson)
#include "tst_tlsprobejson.moc"
