#pragma once

#include "TlsWire.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

// What a raw ClientHello offers. Defaults are a modern browser-like offer for `version`.
struct ClientHelloOptions
{
    enum class Renegotiation
    {
        Extension,
        Scsv,
        None
    };

    TlsWire::Version version = TlsWire::Version::TLSv1_2;
    QString serverName; // SNI; sent as ACE; omitted when empty or an IP literal
    QList<quint16> cipherSuites; // any ids, also ones OpenSSL lacks; empty: every suite valid in `version`
    QList<quint16> groups; // supported_groups; empty: x25519, secp256r1/384r1/521r1, x448, ffdhe*
    QList<quint16> keyShares { TlsWire::X25519 }; // TLS 1.3 only: X25519 and/or Secp256r1
    QList<quint16> signatureAlgorithms; // empty: a broad list (TLS 1.2+ only)
    QList<QByteArray> alpn; // e.g. "h2", "http/1.1"; empty: no ALPN extension
    Renegotiation renegotiation = Renegotiation::Extension;
    bool fallbackScsv = false; // TLS_FALLBACK_SCSV, to test downgrade protection
    bool offerCompression = false; // deflate + null, to test CRIME
    bool sessionTicket = true;
    bool statusRequest = true; // OCSP stapling
    bool extendedMasterSecret = true;
    bool heartbeat = false; // peer_allowed_to_send, for a Heartbleed check
    bool ecPointFormats = true;
    // Pads hellos of 256-511 bytes to 512 (RFC 7685): some load balancers hang on that size.
    bool padding = true;
};

// Builds ClientHello records byte by byte, so the probe can offer what OpenSSL no longer can
// (SSLv3, SSLv2, RC4, EXPORT, any suite id) and read the server's answer without a handshake.
class ClientHelloBuilder
{
public:
    explicit ClientHelloBuilder(ClientHelloOptions options = {});

    // One or more handshake records holding the ClientHello (split at 2^14 bytes).
    Result<QByteArray> build();
    // The 32-byte client random of the last build(), from OpenSSL's CSPRNG.
    QByteArray random() const { return m_random; }

    // An SSLv2 CLIENT-HELLO offering `cipherKinds` (3-byte codes; empty: every SSLv2 kind).
    static Result<QByteArray> buildSsl2(const QList<quint32> &cipherKinds = {});

    static QList<quint16> defaultGroups();
    static QList<quint16> defaultSignatureAlgorithms();
    // The ServerName to send for `host`, or empty when SNI must be left out (IP literal).
    static QByteArray sniHostName(const QString &host);

private:
    Result<QByteArray> extensions(int helloLengthSoFar) const;

    ClientHelloOptions m_options;
    QByteArray m_random;
};
