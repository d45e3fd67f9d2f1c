#pragma once

#include "OpensslHandles.h"
#include "TcpStream.h"
#include "common/Result.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QString>

// One OpenSSL client connection over a TcpStream, driven through memory BIOs so that every
// socket wait keeps the stream's deadline and cancel flag, and no write can raise SIGPIPE.
// Blocking: worker threads only.
class TlsConnection
{
public:
    struct Options
    {
        QByteArray serverName; // SNI in ACE form; empty for an IP literal
        QList<QByteArray> alpn; // offered protocols, most wanted first
        SSL_SESSION *resume = nullptr; // a session to resume, or none
    };

    // The client context every full handshake shares: TLS 1.0 and up, security level 0 so old
    // servers still talk, no verification (CertificateInspector judges trust), OCSP stapling and
    // SCTs requested, a bounded certificate list.
    static Result<Openssl::SslCtxPtr> makeContext();

    // Handshakes over `stream`, which it then owns; the deadline bounds the whole handshake.
    static Result<TlsConnection> open(SSL_CTX *context, TcpStream stream, const Options &options,
                                      const QDeadlineTimer &deadline);

    Status write(QByteArrayView bytes, const QDeadlineTimer &deadline);
    // Application data, up to `max` bytes; 0 when the server closed.
    Result<qsizetype> read(char *buffer, qsizetype max, const QDeadlineTimer &deadline);
    // Sends close_notify without waiting for the answer: OpenSSL forgets the session of a
    // connection dropped without it, and the resumption test needs it.
    void close(const QDeadlineTimer &deadline);

    QList<QByteArray> peerChain() const; // DER, as sent, leaf first
    QByteArray ocspResponse() const; // DER; empty when none stapled
    bool sctInTlsExtension() const;
    QString version() const; // "TLSv1.3", "TLSv1.2", ...
    QString cipher() const; // IANA name, e.g. "TLS_AES_128_GCM_SHA256"
    bool secureRenegotiation() const;
    bool sessionReused() const;
    QByteArray selectedAlpn() const; // empty when none
    Openssl::SessionPtr session() const; // the latest session, with tickets read so far

private:
    TlsConnection(Openssl::SslPtr ssl, BIO *incoming, BIO *outgoing, TcpStream stream);
    enum class Phase
    {
        Handshake,
        Data,
    };
    // Runs one SSL call until it completes, moving bytes between the socket and the BIOs.
    template<typename Call> Result<int> drive(Call call, const QDeadlineTimer &deadline, Phase phase);
    Status flush(const QDeadlineTimer &deadline);

    Openssl::SslPtr m_ssl;
    BIO *m_incoming = nullptr; // owned by m_ssl
    BIO *m_outgoing = nullptr; // owned by m_ssl
    TcpStream m_stream;
    bool m_peerClosed = false;
    bool m_failed = false; // a fatal error: OpenSSL forbids a shutdown afterwards
};
