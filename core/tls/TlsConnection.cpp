#include "TlsConnection.h"

#include <QCoreApplication>

#include <openssl/ct.h>
#include <openssl/err.h>
#include <utility>

using namespace Qt::StringLiterals;
using namespace Openssl;

namespace {

// Real chains are a few KiB; a server sending more is broken or hostile.
constexpr long MaxCertificateListBytes = 100 * 1024;
constexpr int ChunkBytes = 16 * 1024;

// The handshake's failure in plain words, with OpenSSL's own reason kept for the expert.
QString handshakeFailure()
{
    const unsigned long code = ERR_peek_last_error();
    const char *text = code ? ERR_reason_error_string(code) : nullptr;
    if (!text)
        return QCoreApplication::translate("TlsConnection", "The TLS handshake failed.");
    const QString reason = QString::fromLatin1(text);
    if (ERR_GET_LIB(code) != ERR_LIB_SSL)
        return QCoreApplication::translate("TlsConnection", "The TLS handshake failed (%1).").arg(reason);
    switch (ERR_GET_REASON(code)) {
    case SSL_R_WRONG_VERSION_NUMBER:
    case SSL_R_PACKET_LENGTH_TOO_LONG:
    case SSL_R_UNKNOWN_PROTOCOL:
    case SSL_R_RECORD_LENGTH_MISMATCH:
        return QCoreApplication::translate("TlsConnection", "The server did not answer with TLS (%1).")
            .arg(reason);
    case SSL_R_EXCESSIVE_MESSAGE_SIZE:
        return QCoreApplication::translate(
                   "TlsConnection", "The server sent more handshake data than any real server needs (%1).")
            .arg(reason);
    case SSL_R_UNSUPPORTED_PROTOCOL:
    case SSL_R_TLSV1_ALERT_PROTOCOL_VERSION:
        return QCoreApplication::translate("TlsConnection",
                                           "The server and the check have no TLS version in common (%1).")
            .arg(reason);
    case SSL_R_SSLV3_ALERT_HANDSHAKE_FAILURE:
    case SSL_R_NO_SHARED_CIPHER:
        return QCoreApplication::translate("TlsConnection", "The server refused the TLS handshake (%1).")
            .arg(reason);
    default:
        return QCoreApplication::translate("TlsConnection", "The TLS handshake failed (%1).").arg(reason);
    }
}

QByteArray alpnWire(const QList<QByteArray> &protocols)
{
    QByteArray wire;
    for (const QByteArray &protocol : protocols) {
        wire.append(char(protocol.size()));
        wire.append(protocol);
    }
    return wire;
}

} // namespace

Result<SslCtxPtr> TlsConnection::makeContext()
{
    SslCtxPtr context(SSL_CTX_new(TLS_client_method()));
    if (!context)
        return Error { QCoreApplication::translate("TlsConnection",
                                                   "OpenSSL could not start a TLS client.") };
    SSL_CTX *ctx = context.get();
    // Security level 0 and TLS 1.0: the probe must reach the old servers it is there to report.
    SSL_CTX_set_security_level(ctx, 0);
    if (SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION) != 1
        || SSL_CTX_set_cipher_list(ctx, "ALL:!aNULL:!eNULL:@SECLEVEL=0") != 1)
        return Error { QCoreApplication::translate("TlsConnection",
                                                   "OpenSSL could not start a TLS client.") };
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
    // LEGACY_SERVER_CONNECT: a server without RFC 5746 must be reported, not refused.
    // IGNORE_UNEXPECTED_EOF: many servers hang up without close_notify after "Connection: close".
    SSL_CTX_set_options(ctx, SSL_OP_LEGACY_SERVER_CONNECT | SSL_OP_IGNORE_UNEXPECTED_EOF);
    SSL_CTX_set_max_cert_list(ctx, MaxCertificateListBytes);
    SSL_CTX_set_tlsext_status_type(ctx, TLSEXT_STATUSTYPE_ocsp);
    // Permissive CT only asks for SCTs (and keeps them); it never fails a handshake.
    if (SSL_CTX_enable_ct(ctx, SSL_CT_VALIDATION_PERMISSIVE) != 1)
        ERR_clear_error();
    return context;
}

TlsConnection::TlsConnection(SslPtr ssl, BIO *incoming, BIO *outgoing, TcpStream stream)
    : m_ssl(std::move(ssl))
    , m_incoming(incoming)
    , m_outgoing(outgoing)
    , m_stream(std::move(stream))
{ }

Result<TlsConnection> TlsConnection::open(SSL_CTX *context, TcpStream stream, const Options &options,
                                          const QDeadlineTimer &deadline)
{
    SslPtr ssl(SSL_new(context));
    BioPtr incoming(BIO_new(BIO_s_mem()));
    BioPtr outgoing(BIO_new(BIO_s_mem()));
    if (!ssl || !incoming || !outgoing)
        return Error { QCoreApplication::translate("TlsConnection",
                                                   "OpenSSL could not start a TLS client.") };
    // An empty incoming BIO means "wait for the socket", not end of stream.
    BIO_set_mem_eof_return(incoming.get(), -1);
    if (!options.serverName.isEmpty())
        SSL_set_tlsext_host_name(ssl.get(), options.serverName.constData());
    if (!options.alpn.isEmpty()) {
        const QByteArray wire = alpnWire(options.alpn);
        SSL_set_alpn_protos(ssl.get(), reinterpret_cast<const unsigned char *>(wire.constData()),
                            unsigned(wire.size()));
    }
    if (options.resume)
        SSL_set_session(ssl.get(), options.resume);
    SSL_set_connect_state(ssl.get());
    BIO *in = incoming.release();
    BIO *out = outgoing.release();
    SSL_set_bio(ssl.get(), in, out);

    TlsConnection connection(std::move(ssl), in, out, std::move(stream));
    SSL *raw = connection.m_ssl.get();
    const auto handshake
        = connection.drive([raw] { return SSL_do_handshake(raw); }, deadline, Phase::Handshake);
    if (!handshake)
        return Error { handshake.error() };
    if (handshake.value() <= 0)
        return Error { QCoreApplication::translate(
            "TlsConnection", "The server closed the connection during the TLS handshake.") };
    return connection;
}

Status TlsConnection::flush(const QDeadlineTimer &deadline)
{
    char buffer[ChunkBytes];
    while (BIO_ctrl_pending(m_outgoing) > 0) {
        const int size = BIO_read(m_outgoing, buffer, sizeof buffer);
        if (size <= 0)
            break;
        if (Status sent = m_stream.write(QByteArrayView(buffer, size), deadline); !sent)
            return sent;
    }
    return Status::success();
}

template<typename Call>
Result<int> TlsConnection::drive(Call call, const QDeadlineTimer &deadline, Phase phase)
{
    for (;;) {
        ERR_clear_error();
        const int ret = call();
        const int error = ret > 0 ? SSL_ERROR_NONE : SSL_get_error(m_ssl.get(), ret);
        // Whatever OpenSSL produced (a flight, an alert) leaves before we wait or give up.
        const Status sent = flush(deadline);
        if (error == SSL_ERROR_NONE) {
            if (!sent)
                return Error { sent.error() };
            return ret;
        }
        if (error == SSL_ERROR_ZERO_RETURN)
            return 0;
        if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE) {
            if (!sent)
                return Error { sent.error() };
            if (error == SSL_ERROR_WANT_WRITE)
                continue; // the memory BIO took it all; flushed above
            char buffer[ChunkBytes];
            const auto received = m_stream.read(buffer, sizeof buffer, deadline);
            if (!received) {
                m_failed = true;
                if (phase == Phase::Handshake && received.error() == TcpStream::timeoutMessage())
                    return Error { QCoreApplication::translate(
                        "TlsConnection", "The server did not complete the TLS handshake in time.") };
                return Error { received.error() };
            }
            if (received.value() == 0) {
                m_peerClosed = true;
                BIO_set_mem_eof_return(m_incoming, 0); // now an empty BIO is the end
            } else {
                BIO_write(m_incoming, buffer, int(received.value()));
            }
            continue;
        }
        m_failed = true;
        if (m_peerClosed && error == SSL_ERROR_SYSCALL)
            return phase == Phase::Handshake
                ? Error { QCoreApplication::translate(
                    "TlsConnection", "The server closed the connection during the TLS handshake.") }
                : Error { QCoreApplication::translate("TlsConnection", "The server closed the connection.") };
        if (phase == Phase::Handshake)
            return Error { handshakeFailure() };
        const unsigned long code = ERR_peek_last_error();
        const char *reason = code ? ERR_reason_error_string(code) : nullptr;
        return Error { reason
                           ? QCoreApplication::translate("TlsConnection", "The TLS connection failed (%1).")
                                 .arg(QString::fromLatin1(reason))
                           : QCoreApplication::translate("TlsConnection", "The TLS connection failed.") };
    }
}

Status TlsConnection::write(QByteArrayView bytes, const QDeadlineTimer &deadline)
{
    while (!bytes.isEmpty()) {
        SSL *ssl = m_ssl.get();
        const int chunk = int(qMin<qsizetype>(bytes.size(), ChunkBytes));
        const auto written = drive([ssl, bytes, chunk] { return SSL_write(ssl, bytes.data(), chunk); },
                                   deadline, Phase::Data);
        if (!written)
            return Error { written.error() };
        if (written.value() <= 0)
            return Error { QCoreApplication::translate("TlsConnection",
                                                       "The server closed the connection.") };
        bytes = bytes.sliced(written.value());
    }
    return Status::success();
}

Result<qsizetype> TlsConnection::read(char *buffer, qsizetype max, const QDeadlineTimer &deadline)
{
    SSL *ssl = m_ssl.get();
    const int size = int(qMin<qsizetype>(max, ChunkBytes));
    const auto received
        = drive([ssl, buffer, size] { return SSL_read(ssl, buffer, size); }, deadline, Phase::Data);
    if (!received)
        return Error { received.error() };
    return qsizetype(qMax(0, received.value()));
}

void TlsConnection::close(const QDeadlineTimer &deadline)
{
    if (m_failed || !SSL_is_init_finished(m_ssl.get()))
        return;
    // One call sends close_notify; waiting for the server's would only cost time.
    ERR_clear_error();
    SSL_shutdown(m_ssl.get());
    (void)flush(deadline);
    ERR_clear_error();
}

QList<QByteArray> TlsConnection::peerChain() const
{
    QList<QByteArray> chain;
    // On a client the stack starts with the leaf, in the order the server sent them.
    const STACK_OF(X509) *certificates = SSL_get_peer_cert_chain(m_ssl.get());
    for (int i = 0; i < sk_X509_num(certificates); ++i) {
        unsigned char *der = nullptr;
        const int size = i2d_X509(sk_X509_value(certificates, i), &der);
        if (size <= 0)
            continue;
        chain.append(QByteArray(reinterpret_cast<const char *>(der), size));
        OPENSSL_free(der);
    }
    return chain;
}

QByteArray TlsConnection::ocspResponse() const
{
    const unsigned char *der = nullptr;
    const long size = SSL_get_tlsext_status_ocsp_resp(m_ssl.get(), &der);
    if (size <= 0 || !der)
        return {};
    return QByteArray(reinterpret_cast<const char *>(der), qsizetype(size));
}

bool TlsConnection::sctInTlsExtension() const
{
    const STACK_OF(SCT) *scts = SSL_get0_peer_scts(m_ssl.get());
    for (int i = 0; i < sk_SCT_num(scts); ++i)
        if (SCT_get_source(sk_SCT_value(scts, i)) == SCT_SOURCE_TLS_EXTENSION)
            return true;
    ERR_clear_error();
    return false;
}

QString TlsConnection::version() const
{
    switch (SSL_version(m_ssl.get())) {
    case TLS1_3_VERSION:
        return u"TLSv1.3"_s;
    case TLS1_2_VERSION:
        return u"TLSv1.2"_s;
    case TLS1_1_VERSION:
        return u"TLSv1.1"_s;
    case TLS1_VERSION:
        return u"TLSv1.0"_s;
    default:
        return QString::fromLatin1(SSL_get_version(m_ssl.get()));
    }
}

QString TlsConnection::cipher() const
{
    const SSL_CIPHER *cipher = SSL_get_current_cipher(m_ssl.get());
    const char *name = cipher ? SSL_CIPHER_standard_name(cipher) : nullptr;
    return name ? QString::fromLatin1(name) : QString();
}

bool TlsConnection::secureRenegotiation() const
{
    return SSL_get_secure_renegotiation_support(m_ssl.get()) == 1;
}

bool TlsConnection::sessionReused() const
{
    return SSL_session_reused(m_ssl.get()) == 1;
}

QByteArray TlsConnection::selectedAlpn() const
{
    const unsigned char *data = nullptr;
    unsigned int size = 0;
    SSL_get0_alpn_selected(m_ssl.get(), &data, &size);
    return data ? QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)) : QByteArray();
}

SessionPtr TlsConnection::session() const
{
    return SessionPtr(SSL_get1_session(m_ssl.get()));
}
