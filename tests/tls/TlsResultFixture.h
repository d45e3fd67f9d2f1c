#pragma once

#include "tls/TlsProbeResult.h"

#include <QDateTime>

// Hand-made probe results for the verdict tests: a modern, well-run site, and the suites that
// tests add to it to break one rule at a time.
namespace TlsResultFixture {

using namespace Qt::StringLiterals;

inline OfferedSuite suite(quint16 id, const QString &name, int bits, const QString &kx)
{
    OfferedSuite s;
    s.id = id;
    s.name = name;
    s.bits = bits;
    s.kx = kx;
    s.forwardSecret = kx == u"ECDHE"_s || kx == u"DHE"_s || kx == u"TLS13"_s;
    s.aead = name.contains(u"GCM"_s) || name.contains(u"CHACHA20"_s) || name.contains(u"CCM"_s);
    s.cbc = name.contains(u"CBC"_s);
    s.export_ = name.contains(u"EXPORT"_s);
    s.anonymous = name.contains(u"_anon_"_s);
    s.rc4 = name.contains(u"RC4"_s);
    s.block64 = name.contains(u"3DES"_s) || name.contains(u"_DES_"_s) || name.contains(u"IDEA"_s);
    s.null = name.endsWith(u"_NULL_SHA"_s) || name.contains(u"WITH_NULL"_s);
    return s;
}

inline OfferedSuite tls13Aes128()
{
    return suite(0x1301, u"TLS_AES_128_GCM_SHA256"_s, 128, u"TLS13"_s);
}
inline OfferedSuite tls13Aes256()
{
    return suite(0x1302, u"TLS_AES_256_GCM_SHA384"_s, 256, u"TLS13"_s);
}
inline OfferedSuite tls13Chacha()
{
    return suite(0x1303, u"TLS_CHACHA20_POLY1305_SHA256"_s, 256, u"TLS13"_s);
}
inline OfferedSuite ecdheRsaAes128Gcm()
{
    return suite(0xC02F, u"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"_s, 128, u"ECDHE"_s);
}
inline OfferedSuite ecdheRsaAes256Gcm()
{
    return suite(0xC030, u"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"_s, 256, u"ECDHE"_s);
}
inline OfferedSuite ecdheRsaChacha()
{
    return suite(0xCCA8, u"TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"_s, 256, u"ECDHE"_s);
}
inline OfferedSuite ecdheRsaAes128Cbc()
{
    return suite(0xC013, u"TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"_s, 128, u"ECDHE"_s);
}
inline OfferedSuite rsaAes128Gcm()
{
    return suite(0x009C, u"TLS_RSA_WITH_AES_128_GCM_SHA256"_s, 128, u"RSA"_s);
}
inline OfferedSuite rsaAes128Cbc()
{
    return suite(0x002F, u"TLS_RSA_WITH_AES_128_CBC_SHA"_s, 128, u"RSA"_s);
}
inline OfferedSuite rsa3des()
{
    return suite(0x000A, u"TLS_RSA_WITH_3DES_EDE_CBC_SHA"_s, 112, u"RSA"_s);
}
inline OfferedSuite rsaRc4()
{
    return suite(0x0005, u"TLS_RSA_WITH_RC4_128_SHA"_s, 128, u"RSA"_s);
}
inline OfferedSuite rsaExportRc4()
{
    return suite(0x0003, u"TLS_RSA_EXPORT_WITH_RC4_40_MD5"_s, 40, u"RSA"_s);
}
inline OfferedSuite rsaNull()
{
    return suite(0x0002, u"TLS_RSA_WITH_NULL_SHA"_s, 0, u"RSA"_s);
}
inline OfferedSuite rsaDes()
{
    return suite(0x0009, u"TLS_RSA_WITH_DES_CBC_SHA"_s, 56, u"RSA"_s);
}
inline OfferedSuite anonAes128()
{
    return suite(0x0034, u"TLS_DH_anon_WITH_AES_128_CBC_SHA"_s, 128, u"ADH"_s);
}
inline OfferedSuite dheRsaAes128Gcm()
{
    return suite(0x009E, u"TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"_s, 128, u"DHE"_s);
}

inline ProtocolResult protocol(TlsVersion version, bool accepted, QList<OfferedSuite> suites = {})
{
    ProtocolResult p;
    p.version = version;
    p.accepted = accepted;
    p.suites = std::move(suites);
    return p;
}

inline QDateTime at(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(12, 0), Qt::UTC);
}

// TLS 1.2 + 1.3, ECDHE + AEAD only, x25519/P-256, RSA-2048 trusted certificate, HSTS one year.
inline TlsProbeResult modern()
{
    TlsProbeResult r;
    r.host = u"shop.example"_s;
    r.port = 443;
    r.ip = u"127.0.0.1"_s;
    r.protocols = {
        protocol(TlsVersion::SSLv2, false),
        protocol(TlsVersion::SSLv3, false),
        protocol(TlsVersion::TLS10, false),
        protocol(TlsVersion::TLS11, false),
        protocol(TlsVersion::TLS12, true, { ecdheRsaAes128Gcm(), ecdheRsaAes256Gcm(), ecdheRsaChacha() }),
        protocol(TlsVersion::TLS13, true, { tls13Aes128(), tls13Aes256(), tls13Chacha() }),
    };
    r.keyExchange.groups = { u"x25519"_s, u"secp256r1"_s, u"secp384r1"_s };
    r.keyExchange.minEcBits = 253;

    CertificateResult &c = r.certificate;
    c.present = true;
    c.subject = u"CN=shop.example"_s;
    c.issuer = u"CN=Example CA"_s;
    c.sans = { u"shop.example"_s, u"www.shop.example"_s };
    c.notBefore = at(2024, 1, 1);
    c.notAfter = at(2024, 3, 31);
    c.daysLeft = 60;
    c.trusted = true;
    c.hostnameMatch = true;
    c.chainComplete = true;
    c.chainInOrder = true;
    c.keyType = u"RSA"_s;
    c.keyBits = 2048;
    c.signatureAlgorithm = u"sha256WithRSAEncryption"_s;
    c.ocspStapled = true;
    c.sha256 = QString(64, u'a');
    c.spkiSha256 = QString(64, u'b');

    r.http.reached = true;
    r.http.statusCode = 200;
    r.http.hstsMaxAge = 31536000;
    r.http.redirectsToHttps = true;
    r.http.plainStatusCode = 301;
    r.http.plainLocation = u"https://shop.example/"_s;

    r.vulns.secureRenegotiation = true;
    r.vulns.fallbackScsv = true;
    r.vulns.sessionResumption = true;
    r.vulns.alpn = { u"h2"_s, u"http/1.1"_s };
    return r;
}

inline ProtocolResult &protocolOf(TlsProbeResult &r, TlsVersion version)
{
    for (ProtocolResult &p : r.protocols) {
        if (p.version == version)
            return p;
    }
    r.protocols.append(protocol(version, false));
    return r.protocols.last();
}

inline void accept(TlsProbeResult &r, TlsVersion version, const QList<OfferedSuite> &suites)
{
    ProtocolResult &p = protocolOf(r, version);
    p.accepted = true;
    p.suites += suites;
}

inline void refuse(TlsProbeResult &r, TlsVersion version)
{
    ProtocolResult &p = protocolOf(r, version);
    p.accepted = false;
    p.suites.clear();
}

} // namespace TlsResultFixture
