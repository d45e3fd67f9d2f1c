#pragma once

#include "TlsWire.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// What a server sent back to a raw hello, as plain values (see ServerResponseParser).

struct TlsAlert
{
    quint8 level = 0;
    quint8 description = 0;

    bool isFatal() const { return level == TlsWire::Fatal; }
    QString name() const { return TlsWire::alertName(description); }
};

struct ServerHello
{
    quint16 legacyVersion = 0; // the version field itself
    quint16 version = 0; // negotiated: supported_versions when present, else legacyVersion
    QByteArray random;
    QByteArray sessionId;
    quint16 cipherSuite = 0;
    quint8 compression = 0; // 0 null, 1 DEFLATE
    bool helloRetryRequest = false; // RFC 8446 4.1.3: the special random
    bool downgradeSentinel = false; // "DOWNGRD" in the random: a 1.3 server answering lower
    QList<quint16> extensions; // types, in the order sent
    std::optional<quint16> keyShareGroup; // ServerHello key_share, or HRR's selected group
    bool secureRenegotiation = false; // renegotiation_info present (RFC 5746)
    QByteArray alpn;
    bool extendedMasterSecret = false;
    std::optional<quint8> heartbeatMode;
    bool statusRequest = false; // will staple OCSP
    bool sessionTicket = false;
    QList<quint8> ecPointFormats;
};

struct ServerKeyExchange
{
    enum class Kind
    {
        Unknown,
        Dhe,
        Ecdhe
    };
    Kind kind = Kind::Unknown;
    int dhBits = 0; // size of the prime p, leading zero bits left out
    quint16 namedCurve = 0;
};

struct Ssl2ServerHello
{
    bool sessionIdHit = false;
    quint8 certificateType = 0;
    quint16 version = 0;
    QByteArray certificate; // DER
    QList<quint32> cipherKinds;
    QByteArray connectionId;
};

struct ServerResponse
{
    quint16 firstRecordVersion = 0;
    std::optional<ServerHello> serverHello;
    QList<QByteArray> certificates; // DER, as sent (TLS 1.2 and below only: 1.3 encrypts them)
    std::optional<ServerKeyExchange> serverKeyExchange;
    bool certificateStatus = false; // a stapled OCSP response came
    bool serverHelloDone = false;
    std::optional<TlsAlert> alert; // the first alert
    std::optional<Ssl2ServerHello> ssl2ServerHello;
    std::optional<quint16> ssl2Error; // SSLv2 ERROR message code
    bool encryptedRecords = false; // application_data seen (TLS 1.3 after ServerHello)
};

// The summary the probe acts on.
struct ServerVerdict
{
    enum class Kind
    {
        Incomplete, // more bytes are needed
        Accepted, // a ServerHello (or SSLv2 SERVER-HELLO) came
        HelloRetry, // TLS 1.3 server wants another key share group
        HandshakeFailure, // handshake_failure / insufficient_security: no common ground
        Alert, // any other alert before a ServerHello
        Closed, // the server closed without saying anything
        Truncated, // the server closed in the middle of a record or message
        NotTls, // it answered, but not in TLS (e.g. HTTP)
        Malformed, // TLS-shaped but broken or hostile
    };
    Kind kind = Kind::Incomplete;
    quint16 version = 0; // Accepted / HelloRetry
    quint16 cipherSuite = 0; // Accepted
    std::optional<TlsAlert> alert;
    QString message; // plain words for NotTls / Malformed / Truncated
};
