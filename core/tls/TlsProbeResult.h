#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// What one probe of a site learned, as plain values: the grade, the Mozilla profile check and the
// findings are computed from this, and the CLI's JSON and the plan's history store it.

// Protocol versions, oldest first: the order is used to compare them.
enum class TlsVersion
{
    SSLv2,
    SSLv3,
    TLS10,
    TLS11,
    TLS12,
    TLS13,
};

namespace TlsVersions {
QList<TlsVersion> all(); // oldest first
// "SSLv2", "SSLv3", "TLSv1.0", "TLSv1.1", "TLSv1.2", "TLSv1.3": the JSON keys.
QString key(TlsVersion version);
std::optional<TlsVersion> fromKey(const QString &key);
// "TLS 1.2": for the owner's eyes (product names, not translated).
QString displayName(TlsVersion version);
} // namespace TlsVersions

// One cipher suite the server accepted.
struct OfferedSuite
{
    quint16 id = 0;
    QString name; // IANA name, e.g. "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"
    int bits = 0; // symmetric strength; 3DES counts 112, NULL 0
    QString kx; // "RSA", "DHE", "ECDHE", "DH", "ECDH", "ADH", "AECDH", "TLS13", ...
    bool forwardSecret = false;
    bool aead = false;
    bool cbc = false;
    bool export_ = false;
    bool anonymous = false;
    bool rc4 = false;
    bool block64 = false; // 64-bit block cipher (3DES, DES, IDEA, RC2): SWEET32
    bool null = false;
    quint32 ssl2Kind = 0; // SSLv2 only: the 3-byte CIPHER-KIND (id is 0 then), e.g. 0x010080
};

// One protocol version: accepted or not, and which suites it took.
struct ProtocolResult
{
    TlsVersion version = TlsVersion::TLS12;
    bool accepted = false;
    QList<OfferedSuite> suites;
    bool serverOrder = false; // the server enforces its own order
    std::optional<quint16> preferred; // the suite the server picks from a full client list
};

struct KeyExchangeResult
{
    QStringList groups; // accepted named groups: "x25519", "secp256r1", "ffdhe2048", "X25519MLKEM768", ...
    int minDhBits = 0; // weakest DH parameters on DHE suites (0 = none seen)
    int minEcBits = 0; // weakest accepted elliptic curve (0 = none seen)
    int rsaKeyBits = 0; // RSA key used by static-RSA key exchange (0 = take the certificate's)
};

// One certificate as the server sent it (leaf first), for the owner to see the whole chain.
struct ChainEntry
{
    QString subject; // RFC 2253, e.g. "CN=shop.example,O=Example"
    QString issuer;
    QDateTime notAfter; // UTC
    QString keyType; // as CertificateResult::keyType
    int keyBits = 0;
    QString signatureAlgorithm; // OpenSSL long name
};

struct CertificateResult
{
    bool present = false;
    QString subject;
    QString issuer;
    QStringList sans;
    QDateTime notBefore;
    QDateTime notAfter;
    int daysLeft = 0;
    bool trusted = false;
    bool selfSigned = false;
    bool hostnameMatch = false;
    bool chainComplete = false;
    bool chainInOrder = false;
    bool expired = false;
    bool notYetValid = false;
    QString keyType; // "RSA", "EC", "Ed25519", "DSA"
    int keyBits = 0;
    QString signatureAlgorithm; // OpenSSL long name, e.g. "sha256WithRSAEncryption"
    bool ocspStapled = false;
    bool mustStaple = false;
    bool sctPresent = false;
    QString sha256; // hex
    QString spkiSha256; // hex
    QList<ChainEntry> chain; // as sent, leaf first
    QString ocspStatus; // stapled answer for the leaf: "good", "revoked", "unknown"; empty when none
    QString trustProblem; // why `trusted` is false, in plain words; empty when trusted
};

// One Set-Cookie the site sent, with the flags that protect it.
struct HttpCookie
{
    QString name;
    bool secure = false;
    bool httpOnly = false;
    QString sameSite; // "Strict", "Lax", "None", another value as sent, or empty when absent
};

struct HttpResult
{
    bool reached = false;
    std::optional<qint64> hstsMaxAge; // seconds; empty when no HSTS header was sent
    bool hstsIncludeSubDomains = false;
    bool hstsPreload = false;
    bool redirectsToHttps = false; // plain HTTP on port 80 sends the visitor to https on the same host
    int statusCode = 0;
    QMap<QString, QString> headers; // lower-case names
    QString server; // the Server header as sent
    QString cdn; // "Cloudflare", "Fastly", ... or empty
    QList<HttpCookie> cookies; // every Set-Cookie of the https answers, in order
    bool csp = false; // Content-Security-Policy sent
    bool cspFrameAncestors = false; // ... with a frame-ancestors directive
    bool xFrameOptions = false;
    bool contentTypeNosniff = false; // X-Content-Type-Options: nosniff
    bool referrerPolicy = false;
    bool permissionsPolicy = false;
    QStringList redirects; // same-host https redirects followed from "/", in order
    QString location; // Location of the last answer when it was a redirect not followed
    QString problem; // why the https page could not be read fully, in plain words; empty when fine
    int plainStatusCode = 0; // plain HTTP answer's status (0 = none)
    QString plainLocation; // plain HTTP answer's Location header
    QString plainProblem; // why plain HTTP could not be checked; empty when fine or skipped
};

struct Vulnerabilities
{
    bool heartbleed = false;
    bool ccsInjection = false;
    bool secureRenegotiation = false; // RFC 5746 supported (true is good)
    bool compression = false; // CRIME
    bool fallbackScsv = false; // TLS_FALLBACK_SCSV honoured (true is good)
    bool fallbackScsvApplicable = false; // more than one version accepted: a downgrade is possible
    bool poodle = false;
    bool beast = false;
    bool sweet32 = false;
    bool freak = false;
    bool logjam = false;
    bool rc4 = false;
    bool drown = false;
    bool sessionResumption = false;
    QStringList alpn;
};

struct TlsProbeResult
{
    QString host;
    int port = 443;
    QString ip;
    QDateTime finishedAt; // UTC
    qint64 durationMs = 0;
    QList<ProtocolResult> protocols;
    KeyExchangeResult keyExchange;
    CertificateResult certificate;
    HttpResult http;
    Vulnerabilities vulns;
    // What the probe could not learn, in plain words (e.g. the full handshake failed): shown
    // beside the results so a gap is never mistaken for a clean bill.
    QStringList notes;

    const ProtocolResult *protocol(TlsVersion version) const; // nullptr when not probed
    bool accepted(TlsVersion version) const;
    std::optional<TlsVersion> bestProtocol() const; // newest accepted
    std::optional<TlsVersion> worstProtocol() const; // oldest accepted
    // Suites of all accepted protocols, each id once, in protocol order.
    QList<OfferedSuite> allSuites() const;
};
