#pragma once

#include "TlsProbeResult.h"
#include "common/Result.h"

#include <QDateTime>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <atomic>

// Where the full handshakes go. The address is resolved once by the caller; `host` is the name
// the owner typed (IDN or ACE; an IP literal sends no SNI) and is used for SNI, the Host header
// and the certificate's name check.
struct HandshakeTarget
{
    QString host;
    QHostAddress address;
    quint16 port = 443;
    quint16 httpPort = 80; // plain-HTTP redirect check; 0 skips it
    int connectTimeoutMs = 5000; // per connection
    int readTimeoutMs = 5000; // total for one TLS handshake, and again for one HTTP answer's head
    QString extraCaFile; // PEM CAs trusted on top of the system store (a private CA); empty for none
    QDateTime now; // the clock for expiry and trust; invalid means the current time
};

struct HandshakeResult
{
    CertificateResult certificate;
    HttpResult http;
    QString negotiatedVersion; // TlsVersions::key form: "TLSv1.3", ...
    QString negotiatedCipher; // IANA name
    bool secureRenegotiation = false; // RFC 5746 (always true for TLS 1.3)
    bool sessionResumption = false; // the second handshake resumed the first one's session
    QStringList alpn; // accepted of {"h2", "http/1.1"}, in that order
    int connections = 0; // TCP connections made, for the owner's "how much did we send"
};

// The full-handshake part of the TLS probe, over OpenSSL: the certificate as sent (judged by
// CertificateInspector), the site's answer to GET / (HSTS, cookies, security headers, CDN), a
// resumed second handshake offering h2, and the plain-HTTP redirect. Every connection, handshake
// and read has a deadline, so a hostile server ends in a plain Error or a `problem`, never a hang.
//
// Blocking: run it in a worker thread, NEVER on the GUI thread.
class TlsHandshake
{
public:
    explicit TlsHandshake(HandshakeTarget target);

    // Checked between steps and every 100 ms while waiting; a cancelled run returns an Error.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // An Error only when no handshake completed at all (or on cancel); later failures land in
    // http.problem / http.plainProblem and leave the flags false.
    Result<HandshakeResult> run();

    static constexpr int MaxRedirects = 5;

private:
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    HandshakeTarget m_target;
    const std::atomic_bool *m_cancel = nullptr;
};
