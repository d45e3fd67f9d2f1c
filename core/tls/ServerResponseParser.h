#pragma once

#include "ServerResponse.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

// Reads a server's answer to a raw hello from bytes that arrive in pieces: TLS records,
// handshake messages across records, alerts, or an SSLv2 SERVER-HELLO. Never reads past what
// it was given; anything malformed or oversized ends in an Error, kept for good.
class ServerResponseParser
{
public:
    // Feed the next bytes from the socket. Fails (and stays failed) on malformed input.
    Status feed(QByteArrayView bytes);
    // The server closed the connection: what is still buffered can no longer complete.
    void finish();

    // Nothing more is expected: a verdict is final (alert, TLS 1.3 ServerHello, HRR,
    // ServerHelloDone, SSLv2 hello, error, or the peer closed).
    bool isComplete() const;
    bool hasError() const { return !m_error.isEmpty(); }
    const ServerResponse &response() const { return m_response; }
    ServerVerdict classify() const;

    // Hostile-input limits: a handshake message above this is refused.
    static constexpr int MaxHandshakeMessage = 256 * 1024;

private:
    enum class Framing
    {
        Unknown,
        Tls,
        Ssl2
    };

    Status fail(const QString &message);
    Status parseRecords();
    Status parseSsl2();
    Status handleHandshakeBytes(const QByteArray &bytes);
    Status handleMessage(quint8 type, QByteArrayView body);
    Status parseServerHello(QByteArrayView body);
    Status parseExtensions(QByteArrayView block, ServerHello &hello);
    Status parseCertificate(QByteArrayView body);
    Status parseServerKeyExchange(QByteArrayView body);

    Framing m_framing = Framing::Unknown;
    QByteArray m_buffer; // unparsed record bytes
    QByteArray m_handshake; // handshake bytes not yet a whole message
    QByteArray m_alertBytes; // alerts may in theory be split across records
    ServerResponse m_response;
    QString m_error;
    bool m_notTls = false;
    bool m_finished = false;
    qint64 m_totalBytes = 0;
};
