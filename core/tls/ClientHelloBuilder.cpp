#include "ClientHelloBuilder.h"

#include "CipherSuiteCatalog.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

#include <memory>
#include <openssl/evp.h>
#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace {

void put8(QByteArray &out, int value)
{
    out.append(char(value & 0xFF));
}

void put16(QByteArray &out, int value)
{
    put8(out, value >> 8);
    put8(out, value);
}

void put24(QByteArray &out, int value)
{
    put8(out, value >> 16);
    put16(out, value);
}

void putVector16(QByteArray &out, const QByteArray &body)
{
    put16(out, int(body.size()));
    out.append(body);
}

void putExtension(QByteArray &out, int type, const QByteArray &body = {})
{
    put16(out, type);
    putVector16(out, body);
}

Result<QByteArray> randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        return Error { QCoreApplication::translate("ClientHelloBuilder",
                                                   "The system's random number generator failed.") };
    return bytes;
}

struct PkeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};

// A fresh key pair's public half for a key_share entry: raw 32 bytes for x25519, the
// uncompressed point for secp256r1. The private half is thrown away: the probe never
// finishes the handshake, but the server must see a valid share to answer at all.
Result<QByteArray> keySharePublicKey(quint16 group)
{
    std::unique_ptr<EVP_PKEY, PkeyFree> key;
    if (group == TlsWire::X25519)
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "X25519"));
    else if (group == TlsWire::Secp256r1)
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    else
        return Error { QCoreApplication::translate("ClientHelloBuilder",
                                                   "A key share for group %1 cannot be made.")
                           .arg(TlsWire::groupName(group)) };
    if (!key)
        return Error { QCoreApplication::translate("ClientHelloBuilder",
                                                   "OpenSSL could not make a key for %1.")
                           .arg(TlsWire::groupName(group)) };
    unsigned char *encoded = nullptr;
    const size_t length = EVP_PKEY_get1_encoded_public_key(key.get(), &encoded);
    if (length == 0 || !encoded)
        return Error { QCoreApplication::translate("ClientHelloBuilder",
                                                   "OpenSSL could not encode the key for %1.")
                           .arg(TlsWire::groupName(group)) };
    QByteArray publicKey(reinterpret_cast<const char *>(encoded), qsizetype(length));
    OPENSSL_free(encoded);
    return publicKey;
}

QString withoutBrackets(const QString &host)
{
    const QString name = host.trimmed();
    if (name.startsWith(u'[') && name.endsWith(u']'))
        return name.mid(1, name.size() - 2);
    return name;
}

bool isIpLiteral(const QString &host)
{
    return !QHostAddress(withoutBrackets(host)).isNull();
}

} // namespace

ClientHelloBuilder::ClientHelloBuilder(ClientHelloOptions options)
    : m_options(std::move(options))
{ }

QList<quint16> ClientHelloBuilder::defaultGroups()
{
    return { TlsWire::X25519,    TlsWire::Secp256r1, TlsWire::Secp384r1, TlsWire::Secp521r1,
             TlsWire::X448,      TlsWire::Ffdhe2048, TlsWire::Ffdhe3072, TlsWire::Ffdhe4096,
             TlsWire::Ffdhe6144, TlsWire::Ffdhe8192 };
}

QList<quint16> ClientHelloBuilder::defaultSignatureAlgorithms()
{
    // ECDSA, EdDSA, RSA-PSS, RSA PKCS#1 with SHA-2, then the SHA-1/SHA-224/DSA stragglers so
    // that old servers still find a match.
    return { 0x0403, 0x0503, 0x0603, 0x0807, 0x0808, 0x0804, 0x0805, 0x0806, 0x0809, 0x080A, 0x080B, 0x0401,
             0x0501, 0x0601, 0x0303, 0x0301, 0x0302, 0x0402, 0x0502, 0x0602, 0x0203, 0x0201, 0x0202 };
}

QByteArray ClientHelloBuilder::sniHostName(const QString &host)
{
    QString name = withoutBrackets(host);
    if (name.isEmpty() || isIpLiteral(name))
        return {}; // RFC 6066: literal IPv4 and IPv6 addresses are not permitted in SNI
    if (name.endsWith(u'.'))
        name.chop(1);
    return QUrl::toAce(name);
}

Result<QByteArray> ClientHelloBuilder::extensions(int helloLengthSoFar) const
{
    const ClientHelloOptions &o = m_options;
    const bool tls12Plus = o.version >= TlsWire::Version::TLSv1_2;
    const bool tls13 = o.version == TlsWire::Version::TLSv1_3;
    QByteArray ext;

    if (!o.serverName.isEmpty()) {
        const QByteArray host = sniHostName(o.serverName);
        if (host.isEmpty() && !isIpLiteral(o.serverName))
            return Error { QCoreApplication::translate("ClientHelloBuilder", "“%1” is not a valid host name.")
                               .arg(o.serverName) };
        if (host.size() > 255)
            return Error { QCoreApplication::translate("ClientHelloBuilder",
                                                       "The host name is longer than 255 characters.") };
        if (!host.isEmpty()) {
            QByteArray entry;
            put8(entry, 0); // host_name
            putVector16(entry, host);
            QByteArray list;
            putVector16(list, entry);
            putExtension(ext, TlsWire::ServerNameExt, list);
        }
    }
    if (o.renegotiation == ClientHelloOptions::Renegotiation::Extension)
        putExtension(ext, TlsWire::RenegotiationInfoExt, QByteArray(1, '\0'));

    QByteArray groups;
    for (quint16 group : o.groups.isEmpty() ? defaultGroups() : o.groups)
        put16(groups, group);
    QByteArray groupList;
    putVector16(groupList, groups);
    putExtension(ext, TlsWire::SupportedGroupsExt, groupList);
    if (o.ecPointFormats)
        putExtension(ext, TlsWire::EcPointFormatsExt, QByteArray("\x01\x00", 2)); // uncompressed
    if (tls12Plus) {
        QByteArray algorithms;
        for (quint16 algorithm :
             o.signatureAlgorithms.isEmpty() ? defaultSignatureAlgorithms() : o.signatureAlgorithms)
            put16(algorithms, algorithm);
        QByteArray body;
        putVector16(body, algorithms);
        putExtension(ext, TlsWire::SignatureAlgorithmsExt, body);
    }
    if (o.sessionTicket)
        putExtension(ext, TlsWire::SessionTicketExt);
    if (o.statusRequest)
        putExtension(ext, TlsWire::StatusRequestExt, QByteArray("\x01\x00\x00\x00\x00", 5)); // ocsp, no ids
    if (o.extendedMasterSecret)
        putExtension(ext, TlsWire::ExtendedMasterSecretExt);
    if (o.heartbeat)
        putExtension(ext, TlsWire::HeartbeatExt, QByteArray(1, '\x01')); // peer_allowed_to_send
    if (!o.alpn.isEmpty()) {
        QByteArray list;
        for (const QByteArray &protocol : o.alpn) {
            if (protocol.isEmpty() || protocol.size() > 255)
                return Error { QCoreApplication::translate(
                    "ClientHelloBuilder", "An ALPN protocol name must be 1 to 255 bytes long.") };
            put8(list, int(protocol.size()));
            list.append(protocol);
        }
        QByteArray body;
        putVector16(body, list);
        putExtension(ext, TlsWire::AlpnExt, body);
    }
    if (tls13) {
        putExtension(ext, TlsWire::SupportedVersionsExt, QByteArray("\x02\x03\x04", 3));
        putExtension(ext, TlsWire::PskKeyExchangeModesExt, QByteArray("\x01\x01", 2)); // psk_dhe_ke
        QByteArray shares;
        for (quint16 group : o.keyShares) {
            auto key = keySharePublicKey(group);
            if (!key)
                return Error { key.error() };
            put16(shares, group);
            putVector16(shares, key.value());
        }
        QByteArray body;
        putVector16(body, shares);
        putExtension(ext, TlsWire::KeyShareExt, body);
    }
    // +2 for the extensions length itself, +4 for the record's handshake header.
    const int total = helloLengthSoFar + 2 + int(ext.size()) + 4;
    if (o.padding && total >= 256 && total < 512) {
        const int pad = qMax(0, 512 - total - 4);
        putExtension(ext, TlsWire::PaddingExt, QByteArray(pad, '\0'));
    }
    if (ext.size() > 0xFFFF)
        return Error { QCoreApplication::translate("ClientHelloBuilder",
                                                   "The ClientHello's extensions are too long.") };
    return ext;
}

Result<QByteArray> ClientHelloBuilder::build()
{
    const ClientHelloOptions &o = m_options;
    if (o.version < TlsWire::Version::SSLv3 || o.version > TlsWire::Version::TLSv1_3)
        return Error { QCoreApplication::translate(
            "ClientHelloBuilder", "A ClientHello can only be built for SSLv3 up to TLS 1.3.") };
    const bool tls13 = o.version == TlsWire::Version::TLSv1_3;

    auto random = randomBytes(32);
    if (!random)
        return Error { random.error() };
    m_random = random.value();

    QList<quint16> suites = o.cipherSuites.isEmpty() ? CipherSuiteCatalog::idsFor(o.version) : o.cipherSuites;
    // SSLv3 servers may choke on extensions: there the SCSV stands in for renegotiation_info.
    const bool withExtensions = o.version != TlsWire::Version::SSLv3;
    if (o.renegotiation == ClientHelloOptions::Renegotiation::Scsv
        || (!withExtensions && o.renegotiation != ClientHelloOptions::Renegotiation::None))
        suites.append(0x00FF);
    if (o.fallbackScsv)
        suites.append(0x5600);
    if (suites.isEmpty() || suites.size() > 0x7FFF)
        return Error { QCoreApplication::translate(
            "ClientHelloBuilder", "A ClientHello needs between 1 and 32767 cipher suites.") };

    QByteArray hello;
    // TLS 1.3 hides behind legacy_version 1.2 (RFC 8446 4.1.2); its real version is in an extension.
    put16(hello, tls13 ? 0x0303 : int(o.version));
    hello.append(m_random);
    put8(hello, 0); // no session id: nothing to resume
    QByteArray suiteBytes;
    for (quint16 suite : suites)
        put16(suiteBytes, suite);
    putVector16(hello, suiteBytes);
    if (o.offerCompression)
        hello.append("\x02\x01\x00", 3); // DEFLATE, null
    else
        hello.append("\x01\x00", 2);

    if (withExtensions) {
        auto ext = extensions(int(hello.size()));
        if (!ext)
            return Error { ext.error() };
        putVector16(hello, ext.value());
    }

    QByteArray handshake;
    put8(handshake, TlsWire::ClientHelloMessage);
    put24(handshake, int(hello.size()));
    handshake.append(hello);

    // Record version: 3.0 for SSLv3, 3.1 otherwise; the most tolerated choice (RFC 8446 5.1).
    const int recordVersion = o.version == TlsWire::Version::SSLv3 ? 0x0300 : 0x0301;
    QByteArray records;
    for (qsizetype offset = 0; offset < handshake.size(); offset += TlsWire::MaxPlaintextRecord) {
        const QByteArray fragment = handshake.mid(offset, TlsWire::MaxPlaintextRecord);
        put8(records, TlsWire::HandshakeRecord);
        put16(records, recordVersion);
        putVector16(records, fragment);
    }
    return records;
}

Result<QByteArray> ClientHelloBuilder::buildSsl2(const QList<quint32> &cipherKinds)
{
    QList<quint32> kinds = cipherKinds;
    if (kinds.isEmpty()) {
        for (const Ssl2CipherKind &kind : CipherSuiteCatalog::ssl2Kinds())
            kinds.append(kind.code);
    }
    if (kinds.size() > 1000)
        return Error { QCoreApplication::translate("ClientHelloBuilder",
                                                   "An SSLv2 hello can offer at most 1000 cipher kinds.") };
    auto challenge = randomBytes(16);
    if (!challenge)
        return Error { challenge.error() };

    QByteArray body;
    put8(body, 1); // CLIENT-HELLO
    put16(body, 0x0002);
    put16(body, int(kinds.size() * 3));
    put16(body, 0); // session id length
    put16(body, int(challenge.value().size()));
    for (quint32 kind : kinds)
        put24(body, int(kind));
    body.append(challenge.value());

    QByteArray record;
    put16(record, 0x8000 | int(body.size())); // two-byte header, no padding
    record.append(body);
    return record;
}
