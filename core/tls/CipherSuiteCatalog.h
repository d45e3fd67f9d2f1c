#pragma once

#include "TlsWire.h"

#include <QFlags>
#include <QList>
#include <QString>

#include <span>

enum class KeyExchange : quint8
{
    None,
    RSA,
    DH, // static DH from the certificate
    DHE,
    ECDH, // static ECDH from the certificate
    ECDHE,
    DHAnon,
    ECDHAnon,
    PSK,
    DHEPSK,
    RSAPSK,
    ECDHEPSK,
    SRP,
    KRB5,
    GOST,
    CECPQ1,
    TLS13, // negotiated by the supported_groups/key_share extensions, not the suite
    Signalling, // an SCSV: no key exchange at all
};

enum class Authentication : quint8
{
    None,
    RSA,
    DSS,
    ECDSA,
    PSK,
    SRP,
    KRB5,
    GOST,
    Any
};

enum class Encryption : quint8
{
    Null,
    RC4,
    RC2,
    DES,
    TripleDES,
    IDEA,
    SEED,
    AES_CBC,
    AES_GCM,
    AES_CCM,
    AES_CCM8,
    Camellia_CBC,
    Camellia_GCM,
    ARIA_CBC,
    ARIA_GCM,
    ChaCha20Poly1305,
    SM4_GCM,
    SM4_CCM,
    GOST28147,
    Unknown,
};

enum class MessageAuth : quint8
{
    None,
    MD5,
    SHA1,
    SHA256,
    SHA384,
    AEAD,
    GOST
};

enum class CipherFlag : quint16
{
    Export = 0x0001,
    Anonymous = 0x0002,
    ForwardSecret = 0x0004,
    Aead = 0x0008,
    Cbc = 0x0010,
    Block64 = 0x0020, // 64-bit block cipher: SWEET32
    Rc4 = 0x0040,
    NullEncryption = 0x0080,
    Signalling = 0x0100, // SCSV, never a real suite
};
Q_DECLARE_FLAGS(CipherFlags, CipherFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(CipherFlags)

enum class ProtocolBit : quint8
{
    SSLv3 = 0x01,
    TLSv1_0 = 0x02,
    TLSv1_1 = 0x04,
    TLSv1_2 = 0x08,
    TLSv1_3 = 0x10
};
Q_DECLARE_FLAGS(ProtocolSet, ProtocolBit)
Q_DECLARE_OPERATORS_FOR_FLAGS(ProtocolSet)

// One entry of the IANA TLS cipher suite registry (plus the few legacy codes scanners report).
struct CipherSuite
{
    quint16 id = 0;
    QString ianaName; // TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
    QString opensslName; // ECDHE-RSA-AES128-GCM-SHA256, or empty when OpenSSL never had it
    KeyExchange keyExchange = KeyExchange::None;
    Authentication authentication = Authentication::None;
    Encryption encryption = Encryption::Unknown;
    int bits = 0; // effective strength: 3DES 112, export 40, NULL 0
    MessageAuth mac = MessageAuth::None;
    CipherFlags flags;
    ProtocolSet protocols;

    bool validIn(TlsWire::Version version) const;
    QString idString() const; // "0xC02F"
};

// An SSLv2 CIPHER-KIND: a 3-byte code (RFC-less, from the SSLv2 draft).
struct Ssl2CipherKind
{
    quint32 code = 0; // 0x010080
    QString name; // SSL_CK_RC4_128_WITH_MD5
    QString opensslName; // RC4-MD5
    int bits = 0;
    bool isExport = false;
};

// The cipher suite registry as data: look up by id or name, iterate. Built once, read-only.
class CipherSuiteCatalog
{
public:
    static std::span<const CipherSuite> all();
    static const CipherSuite *find(quint16 id); // nullptr when unknown
    static const CipherSuite *find(QStringView name); // IANA or OpenSSL name, case-insensitive
    // Every real suite (no SCSV) valid in `version`, in table order.
    static QList<quint16> idsFor(TlsWire::Version version);
    static QString name(quint16 id); // IANA name, or "0xABCD" when unknown
    static QString idString(quint16 id); // "0xC02F", as the CLI's JSON writes ids

    static std::span<const Ssl2CipherKind> ssl2Kinds();
    static const Ssl2CipherKind *findSsl2(quint32 code);
};
