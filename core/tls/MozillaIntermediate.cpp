#include "MozillaIntermediate.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

// Interpretations where the profile leaves room:
// - Groups: X25519, prime256v1 and secp384r1 are the profile; ffdhe groups of 2048 bits or more
//   (the DH parameters the profile names) and hybrid post-quantum groups built on X25519/P-256
//   are not counted against it. Any other group accepted is a deviation; a listed one missing is
//   only a recommendation.
// - Certificate: RSA of 2048 bits or more, or ECDSA P-256; anything else (P-384, Ed25519, RSA-1024)
//   deviates. MD5/SHA-1 signatures deviate too (the profile signs with SHA-256).
// - Recommendations that do not break compliance: HSTS of two years, OCSP stapling, the client
//   choosing the cipher order, certificate lifetime of at most 366 days.

namespace {
constexpr quint16 tls12Allowed[] = {
    0xC02B, // TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256
    0xC02F, // TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
    0xC02C, // TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384
    0xC030, // TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
    0xCCA9, // TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256
    0xCCA8, // TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256
    0x009E, // TLS_DHE_RSA_WITH_AES_128_GCM_SHA256
    0x009F, // TLS_DHE_RSA_WITH_AES_256_GCM_SHA384
    0xCCAA, // TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256
};
constexpr quint16 tls13Allowed[] = {
    0x1301, // TLS_AES_128_GCM_SHA256
    0x1302, // TLS_AES_256_GCM_SHA384
    0x1303, // TLS_CHACHA20_POLY1305_SHA256
};

const QStringList profileGroups = { u"x25519"_s, u"prime256v1"_s, u"secp384r1"_s };

QString canonicalGroup(const QString &group)
{
    const QString g = group.toLower();
    return g == u"secp256r1"_s ? u"prime256v1"_s : g;
}

bool groupTolerated(const QString &group)
{
    const QString g = canonicalGroup(group);
    if (profileGroups.contains(g))
        return true;
    if (g.startsWith(u"ffdhe"_s))
        return g.mid(5).toInt() >= 2048;
    return g == u"x25519mlkem768"_s || g == u"secp256r1mlkem768"_s || g == u"x25519kyber768draft00"_s;
}

QString names(const QList<OfferedSuite> &suites)
{
    QStringList list;
    for (const OfferedSuite &s : suites)
        list.append(s.name.isEmpty() ? u"0x"_s + QString::number(s.id, 16).rightJustified(4, u'0').toUpper()
                                     : s.name);
    return list.join(u", "_s);
}
} // namespace

bool MozillaIntermediate::allowedTls12Suite(quint16 id)
{
    return std::find(std::begin(tls12Allowed), std::end(tls12Allowed), id) != std::end(tls12Allowed);
}

bool MozillaIntermediate::allowedTls13Suite(quint16 id)
{
    return std::find(std::begin(tls13Allowed), std::end(tls13Allowed), id) != std::end(tls13Allowed);
}

bool MozillaIntermediate::Verdict::has(const QString &id) const
{
    return std::any_of(deviations.cbegin(), deviations.cend(),
                       [&](const Deviation &d) { return d.id == id; });
}

MozillaIntermediate::Verdict MozillaIntermediate::check(const TlsProbeResult &r)
{
    Verdict verdict;
    auto deviate = [&](const QString &id, const QString &text, bool required = true) {
        verdict.deviations.append({ id, text, required });
    };

    if (!r.bestProtocol()) {
        deviate(u"MOZ-NO-PROTOCOL"_s,
                QCoreApplication::translate(
                    "MozillaIntermediate",
                    "The site accepted no protocol at all, so it cannot match the profile."));
        verdict.compliant = false;
        return verdict;
    }

    // Protocols: 1.2 and 1.3, nothing older.
    const struct
    {
        TlsVersion version;
        const char *id;
    } oldProtocols[] = { { TlsVersion::SSLv2, "MOZ-PROTO-SSL2" },
                         { TlsVersion::SSLv3, "MOZ-PROTO-SSL3" },
                         { TlsVersion::TLS10, "MOZ-PROTO-TLS10" },
                         { TlsVersion::TLS11, "MOZ-PROTO-TLS11" } };
    for (const auto &old : oldProtocols) {
        if (r.accepted(old.version))
            deviate(QString::fromLatin1(old.id),
                    QCoreApplication::translate(
                        "MozillaIntermediate", "%1 is accepted; the profile allows only TLS 1.2 and TLS 1.3.")
                        .arg(TlsVersions::displayName(old.version)));
    }
    if (!r.accepted(TlsVersion::TLS12))
        deviate(
            u"MOZ-NO-TLS12"_s,
            QCoreApplication::translate("MozillaIntermediate",
                                        "TLS 1.2 is not accepted; the profile needs it for older browsers."));
    if (!r.accepted(TlsVersion::TLS13))
        deviate(u"MOZ-NO-TLS13"_s,
                QCoreApplication::translate("MozillaIntermediate",
                                            "TLS 1.3 is not accepted; the profile turns it on."));

    // Cipher suites of the two allowed protocols (older protocols are already a deviation).
    if (const ProtocolResult *p = r.protocol(TlsVersion::TLS12); p && p->accepted) {
        QList<OfferedSuite> extra;
        std::copy_if(p->suites.cbegin(), p->suites.cend(), std::back_inserter(extra),
                     [](const OfferedSuite &s) { return !allowedTls12Suite(s.id); });
        if (!extra.isEmpty())
            deviate(u"MOZ-CIPHER-TLS12"_s,
                    QCoreApplication::translate("MozillaIntermediate",
                                                "TLS 1.2 accepts cipher suites outside the profile: %1.")
                        .arg(names(extra)));
    }
    if (const ProtocolResult *p = r.protocol(TlsVersion::TLS13); p && p->accepted) {
        QList<OfferedSuite> extra;
        std::copy_if(p->suites.cbegin(), p->suites.cend(), std::back_inserter(extra),
                     [](const OfferedSuite &s) { return !allowedTls13Suite(s.id); });
        if (!extra.isEmpty())
            deviate(u"MOZ-CIPHER-TLS13"_s,
                    QCoreApplication::translate("MozillaIntermediate",
                                                "TLS 1.3 accepts cipher suites outside the profile: %1.")
                        .arg(names(extra)));
    }

    // Groups and DH parameters.
    QStringList extraGroups;
    for (const QString &g : r.keyExchange.groups) {
        if (!groupTolerated(g))
            extraGroups.append(g);
    }
    if (!extraGroups.isEmpty())
        deviate(u"MOZ-GROUPS"_s,
                QCoreApplication::translate("MozillaIntermediate",
                                            "The server accepts key exchange groups outside the profile: %1.")
                    .arg(extraGroups.join(u", "_s)));
    const bool dhe = std::any_of(r.protocols.cbegin(), r.protocols.cend(), [](const ProtocolResult &p) {
        return p.accepted && std::any_of(p.suites.cbegin(), p.suites.cend(), [](const OfferedSuite &s) {
                   return s.kx == u"DHE"_s || s.kx == u"DH"_s || s.kx == u"EDH"_s;
               });
    });
    if (dhe && r.keyExchange.minDhBits > 0 && r.keyExchange.minDhBits < 2048)
        deviate(u"MOZ-DH-PARAMS"_s,
                QCoreApplication::translate(
                    "MozillaIntermediate",
                    "The DH parameters are %1 bits; the profile needs at least 2048 (ffdhe2048).")
                    .arg(r.keyExchange.minDhBits));

    // Certificate.
    const CertificateResult &c = r.certificate;
    if (c.present) {
        const bool rsaOk = c.keyType == u"RSA"_s && c.keyBits >= 2048;
        const bool ecOk = c.keyType == u"EC"_s && c.keyBits == 256;
        if (!rsaOk && !ecOk)
            deviate(
                u"MOZ-CERT-KEY"_s,
                QCoreApplication::translate(
                    "MozillaIntermediate",
                    "The certificate's key is %1 %2 bits; the profile wants RSA of 2048 bits or ECDSA P-256.")
                    .arg(c.keyType.isEmpty() ? QCoreApplication::translate("MozillaIntermediate", "unknown")
                                             : c.keyType)
                    .arg(c.keyBits));
        const QString sig = c.signatureAlgorithm.toLower();
        if (sig.contains(u"md5"_s) || sig.contains(u"md2"_s) || sig.contains(u"sha1"_s)
            || sig.startsWith(u"shawith"_s))
            deviate(u"MOZ-CERT-SIGNATURE"_s,
                    QCoreApplication::translate(
                        "MozillaIntermediate",
                        "The certificate is signed with %1; the profile signs with SHA-256.")
                        .arg(c.signatureAlgorithm));
        if (c.notBefore.isValid() && c.notAfter.isValid() && c.notBefore.daysTo(c.notAfter) > 366)
            deviate(u"MOZ-CERT-LIFETIME"_s,
                    QCoreApplication::translate(
                        "MozillaIntermediate",
                        "The certificate is valid for %1 days; the profile recommends at most 366.")
                        .arg(c.notBefore.daysTo(c.notAfter)),
                    false);
    } else {
        deviate(u"MOZ-CERT-MISSING"_s,
                QCoreApplication::translate("MozillaIntermediate", "The probe saw no certificate to check."));
    }

    // Recommendations.
    QStringList missingGroups;
    for (const QString &g : profileGroups) {
        const bool found = std::any_of(r.keyExchange.groups.cbegin(), r.keyExchange.groups.cend(),
                                       [&](const QString &x) { return canonicalGroup(x) == g; });
        if (!found)
            missingGroups.append(g);
    }
    if (!missingGroups.isEmpty() && !r.keyExchange.groups.isEmpty())
        deviate(
            u"MOZ-GROUPS-MISSING"_s,
            QCoreApplication::translate(
                "MozillaIntermediate", "The profile also offers these groups, which the server does not: %1.")
                .arg(missingGroups.join(u", "_s)),
            false);
    const qint64 hsts = r.http.hstsMaxAge.value_or(0);
    if (hsts < recommendedHstsSeconds)
        deviate(u"MOZ-HSTS"_s,
                hsts > 0 ? QCoreApplication::translate(
                               "MozillaIntermediate",
                               "HSTS lasts %1 seconds; the profile recommends two years (63072000).")
                               .arg(hsts)
                         : QCoreApplication::translate(
                             "MozillaIntermediate",
                             "No HSTS; the profile recommends HSTS for two years (max-age=63072000)."),
                false);
    if (c.present && !c.ocspStapled)
        deviate(u"MOZ-OCSP-STAPLING"_s,
                QCoreApplication::translate("MozillaIntermediate",
                                            "The server does not staple OCSP; the profile recommends it."),
                false);
    for (const ProtocolResult &p : r.protocols) {
        if (p.accepted && p.version == TlsVersion::TLS12 && p.serverOrder) {
            deviate(u"MOZ-SERVER-ORDER"_s,
                    QCoreApplication::translate(
                        "MozillaIntermediate",
                        "The server imposes its own cipher order; the profile lets the browser choose."),
                    false);
        }
    }

    std::stable_partition(verdict.deviations.begin(), verdict.deviations.end(),
                          [](const Deviation &d) { return d.required; });
    verdict.compliant = std::none_of(verdict.deviations.cbegin(), verdict.deviations.cend(),
                                     [](const Deviation &d) { return d.required; });
    return verdict;
}
