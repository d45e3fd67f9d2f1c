#include "ServerResponseParser.h"

#include "CipherSuiteCatalog.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// A bounds-checked cursor: every read says whether the bytes were there.
class Reader
{
public:
    explicit Reader(QByteArrayView data)
        : m_data(data)
    { }

    qsizetype remaining() const { return m_data.size() - m_pos; }
    bool atEnd() const { return m_pos == m_data.size(); }

    bool u8(quint8 &value)
    {
        if (remaining() < 1)
            return false;
        value = quint8(m_data[m_pos++]);
        return true;
    }
    bool u16(quint16 &value)
    {
        quint8 high = 0, low = 0;
        if (remaining() < 2)
            return false;
        u8(high);
        u8(low);
        value = quint16(high << 8 | low);
        return true;
    }
    bool u24(quint32 &value)
    {
        quint8 high = 0;
        quint16 low = 0;
        if (remaining() < 3)
            return false;
        u8(high);
        u16(low);
        value = quint32(high) << 16 | low;
        return true;
    }
    bool bytes(qsizetype count, QByteArrayView &out)
    {
        if (count < 0 || remaining() < count)
            return false;
        out = m_data.sliced(m_pos, count);
        m_pos += count;
        return true;
    }
    bool vector8(QByteArrayView &out)
    {
        quint8 length = 0;
        return u8(length) && bytes(length, out);
    }
    bool vector16(QByteArrayView &out)
    {
        quint16 length = 0;
        return u16(length) && bytes(length, out);
    }
    bool vector24(QByteArrayView &out)
    {
        quint32 length = 0;
        return u24(length) && bytes(qsizetype(length), out);
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

// RFC 8446 4.1.3: a ServerHello with this random is a HelloRetryRequest.
const QByteArray kHelloRetryRandom
    = QByteArray::fromHex("CF21AD74E59A6111BE1D8C021E65B891C2A211167ABB8C5E079E09E2C8A8339C");

// More than any honest handshake needs: a server that sends more is stalling or hostile.
constexpr qint64 kMaxTotalBytes = 4 * 1024 * 1024;
constexpr int kMaxCertificates = 100;

QString hexType(int type)
{
    return u"0x%1"_s.arg(type, 2, 16, QLatin1Char('0'));
}

} // namespace

Status ServerResponseParser::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_buffer.clear();
    m_handshake.clear();
    return Error { m_error };
}

Status ServerResponseParser::feed(QByteArrayView bytes)
{
    if (hasError())
        return Error { m_error };
    if (isComplete() || bytes.isEmpty())
        return {};
    m_totalBytes += bytes.size();
    if (m_totalBytes > kMaxTotalBytes)
        return fail(QCoreApplication::translate("ServerResponseParser",
                                                "The server sent far more data than a handshake needs."));
    m_buffer.append(bytes.data(), bytes.size());

    if (m_framing == Framing::Unknown) {
        const quint8 first = quint8(m_buffer.at(0));
        if (first >= TlsWire::ChangeCipherSpec && first <= TlsWire::HeartbeatRecord) {
            m_framing = Framing::Tls;
        } else if ((first & 0x80) && m_buffer.size() < 3) {
            return {}; // an SSLv2 header: wait for the message type
        } else if ((first & 0x80) && (m_buffer.at(2) == 4 || m_buffer.at(2) == 0)) {
            m_framing = Framing::Ssl2;
        } else if (m_buffer.size() < 5 && QByteArrayView("HTTP/").startsWith(m_buffer)) {
            return {}; // wait: the plain-words message can then name HTTP
        } else {
            m_notTls = true;
            if (m_buffer.startsWith("HTTP/"))
                return fail(QCoreApplication::translate("ServerResponseParser",
                                                        "The server answered in plain HTTP, not TLS."));
            return fail(
                QCoreApplication::translate("ServerResponseParser", "The server's answer is not TLS."));
        }
    }
    return m_framing == Framing::Tls ? parseRecords() : parseSsl2();
}

void ServerResponseParser::finish()
{
    m_finished = true;
}

Status ServerResponseParser::parseRecords()
{
    while (m_buffer.size() >= 5 && !isComplete()) {
        Reader header(m_buffer);
        quint8 type = 0;
        quint16 version = 0, length = 0;
        header.u8(type);
        header.u16(version);
        header.u16(length);
        if (type < TlsWire::ChangeCipherSpec || type > TlsWire::HeartbeatRecord)
            return fail(QCoreApplication::translate("ServerResponseParser",
                                                    "The server sent a record of unknown type %1.")
                            .arg(hexType(type)));
        if ((version >> 8) != 3) {
            if (m_response.firstRecordVersion == 0) {
                m_notTls = true;
                return fail(
                    QCoreApplication::translate("ServerResponseParser", "The server's answer is not TLS."));
            }
            return fail(QCoreApplication::translate("ServerResponseParser",
                                                    "The server sent a record with version %1.")
                            .arg(TlsWire::versionName(version)));
        }
        if (length > TlsWire::MaxRecordLength)
            return fail(
                QCoreApplication::translate("ServerResponseParser",
                                            "The server sent a record of %1 bytes, more than TLS allows.")
                    .arg(length));
        if (length == 0 && type != TlsWire::ApplicationData)
            return fail(
                QCoreApplication::translate("ServerResponseParser", "The server sent an empty record."));
        if (m_buffer.size() < 5 + length)
            return {};
        if (m_response.firstRecordVersion == 0)
            m_response.firstRecordVersion = version;
        const QByteArray fragment = m_buffer.mid(5, length);
        m_buffer.remove(0, 5 + length);

        switch (type) {
        case TlsWire::HandshakeRecord:
            if (Status status = handleHandshakeBytes(fragment); !status)
                return status;
            break;
        case TlsWire::AlertRecord:
            m_alertBytes.append(fragment);
            while (m_alertBytes.size() >= 2) {
                const TlsAlert alert { quint8(m_alertBytes.at(0)), quint8(m_alertBytes.at(1)) };
                m_alertBytes.remove(0, 2);
                if (alert.level != TlsWire::Warning && alert.level != TlsWire::Fatal)
                    return fail(QCoreApplication::translate("ServerResponseParser",
                                                            "The server sent an alert of unknown level %1.")
                                    .arg(alert.level));
                if (!m_response.alert)
                    m_response.alert = alert;
            }
            break;
        case TlsWire::ApplicationData:
            if (!m_response.serverHello)
                return fail(QCoreApplication::translate(
                    "ServerResponseParser", "The server sent encrypted data before any handshake."));
            m_response.encryptedRecords = true;
            break;
        default: // ChangeCipherSpec (TLS 1.3 middlebox compatibility), heartbeat
            break;
        }
    }
    return {};
}

Status ServerResponseParser::handleHandshakeBytes(const QByteArray &bytes)
{
    m_handshake.append(bytes);
    while (m_handshake.size() >= 4 && !isComplete()) {
        Reader reader(m_handshake);
        quint8 type = 0;
        quint32 length = 0;
        reader.u8(type);
        reader.u24(length);
        if (length > quint32(MaxHandshakeMessage))
            return fail(QCoreApplication::translate(
                            "ServerResponseParser",
                            "The server sent a handshake message of %1 bytes, far more than needed.")
                            .arg(length));
        if (m_handshake.size() < 4 + qsizetype(length))
            return {};
        const QByteArray body = m_handshake.mid(4, qsizetype(length));
        m_handshake.remove(0, 4 + qsizetype(length));
        if (Status status = handleMessage(type, body); !status)
            return status;
    }
    return {};
}

Status ServerResponseParser::handleMessage(quint8 type, QByteArrayView body)
{
    if (type == TlsWire::ServerHelloMessage) {
        if (m_response.serverHello)
            return fail(QCoreApplication::translate("ServerResponseParser",
                                                    "The server sent two ServerHello messages."));
        return parseServerHello(body);
    }
    if (type == 0) // HelloRequest: meaningless here, harmless
        return {};
    if (!m_response.serverHello)
        return fail(
            QCoreApplication::translate("ServerResponseParser",
                                        "The server sent handshake message %1 before its ServerHello.")
                .arg(hexType(type)));
    switch (type) {
    case TlsWire::CertificateMessage:
        return parseCertificate(body);
    case TlsWire::ServerKeyExchangeMessage:
        return parseServerKeyExchange(body);
    case TlsWire::CertificateStatusMessage:
        m_response.certificateStatus = true;
        return {};
    case TlsWire::ServerHelloDoneMessage:
        if (!body.isEmpty())
            return fail(QCoreApplication::translate("ServerResponseParser",
                                                    "The server's ServerHelloDone is not empty."));
        m_response.serverHelloDone = true;
        return {};
    default:
        return {};
    }
}

Status ServerResponseParser::parseServerHello(QByteArrayView body)
{
    const QString broken
        = QCoreApplication::translate("ServerResponseParser", "The server's ServerHello is malformed.");
    Reader reader(body);
    ServerHello hello;
    QByteArrayView random, sessionId;
    if (!reader.u16(hello.legacyVersion) || !reader.bytes(32, random) || !reader.vector8(sessionId)
        || !reader.u16(hello.cipherSuite) || !reader.u8(hello.compression))
        return fail(broken);
    if ((hello.legacyVersion >> 8) != 3 || sessionId.size() > 32)
        return fail(broken);
    hello.random = random.toByteArray();
    hello.sessionId = sessionId.toByteArray();
    hello.version = hello.legacyVersion;
    hello.helloRetryRequest = hello.random == kHelloRetryRandom;
    const QByteArray tail = hello.random.right(8);
    hello.downgradeSentinel = tail == QByteArray("DOWNGRD\x01", 8) || tail == QByteArray("DOWNGRD\x00", 8);
    if (!reader.atEnd()) {
        QByteArrayView block;
        if (!reader.vector16(block) || !reader.atEnd())
            return fail(broken);
        if (Status status = parseExtensions(block, hello); !status)
            return status;
    }
    m_response.serverHello = hello;
    return {};
}

Status ServerResponseParser::parseExtensions(QByteArrayView block, ServerHello &hello)
{
    const QString broken = QCoreApplication::translate("ServerResponseParser",
                                                       "The server's ServerHello has a malformed extension.");
    Reader reader(block);
    QSet<quint16> seen;
    while (!reader.atEnd()) {
        quint16 type = 0;
        QByteArrayView data;
        if (!reader.u16(type) || !reader.vector16(data))
            return fail(broken);
        if (seen.contains(type))
            return fail(QCoreApplication::translate("ServerResponseParser",
                                                    "The server's ServerHello repeats extension %1.")
                            .arg(type));
        seen.insert(type);
        hello.extensions.append(type);
        Reader ext(data);
        bool ok = true;
        switch (type) {
        case TlsWire::SupportedVersionsExt:
            ok = ext.u16(hello.version);
            break;
        case TlsWire::KeyShareExt: {
            quint16 group = 0;
            QByteArrayView key;
            ok = ext.u16(group) && (hello.helloRetryRequest || (ext.vector16(key) && !key.isEmpty()));
            hello.keyShareGroup = group;
            break;
        }
        case TlsWire::RenegotiationInfoExt: {
            QByteArrayView info;
            ok = ext.vector8(info);
            hello.secureRenegotiation = true;
            break;
        }
        case TlsWire::AlpnExt: {
            QByteArrayView list, protocol;
            ok = ext.vector16(list);
            Reader names(list);
            ok = ok && names.vector8(protocol) && names.atEnd() && !protocol.isEmpty();
            hello.alpn = protocol.toByteArray();
            break;
        }
        case TlsWire::ExtendedMasterSecretExt:
            hello.extendedMasterSecret = true;
            break;
        case TlsWire::HeartbeatExt: {
            quint8 mode = 0;
            ok = ext.u8(mode);
            hello.heartbeatMode = mode;
            break;
        }
        case TlsWire::StatusRequestExt:
            hello.statusRequest = true;
            break;
        case TlsWire::SessionTicketExt:
            hello.sessionTicket = true;
            break;
        case TlsWire::EcPointFormatsExt: {
            QByteArrayView formats;
            ok = ext.vector8(formats) && !formats.isEmpty();
            for (char format : formats)
                hello.ecPointFormats.append(quint8(format));
            break;
        }
        default:
            ext.bytes(ext.remaining(), data); // not ours to read
            break;
        }
        if (!ok || !ext.atEnd())
            return fail(broken);
    }
    return {};
}

Status ServerResponseParser::parseCertificate(QByteArrayView body)
{
    if (m_response.serverHello->version >= quint16(TlsWire::Version::TLSv1_3))
        return {}; // 1.3 sends it encrypted; a plaintext one is not ours to judge
    const QString broken = QCoreApplication::translate("ServerResponseParser",
                                                       "The server's Certificate message is malformed.");
    Reader reader(body);
    QByteArrayView list;
    if (!reader.vector24(list) || !reader.atEnd())
        return fail(broken);
    Reader certificates(list);
    QList<QByteArray> ders;
    while (!certificates.atEnd()) {
        QByteArrayView der;
        if (!certificates.vector24(der) || der.isEmpty())
            return fail(broken);
        if (ders.size() >= kMaxCertificates)
            return fail(QCoreApplication::translate("ServerResponseParser",
                                                    "The server sent more than %1 certificates.")
                            .arg(kMaxCertificates));
        ders.append(der.toByteArray());
    }
    m_response.certificates = ders;
    return {};
}

Status ServerResponseParser::parseServerKeyExchange(QByteArrayView body)
{
    const QString broken = QCoreApplication::translate("ServerResponseParser",
                                                       "The server's key exchange message is malformed.");
    const CipherSuite *suite = CipherSuiteCatalog::find(m_response.serverHello->cipherSuite);
    ServerKeyExchange exchange;
    Reader reader(body);
    const KeyExchange kx = suite ? suite->keyExchange : KeyExchange::None;
    QByteArrayView hint;
    if ((kx == KeyExchange::DHEPSK || kx == KeyExchange::ECDHEPSK) && !reader.vector16(hint))
        return fail(broken);
    if (kx == KeyExchange::DHE || kx == KeyExchange::DHAnon || kx == KeyExchange::DHEPSK) {
        QByteArrayView p, g, ys;
        if (!reader.vector16(p) || !reader.vector16(g) || !reader.vector16(ys) || p.isEmpty())
            return fail(broken);
        qsizetype skip = 0;
        while (skip < p.size() && p[skip] == 0)
            ++skip;
        int bits = int(p.size() - skip) * 8;
        if (skip < p.size()) {
            for (quint8 top = quint8(p[skip]); !(top & 0x80); top = quint8(top << 1))
                --bits;
        }
        exchange.kind = ServerKeyExchange::Kind::Dhe;
        exchange.dhBits = bits;
    } else if (kx == KeyExchange::ECDHE || kx == KeyExchange::ECDHAnon || kx == KeyExchange::ECDHEPSK) {
        quint8 curveType = 0;
        if (!reader.u8(curveType))
            return fail(broken);
        exchange.kind = ServerKeyExchange::Kind::Ecdhe;
        if (curveType == 3 && !reader.u16(exchange.namedCurve)) // named_curve
            return fail(broken);
    }
    m_response.serverKeyExchange = exchange;
    return {};
}

Status ServerResponseParser::parseSsl2()
{
    if (m_buffer.size() < 2)
        return {};
    const int length = (quint8(m_buffer.at(0)) & 0x7F) << 8 | quint8(m_buffer.at(1));
    if (m_buffer.size() < 2 + length)
        return {};
    const QString broken
        = QCoreApplication::translate("ServerResponseParser", "The server's SSLv2 hello is malformed.");
    Reader reader(QByteArrayView(m_buffer).sliced(2, length));
    quint8 type = 0;
    if (!reader.u8(type))
        return fail(broken);
    if (type == 0) { // ERROR
        quint16 code = 0;
        if (!reader.u16(code))
            return fail(broken);
        m_response.ssl2Error = code;
        m_buffer.clear();
        return {};
    }
    Ssl2ServerHello hello;
    quint8 hit = 0;
    quint16 certificateLength = 0, specsLength = 0, connectionIdLength = 0;
    QByteArrayView certificate, specs, connectionId;
    if (!reader.u8(hit) || !reader.u8(hello.certificateType) || !reader.u16(hello.version)
        || !reader.u16(certificateLength) || !reader.u16(specsLength) || !reader.u16(connectionIdLength)
        || !reader.bytes(certificateLength, certificate) || !reader.bytes(specsLength, specs)
        || !reader.bytes(connectionIdLength, connectionId) || specsLength % 3 != 0)
        return fail(broken);
    hello.sessionIdHit = hit != 0;
    hello.certificate = certificate.toByteArray();
    hello.connectionId = connectionId.toByteArray();
    for (qsizetype i = 0; i < specs.size(); i += 3)
        hello.cipherKinds.append(quint32(quint8(specs[i])) << 16 | quint32(quint8(specs[i + 1])) << 8
                                 | quint8(specs[i + 2]));
    m_response.ssl2ServerHello = hello;
    m_buffer.clear();
    return {};
}

bool ServerResponseParser::isComplete() const
{
    const ServerResponse &r = m_response;
    if (hasError() || m_finished || r.alert || r.ssl2ServerHello || r.ssl2Error)
        return true;
    return r.serverHello
        && (r.serverHello->helloRetryRequest || r.serverHello->version >= quint16(TlsWire::Version::TLSv1_3)
            || r.serverHelloDone);
}

ServerVerdict ServerResponseParser::classify() const
{
    using Kind = ServerVerdict::Kind;
    ServerVerdict verdict;
    const ServerResponse &r = m_response;
    verdict.alert = r.alert;
    if (m_notTls) {
        verdict.kind = Kind::NotTls;
        verdict.message = m_error;
    } else if (hasError()) {
        verdict.kind = Kind::Malformed;
        verdict.message = m_error;
    } else if (r.ssl2ServerHello) {
        verdict.kind = Kind::Accepted;
        verdict.version = quint16(TlsWire::Version::SSLv2);
    } else if (r.ssl2Error) {
        verdict.kind = Kind::HandshakeFailure;
        verdict.message = QCoreApplication::translate("ServerResponseParser",
                                                      "The server refused the SSLv2 hello (error %1).")
                              .arg(*r.ssl2Error);
    } else if (r.serverHello) {
        verdict.kind = r.serverHello->helloRetryRequest ? Kind::HelloRetry : Kind::Accepted;
        verdict.version = r.serverHello->version;
        verdict.cipherSuite = r.serverHello->cipherSuite;
    } else if (r.alert) {
        const bool refused = r.alert->description == TlsWire::HandshakeFailure
            || r.alert->description == TlsWire::InsufficientSecurity;
        verdict.kind = refused ? Kind::HandshakeFailure : Kind::Alert;
        verdict.message
            = QCoreApplication::translate("ServerResponseParser", "The server answered with the alert “%1”.")
                  .arg(r.alert->name());
    } else if (m_finished) {
        const bool midway = !m_buffer.isEmpty() || !m_handshake.isEmpty() || !m_alertBytes.isEmpty();
        verdict.kind = midway ? Kind::Truncated : Kind::Closed;
        verdict.message = midway
            ? QCoreApplication::translate("ServerResponseParser",
                                          "The server closed the connection in the middle of a message.")
            : QCoreApplication::translate("ServerResponseParser",
                                          "The server closed the connection without an answer.");
    }
    return verdict;
}
