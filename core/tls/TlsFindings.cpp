#include "TlsFindings.h"

#include "common/Clock.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
using Severity = TlsFindings::Severity;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("TlsFindings", text, disambiguation, n);
}

struct Text
{
    const char *id;
    Severity severity;
    const char *title;
    const char *why;
    const char *fix;
};

// Our own words, for a shop owner who forwards them to the host.
const Text texts[] = {
    { "TLS-PROTO-SSL2", Severity::Critical, QT_TRANSLATE_NOOP("TlsFindings", "The site still accepts SSL 2"),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "SSL 2 has been broken since the 1990s; its presence lets attackers decrypt even "
                        "modern connections (DROWN)."),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "Ask your host to turn off SSL 2 on the web server and on every other service that "
                        "uses the same certificate.") },
    { "TLS-PROTO-SSL3", Severity::High, QT_TRANSLATE_NOOP("TlsFindings", "The site still accepts SSL 3"),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "SSL 3 is broken (POODLE): an attacker on the same network can read parts of the "
                        "traffic, such as login cookies."),
      QT_TRANSLATE_NOOP("TlsFindings", "Ask your host to allow only TLS 1.2 and TLS 1.3.") },
    { "TLS-PROTO-TLS10", Severity::Medium, QT_TRANSLATE_NOOP("TlsFindings", "The site still accepts TLS 1.0"),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "TLS 1.0 is outdated, browsers stopped using it in 2020, and card payment rules (PCI "
                        "DSS) forbid it."),
      QT_TRANSLATE_NOOP("TlsFindings", "Ask your host to allow only TLS 1.2 and TLS 1.3.") },
    { "TLS-PROTO-TLS11", Severity::Medium, QT_TRANSLATE_NOOP("TlsFindings", "The site still accepts TLS 1.1"),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "TLS 1.1 is outdated, browsers stopped using it in 2020, and card payment rules (PCI "
                        "DSS) forbid it."),
      QT_TRANSLATE_NOOP("TlsFindings", "Ask your host to allow only TLS 1.2 and TLS 1.3.") },
    { "TLS-PROTO-NO-TLS12", Severity::High,
      QT_TRANSLATE_NOOP("TlsFindings", "The site speaks neither TLS 1.2 nor TLS 1.3"),
      QT_TRANSLATE_NOOP(
          "TlsFindings",
          "Modern browsers need TLS 1.2 or newer; without it visitors see errors or weak encryption."),
      QT_TRANSLATE_NOOP(
          "TlsFindings",
          "Ask your host to turn on TLS 1.2 and TLS 1.3; an up-to-date server software has both.") },
    { "TLS-PROTO-NO-TLS13", Severity::Low,
      QT_TRANSLATE_NOOP("TlsFindings", "The site does not speak TLS 1.3 yet"),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "TLS 1.3 is faster and drops every old, weak option; all current browsers use it."),
      QT_TRANSLATE_NOOP("TlsFindings", "Ask your host to turn on TLS 1.3 (OpenSSL 1.1.1 or newer).") },
    { "TLS-CIPHER-EXPORT", Severity::Critical,
      QT_TRANSLATE_NOOP("TlsFindings", "The site accepts \"export\" encryption"),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "Export ciphers were deliberately weakened in the 1990s and can be broken in hours "
                        "(FREAK, Logjam)."),
      QT_TRANSLATE_NOOP("TlsFindings", "Ask your host to remove all EXPORT cipher suites.") },
    { "TLS-CIPHER-NULL", Severity::Critical,
      QT_TRANSLATE_NOOP("TlsFindings", "The site accepts connections without encryption"),
      QT_TRANSLATE_NOOP(
          "TlsFindings",
          "NULL cipher suites send everything, passwords and card data included, in the clear."),
      QT_TRANSLATE_NOOP("TlsFindings", "Ask your host to remove all NULL cipher suites.") },
    { "TLS-CIPHER-ANON", Severity::Critical,
      QT_TRANSLATE_NOOP("TlsFindings", "The site accepts anonymous encryption"),
      QT_TRANSLATE_NOOP(
          "TlsFindings",
          "Anonymous cipher suites skip the certificate, so anyone in the middle can pose as your shop."),
      QT_TRANSLATE_NOOP("TlsFindings", "Ask your host to remove all anonymous (ADH/AECDH) cipher suites.") },
    { "TLS-CIPHER-WEAK", Severity::High,
      QT_TRANSLATE_NOOP("TlsFindings", "The site accepts weak encryption (under 112 bits)"),
      QT_TRANSLATE_NOOP("TlsFindings", "Ciphers such as DES can be broken with ordinary hardware."),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "Ask your host to remove DES and every other cipher suite under 128 bits.") },
    { "TLS-CIPHER-RC4", Severity::High, QT_TRANSLATE_NOOP("TlsFindings", "The site accepts the RC4 cipher"),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "RC4 is broken: with enough traffic attackers can recover cookies and passwords."),
      QT_TRANSLATE_NOOP("TlsFindings", "Ask your host to remove all RC4 cipher suites.") },
    { "TLS-CIPHER-3DES", Severity::Medium,
      QT_TRANSLATE_NOOP("TlsFindings", "The site accepts 3DES or another 64-bit block cipher (SWEET32)"),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "After a long connection, attackers can recover secrets such as cookies from 64-bit "
                        "block ciphers."),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "Ask your host to remove 3DES (DES-CBC3) and other 64-bit block cipher suites.") },
    { "TLS-CIPHER-NO-FS", Severity::Medium,
      QT_TRANSLATE_NOOP("TlsFindings", "Some connections have no forward secrecy"),
      QT_TRANSLATE_NOOP(
          "TlsFindings",
          "Without forward secrecy, anyone who later steals the server's key can decrypt recorded traffic."),
      QT_TRANSLATE_NOOP(
          "TlsFindings",
          "Ask your host to prefer ECDHE (and DHE) cipher suites and to remove static RSA key exchange.") },
    { "TLS-CIPHER-CBC-ONLY", Severity::Medium,
      QT_TRANSLATE_NOOP("TlsFindings", "The site offers no modern (AEAD) encryption"),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "Only older CBC cipher suites are offered; they have a long history of attacks."),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "Ask your host to offer AES-GCM and ChaCha20-Poly1305 cipher suites.") },
    { "TLS-KX-WEAK-DH", Severity::Medium,
      QT_TRANSLATE_NOOP("TlsFindings", "The key exchange uses weak DH parameters"),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "DH parameters under 2048 bits can be broken by a well-funded attacker (Logjam)."),
      QT_TRANSLATE_NOOP(
          "TlsFindings",
          "Ask your host to use DH parameters of at least 2048 bits (ffdhe2048), or drop DHE suites.") },
    { "TLS-CERT-MISSING", Severity::Critical,
      QT_TRANSLATE_NOOP("TlsFindings", "The site showed no certificate"),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "Without a certificate, browsers cannot tell your shop from an impostor."),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "Ask your host to install a certificate for the site, for example a free one from "
                        "Let's Encrypt.") },
    { "TLS-CERT-EXPIRED", Severity::Critical, QT_TRANSLATE_NOOP("TlsFindings", "The certificate has expired"),
      QT_TRANSLATE_NOOP("TlsFindings", "Browsers show a full-page warning and most visitors will leave."),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "Renew the certificate now and ask your host to set up automatic renewal.") },
    { "TLS-CERT-NOT-YET-VALID", Severity::High,
      QT_TRANSLATE_NOOP("TlsFindings", "The certificate is not valid yet"),
      QT_TRANSLATE_NOOP(
          "TlsFindings",
          "Browsers reject a certificate before its start date; the server clock may also be wrong."),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "Ask your host to check the server's clock and the certificate installed.") },
    { "TLS-CERT-EXPIRES-SOON", Severity::Medium,
      QT_TRANSLATE_NOOP("TlsFindings", "The certificate expires soon"),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "When it expires, browsers will warn every visitor away from the shop."),
      QT_TRANSLATE_NOOP(
          "TlsFindings",
          "Renew the certificate before it expires, and ask your host whether renewal is automatic.") },
    { "TLS-CERT-SELF-SIGNED", Severity::Critical,
      QT_TRANSLATE_NOOP("TlsFindings", "The certificate is self-signed"),
      QT_TRANSLATE_NOOP(
          "TlsFindings",
          "No browser trusts a certificate that the server signed itself; visitors see a warning."),
      QT_TRANSLATE_NOOP(
          "TlsFindings",
          "Ask your host to install a certificate from a public authority, for example Let's Encrypt.") },
    { "TLS-CERT-UNTRUSTED", Severity::Critical,
      QT_TRANSLATE_NOOP("TlsFindings", "Browsers do not trust the certificate"),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "The certificate's issuer is not one browsers trust, so visitors see a warning."),
      QT_TRANSLATE_NOOP(
          "TlsFindings",
          "Ask your host to install a certificate from a public authority and the full chain.") },
    { "TLS-CERT-NAME-MISMATCH", Severity::Critical,
      QT_TRANSLATE_NOOP("TlsFindings", "The certificate is for another name"),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "The certificate does not cover this site's address, so browsers warn visitors."),
      QT_TRANSLATE_NOOP(
          "TlsFindings",
          "Ask your host for a certificate that lists this exact name (and the www name if you use it).") },
    { "TLS-CERT-WEAK-KEY", Severity::High,
      QT_TRANSLATE_NOOP("TlsFindings", "The certificate's key is too weak"),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "A short key can be broken, and browsers reject RSA keys under 2048 bits."),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "Ask your host for a new certificate with an RSA 2048-bit or ECDSA P-256 key.") },
    { "TLS-CERT-WEAK-SIGNATURE", Severity::High,
      QT_TRANSLATE_NOOP("TlsFindings", "The certificate uses a weak signature"),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "MD5 and SHA-1 signatures can be forged, and browsers no longer accept them."),
      QT_TRANSLATE_NOOP("TlsFindings", "Ask your host for a new certificate signed with SHA-256.") },
    { "TLS-CERT-CHAIN-INCOMPLETE", Severity::Medium,
      QT_TRANSLATE_NOOP("TlsFindings", "The server does not send the full certificate chain"),
      QT_TRANSLATE_NOOP("TlsFindings", "Some browsers and apps cannot complete the chain and show an error."),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "Ask your host to install the intermediate certificate(s) with the site's "
                        "certificate (\"full chain\").") },
    { "TLS-CERT-CHAIN-ORDER", Severity::Low,
      QT_TRANSLATE_NOOP("TlsFindings", "The certificate chain is sent in the wrong order"),
      QT_TRANSLATE_NOOP("TlsFindings", "Some clients reject a chain whose certificates are out of order."),
      QT_TRANSLATE_NOOP(
          "TlsFindings",
          "Ask your host to send the site's certificate first, then each intermediate in order.") },
    { "TLS-CERT-NO-OCSP-STAPLING", Severity::Info,
      QT_TRANSLATE_NOOP("TlsFindings", "The server does not staple revocation status (OCSP)"),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "With stapling, browsers check the certificate faster and more privately."),
      QT_TRANSLATE_NOOP("TlsFindings", "Ask your host to turn on OCSP stapling.") },
    { "TLS-HSTS-MISSING", Severity::Medium,
      QT_TRANSLATE_NOOP("TlsFindings", "The site does not ask browsers to always use HTTPS (HSTS)"),
      QT_TRANSLATE_NOOP(
          "TlsFindings",
          "Without HSTS, a visitor who types the address can be sent to a fake, unencrypted copy first."),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "Ask your host to send the header Strict-Transport-Security: max-age=31536000 (one "
                        "year or more).") },
    { "TLS-HSTS-SHORT", Severity::Low,
      QT_TRANSLATE_NOOP("TlsFindings", "HSTS is on, but for too short a time"),
      QT_TRANSLATE_NOOP(
          "TlsFindings",
          "Browsers forget the HTTPS-only rule quickly, so the protection lapses between visits."),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "Ask your host to raise HSTS max-age to at least 180 days (one year is common).") },
    { "TLS-HTTP-NO-REDIRECT", Severity::Medium,
      QT_TRANSLATE_NOOP("TlsFindings", "Plain HTTP does not redirect to HTTPS"),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "Visitors who type the address without https:// stay on an unencrypted page."),
      QT_TRANSLATE_NOOP(
          "TlsFindings",
          "Ask your host to redirect every http:// request to the same https:// address (301).") },
    { "TLS-VULN-HEARTBLEED", Severity::Critical,
      QT_TRANSLATE_NOOP("TlsFindings", "The server is vulnerable to Heartbleed"),
      QT_TRANSLATE_NOOP(
          "TlsFindings",
          "Attackers can read the server's memory: passwords, customer data and the private key."),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "Ask your host to update OpenSSL today, then replace the certificate and key and "
                        "change passwords.") },
    { "TLS-VULN-CCS", Severity::Critical,
      QT_TRANSLATE_NOOP("TlsFindings", "The server is vulnerable to CCS injection"),
      QT_TRANSLATE_NOOP("TlsFindings", "An attacker in the middle can decrypt and change traffic."),
      QT_TRANSLATE_NOOP("TlsFindings", "Ask your host to update OpenSSL.") },
    { "TLS-VULN-COMPRESSION", Severity::High,
      QT_TRANSLATE_NOOP("TlsFindings", "The server compresses encrypted traffic (CRIME)"),
      QT_TRANSLATE_NOOP("TlsFindings", "Compression lets attackers guess secrets such as login cookies."),
      QT_TRANSLATE_NOOP("TlsFindings", "Ask your host to turn off TLS compression.") },
    { "TLS-VULN-POODLE", Severity::High,
      QT_TRANSLATE_NOOP("TlsFindings", "The server is vulnerable to POODLE"),
      QT_TRANSLATE_NOOP("TlsFindings", "Attackers can decrypt parts of the traffic, such as cookies."),
      QT_TRANSLATE_NOOP("TlsFindings", "Ask your host to turn off SSL 3 and update the server software.") },
    { "TLS-VULN-DROWN", Severity::Critical,
      QT_TRANSLATE_NOOP("TlsFindings", "The server is vulnerable to DROWN"),
      QT_TRANSLATE_NOOP(
          "TlsFindings",
          "SSL 2 on this host lets attackers decrypt modern TLS connections that share the key."),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "Ask your host to turn off SSL 2 everywhere the certificate's key is used.") },
    { "TLS-VULN-FREAK", Severity::Critical,
      QT_TRANSLATE_NOOP("TlsFindings", "The server is vulnerable to FREAK"),
      QT_TRANSLATE_NOOP("TlsFindings", "Attackers can force weak export RSA keys and then decrypt traffic."),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "Ask your host to remove EXPORT cipher suites and update the server software.") },
    { "TLS-VULN-LOGJAM", Severity::High,
      QT_TRANSLATE_NOOP("TlsFindings", "The server is vulnerable to Logjam"),
      QT_TRANSLATE_NOOP("TlsFindings", "Attackers can force weak DH key exchange and then decrypt traffic."),
      QT_TRANSLATE_NOOP(
          "TlsFindings",
          "Ask your host to remove DHE EXPORT suites and use DH parameters of 2048 bits or more.") },
    { "TLS-VULN-NO-SECURE-RENEG", Severity::Medium,
      QT_TRANSLATE_NOOP("TlsFindings", "The server does not support secure renegotiation"),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "Without it an attacker can inject requests into a visitor's connection."),
      QT_TRANSLATE_NOOP("TlsFindings", "Ask your host to update the server software (RFC 5746 support).") },
    { "TLS-VULN-NO-FALLBACK-SCSV", Severity::Low,
      QT_TRANSLATE_NOOP("TlsFindings", "The server does not prevent downgrade attacks (TLS_FALLBACK_SCSV)"),
      QT_TRANSLATE_NOOP("TlsFindings",
                        "An attacker can push browsers down to an older protocol the server still accepts."),
      QT_TRANSLATE_NOOP(
          "TlsFindings",
          "Ask your host to update the server software, or to turn off protocols older than TLS 1.2.") },
};

QString suiteNames(const QList<OfferedSuite> &suites)
{
    QStringList names;
    for (const OfferedSuite &s : suites)
        names.append(s.name.isEmpty() ? u"0x"_s + QString::number(s.id, 16).rightJustified(4, u'0').toUpper()
                                      : s.name);
    return names.join(u", "_s);
}

template<typename Pred> QList<OfferedSuite> suitesWhere(const TlsProbeResult &r, Pred pred)
{
    QList<OfferedSuite> list;
    for (const OfferedSuite &s : r.allSuites()) {
        if (pred(s))
            list.append(s);
    }
    return list;
}

bool isDh(const OfferedSuite &s)
{
    return s.kx == u"DHE"_s || s.kx == u"DH"_s || s.kx == u"EDH"_s;
}
} // namespace

QString TlsFindings::severityKey(Severity severity)
{
    return Severities::key(severity);
}

QList<TlsFindings::Finding> TlsFindings::compute(const TlsProbeResult &r)
{
    QList<Finding> findings;
    auto add = [&](const char *id, const QString &evidence, std::optional<Severity> severity = std::nullopt) {
        for (const Text &t : texts) {
            if (qstrcmp(t.id, id) == 0) {
                findings.append({ QString::fromLatin1(t.id), severity.value_or(t.severity), tr(t.title),
                                  tr(t.why), evidence, tr(t.fix) });
                return;
            }
        }
        Q_ASSERT_X(false, "TlsFindings", id);
    };
    auto hasAny = [&](auto pred) { return !suitesWhere(r, pred).isEmpty(); };

    // Protocols.
    const std::optional<TlsVersion> best = r.bestProtocol();
    auto accepted = [&](TlsVersion v) {
        return tr("The server accepted a %1 connection.").arg(TlsVersions::displayName(v));
    };
    if (r.accepted(TlsVersion::SSLv2))
        add("TLS-PROTO-SSL2", accepted(TlsVersion::SSLv2));
    if (r.accepted(TlsVersion::SSLv3))
        add("TLS-PROTO-SSL3", accepted(TlsVersion::SSLv3));
    if (r.accepted(TlsVersion::TLS10))
        add("TLS-PROTO-TLS10", accepted(TlsVersion::TLS10));
    if (r.accepted(TlsVersion::TLS11))
        add("TLS-PROTO-TLS11", accepted(TlsVersion::TLS11));
    if (best && *best < TlsVersion::TLS12)
        add("TLS-PROTO-NO-TLS12",
            tr("The newest protocol the server accepted is %1.").arg(TlsVersions::displayName(*best)));
    else if (best && !r.accepted(TlsVersion::TLS13))
        add("TLS-PROTO-NO-TLS13", tr("The server refused TLS 1.3."));

    // Cipher suites.
    auto suitesFinding = [&](const char *id, auto pred) {
        const QList<OfferedSuite> list = suitesWhere(r, pred);
        if (!list.isEmpty())
            add(id, tr("Accepted: %1.").arg(suiteNames(list)));
    };
    suitesFinding("TLS-CIPHER-EXPORT", [](const OfferedSuite &s) { return s.export_; });
    suitesFinding("TLS-CIPHER-NULL", [](const OfferedSuite &s) { return s.null; });
    suitesFinding("TLS-CIPHER-ANON", [](const OfferedSuite &s) {
        return s.anonymous || s.kx == u"ADH"_s || s.kx == u"AECDH"_s;
    });
    suitesFinding("TLS-CIPHER-WEAK",
                  [](const OfferedSuite &s) { return !s.null && !s.export_ && s.bits > 0 && s.bits < 112; });
    suitesFinding("TLS-CIPHER-RC4", [](const OfferedSuite &s) { return s.rc4; });
    suitesFinding("TLS-CIPHER-3DES", [](const OfferedSuite &s) { return s.block64; });
    auto forwardSecret = [](const OfferedSuite &s) { return s.forwardSecret || s.kx == u"TLS13"_s; };
    const QList<OfferedSuite> noFs = suitesWhere(r, [&](const OfferedSuite &s) { return !forwardSecret(s); });
    if (!noFs.isEmpty())
        add("TLS-CIPHER-NO-FS", tr("Accepted without forward secrecy: %1.").arg(suiteNames(noFs)),
            hasAny(forwardSecret) ? Severity::Low : Severity::High);
    if (best && !hasAny([](const OfferedSuite &s) { return s.aead || s.kx == u"TLS13"_s; })
        && !r.allSuites().isEmpty())
        add("TLS-CIPHER-CBC-ONLY",
            tr("None of the accepted cipher suites is AES-GCM, ChaCha20-Poly1305 or CCM."));
    if (r.keyExchange.minDhBits > 0 && r.keyExchange.minDhBits < 2048 && hasAny(isDh))
        add("TLS-KX-WEAK-DH", tr("The server's DH parameters are %1 bits.").arg(r.keyExchange.minDhBits),
            r.keyExchange.minDhBits < 1024 ? Severity::High : Severity::Medium);

    // Certificate.
    const CertificateResult &c = r.certificate;
    if (best && !c.present) {
        add("TLS-CERT-MISSING", tr("No certificate came back from a full handshake."));
    } else if (c.present) {
        // As of the probe: an old probe read back from the history keeps the verdict it had.
        const QDateTime now = r.finishedAt.isValid() ? r.finishedAt : Clock::now();
        const QString until = c.notAfter.isValid() ? c.notAfter.toUTC().toString(Qt::ISODate) : tr("unknown");
        const qint64 daysLeft = c.notAfter.isValid() ? now.secsTo(c.notAfter) / 86400 : c.daysLeft;
        const bool expired = c.expired || (c.notAfter.isValid() && c.notAfter < now);
        const bool notYet = c.notYetValid || (c.notBefore.isValid() && c.notBefore > now);
        if (expired)
            add("TLS-CERT-EXPIRED", tr("Valid until %1.").arg(until));
        else if (daysLeft <= expiresSoonDays)
            add("TLS-CERT-EXPIRES-SOON",
                tr("Valid until %1: %n day(s) left.", nullptr, int(daysLeft)).arg(until),
                daysLeft <= 7 ? Severity::High : Severity::Medium);
        if (notYet)
            add("TLS-CERT-NOT-YET-VALID",
                tr("Valid from %1.")
                    .arg(c.notBefore.isValid() ? c.notBefore.toUTC().toString(Qt::ISODate) : tr("unknown")));
        if (c.selfSigned)
            add("TLS-CERT-SELF-SIGNED", tr("Issued by itself: %1.").arg(c.issuer));
        else if (!c.trusted && !expired && !notYet)
            add("TLS-CERT-UNTRUSTED", tr("Issuer: %1.").arg(c.issuer));
        if (!c.hostnameMatch)
            add("TLS-CERT-NAME-MISMATCH",
                tr("Site: %1; the certificate covers: %2.")
                    .arg(r.host, c.sans.isEmpty() ? c.subject : c.sans.join(u", "_s)));
        const bool weakKey = (c.keyType == u"RSA"_s && c.keyBits > 0 && c.keyBits < 2048)
            || (c.keyType == u"EC"_s && c.keyBits > 0 && c.keyBits < 224) || (c.keyType == u"DSA"_s);
        if (weakKey)
            add("TLS-CERT-WEAK-KEY", tr("%1 key of %2 bits.").arg(c.keyType).arg(c.keyBits));
        const QString sig = c.signatureAlgorithm.toLower();
        if (sig.contains(u"md5"_s) || sig.contains(u"md2"_s) || sig.contains(u"sha1"_s)
            || sig.startsWith(u"shawith"_s))
            add("TLS-CERT-WEAK-SIGNATURE", tr("Signature algorithm: %1.").arg(c.signatureAlgorithm),
                sig.contains(u"md"_s) ? Severity::Critical : Severity::High);
        if (!c.chainComplete)
            add("TLS-CERT-CHAIN-INCOMPLETE", tr("The chain sent does not reach a trusted root."));
        else if (!c.chainInOrder)
            add("TLS-CERT-CHAIN-ORDER", tr("The certificates were sent out of order."));
        if (!c.ocspStapled)
            add("TLS-CERT-NO-OCSP-STAPLING",
                c.mustStaple ? tr("The certificate demands stapling (must-staple), but none was sent.")
                             : tr("No OCSP response came with the handshake."),
                c.mustStaple ? std::optional(Severity::High) : std::nullopt);
    }

    // HTTP.
    if (r.http.reached) {
        const qint64 hsts = r.http.hstsMaxAge.value_or(0);
        if (hsts <= 0)
            add("TLS-HSTS-MISSING",
                r.http.hstsMaxAge ? tr("Strict-Transport-Security: max-age=0 switches HSTS off.")
                                  : tr("No Strict-Transport-Security header in the response."));
        else if (hsts < 180 * 86400)
            add("TLS-HSTS-SHORT",
                tr("Strict-Transport-Security: max-age=%1 (%n day(s)).", nullptr, int(hsts / 86400))
                    .arg(hsts));
        // Only when plain HTTP answered: a site with no port 80 at all has nothing to redirect.
        if (r.http.plainStatusCode > 0 && !r.http.redirectsToHttps)
            add("TLS-HTTP-NO-REDIRECT", tr("http://%1/ did not redirect to https://%1/.").arg(r.host));
    }

    // Known flaws.
    const Vulnerabilities &v = r.vulns;
    if (v.heartbleed)
        add("TLS-VULN-HEARTBLEED", tr("The server answered a malformed heartbeat with its own memory."));
    if (v.ccsInjection)
        add("TLS-VULN-CCS", tr("The server accepted an early ChangeCipherSpec message."));
    if (v.compression)
        add("TLS-VULN-COMPRESSION", tr("The server agreed to TLS compression."));
    if (v.poodle)
        add("TLS-VULN-POODLE", tr("The server accepts SSL 3 with CBC ciphers."));
    if (v.drown)
        add("TLS-VULN-DROWN", tr("SSL 2 is accepted on this host."));
    if (v.freak)
        add("TLS-VULN-FREAK", tr("The server accepts RSA EXPORT cipher suites."));
    if (v.logjam)
        add("TLS-VULN-LOGJAM", tr("The server accepts DHE EXPORT suites or weak DH parameters."));
    const std::optional<TlsVersion> worst = r.worstProtocol();
    if (worst && *worst < TlsVersion::TLS13 && !v.secureRenegotiation)
        add("TLS-VULN-NO-SECURE-RENEG", tr("The server did not signal RFC 5746 renegotiation support."));
    if (worst && *worst < TlsVersion::TLS12 && best && *best > *worst && !v.fallbackScsv)
        add("TLS-VULN-NO-FALLBACK-SCSV",
            tr("A downgraded handshake with TLS_FALLBACK_SCSV was not refused."));

    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return int(a.severity) > int(b.severity); });
    return findings;
}
