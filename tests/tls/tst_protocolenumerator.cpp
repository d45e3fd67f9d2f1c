// ProtocolEnumerator against real `openssl s_server` processes on 127.0.0.1 and ::1: versions,
// suites, order, groups and DH bits must come out exactly as the servers were configured.
#include "OpensslServers.h"
#include "tls/HelloExchange.h"
#include "tls/ProtocolEnumerator.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using TestServer = OpensslServers::Server;

QList<quint16> ids(const ProtocolResult &p)
{
    QList<quint16> out;
    for (const OfferedSuite &s : p.suites)
        out.append(s.id);
    std::sort(out.begin(), out.end());
    return out;
}

QList<TlsVersion> accepted(const EnumerationResult &r)
{
    QList<TlsVersion> out;
    for (const ProtocolResult &p : r.protocols)
        if (p.accepted)
            out.append(p.version);
    return out;
}

const ProtocolResult *find(const EnumerationResult &r, TlsVersion version)
{
    for (const ProtocolResult &p : r.protocols)
        if (p.version == version)
            return &p;
    return nullptr;
}

} // namespace

class TestProtocolEnumerator : public QObject
{
    Q_OBJECT

private:
    OpensslServers m_servers;

    QString path(const QString &name) const { return m_servers.path(name); }
    TestServer start(const QString &host, const QStringList &args) { return m_servers.start(host, args); }
    void stopAll() { m_servers.stopAll(); }

    static ProtocolEnumerator::Target target(const TestServer &server)
    {
        ProtocolEnumerator::Target t;
        t.host = u"localhost"_s;
        t.address = server.address;
        t.port = server.port;
        t.connectTimeoutMs = 3000;
        t.readTimeoutMs = 3000;
        return t;
    }

    static void addHosts() { OpensslServers::addLoopbackHosts(); }

private slots:
    void initTestCase()
    {
        const QString problem = m_servers.setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // `dhparam` with generator 2 takes well under a second for 1024 bits here.
        QVERIFY(m_servers.run({ u"dhparam"_s, u"-out"_s, path(u"dh1024.pem"_s), u"1024"_s }));
    }

    void cleanup() { stopAll(); }
    void cleanupTestCase() { stopAll(); }

    void modernServerOrder_data() { addHosts(); }
    void modernServerOrder()
    {
        QFETCH(QString, host);
        const TestServer server
            = start(host,
                    { u"-min_protocol"_s, u"TLSv1.2"_s, u"-max_protocol"_s, u"TLSv1.3"_s, u"-cipher"_s,
                      u"ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384"_s, u"-ciphersuites"_s,
                      u"TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256"_s, u"-serverpref"_s });
        if (server.port == 0 && host == u"::1"_s)
            QSKIP("no IPv6 loopback here");
        QVERIFY(server.port != 0);

        ProtocolEnumerator enumerator(target(server));
        int calls = 0;
        int lastStep = -1;
        enumerator.setProgress([&](int step, int total, const QString &name) {
            ++calls;
            QVERIFY(step >= lastStep && step <= total && !name.isEmpty());
            lastStep = step;
        });
        QElapsedTimer timer;
        timer.start();
        auto result = enumerator.run();
        qInfo("full enumeration: %lld ms, %d connections", timer.elapsed(), result ? result->exchanges : 0);
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY(!result->cancelled);
        QVERIFY(calls > 5);
        QCOMPARE(result->protocols.size(), 5);
        QCOMPARE(accepted(result.value()), (QList<TlsVersion> { TlsVersion::TLS12, TlsVersion::TLS13 }));

        const ProtocolResult *tls12 = find(result.value(), TlsVersion::TLS12);
        QVERIFY(tls12);
        QCOMPARE(ids(*tls12), (QList<quint16> { 0xC02F, 0xC030 }));
        QVERIFY(tls12->serverOrder);
        // -serverpref: the server's first listed suite wins.
        QCOMPARE(tls12->preferred, std::optional<quint16>(0xC02F));
        const OfferedSuite &first = tls12->suites.first();
        QCOMPARE(first.name, u"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"_s);
        QCOMPARE(first.kx, u"ECDHE"_s);
        QCOMPARE(first.bits, 128);
        QVERIFY(first.forwardSecret && first.aead && !first.cbc);

        const ProtocolResult *tls13 = find(result.value(), TlsVersion::TLS13);
        QVERIFY(tls13);
        QCOMPARE(ids(*tls13), (QList<quint16> { 0x1301, 0x1303 }));
        QVERIFY(tls13->serverOrder);
        QCOMPARE(tls13->preferred, std::optional<quint16>(0x1301));
        QCOMPARE(tls13->suites.first().kx, u"TLS13"_s);

        QCOMPARE(result->keyExchange.minDhBits, 0);
    }

    // Without -serverpref OpenSSL follows the client's order: the check must say so.
    void clientOrder()
    {
        const TestServer server = start(
            u"127.0.0.1"_s,
            { u"-tls1_2"_s, u"-cipher"_s, u"ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384"_s });
        QVERIFY(server.port != 0);
        auto result = ProtocolEnumerator(target(server)).run();
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(accepted(result.value()), QList<TlsVersion> { TlsVersion::TLS12 });
        const ProtocolResult *tls12 = find(result.value(), TlsVersion::TLS12);
        QCOMPARE(ids(*tls12), (QList<quint16> { 0xC02F, 0xC030 }));
        QVERIFY(!tls12->serverOrder);
    }

    void tls10WithDhe_data() { addHosts(); }
    void tls10WithDhe()
    {
        QFETCH(QString, host);
        const TestServer server
            = start(host,
                    { u"-tls1"_s, u"-cipher"_s, u"AES128-SHA:DHE-RSA-AES128-SHA:@SECLEVEL=0"_s, u"-dhparam"_s,
                      path(u"dh1024.pem"_s) });
        if (server.port == 0 && host == u"::1"_s)
            QSKIP("no IPv6 loopback here");
        QVERIFY(server.port != 0);

        auto result = ProtocolEnumerator(target(server)).run();
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(accepted(result.value()), QList<TlsVersion> { TlsVersion::TLS10 });
        const ProtocolResult *tls10 = find(result.value(), TlsVersion::TLS10);
        QVERIFY(tls10);
        QCOMPARE(ids(*tls10), (QList<quint16> { 0x002F, 0x0033 }));
        QCOMPARE(result->keyExchange.minDhBits, 1024);
        // Nothing ECDHE and no TLS 1.3: no group can be learned.
        QCOMPARE(result->keyExchange.groups, QStringList());
    }

    void groups_data() { addHosts(); }
    void groups()
    {
        QFETCH(QString, host);
        const TestServer server = start(host, { u"-groups"_s, u"X25519:secp384r1"_s });
        if (server.port == 0 && host == u"::1"_s)
            QSKIP("no IPv6 loopback here");
        QVERIFY(server.port != 0);

        auto result = ProtocolEnumerator(target(server)).run();
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(result->keyExchange.groups, (QStringList { u"x25519"_s, u"secp384r1"_s }));
        QCOMPARE(result->keyExchange.minEcBits, 256);
    }

    // TLS 1.3 only: every group is learned through HelloRetryRequest, FFDHE included.
    void groupsTls13Only()
    {
        const TestServer server
            = start(u"127.0.0.1"_s, { u"-tls1_3"_s, u"-groups"_s, u"ffdhe2048:X25519:secp384r1"_s });
        QVERIFY(server.port != 0);
        auto result = ProtocolEnumerator(target(server)).run();
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(accepted(result.value()), QList<TlsVersion> { TlsVersion::TLS13 });
        QCOMPARE(result->keyExchange.groups, (QStringList { u"x25519"_s, u"secp384r1"_s, u"ffdhe2048"_s }));
    }

    // TLS 1.2 only: the curves come from ServerKeyExchange, not HelloRetryRequest.
    void groupsTls12Only()
    {
        const TestServer server = start(u"127.0.0.1"_s, { u"-tls1_2"_s, u"-groups"_s, u"secp521r1:P-256"_s });
        QVERIFY(server.port != 0);
        auto result = ProtocolEnumerator(target(server)).run();
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(result->keyExchange.groups, (QStringList { u"secp256r1"_s, u"secp521r1"_s }));
        QCOMPARE(result->keyExchange.minEcBits, 256);
    }

    void cancel()
    {
        const TestServer server = start(u"127.0.0.1"_s, {});
        QVERIFY(server.port != 0);
        std::atomic_bool cancel = false;
        ProtocolEnumerator enumerator(target(server));
        enumerator.setCancelFlag(&cancel);
        int calls = 0;
        // Cancel as the second version probe begins: exactly one connection was made by then.
        enumerator.setProgress([&](int, int, const QString &) {
            if (++calls == 2)
                cancel = true;
        });
        auto result = enumerator.run();
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY(result->cancelled);
        QCOMPARE(result->exchanges, 1);
        QCOMPARE(result->protocols.size(), 1);

        // Already set: not a single connection.
        auto none = enumerator.run();
        QVERIFY(none && none->cancelled);
        QCOMPARE(none->exchanges, 0);
    }

    void closedPort()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        } // closed again: nothing listens there now
        ProtocolEnumerator::Target t;
        t.address = QHostAddress::LocalHost;
        t.port = port;
        auto result = ProtocolEnumerator(t).run();
        QVERIFY(!result);
        QCOMPARE(result.error(), u"The connection was refused."_s);

        auto single = HelloExchange(QHostAddress::LocalHost, port).run({});
        QVERIFY(!single);
        QCOMPARE(single.error(), u"The connection was refused."_s);
    }

    // A server that accepts and never answers: a plain-words timeout, not a hang.
    void silentServer()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QElapsedTimer timer;
        timer.start();
        auto result = HelloExchange(QHostAddress::LocalHost, silent.serverPort(), 2000, 500).run({});
        QVERIFY(!result);
        QCOMPARE(result.error(), u"The server did not answer within 0.5 s."_s);
        QVERIFY(timer.elapsed() < 3000);

        // The enumeration: no version probe got an answer, so there is nothing to report.
        ProtocolEnumerator::Target t;
        t.address = QHostAddress::LocalHost;
        t.port = silent.serverPort();
        t.readTimeoutMs = 300;
        auto enumeration = ProtocolEnumerator(t).run();
        QVERIFY(!enumeration);
        QCOMPARE(enumeration.error(), u"The server did not answer within 0.3 s."_s);
    }
};

QTEST_GUILESS_MAIN(TestProtocolEnumerator)
#include "tst_protocolenumerator.moc"
