// ClientHelloBuilder, checked byte by byte: every length agrees with what follows it.
#include "tls/CipherSuiteCatalog.h"
#include "tls/ClientHelloBuilder.h"

#include <QMap>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

int u16(const QByteArray &b, qsizetype at)
{
    return quint8(b.at(at)) << 8 | quint8(b.at(at + 1));
}

// A test-side reading of one ClientHello; QVERIFY-free so it can return what it found.
struct ParsedHello
{
    bool ok = false;
    int recordVersion = 0;
    int legacyVersion = 0;
    QByteArray random;
    QList<quint16> suites;
    QByteArray compression;
    QMap<quint16, QByteArray> extensions;
    QList<quint16> extensionOrder;
    qsizetype handshakeLength = 0;
};

ParsedHello parse(const QByteArray &record)
{
    ParsedHello p;
    if (record.size() < 9 || record.at(0) != 22)
        return p;
    p.recordVersion = u16(record, 1);
    if (u16(record, 3) != record.size() - 5 || record.at(5) != 1)
        return p;
    const qsizetype length = quint8(record.at(6)) << 16 | u16(record, 7);
    if (length != record.size() - 9)
        return p;
    p.handshakeLength = length;
    const QByteArray h = record.mid(9);
    qsizetype at = 0;
    p.legacyVersion = u16(h, at);
    p.random = h.mid(2, 32);
    at = 34;
    at += 1 + quint8(h.at(at)); // session id
    const int suitesLength = u16(h, at);
    if (suitesLength % 2)
        return p;
    for (int i = 0; i < suitesLength; i += 2)
        p.suites.append(quint16(u16(h, at + 2 + i)));
    at += 2 + suitesLength;
    p.compression = h.mid(at + 1, quint8(h.at(at)));
    at += 1 + quint8(h.at(at));
    if (at == h.size()) {
        p.ok = true;
        return p;
    }
    const qsizetype extEnd = at + 2 + u16(h, at);
    if (extEnd != h.size())
        return p;
    at += 2;
    while (at < extEnd) {
        const quint16 type = quint16(u16(h, at));
        const int len = u16(h, at + 2);
        if (at + 4 + len > extEnd)
            return p;
        p.extensions.insert(type, h.mid(at + 4, len));
        p.extensionOrder.append(type);
        at += 4 + len;
    }
    p.ok = at == extEnd;
    return p;
}

QByteArray build(const ClientHelloOptions &options)
{
    ClientHelloBuilder builder(options);
    auto hello = builder.build();
    return hello ? hello.value() : QByteArray();
}

} // namespace

class TestClientHello : public QObject
{
    Q_OBJECT

private slots:
    void tls12Structure()
    {
        ClientHelloOptions o;
        o.version = TlsWire::Version::TLSv1_2;
        o.serverName = u"shop.example"_s;
        o.cipherSuites = { 0xC02F, 0x0005, 0x7777 }; // includes ones OpenSSL lacks and an unknown id
        o.alpn = { "h2", "http/1.1" };
        o.heartbeat = true;
        ClientHelloBuilder builder(o);
        auto hello = builder.build();
        QVERIFY2(hello, qPrintable(hello.error()));
        const ParsedHello p = parse(hello.value());
        QVERIFY(p.ok);
        QCOMPARE(p.recordVersion, 0x0301);
        QCOMPARE(p.legacyVersion, 0x0303);
        QCOMPARE(p.random, builder.random());
        QCOMPARE(p.random.size(), 32);
        QCOMPARE(p.suites, (QList<quint16> { 0xC02F, 0x0005, 0x7777 }));
        QCOMPARE(p.compression, QByteArray(1, '\0'));
        // SNI: list length, type host_name, name length, name.
        QCOMPARE(p.extensions.value(0x0000), QByteArray("\x00\x0f\x00\x00\x0cshop.example", 17));
        QCOMPARE(p.extensions.value(0xFF01), QByteArray(1, '\0'));
        QCOMPARE(p.extensions.value(0x0010), QByteArray("\x00\x0c\x02h2\x08http/1.1", 14));
        QCOMPARE(p.extensions.value(0x000F), QByteArray(1, '\x01'));
        QCOMPARE(p.extensions.value(0x0005), QByteArray("\x01\x00\x00\x00\x00", 5));
        QVERIFY(p.extensions.contains(0x0017)); // extended_master_secret
        QVERIFY(p.extensions.contains(0x0023)); // session_ticket
        QVERIFY(p.extensions.contains(0x000D)); // signature_algorithms
        QCOMPARE(p.extensions.value(0x000B), QByteArray("\x01\x00", 2));
        const QByteArray groups = p.extensions.value(0x000A);
        QCOMPARE(u16(groups, 0), groups.size() - 2);
        QCOMPARE(u16(groups, 2), 0x001D);
        QVERIFY(!p.extensions.contains(0x002B)); // no supported_versions below 1.3
        QVERIFY(!p.extensions.contains(0x0033));
        // Padding keeps the hello out of the 256..511 byte range that hangs some middleboxes.
        QVERIFY(p.handshakeLength + 4 < 256 || p.handshakeLength + 4 >= 512);
        QVERIFY(builder.build().value() != hello.value()); // a fresh random every time
    }

    void tls13KeySharesAndVersions()
    {
        ClientHelloOptions o;
        o.version = TlsWire::Version::TLSv1_3;
        o.serverName = u"localhost"_s;
        o.keyShares = { TlsWire::X25519, TlsWire::Secp256r1 };
        o.groups = { TlsWire::X25519MLKEM768, TlsWire::X25519, TlsWire::Secp256r1, TlsWire::Ffdhe2048 };
        const ParsedHello p = parse(build(o));
        QVERIFY(p.ok);
        QCOMPARE(p.legacyVersion, 0x0303);
        QCOMPARE(p.suites, CipherSuiteCatalog::idsFor(TlsWire::Version::TLSv1_3));
        QCOMPARE(p.extensions.value(0x002B), QByteArray("\x02\x03\x04", 3));
        QCOMPARE(p.extensions.value(0x000A), QByteArray("\x00\x08\x11\xEC\x00\x1D\x00\x17\x01\x00", 10));
        const QByteArray shares = p.extensions.value(0x0033);
        QCOMPARE(u16(shares, 0), shares.size() - 2);
        QCOMPARE(u16(shares, 2), 0x001D);
        QCOMPARE(u16(shares, 4), 32); // x25519 public key
        QCOMPARE(u16(shares, 38), 0x0017);
        QCOMPARE(u16(shares, 40), 65); // uncompressed P-256 point
        QCOMPARE(shares.at(42), '\x04');
        QCOMPARE(shares.size(), 2 + 4 + 32 + 4 + 65);
    }

    void sniOmittedForIpLiterals_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("sni");
        QTest::newRow("ipv4") << u"127.0.0.1"_s << false;
        QTest::newRow("ipv6") << u"::1"_s << false;
        QTest::newRow("ipv6 bracketed") << u"[2001:db8::1]"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("name") << u"localhost"_s << true;
    }
    void sniOmittedForIpLiterals()
    {
        QFETCH(QString, host);
        QFETCH(bool, sni);
        ClientHelloOptions o;
        o.serverName = host;
        const ParsedHello p = parse(build(o));
        QVERIFY(p.ok);
        QCOMPARE(p.extensions.contains(0x0000), sni);
    }

    void idnHostIsSentAsAce()
    {
        QCOMPARE(ClientHelloBuilder::sniHostName(u"bücher.example"_s), QByteArray("xn--bcher-kva.example"));
        QCOMPARE(ClientHelloBuilder::sniHostName(u"shop.example."_s), QByteArray("shop.example"));
    }

    void ssl3HasNoExtensionsButScsv()
    {
        ClientHelloOptions o;
        o.version = TlsWire::Version::SSLv3;
        o.cipherSuites = { 0x0005, 0x000A };
        o.serverName = u"shop.example"_s;
        const ParsedHello p = parse(build(o));
        QVERIFY(p.ok);
        QCOMPARE(p.recordVersion, 0x0300);
        QCOMPARE(p.legacyVersion, 0x0300);
        QVERIFY(p.extensions.isEmpty());
        QCOMPARE(p.suites, (QList<quint16> { 0x0005, 0x000A, 0x00FF }));
    }

    void scsvsAndCompression()
    {
        ClientHelloOptions o;
        o.version = TlsWire::Version::TLSv1_0;
        o.cipherSuites = { 0x002F };
        o.renegotiation = ClientHelloOptions::Renegotiation::Scsv;
        o.fallbackScsv = true;
        o.offerCompression = true;
        const ParsedHello p = parse(build(o));
        QVERIFY(p.ok);
        QCOMPARE(p.legacyVersion, 0x0301);
        QCOMPARE(p.suites, (QList<quint16> { 0x002F, 0x00FF, 0x5600 }));
        QCOMPARE(p.compression, QByteArray("\x01\x00", 2));
        QVERIFY(!p.extensions.contains(0xFF01));
        QVERIFY(!p.extensions.contains(0x000D)); // signature_algorithms is TLS 1.2+
    }

    void hugeHelloIsSplitIntoRecords()
    {
        ClientHelloOptions o;
        for (int i = 0; i < 9000; ++i)
            o.cipherSuites.append(quint16(0x0A0A + i));
        auto hello = ClientHelloBuilder(o).build();
        QVERIFY(hello);
        const QByteArray bytes = hello.value();
        qsizetype at = 0, records = 0, payload = 0;
        while (at < bytes.size()) {
            QCOMPARE(bytes.at(at), '\x16');
            const int length = u16(bytes, at + 3);
            QVERIFY(length <= 16384);
            payload += length;
            at += 5 + length;
            ++records;
        }
        QCOMPARE(at, bytes.size());
        QCOMPARE(records, 2);
        QCOMPARE(payload, 4 + (quint8(bytes.at(6)) << 16 | u16(bytes, 7)));
    }

    void badOptionsAreErrors()
    {
        ClientHelloOptions alpn;
        alpn.alpn = { QByteArray() };
        QVERIFY(!ClientHelloBuilder(alpn).build());
        ClientHelloOptions share;
        share.version = TlsWire::Version::TLSv1_3;
        share.keyShares = { TlsWire::X25519MLKEM768 };
        QVERIFY(!ClientHelloBuilder(share).build());
        ClientHelloOptions name;
        name.serverName = QString(300, u'a');
        QVERIFY(!ClientHelloBuilder(name).build());
        ClientHelloOptions version;
        version.version = TlsWire::Version::SSLv2;
        QVERIFY(!ClientHelloBuilder(version).build());
    }

    void ssl2Hello()
    {
        auto hello = ClientHelloBuilder::buildSsl2();
        QVERIFY(hello);
        const QByteArray b = hello.value();
        QCOMPARE(quint8(b.at(0)) & 0x80, 0x80);
        QCOMPARE((quint8(b.at(0)) & 0x7F) << 8 | quint8(b.at(1)), b.size() - 2);
        QCOMPARE(b.at(2), '\x01');
        QCOMPARE(u16(b, 3), 0x0002);
        QCOMPARE(u16(b, 5), 13 * 3);
        QCOMPARE(u16(b, 7), 0);
        QCOMPARE(u16(b, 9), 16);
        QCOMPARE(b.size(), 2 + 9 + 13 * 3 + 16);
        QCOMPARE(b.mid(11, 3), QByteArray("\x01\x00\x80", 3));
    }
};

QTEST_GUILESS_MAIN(TestClientHello)
#include "tst_clienthello.moc"
