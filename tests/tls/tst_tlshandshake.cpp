// TlsHandshake against real `openssl s_server` processes, TLS and plain HTTP servers of the test
// and hostile servers, on 127.0.0.1 and ::1: certificate, HTTP answer, resumption, ALPN,
// redirects, and a plain Error within the deadline for servers that are not TLS servers.
#include "CertificateFactory.h"
#include "HttpTestServers.h"
#include "OpensslServers.h"
#include "tls/TlsHandshake.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

#include <atomic>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

// The clock of these tests, inside the validity of the test leaves (2025-01-01..2026-01-01).
const QDateTime Now(QDate(2025, 6, 1), QTime(12, 0), QTimeZone::utc());

// The hostile cases: a generous budget on top of the configured timeouts.
constexpr int ConnectTimeoutMs = 3000;
constexpr int ReadTimeoutMs = 3000;
constexpr int SlackMs = 5000;

QByteArray page(const QByteArray &status, const QByteArray &headers = {})
{
    return "HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: 2\r\nConnection: close\r\n\r\nok";
}

} // namespace

class TestTlsHandshake : public QObject
{
    Q_OBJECT

private:
    CertificateFactory m_certs;
    OpensslServers m_servers;
    QString m_roots;

    HandshakeTarget target(const QString &host, quint16 port) const
    {
        HandshakeTarget t;
        t.host = u"localhost"_s;
        t.address = QHostAddress(host);
        t.port = port;
        t.httpPort = 0;
        t.connectTimeoutMs = ConnectTimeoutMs;
        t.readTimeoutMs = ReadTimeoutMs;
        t.extraCaFile = m_roots;
        t.now = Now;
        return t;
    }

    // Runs the blocking handshake in a worker while this thread's event loop serves the test
    // servers.
    static Result<HandshakeResult> run(const HandshakeTarget &t, const std::atomic_bool *cancel = nullptr,
                                       std::function<void()> whileRunning = {})
    {
        std::optional<Result<HandshakeResult>> out;
        std::atomic_bool done = false;
        std::thread worker([&] {
            TlsHandshake handshake(t);
            handshake.setCancelFlag(cancel);
            out.emplace(handshake.run());
            done = true;
        });
        if (whileRunning)
            whileRunning();
        if (!QTest::qWaitFor([&] { return done.load(); }, 300000))
            qFatal("the handshake never ended");
        worker.join();
        return std::move(*out);
    }

    // s_server with the leaf `name` (and the intermediate unless told otherwise), answering -www.
    OpensslServers::Server startServer(const QString &host, const QString &name, QStringList args,
                                       bool sendIntermediate = true)
    {
        args += { u"-cert"_s, m_certs.path(name + u".pem"_s), u"-key"_s, m_certs.path(name + u".key"_s),
                  u"-www"_s };
        if (sendIntermediate)
            args += { u"-cert_chain"_s, m_certs.path(u"inter.pem"_s) };
        return m_servers.start(host, args);
    }

    static bool skipIpv6(const QString &host, quint16 port) { return port == 0 && host == u"::1"_s; }

private slots:
    void initTestCase()
    {
        const QString problem = m_servers.setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(m_certs.setUp().isEmpty(), "certificate factory");
        QVERIFY(m_certs.makeCaChain());
        using Leaf = CertificateFactory::Leaf;
        const QString names = u"subjectAltName = DNS:localhost, IP:127.0.0.1, IP:::1"_s;
        Leaf good { u"good"_s, u"/CN=localhost"_s };
        good.extensions = names;
        QVERIFY(m_certs.make(good));
        Leaf expired = good;
        expired.name = u"expired"_s;
        expired.start = u"20240101000000Z"_s;
        expired.end = u"20250101000000Z"_s;
        QVERIFY(m_certs.make(expired));
        Leaf self = good;
        self.name = u"self"_s;
        self.issuer.clear();
        QVERIFY(m_certs.make(self));
        Leaf weak = good;
        weak.name = u"weak"_s;
        weak.key = u"rsa:1024"_s;
        weak.digest = u"sha1"_s;
        QVERIFY(m_certs.make(weak));
        m_roots = m_certs.bundle(u"roots.pem"_s, { u"root"_s });
        QVERIFY(!m_roots.isEmpty());
    }

    void cleanup() { m_servers.stopAll(); }

    void modern_data() { OpensslServers::addLoopbackHosts(); }
    void modern()
    {
        QFETCH(QString, host);
        const auto server = startServer(
            host, u"good"_s, { u"-min_protocol"_s, u"TLSv1.2"_s, u"-max_protocol"_s, u"TLSv1.3"_s });
        if (skipIpv6(host, server.port))
            QSKIP("no IPv6 loopback here");
        QVERIFY(server.port != 0);
        const auto result = run(target(host, server.port));
        QVERIFY2(result, qPrintable(result.error()));
        const HandshakeResult &r = result.value();
        QCOMPARE(r.negotiatedVersion, u"TLSv1.3"_s);
        QVERIFY2(r.negotiatedCipher.startsWith(u"TLS_AES_"_s)
                     || r.negotiatedCipher.startsWith(u"TLS_CHACHA20"_s),
                 qPrintable(r.negotiatedCipher));
        QVERIFY(r.secureRenegotiation); // TLS 1.3 has no renegotiation at all
        QVERIFY(r.sessionResumption);
        QCOMPARE(r.alpn, QStringList()); // s_server without -alpn selects none
        QCOMPARE(r.connections, 2);

        const CertificateResult &c = r.certificate;
        QVERIFY(c.present);
        QCOMPARE(c.subject, u"CN=localhost"_s);
        QVERIFY2(c.trusted, qPrintable(c.trustProblem));
        QVERIFY(c.chainComplete);
        QVERIFY(c.chainInOrder);
        QVERIFY(c.hostnameMatch);
        QVERIFY(!c.selfSigned);
        QVERIFY(!c.ocspStapled);
        QCOMPARE(c.chain.size(), 2);
        QCOMPARE(c.sha256, m_certs.certificateSha256(u"good"_s));
        QCOMPARE(c.spkiSha256, m_certs.spkiSha256(u"good"_s));
        QCOMPARE(c.daysLeft, 213);

        // s_server -www answers "HTTP/1.0 200 ok" with a status page and nothing else.
        QVERIFY(r.http.reached);
        QCOMPARE(r.http.statusCode, 200);
        QCOMPARE(r.http.problem, QString());
        QVERIFY(!r.http.hstsMaxAge);
        QCOMPARE(r.http.cdn, QString());
        QCOMPARE(r.http.plainProblem, QString());
        QVERIFY(!r.http.redirectsToHttps);
    }

    void tls12Resumption_data() { OpensslServers::addLoopbackHosts(); }
    void tls12Resumption()
    {
        QFETCH(QString, host);
        const auto server = startServer(host, u"good"_s, { u"-tls1_2"_s });
        if (skipIpv6(host, server.port))
            QSKIP("no IPv6 loopback here");
        QVERIFY(server.port != 0);
        const auto result = run(target(host, server.port));
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(result->negotiatedVersion, u"TLSv1.2"_s);
        QVERIFY(result->secureRenegotiation);
        QVERIFY(result->sessionResumption);
        QVERIFY(result->negotiatedCipher.startsWith(u"TLS_ECDHE_RSA_"_s));
    }

    void noResumption_data() { OpensslServers::addLoopbackHosts(); }
    void noResumption()
    {
        QFETCH(QString, host);
        const auto server = startServer(host, u"good"_s, { u"-no_cache"_s, u"-no_ticket"_s, u"-tls1_2"_s });
        if (skipIpv6(host, server.port))
            QSKIP("no IPv6 loopback here");
        QVERIFY(server.port != 0);
        const auto result = run(target(host, server.port));
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY(!result->sessionResumption);
    }

    void certificateCases_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("leaf");
        QTest::addColumn<bool>("intermediate");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("trusted");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<bool>("expired");
        QTest::addColumn<bool>("selfSigned");
        QTest::addColumn<bool>("match");
        for (const QString &host : { u"127.0.0.1"_s, u"::1"_s }) {
            const QByteArray ip = host == u"::1"_s ? "IPv6" : "IPv4";
            QTest::newRow(QByteArray("missing intermediate " + ip).constData())
                << host << u"good"_s << false << u"localhost"_s << false << false << false << false << true;
            QTest::newRow(QByteArray("expired " + ip).constData())
                << host << u"expired"_s << true << u"localhost"_s << false << true << true << false << true;
            QTest::newRow(QByteArray("self-signed " + ip).constData())
                << host << u"self"_s << false << u"localhost"_s << false << true << false << true << true;
            QTest::newRow(QByteArray("wrong hostname " + ip).constData())
                << host << u"good"_s << true << u"shop.example"_s << true << true << false << false << false;
            QTest::newRow(QByteArray("ip literal " + ip).constData())
                << host << u"good"_s << true << host << true << true << false << false << true;
        }
    }
    void certificateCases()
    {
        QFETCH(QString, host);
        QFETCH(QString, leaf);
        QFETCH(bool, intermediate);
        QFETCH(QString, name);
        QFETCH(bool, trusted);
        QFETCH(bool, complete);
        QFETCH(bool, expired);
        QFETCH(bool, selfSigned);
        QFETCH(bool, match);
        const auto server = startServer(host, leaf, {}, intermediate);
        if (skipIpv6(host, server.port))
            QSKIP("no IPv6 loopback here");
        QVERIFY(server.port != 0);
        HandshakeTarget t = target(host, server.port);
        t.host = name;
        const auto result = run(t);
        QVERIFY2(result, qPrintable(result.error()));
        const CertificateResult &c = result->certificate;
        QCOMPARE(c.trusted, trusted);
        QCOMPARE(c.chainComplete, complete);
        QCOMPARE(c.expired, expired);
        QCOMPARE(c.selfSigned, selfSigned);
        QCOMPARE(c.hostnameMatch, match);
        QCOMPARE(c.chain.size(), intermediate ? 2 : 1);
        QCOMPARE(c.sha256, m_certs.certificateSha256(leaf));
    }

    void weakKey_data() { OpensslServers::addLoopbackHosts(); }
    void weakKey()
    {
        QFETCH(QString, host);
        const auto server = startServer(host, u"weak"_s, { u"-cipher"_s, u"DEFAULT:@SECLEVEL=0"_s });
        if (skipIpv6(host, server.port))
            QSKIP("no IPv6 loopback here");
        QVERIFY(server.port != 0);
        const auto result = run(target(host, server.port));
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(result->certificate.keyType, u"RSA"_s);
        QCOMPARE(result->certificate.keyBits, 1024);
        QCOMPARE(result->certificate.signatureAlgorithm, u"sha1WithRSAEncryption"_s);
        QVERIFY(!result->certificate.trusted);
    }

    void ocspStapled_data() { OpensslServers::addLoopbackHosts(); }
    void ocspStapled()
    {
        QFETCH(QString, host);
        const QString response = m_certs.ocspResponse(u"good"_s, u"inter"_s);
        QVERIFY(!response.isEmpty());
        const auto server = startServer(host, u"good"_s, { u"-status_file"_s, response });
        if (skipIpv6(host, server.port))
            QSKIP("no IPv6 loopback here");
        QVERIFY(server.port != 0);
        const auto result = run(target(host, server.port));
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY(result->certificate.ocspStapled);
        QCOMPARE(result->certificate.ocspStatus, u"good"_s);
    }

    void alpnH2_data() { OpensslServers::addLoopbackHosts(); }
    void alpnH2()
    {
        QFETCH(QString, host);
        const auto server = startServer(host, u"good"_s, { u"-alpn"_s, u"h2,http/1.1"_s });
        if (skipIpv6(host, server.port))
            QSKIP("no IPv6 loopback here");
        QVERIFY(server.port != 0);
        const auto result = run(target(host, server.port));
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(result->alpn, (QStringList { u"h2"_s, u"http/1.1"_s }));
        QVERIFY(result->sessionResumption);
    }

    void tls10Only_data() { OpensslServers::addLoopbackHosts(); }
    void tls10Only()
    {
        QFETCH(QString, host);
        const auto server = startServer(host, u"good"_s, { u"-tls1"_s, u"-cipher"_s, u"ALL:@SECLEVEL=0"_s });
        if (skipIpv6(host, server.port))
            QSKIP("no IPv6 loopback here");
        QVERIFY(server.port != 0);
        const auto result = run(target(host, server.port));
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(result->negotiatedVersion, u"TLSv1.0"_s);
        QVERIFY(result->certificate.present);
        QVERIFY(result->http.reached);
    }

    void hugeChain_data() { OpensslServers::addLoopbackHosts(); }
    void hugeChain()
    {
        QFETCH(QString, host);
        // About 150 KiB of certificates: more than a client should ever buffer for a chain.
        const QString bundle = m_certs.bundle(u"huge-chain.pem"_s, QStringList(120, u"inter"_s));
        const auto server = startServer(host, u"good"_s, { u"-cert_chain"_s, bundle }, false);
        if (skipIpv6(host, server.port))
            QSKIP("no IPv6 loopback here");
        QVERIFY(server.port != 0);
        const auto result = run(target(host, server.port));
        QVERIFY(!result);
        qInfo("%s", qPrintable(result.error()));
        QCOMPARE(
            result.error(),
            u"The server sent more handshake data than any real server needs (excessive message size)."_s);
    }

    void securityHeaders_data() { OpensslServers::addLoopbackHosts(); }
    void securityHeaders()
    {
        QFETCH(QString, host);
        TestHttpServer site([](const QByteArray &) {
            return page("200 OK",
                        "Strict-Transport-Security: max-age=63072000; includeSubDomains; preload\r\n"
                        "Strict-Transport-Security: max-age=1\r\n"
                        "Set-Cookie: session=1; Secure; HttpOnly; SameSite=Strict\r\n"
                        "Set-Cookie: theme=dark\r\n"
                        "Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\r\n"
                        "X-Frame-Options: DENY\r\nX-Content-Type-Options: nosniff\r\n"
                        "Referrer-Policy: same-origin\r\nServer: cloudflare\r\nCF-RAY: 8a-AMS\r\n");
        });
        const quint16 port = site.listen(QHostAddress(host), m_certs.path(u"good.pem"_s),
                                         m_certs.path(u"good.key"_s), m_certs.path(u"inter.pem"_s));
        if (skipIpv6(host, port))
            QSKIP("no IPv6 loopback here");
        QVERIFY(port != 0);
        const auto result = run(target(host, port));
        QVERIFY2(result, qPrintable(result.error()));
        const HttpResult &http = result->http;
        QCOMPARE(http.problem, QString());
        QCOMPARE(http.statusCode, 200);
        QCOMPARE(http.hstsMaxAge, std::optional<qint64>(63072000));
        QVERIFY(http.hstsIncludeSubDomains);
        QVERIFY(http.hstsPreload);
        QCOMPARE(http.cookies.size(), 2);
        QCOMPARE(http.cookies[0].name, u"session"_s);
        QVERIFY(http.cookies[0].secure && http.cookies[0].httpOnly);
        QCOMPARE(http.cookies[0].sameSite, u"Strict"_s);
        QCOMPARE(http.cookies[1].name, u"theme"_s);
        QVERIFY(!http.cookies[1].secure && !http.cookies[1].httpOnly);
        QVERIFY(http.csp && http.cspFrameAncestors && http.xFrameOptions && http.contentTypeNosniff);
        QVERIFY(http.referrerPolicy);
        QVERIFY(!http.permissionsPolicy);
        QCOMPARE(http.server, u"cloudflare"_s);
        QCOMPARE(http.cdn, u"Cloudflare"_s);
        QCOMPARE(http.headers.value(u"cf-ray"_s), u"8a-AMS"_s);
        QVERIFY(result->certificate.trusted);
    }

    void redirects_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("scenario");
        for (const QString &host : { u"127.0.0.1"_s, u"::1"_s }) {
            const QByteArray ip = host == u"::1"_s ? " IPv6" : " IPv4";
            for (const char *scenario : { "followed", "loop", "endless", "elsewhere", "huge head" })
                QTest::newRow(QByteArray(scenario + ip).constData()) << host << QString::fromLatin1(scenario);
        }
    }
    void redirects()
    {
        QFETCH(QString, host);
        QFETCH(QString, scenario);
        quint16 port = 0;
        TestHttpServer site([&](const QByteArray &path) -> QByteArray {
            if (scenario == u"followed"_s) {
                if (path == "/")
                    return page("301 Moved Permanently", "Location: /a?x=1\r\n");
                if (path == "/a?x=1")
                    return page("302 Found",
                                "Location: https://LOCALHOST:" + QByteArray::number(port) + "/b\r\n");
                return page("200 OK", "Strict-Transport-Security: max-age=10\r\n");
            }
            if (scenario == u"loop"_s)
                return page("302 Found", path == "/" ? "Location: /x\r\n" : "Location: /\r\n");
            if (scenario == u"endless"_s) // /r1 -> /r2 -> ... for ever
                return page("302 Found",
                            "Location: /r" + QByteArray::number(path.mid(2).toInt() + 1) + "\r\n");
            if (scenario == u"elsewhere"_s)
                return page("301 Moved Permanently", "Location: https://www.shop.example/\r\n");
            return "HTTP/1.1 200 OK\r\n" + QByteArray("X-Filler: ") + QByteArray(70000, 'x');
        });
        port = site.listen(QHostAddress(host), m_certs.path(u"good.pem"_s), m_certs.path(u"good.key"_s),
                           m_certs.path(u"inter.pem"_s));
        if (skipIpv6(host, port))
            QSKIP("no IPv6 loopback here");
        QVERIFY(port != 0);
        const auto result = run(target(host, port));
        QVERIFY2(result, qPrintable(result.error()));
        const HttpResult &http = result->http;
        const QString base = u"https://localhost:%1"_s.arg(port);
        if (scenario == u"followed"_s) {
            QCOMPARE(http.redirects, (QStringList { base + u"/a?x=1"_s, base + u"/b"_s }));
            QCOMPARE(http.statusCode, 200);
            QCOMPARE(http.hstsMaxAge, std::optional<qint64>(10));
            QCOMPARE(http.problem, QString());
            QCOMPARE(http.location, QString());
            QCOMPARE(result->connections, 4); // three pages, one resumption
        } else if (scenario == u"loop"_s) {
            QCOMPARE(http.redirects, QStringList { base + u"/x"_s });
            QCOMPARE(http.problem,
                     u"The site redirects in a loop: %1/ leads back to a page already visited."_s.arg(base));
        } else if (scenario == u"endless"_s) {
            QCOMPARE(http.redirects.size(), TlsHandshake::MaxRedirects);
            QCOMPARE(http.problem,
                     u"The site redirects more than 5 times; the check stopped following it."_s);
            QCOMPARE(http.location, u"/r6"_s);
            QCOMPARE(site.requests(), TlsHandshake::MaxRedirects + 1);
        } else if (scenario == u"elsewhere"_s) {
            QCOMPARE(http.redirects, QStringList());
            QCOMPARE(http.statusCode, 301);
            QCOMPARE(http.location, u"https://www.shop.example/"_s);
            QCOMPARE(http.problem, QString());
        } else {
            QVERIFY(!http.reached);
            QCOMPARE(http.problem, u"The server's answer has more than 64 KiB of headers."_s);
        }
    }

    void plainHttp_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<bool>("redirects");
        for (const QString &host : { u"127.0.0.1"_s, u"::1"_s }) {
            const QByteArray ip = host == u"::1"_s ? " IPv6" : " IPv4";
            QTest::newRow(QByteArray("301 to https" + ip).constData())
                << host << page("301 Moved Permanently", "Location: https://LocalHost/\r\n") << true;
            QTest::newRow(QByteArray("308 to https with port" + ip).constData())
                << host << page("308 Permanent Redirect", "Location: https://localhost:8443/shop\r\n")
                << true;
            QTest::newRow(QByteArray("relative" + ip).constData())
                << host << page("301 Moved Permanently", "Location: /secure\r\n") << false;
            QTest::newRow(QByteArray("other host" + ip).constData())
                << host << page("301 Moved Permanently", "Location: https://evil.example/\r\n") << false;
            QTest::newRow(QByteArray("to http" + ip).constData())
                << host << page("301 Moved Permanently", "Location: http://localhost/\r\n") << false;
            QTest::newRow(QByteArray("200" + ip).constData()) << host << page("200 OK") << false;
            QTest::newRow(QByteArray("https location on 200" + ip).constData())
                << host << page("200 OK", "Location: https://localhost/\r\n") << false;
        }
    }
    void plainHttp()
    {
        QFETCH(QString, host);
        QFETCH(QByteArray, answer);
        QFETCH(bool, redirects);
        const auto server = startServer(host, u"good"_s, {});
        if (skipIpv6(host, server.port))
            QSKIP("no IPv6 loopback here");
        QVERIFY(server.port != 0);
        QByteArray requestSeen;
        TestHttpServer plain([&](const QByteArray &) { return answer; });
        HandshakeTarget t = target(host, server.port);
        t.httpPort = plain.listen(QHostAddress(host));
        QVERIFY(t.httpPort != 0);
        const auto result = run(t);
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(result->http.plainProblem, QString());
        QCOMPARE(result->http.redirectsToHttps, redirects);
        QCOMPARE(result->http.plainStatusCode, answer.mid(9, 3).toInt());
        QCOMPARE(plain.requests(), 1);
        QCOMPARE(result->connections, 3);
    }

    void plainHttpClosed()
    {
        const auto server = startServer(u"127.0.0.1"_s, u"good"_s, {});
        QVERIFY(server.port != 0);
        HandshakeTarget t = target(u"127.0.0.1"_s, server.port);
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            t.httpPort = closed.serverPort();
        } // nobody listens there any more
        const auto result = run(t);
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY(!result->http.redirectsToHttps);
        QCOMPARE(result->http.plainProblem, u"The connection was refused."_s);
    }

    void hostile_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("message");
        const QString late = u"The server did not complete the TLS handshake in time."_s;
        for (const QString &host : { u"127.0.0.1"_s, u"::1"_s }) {
            const QByteArray ip = host == u"::1"_s ? " IPv6" : " IPv4";
            QTest::newRow(QByteArray("silent" + ip).constData())
                << host << int(HostileServer::Mode::Silent) << late;
            QTest::newRow(QByteArray("drip" + ip).constData())
                << host << int(HostileServer::Mode::Drip) << late;
            QTest::newRow(QByteArray("garbage" + ip).constData())
                << host << int(HostileServer::Mode::Garbage)
                << u"The server did not answer with TLS (wrong version number)."_s;
            QTest::newRow(QByteArray("huge record" + ip).constData())
                << host << int(HostileServer::Mode::HugeRecord)
                << u"The server did not answer with TLS (packet length too long)."_s;
            QTest::newRow(QByteArray("reset" + ip).constData())
                << host << int(HostileServer::Mode::Reset) << u"The server reset the connection."_s;
        }
    }
    void hostile()
    {
        QFETCH(QString, host);
        QFETCH(int, mode);
        QFETCH(QString, message);
        HostileServer server { HostileServer::Mode(mode) };
        const quint16 port = server.listen(QHostAddress(host));
        if (skipIpv6(host, port))
            QSKIP("no IPv6 loopback here");
        QVERIFY(port != 0);
        QElapsedTimer timer;
        timer.start();
        const auto result = run(target(host, port));
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!result);
        qInfo("%lld ms: %s", elapsed, qPrintable(result.error()));
        QVERIFY2(result.error().startsWith(message), qPrintable(result.error()));
        QVERIFY2(elapsed < ConnectTimeoutMs + ReadTimeoutMs + SlackMs, qPrintable(QString::number(elapsed)));
    }

    void refused()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            port = closed.serverPort();
        }
        const auto result = run(target(u"127.0.0.1"_s, port));
        QVERIFY(!result);
        QCOMPARE(result.error(), u"The connection was refused."_s);
    }

    void cancel()
    {
        HostileServer server { HostileServer::Mode::Silent };
        const quint16 port = server.listen(QHostAddress::LocalHost);
        QVERIFY(port != 0);
        HandshakeTarget t = target(u"127.0.0.1"_s, port);
        t.readTimeoutMs = 60000; // only the cancel can end it in time
        std::atomic_bool cancel = false;
        QElapsedTimer timer;
        timer.start();
        const auto result = run(t, &cancel, [&] {
            QTest::qWait(300);
            cancel = true;
        });
        QVERIFY(!result);
        QCOMPARE(result.error(), u"The check was cancelled."_s);
        QVERIFY2(timer.elapsed() < SlackMs, qPrintable(QString::number(timer.elapsed())));
    }

    void invalidHost()
    {
        HandshakeTarget t = target(u"127.0.0.1"_s, 1);
        t.host = u"bad host name"_s;
        const auto result = run(t);
        QVERIFY(!result);
        QCOMPARE(result.error(), u"The host name bad host name is not valid."_s);
    }
};

QTEST_GUILESS_MAIN(TestTlsHandshake)
#include "tst_tlshandshake.moc"
