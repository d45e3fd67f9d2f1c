// Raw hellos against real `openssl s_server` processes on 127.0.0.1 and ::1: what the servers
// accept, refuse, and send back must come out of ServerResponseParser exactly.
#include "OpensslServers.h"
#include "tls/CipherSuiteCatalog.h"
#include "tls/ClientHelloBuilder.h"
#include "tls/ServerResponseParser.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace {

using TestServer = OpensslServers::Server;

// Answers to one hello: the parser after the server went quiet, closed, or said enough.
std::unique_ptr<ServerResponseParser> exchange(const TestServer &server, const QByteArray &hello)
{
    auto parser = std::make_unique<ServerResponseParser>();
    QTcpSocket socket;
    socket.connectToHost(server.address, server.port);
    if (!socket.waitForConnected(5000))
        return parser;
    socket.write(hello);
    socket.waitForBytesWritten(5000);
    QElapsedTimer timer;
    timer.start();
    while (!parser->isComplete() && timer.elapsed() < 10000) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(2000)) {
            if (socket.state() != QAbstractSocket::ConnectedState)
                parser->finish();
            else if (timer.elapsed() > 5000)
                break;
            continue;
        }
        if (!parser->feed(socket.readAll()))
            break;
    }
    socket.abort();
    return parser;
}

ClientHelloOptions optionsFor(TlsWire::Version version)
{
    ClientHelloOptions o;
    o.version = version;
    o.serverName = u"localhost"_s;
    return o;
}

QByteArray hello(const ClientHelloOptions &options)
{
    auto bytes = ClientHelloBuilder(options).build();
    return bytes ? bytes.value() : QByteArray();
}

} // namespace

class TestRawHelloOpenSsl : public QObject
{
    Q_OBJECT

private:
    OpensslServers m_servers;

    QString path(const QString &name) const { return m_servers.path(name); }
    TestServer start(const QString &host, const QStringList &args) { return m_servers.start(host, args); }
    void stopAll() { m_servers.stopAll(); }

    static void addHosts() { OpensslServers::addLoopbackHosts(); }

private slots:
    void initTestCase()
    {
        const QString problem = m_servers.setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanup() { stopAll(); }
    void cleanupTestCase() { stopAll(); }

    void modernServer_data() { addHosts(); }
    void modernServer()
    {
        QFETCH(QString, host);
        TestServer server
            = start(host, { u"-min_protocol"_s, u"TLSv1.2"_s, u"-max_protocol"_s, u"TLSv1.3"_s });
        if (server.port == 0 && host == u"::1"_s)
            QSKIP("no IPv6 loopback here");
        QVERIFY(server.port != 0);

        // TLS 1.2: accepted with a suite we offered, and the certificate comes in the clear.
        const ClientHelloOptions tls12 = optionsFor(TlsWire::Version::TLSv1_2);
        auto parser = exchange(server, hello(tls12));
        ServerVerdict verdict = parser->classify();
        QCOMPARE(verdict.kind, ServerVerdict::Kind::Accepted);
        QCOMPARE(verdict.version, 0x0303);
        QVERIFY(CipherSuiteCatalog::idsFor(TlsWire::Version::TLSv1_2).contains(verdict.cipherSuite));
        QVERIFY(parser->response().serverHello->secureRenegotiation);
        QVERIFY(parser->response().serverHelloDone);
        QVERIFY(!parser->response().certificates.isEmpty());
        const QByteArray der = parser->response().certificates.first();
        const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
        X509 *certificate = d2i_X509(nullptr, &data, long(der.size()));
        QVERIFY(certificate);
        char subject[256] = {};
        X509_NAME_oneline(X509_get_subject_name(certificate), subject, sizeof subject);
        X509_free(certificate);
        QCOMPARE(QByteArray(subject), QByteArray("/CN=localhost"));

        // A narrow offer: the chosen suite is the one we offered.
        ClientHelloOptions narrow = tls12;
        narrow.cipherSuites = { 0x7777, 0xC030 };
        verdict = exchange(server, hello(narrow))->classify();
        QCOMPARE(verdict.kind, ServerVerdict::Kind::Accepted);
        QCOMPARE(verdict.cipherSuite, 0xC030);

        // TLS 1.3: known through supported_versions, with our x25519 share.
        parser = exchange(server, hello(optionsFor(TlsWire::Version::TLSv1_3)));
        verdict = parser->classify();
        QCOMPARE(verdict.kind, ServerVerdict::Kind::Accepted);
        QCOMPARE(verdict.version, 0x0304);
        QCOMPARE(parser->response().serverHello->legacyVersion, 0x0303);
        QVERIFY(parser->response().serverHello->extensions.contains(TlsWire::SupportedVersionsExt));
        QCOMPARE(parser->response().serverHello->keyShareGroup, std::optional<quint16>(TlsWire::X25519));
        QVERIFY(CipherSuiteCatalog::idsFor(TlsWire::Version::TLSv1_3).contains(verdict.cipherSuite));

        // TLS 1.3 with only a P-256 share: the server still answers.
        ClientHelloOptions p256 = optionsFor(TlsWire::Version::TLSv1_3);
        p256.keyShares = { TlsWire::Secp256r1 };
        p256.groups = { TlsWire::Secp256r1 };
        parser = exchange(server, hello(p256));
        QCOMPARE(parser->classify().kind, ServerVerdict::Kind::Accepted);
        QCOMPARE(parser->response().serverHello->keyShareGroup, std::optional<quint16>(TlsWire::Secp256r1));

        // TLS 1.3 with no key share at all: the server asks again for one (HelloRetryRequest).
        ClientHelloOptions retry = optionsFor(TlsWire::Version::TLSv1_3);
        retry.keyShares = {};
        retry.groups = { TlsWire::X25519, TlsWire::Secp256r1 };
        parser = exchange(server, hello(retry));
        verdict = parser->classify();
        QCOMPARE(verdict.kind, ServerVerdict::Kind::HelloRetry);
        QCOMPARE(verdict.version, 0x0304);
        QVERIFY(parser->response().serverHello->keyShareGroup == TlsWire::X25519
                || parser->response().serverHello->keyShareGroup == TlsWire::Secp256r1);

        // TLS 1.0 and 1.1 are refused: an alert or a close, never a ServerHello.
        for (TlsWire::Version old : { TlsWire::Version::TLSv1_0, TlsWire::Version::TLSv1_1 }) {
            verdict = exchange(server, hello(optionsFor(old)))->classify();
            QVERIFY2(verdict.kind == ServerVerdict::Kind::Alert || verdict.kind == ServerVerdict::Kind::Closed
                         || verdict.kind == ServerVerdict::Kind::HandshakeFailure,
                     qPrintable(TlsWire::versionName(old)));
            if (verdict.alert)
                QCOMPARE(verdict.alert->description, TlsWire::ProtocolVersion);
        }

        // Only RC4-SHA, which this server lacks: handshake_failure.
        ClientHelloOptions rc4 = tls12;
        rc4.cipherSuites = { 0x0005 };
        verdict = exchange(server, hello(rc4))->classify();
        QCOMPARE(verdict.kind, ServerVerdict::Kind::HandshakeFailure);
        QVERIFY(verdict.alert);
        QCOMPARE(verdict.alert->description, TlsWire::HandshakeFailure);
        QCOMPARE(verdict.alert->name(), u"handshake_failure"_s);

        // An SSLv2 hello gets no SSLv2 SERVER-HELLO from a modern server.
        auto ssl2 = ClientHelloBuilder::buildSsl2();
        QVERIFY(ssl2);
        verdict = exchange(server, ssl2.value())->classify();
        QVERIFY(verdict.kind != ServerVerdict::Kind::Accepted
                && verdict.kind != ServerVerdict::Kind::Incomplete);
    }

    void tls10OnlyServer_data() { addHosts(); }
    void tls10OnlyServer()
    {
        QFETCH(QString, host);
        TestServer server = start(host, { u"-tls1"_s, u"-cipher"_s, u"DEFAULT:@SECLEVEL=0"_s });
        if (server.port == 0 && host == u"::1"_s)
            QSKIP("no IPv6 loopback here");
        QVERIFY(server.port != 0);

        auto parser = exchange(server, hello(optionsFor(TlsWire::Version::TLSv1_0)));
        ServerVerdict verdict = parser->classify();
        QCOMPARE(verdict.kind, ServerVerdict::Kind::Accepted);
        QCOMPARE(verdict.version, 0x0301);
        QVERIFY(CipherSuiteCatalog::idsFor(TlsWire::Version::TLSv1_0).contains(verdict.cipherSuite));
        QVERIFY(!parser->response().certificates.isEmpty());

        // Newer hellos never get a newer version: 1.1 and 1.2 are answered with 1.0 (or
        // refused), 1.3 is refused. A protocol counts as accepted only by its own version.
        for (TlsWire::Version newer : { TlsWire::Version::TLSv1_1, TlsWire::Version::TLSv1_2 }) {
            verdict = exchange(server, hello(optionsFor(newer)))->classify();
            QVERIFY2(verdict.kind != ServerVerdict::Kind::Accepted || verdict.version == 0x0301,
                     qPrintable(TlsWire::versionName(newer)));
        }
        verdict = exchange(server, hello(optionsFor(TlsWire::Version::TLSv1_3)))->classify();
        QVERIFY(verdict.kind != ServerVerdict::Kind::Accepted);
        QVERIFY(verdict.kind != ServerVerdict::Kind::Incomplete);
    }
};

QTEST_GUILESS_MAIN(TestRawHelloOpenSsl)
#include "tst_rawhello_openssl.moc"
