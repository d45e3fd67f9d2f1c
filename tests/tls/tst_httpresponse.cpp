// HttpResponse, HttpSecurityHeaders and CdnSignatures: the HTTP answer's head parsed with its
// limits, HSTS per RFC 6797, cookie flags, security headers and CDN signatures.
#include "tls/CdnSignatures.h"
#include "tls/HttpResponse.h"
#include "tls/HttpSecurityHeaders.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

HttpResponse parsed(const QByteArray &head)
{
    auto response = HttpResponse::parse(head);
    if (!response)
        qFatal("parse failed: %s", qPrintable(response.error()));
    return response.value();
}

QByteArray withHeaders(const QByteArray &headers)
{
    return "HTTP/1.1 200 OK\r\n" + headers + "\r\n";
}

} // namespace

class TestHttpResponse : public QObject
{
    Q_OBJECT

private slots:
    void statusLineAndHeaders()
    {
        const HttpResponse r = parsed("HTTP/1.1 301 Moved Permanently\r\nLocation: https://shop.example/\r\n"
                                      "Set-Cookie: a=1\r\nSET-COOKIE: b=2; Secure\r\nX-Empty:\r\n\r\nbody");
        QCOMPARE(r.httpVersion(), u"HTTP/1.1"_s);
        QCOMPARE(r.statusCode(), 301);
        QCOMPARE(r.reason(), u"Moved Permanently"_s);
        QVERIFY(r.isRedirect());
        QCOMPARE(r.headers().size(), 4);
        QCOMPARE(r.value(u"LOCATION"), u"https://shop.example/"_s);
        QCOMPARE(r.values(u"set-cookie"), (QStringList { u"a=1"_s, u"b=2; Secure"_s }));
        QVERIFY(r.has(u"x-empty"));
        QCOMPARE(r.value(u"x-empty"), QString());
        QVERIFY(!r.has(u"server"));
    }

    void bareLineFeedsAndFolding()
    {
        const HttpResponse r = parsed("HTTP/1.0 200\nServer: a\n  b\n\n");
        QCOMPARE(r.statusCode(), 200);
        QCOMPARE(r.reason(), QString());
        QCOMPARE(r.value(u"server"), u"a b"_s);
        QVERIFY(!r.isRedirect());
    }

    void headEnd_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("end");
        QTest::newRow("crlf") << QByteArray("HTTP/1.1 200 OK\r\nA: b\r\n\r\nbody") << 25;
        QTest::newRow("lf") << QByteArray("HTTP/1.1 200 OK\nA: b\n\nbody") << 22;
        QTest::newRow("incomplete") << QByteArray("HTTP/1.1 200 OK\r\nA: b\r\n") << -1;
        QTest::newRow("nothing") << QByteArray() << -1;
    }
    void headEnd()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, end);
        QCOMPARE(HttpResponse::headEnd(bytes), qsizetype(end));
        if (end > 0) // a search from just before the end still finds it
            QCOMPARE(HttpResponse::headEnd(bytes, end - 4), qsizetype(end));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << u"The server's answer was empty."_s;
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n")
                                  << u"The server did not answer with HTTP."_s;
        QTest::newRow("http/2 preface")
            << QByteArray("HTTP/2 200\r\n\r\n") << u"The server did not answer with HTTP."_s;
        QTest::newRow("letters in status")
            << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n") << u"The server did not answer with HTTP."_s;
        QTest::newRow("four digits") << QByteArray("HTTP/1.1 2000 OK\r\n\r\n")
                                     << u"The server did not answer with HTTP."_s;
        QTest::newRow("no colon") << withHeaders("Server cloudflare\r\n")
                                  << u"The server's answer has a malformed header."_s;
        QTest::newRow("space in name")
            << withHeaders("Bad Name: x\r\n") << u"The server's answer has a malformed header."_s;
        QTest::newRow("fold first") << QByteArray("HTTP/1.1 200 OK\r\n folded\r\n\r\n")
                                    << u"The server's answer has a malformed header."_s;
        QByteArray many;
        for (int i = 0; i <= HttpResponse::MaxHeaders; ++i)
            many += "X-" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("201 headers") << withHeaders(many)
                                     << u"The server's answer has more than 200 headers."_s;
        QTest::newRow("over 64 KiB") << withHeaders("X-Big: " + QByteArray(64 * 1024, 'a') + "\r\n")
                                     << u"The server's answer has more than 64 KiB of headers."_s;
    }
    void refusals()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, message);
        const auto result = HttpResponse::parse(head);
        QVERIFY(!result);
        QCOMPARE(result.error(), message);
    }

    void exactlyTheLimits()
    {
        QByteArray many;
        for (int i = 0; i < HttpResponse::MaxHeaders; ++i)
            many += "X-" + QByteArray::number(i) + ": v\r\n";
        QCOMPARE(parsed(withHeaders(many)).headers().size(), HttpResponse::MaxHeaders);
    }

    void hsts_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("maxAge");
        QTest::addColumn<bool>("subDomains");
        QTest::addColumn<bool>("preload");
        QTest::newRow("plain") << u"max-age=31536000"_s << true << qint64(31536000) << false << false;
        QTest::newRow("all") << u"max-age=63072000; includeSubDomains; preload"_s << true << qint64(63072000)
                             << true << true;
        QTest::newRow("case and spaces")
            << u"  INCLUDESUBDOMAINS ;Max-Age = 10 ;"_s << true << qint64(10) << true << false;
        QTest::newRow("quoted") << u"max-age=\"300\""_s << true << qint64(300) << false << false;
        QTest::newRow("zero") << u"max-age=0"_s << true << qint64(0) << false << false;
        QTest::newRow("unknown directive ignored")
            << u"max-age=5; report-uri=\"https://x/;y\""_s << true << qint64(5) << false << false;
        QTest::newRow("huge saturates") << u"max-age=99999999999999999999999"_s << true
                                        << std::numeric_limits<qint64>::max() << false << false;
        QTest::newRow("no max-age") << u"includeSubDomains"_s << false << qint64(0) << false << false;
        QTest::newRow("max-age twice") << u"max-age=1; max-age=2"_s << false << qint64(0) << false << false;
        QTest::newRow("includeSubDomains twice")
            << u"max-age=1; includeSubDomains; includesubdomains"_s << false << qint64(0) << false << false;
        QTest::newRow("negative") << u"max-age=-1"_s << false << qint64(0) << false << false;
        QTest::newRow("empty value") << u"max-age="_s << false << qint64(0) << false << false;
        QTest::newRow("not a number") << u"max-age=1y"_s << false << qint64(0) << false << false;
        QTest::newRow("unterminated quote") << u"max-age=\"5"_s << false << qint64(0) << false << false;
        QTest::newRow("two values") << u"max-age=1 2"_s << false << qint64(0) << false << false;
        QTest::newRow("includeSubDomains with value")
            << u"max-age=1; includeSubDomains=yes"_s << false << qint64(0) << false << false;
        QTest::newRow("empty") << QString() << false << qint64(0) << false << false;
    }
    void hsts()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QFETCH(qint64, maxAge);
        QFETCH(bool, subDomains);
        QFETCH(bool, preload);
        const auto hsts = HttpSecurityHeaders::parseHsts(value);
        QCOMPARE(hsts.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(hsts->maxAge, maxAge);
        QCOMPARE(hsts->includeSubDomains, subDomains);
        QCOMPARE(hsts->preload, preload);
    }

    void hstsFirstHeaderWins()
    {
        // RFC 6797 §8.1: only the first header is processed, even when it is the invalid one.
        const auto invalidFirst = HttpSecurityHeaders::hsts(parsed(
            withHeaders("Strict-Transport-Security: bogus\r\nStrict-Transport-Security: max-age=5\r\n")));
        QVERIFY(!invalidFirst);
        const auto validFirst = HttpSecurityHeaders::hsts(parsed(
            withHeaders("Strict-Transport-Security: max-age=7\r\nStrict-Transport-Security: max-age=5\r\n")));
        QVERIFY(validFirst);
        QCOMPARE(validFirst->maxAge, qint64(7));
    }

    void cookies()
    {
        const QList<HttpCookie> cookies = HttpSecurityHeaders::cookies(
            parsed(withHeaders("Set-Cookie: session=abc; Path=/; Secure; HttpOnly; SameSite=strict\r\n"
                               "Set-Cookie: theme=dark; samesite=None; secure\r\n"
                               "Set-Cookie: tracker = 1 ; SameSite=Weird; SameSite=Lax\r\n"
                               "Set-Cookie: nameonly\r\n"
                               "Set-Cookie: =novalue; Secure\r\n"
                               "Set-Cookie: plain=1; HttpOnlyNot; Securely\r\n")));
        QCOMPARE(cookies.size(), 4);
        QCOMPARE(cookies[0].name, u"session"_s);
        QVERIFY(cookies[0].secure);
        QVERIFY(cookies[0].httpOnly);
        QCOMPARE(cookies[0].sameSite, u"Strict"_s);
        QCOMPARE(cookies[1].name, u"theme"_s);
        QVERIFY(cookies[1].secure);
        QVERIFY(!cookies[1].httpOnly);
        QCOMPARE(cookies[1].sameSite, u"None"_s);
        QCOMPARE(cookies[2].name, u"tracker"_s);
        QCOMPARE(cookies[2].sameSite, u"Lax"_s);
        QCOMPARE(cookies[3].name, u"plain"_s);
        QVERIFY(!cookies[3].secure);
        QVERIFY(!cookies[3].httpOnly);
        QCOMPARE(cookies[3].sameSite, QString());
        QCOMPARE(HttpSecurityHeaders::parseSetCookie(u"x=1; SameSite=Unusual")->sameSite, u"Unusual"_s);
    }

    void securityHeaders()
    {
        HttpResult all;
        HttpSecurityHeaders::describe(
            parsed(
                "HTTP/1.1 200 OK\r\nContent-Security-Policy: default-src 'self'; frame-ancestors 'none'\r\n"
                "X-Frame-Options: DENY\r\nX-Content-Type-Options: NoSniff\r\nReferrer-Policy: no-referrer\r\n"
                "Permissions-Policy: camera=()\r\nServer: nginx/1.22\r\nX-Multi: a\r\nX-Multi: b\r\n"
                "Strict-Transport-Security: max-age=100; includeSubDomains\r\n\r\n"),
            &all);
        QVERIFY(all.reached);
        QCOMPARE(all.statusCode, 200);
        QVERIFY(all.csp);
        QVERIFY(all.cspFrameAncestors);
        QVERIFY(all.xFrameOptions);
        QVERIFY(all.contentTypeNosniff);
        QVERIFY(all.referrerPolicy);
        QVERIFY(all.permissionsPolicy);
        QCOMPARE(all.server, u"nginx/1.22"_s);
        QCOMPARE(all.headers.value(u"x-multi"_s), u"a, b"_s);
        QCOMPARE(all.hstsMaxAge, std::optional<qint64>(100));
        QVERIFY(all.hstsIncludeSubDomains);
        QVERIFY(!all.hstsPreload);
        QCOMPARE(all.cdn, QString());

        HttpResult none;
        HttpSecurityHeaders::describe(
            parsed("HTTP/1.1 200 OK\r\nContent-Security-Policy: default-src 'self'; "
                   "script-src frame-ancestors\r\nX-Content-Type-Options: sniff\r\n\r\n"),
            &none);
        QVERIFY(none.csp);
        QVERIFY(!none.cspFrameAncestors); // a source named frame-ancestors is no directive
        QVERIFY(!none.xFrameOptions);
        QVERIFY(!none.contentTypeNosniff);
        QVERIFY(!none.referrerPolicy);
        QVERIFY(!none.permissionsPolicy);
        QVERIFY(!none.hstsMaxAge);
    }

    void cdn_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QString>("cdn");
        QTest::newRow("cloudflare ray") << QByteArray("CF-RAY: 7d1-AMS\r\n") << u"Cloudflare"_s;
        QTest::newRow("cloudflare server") << QByteArray("Server: cloudflare\r\n") << u"Cloudflare"_s;
        QTest::newRow("cloudfront id") << QByteArray("X-Amz-Cf-Id: abc==\r\n") << u"Amazon CloudFront"_s;
        QTest::newRow("cloudfront via")
            << QByteArray("Via: 1.1 abc.cloudfront.net (CloudFront)\r\n") << u"Amazon CloudFront"_s;
        QTest::newRow("fastly id") << QByteArray("X-Fastly-Request-ID: 1\r\n") << u"Fastly"_s;
        QTest::newRow("fastly served-by")
            << QByteArray("X-Served-By: cache-ams21027-AMS\r\nX-Timer: S1,VS0\r\n") << u"Fastly"_s;
        QTest::newRow("served-by alone") << QByteArray("X-Served-By: cache-ams21027-AMS\r\n") << QString();
        QTest::newRow("akamai server") << QByteArray("Server: AkamaiGHost\r\n") << u"Akamai"_s;
        QTest::newRow("akamai header") << QByteArray("X-Akamai-Transformed: 9\r\n") << u"Akamai"_s;
        QTest::newRow("sucuri") << QByteArray("X-Sucuri-ID: 1\r\n") << u"Sucuri"_s;
        QTest::newRow("imperva") << QByteArray("X-CDN: Incapsula\r\n") << u"Imperva"_s;
        QTest::newRow("azure") << QByteArray("X-Azure-Ref: 0abc\r\n") << u"Azure Front Door"_s;
        QTest::newRow("vercel") << QByteArray("X-Vercel-Id: fra1::x\r\n") << u"Vercel"_s;
        QTest::newRow("netlify") << QByteArray("Server: Netlify\r\n") << u"Netlify"_s;
        QTest::newRow("bunny") << QByteArray("Server: BunnyCDN-DE1-1\r\n") << u"Bunny"_s;
        QTest::newRow("keycdn") << QByteArray("Server: keycdn-engine\r\n") << u"KeyCDN"_s;
        QTest::newRow("stackpath") << QByteArray("X-HW: 1.ce\r\n") << u"StackPath"_s;
        QTest::newRow("google") << QByteArray("Via: 1.1 google\r\n") << u"Google Cloud CDN"_s;
        QTest::newRow("nginx") << QByteArray("Server: nginx\r\nVia: 1.1 varnish\r\n") << QString();
    }
    void cdn()
    {
        QFETCH(QByteArray, headers);
        QFETCH(QString, cdn);
        QCOMPARE(CdnSignatures::detect(parsed(withHeaders(headers))), cdn);
    }
};

QTEST_APPLESS_MAIN(TestHttpResponse)
#include "tst_httpresponse.moc"
