// ServerResponseParser on hand-built server answers, whole and one byte at a time, and on
// malformed and hostile input, which must end in a clean Error.
#include "tls/ServerResponseParser.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray be16(int v)
{
    return QByteArray().append(char(v >> 8)).append(char(v & 0xFF));
}

QByteArray be24(int v)
{
    return QByteArray().append(char(v >> 16)).append(be16(v & 0xFFFF));
}

QByteArray record(int type, const QByteArray &body, int version = 0x0303)
{
    return QByteArray().append(char(type)).append(be16(version)).append(be16(int(body.size()))).append(body);
}

QByteArray handshake(int type, const QByteArray &body)
{
    return QByteArray().append(char(type)).append(be24(int(body.size()))).append(body);
}

QByteArray extension(int type, const QByteArray &body)
{
    return be16(type) + be16(int(body.size())) + body;
}

QByteArray serverHello(int version, int suite, const QByteArray &extensions, QByteArray random = {})
{
    if (random.isEmpty())
        random = QByteArray(32, '\x42');
    QByteArray body = be16(version) + random + QByteArray(1, '\x20') + QByteArray(32, '\x07') + be16(suite)
        + QByteArray(1, '\0');
    if (!extensions.isNull())
        body += be16(int(extensions.size())) + extensions;
    return handshake(2, body);
}

const QByteArray kHrrRandom
    = QByteArray::fromHex("CF21AD74E59A6111BE1D8C021E65B891C2A211167ABB8C5E079E09E2C8A8339C");

// Feeds `bytes` whole (pieceSize 0) or in pieces of `pieceSize` bytes, then closes.
std::unique_ptr<ServerResponseParser> run(const QByteArray &bytes, int pieceSize = 0, bool close = true)
{
    auto parser = std::make_unique<ServerResponseParser>();
    if (pieceSize == 0) {
        (void)parser->feed(bytes);
    } else {
        for (qsizetype at = 0; at < bytes.size(); at += pieceSize)
            (void)parser->feed(
                QByteArrayView(bytes).sliced(at, qMin<qsizetype>(pieceSize, bytes.size() - at)));
    }
    if (close)
        parser->finish();
    return parser;
}

QByteArray tls12Flight()
{
    const QByteArray ext = extension(0xFF01, QByteArray(1, '\0')) + extension(0x0017, {})
        + extension(0x0010, QByteArray("\x00\x03\x02h2", 5)) + extension(0x000B, QByteArray("\x01\x00", 2))
        + extension(0x000F, QByteArray(1, '\x01')) + extension(0x0005, {}) + extension(0x0023, {});
    const QByteArray certA(300, '\x30'), certB(200, '\x31');
    const QByteArray certList = be24(int(certA.size())) + certA + be24(int(certB.size())) + certB;
    const QByteArray certificate = handshake(11, be24(int(certList.size())) + certList);
    // DHE params: a 2048-bit prime whose top byte is 0x80, g = 2, Ys, then a signature we ignore.
    QByteArray p(256, '\xFF');
    p[0] = '\x80';
    const QByteArray ske = handshake(12,
                                     be16(257) + QByteArray(1, '\0') + p + be16(1) + QByteArray(1, '\2')
                                         + be16(4) + QByteArray(4, '\x55') + QByteArray(20, '\x66'));
    const QByteArray flight = serverHello(0x0303, 0x009E, ext) + certificate + ske + handshake(14, {});
    // Split across two records in the middle of the Certificate message.
    return record(22, flight.left(120)) + record(22, flight.mid(120));
}

} // namespace

class TestServerResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void tls12FullFlight_data()
    {
        QTest::addColumn<int>("pieceSize");
        QTest::newRow("whole") << 0;
        QTest::newRow("one byte at a time") << 1;
        QTest::newRow("seven bytes") << 7;
    }
    void tls12FullFlight()
    {
        QFETCH(int, pieceSize);
        auto parser = run(tls12Flight(), pieceSize, false);
        QVERIFY(!parser->hasError());
        QVERIFY(parser->isComplete()); // ServerHelloDone: nothing more to wait for
        const ServerResponse &r = parser->response();
        QVERIFY(r.serverHello);
        QCOMPARE(r.serverHello->version, 0x0303);
        QCOMPARE(r.serverHello->cipherSuite, 0x009E);
        QCOMPARE(r.serverHello->sessionId.size(), 32);
        QVERIFY(r.serverHello->secureRenegotiation);
        QVERIFY(r.serverHello->extendedMasterSecret);
        QVERIFY(r.serverHello->statusRequest);
        QVERIFY(r.serverHello->sessionTicket);
        QCOMPARE(r.serverHello->alpn, QByteArray("h2"));
        QCOMPARE(r.serverHello->heartbeatMode, std::optional<quint8>(1));
        QCOMPARE(r.serverHello->ecPointFormats, QList<quint8> { 0 });
        QCOMPARE(r.certificates.size(), 2);
        QCOMPARE(r.certificates.at(0), QByteArray(300, '\x30'));
        QVERIFY(r.serverKeyExchange);
        QCOMPARE(r.serverKeyExchange->kind, ServerKeyExchange::Kind::Dhe);
        QCOMPARE(r.serverKeyExchange->dhBits, 2048);
        QVERIFY(r.serverHelloDone);
        const ServerVerdict v = parser->classify();
        QCOMPARE(v.kind, ServerVerdict::Kind::Accepted);
        QCOMPARE(v.version, 0x0303);
        QCOMPARE(v.cipherSuite, 0x009E);
    }

    void ecdheServerKeyExchange()
    {
        const QByteArray ske = handshake(
            12, QByteArray(1, '\x03') + be16(0x001D) + QByteArray(1, '\x20') + QByteArray(32, '\x01'));
        auto parser = run(record(22, serverHello(0x0303, 0xC02F, {}) + ske + handshake(14, {})), 1);
        QVERIFY(!parser->hasError());
        QCOMPARE(parser->response().serverKeyExchange->kind, ServerKeyExchange::Kind::Ecdhe);
        QCOMPARE(parser->response().serverKeyExchange->namedCurve, 0x001D);
    }

    void tls13ServerHello()
    {
        const QByteArray ext = extension(0x002B, be16(0x0304))
            + extension(0x0033, be16(0x001D) + be16(32) + QByteArray(32, '\x09'));
        const QByteArray bytes = record(22, serverHello(0x0303, 0x1301, ext), 0x0303)
            + record(20, QByteArray(1, '\x01')) + record(23, QByteArray(50, '\x77'));
        for (int piece : { 0, 1 }) {
            auto parser = run(bytes, piece, false);
            QVERIFY(parser->isComplete());
            const ServerVerdict v = parser->classify();
            QCOMPARE(v.kind, ServerVerdict::Kind::Accepted);
            QCOMPARE(v.version, 0x0304);
            QCOMPARE(v.cipherSuite, 0x1301);
            QCOMPARE(parser->response().serverHello->legacyVersion, 0x0303);
            QCOMPARE(parser->response().serverHello->keyShareGroup, std::optional<quint16>(0x001D));
        }
    }

    void helloRetryRequest()
    {
        const QByteArray ext = extension(0x002B, be16(0x0304)) + extension(0x0033, be16(0x0017));
        auto parser = run(record(22, serverHello(0x0303, 0x1302, ext, kHrrRandom)), 1, false);
        QVERIFY(parser->isComplete());
        const ServerVerdict v = parser->classify();
        QCOMPARE(v.kind, ServerVerdict::Kind::HelloRetry);
        QVERIFY(parser->response().serverHello->helloRetryRequest);
        QCOMPARE(parser->response().serverHello->keyShareGroup, std::optional<quint16>(0x0017));
    }

    void alerts_data()
    {
        QTest::addColumn<int>("description");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("handshake_failure")
            << 40 << int(ServerVerdict::Kind::HandshakeFailure) << u"handshake_failure"_s;
        QTest::newRow("insufficient_security")
            << 71 << int(ServerVerdict::Kind::HandshakeFailure) << u"insufficient_security"_s;
        QTest::newRow("protocol_version") << 70 << int(ServerVerdict::Kind::Alert) << u"protocol_version"_s;
        QTest::newRow("inappropriate_fallback")
            << 86 << int(ServerVerdict::Kind::Alert) << u"inappropriate_fallback"_s;
        QTest::newRow("unrecognized_name")
            << 112 << int(ServerVerdict::Kind::Alert) << u"unrecognized_name"_s;
    }
    void alerts()
    {
        QFETCH(int, description);
        QFETCH(int, kind);
        QFETCH(QString, name);
        auto parser = run(record(21, QByteArray("\x02", 1) + char(description), 0x0301), 1, false);
        QVERIFY(parser->isComplete());
        const ServerVerdict v = parser->classify();
        QCOMPARE(int(v.kind), kind);
        QVERIFY(v.alert);
        QCOMPARE(v.alert->description, description);
        QCOMPARE(v.alert->name(), name);
        QVERIFY(v.alert->isFatal());
    }

    void ssl2ServerHello()
    {
        const QByteArray cert(100, '\x30');
        const QByteArray specs("\x01\x00\x80\x07\x00\xC0", 6);
        const QByteArray body = QByteArray("\x04\x00\x01", 3) + be16(0x0002) + be16(int(cert.size()))
            + be16(int(specs.size())) + be16(16) + cert + specs + QByteArray(16, '\x11');
        const QByteArray bytes = be16(0x8000 | int(body.size())) + body;
        auto parser = run(bytes, 1);
        QVERIFY(!parser->hasError());
        const ServerResponse &r = parser->response();
        QVERIFY(r.ssl2ServerHello);
        QCOMPARE(r.ssl2ServerHello->certificate, cert);
        QCOMPARE(r.ssl2ServerHello->cipherKinds, (QList<quint32> { 0x010080, 0x0700C0 }));
        QCOMPARE(parser->classify().kind, ServerVerdict::Kind::Accepted);
        QCOMPARE(parser->classify().version, 0x0002);
    }

    void closedAndTruncated()
    {
        QCOMPARE(run({})->classify().kind, ServerVerdict::Kind::Closed);
        QCOMPARE(run(QByteArray("\x16\x03\x03\x00", 4))->classify().kind, ServerVerdict::Kind::Truncated);
        const QByteArray sh = record(22, serverHello(0x0303, 0xC02F, {}));
        QCOMPARE(run(sh.left(sh.size() - 3))->classify().kind, ServerVerdict::Kind::Truncated);
        // Half a handshake message in a whole record.
        QCOMPARE(run(record(22, serverHello(0x0303, 0xC02F, {}).left(20)))->classify().kind,
                 ServerVerdict::Kind::Truncated);
        auto waiting = run(sh.left(10), 1, false);
        QCOMPARE(waiting->classify().kind, ServerVerdict::Kind::Incomplete);
        QVERIFY(!waiting->isComplete());
    }

    void notTls()
    {
        auto http = run("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n", 1);
        QCOMPARE(http->classify().kind, ServerVerdict::Kind::NotTls);
        QVERIFY(http->classify().message.contains(u"HTTP"_s));
        QCOMPARE(run("SSH-2.0-OpenSSH_9.2\r\n")->classify().kind, ServerVerdict::Kind::NotTls);
        QCOMPARE(run(QByteArray("\x16\x48\x54\x54\x50", 5))->classify().kind, ServerVerdict::Kind::NotTls);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray goodSh = serverHello(0x0303, 0xC02F, extension(0xFF01, QByteArray(1, '\0')));
        QTest::newRow("oversized record")
            << (QByteArray("\x16\x03\x03", 3) + be16(16384 + 2049) + QByteArray(100, 'x'));
        QTest::newRow("16 MB handshake message") << record(22, QByteArray("\x02\xFF\xFF\xFF", 4));
        QTest::newRow("empty handshake record") << record(22, {});
        QTest::newRow("short server hello") << record(22, handshake(2, QByteArray(10, '\x03')));
        QTest::newRow("session id too long")
            << record(22,
                      handshake(2,
                                be16(0x0303) + QByteArray(32, 'r') + QByteArray(1, '\x40')
                                    + QByteArray(64, 's') + be16(0xC02F) + QByteArray(1, '\0')));
        QTest::newRow("extensions length too long") << record(22, [&] {
            QByteArray sh = goodSh;
            sh[sh.size() - 7] = '\x09'; // the extensions block length
            return sh;
        }());
        QTest::newRow("trailing bytes after extensions") << record(22, [&] {
            QByteArray body = goodSh.mid(4) + "zz";
            return handshake(2, body);
        }());
        QTest::newRow("duplicate extension")
            << record(22, serverHello(0x0303, 0xC02F, extension(0x0017, {}) + extension(0x0017, {})));
        QTest::newRow("supported_versions too long")
            << record(22, serverHello(0x0303, 0x1301, extension(0x002B, be16(0x0304) + "x")));
        QTest::newRow("empty key share") << record(
            22,
            serverHello(0x0303, 0x1301,
                        extension(0x002B, be16(0x0304)) + extension(0x0033, be16(0x001D) + be16(0))));
        QTest::newRow("alpn with two names") << record(
            22, serverHello(0x0303, 0xC02F, extension(0x0010, QByteArray("\x00\x06\x02h2\x02h3", 8))));
        QTest::newRow("certificate list length wrong")
            << record(22, goodSh + handshake(11, be24(10) + be24(3) + "abc"));
        QTest::newRow("empty certificate") << record(22, goodSh + handshake(11, be24(3) + be24(0)));
        QTest::newRow("certificate before server hello") << record(22, handshake(11, be24(0)));
        QTest::newRow("two server hellos") << record(22, goodSh + goodSh);
        QTest::newRow("server hello done not empty") << record(22, goodSh + handshake(14, "x"));
        QTest::newRow("bad dhe params")
            << record(22, serverHello(0x0303, 0x009E, {}) + handshake(12, be16(300) + "short"));
        QTest::newRow("unknown record type")
            << QByteArray("\x16\x03\x03\x00\x01\x00\x63\x03\x03\x00\x01\x00", 12);
        QTest::newRow("alert of unknown level") << record(21, QByteArray("\x07\x28", 2));
        QTest::newRow("application data first") << record(23, "secret");
        QTest::newRow("ssl2 hello lengths lie")
            << (be16(0x8000 | 13) + QByteArray("\x04\x00\x01\x00\x02\xFF\xFF\x00\x03\x00\x10\x00\x00", 13));
        QTest::newRow("record version 2.0 later")
            << (record(22, QByteArray("\x02\x00", 2)) + QByteArray("\x16\x02\x00\x00\x01\x00", 6));
    }
    void malformed()
    {
        QFETCH(QByteArray, bytes);
        for (int piece : { 0, 1 }) {
            auto parser = run(bytes, piece);
            QVERIFY2(parser->hasError(), qPrintable(u"piece %1"_s.arg(piece)));
            QCOMPARE(parser->classify().kind, ServerVerdict::Kind::Malformed);
            QVERIFY(!parser->classify().message.isEmpty());
            QVERIFY(parser->isComplete());
            QVERIFY(!parser->feed("more"));
        }
    }

    void endlessDripIsCapped()
    {
        // A server that keeps sending valid-looking CCS records forever is cut off.
        ServerResponseParser parser;
        const QByteArray ccs = record(20, QByteArray(1, '\x01'));
        Status status;
        for (int i = 0; i < 1000000 && status; ++i)
            status = parser.feed(ccs);
        QVERIFY(!status);
        QCOMPARE(parser.classify().kind, ServerVerdict::Kind::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestServerResponseParser)
#include "tst_serverresponseparser.moc"
