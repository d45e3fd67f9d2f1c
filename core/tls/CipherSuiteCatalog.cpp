#include "CipherSuiteCatalog.h"

#include "CipherSuiteTable.h"

#include <QHash>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct KeyExchangeName
{
    QLatin1StringView prefix; // what stands between "TLS_" and "_WITH_"
    KeyExchange keyExchange;
    Authentication authentication;
};

// Longest names first is not needed: these are matched whole, after "EXPORT" is taken out.
const KeyExchangeName kKeyExchanges[] = {
    { "NULL"_L1, KeyExchange::None, Authentication::None },
    { "RSA"_L1, KeyExchange::RSA, Authentication::RSA },
    { "RSA_FIPS"_L1, KeyExchange::RSA, Authentication::RSA },
    { "DH_DSS"_L1, KeyExchange::DH, Authentication::DSS },
    { "DH_RSA"_L1, KeyExchange::DH, Authentication::RSA },
    { "DHE_DSS"_L1, KeyExchange::DHE, Authentication::DSS },
    { "DHE_RSA"_L1, KeyExchange::DHE, Authentication::RSA },
    { "DH_anon"_L1, KeyExchange::DHAnon, Authentication::None },
    { "ECDH_ECDSA"_L1, KeyExchange::ECDH, Authentication::ECDSA },
    { "ECDH_RSA"_L1, KeyExchange::ECDH, Authentication::RSA },
    { "ECDHE_ECDSA"_L1, KeyExchange::ECDHE, Authentication::ECDSA },
    { "ECDHE_RSA"_L1, KeyExchange::ECDHE, Authentication::RSA },
    { "ECDH_anon"_L1, KeyExchange::ECDHAnon, Authentication::None },
    { "PSK"_L1, KeyExchange::PSK, Authentication::PSK },
    { "DHE_PSK"_L1, KeyExchange::DHEPSK, Authentication::PSK },
    { "PSK_DHE"_L1, KeyExchange::DHEPSK, Authentication::PSK },
    { "RSA_PSK"_L1, KeyExchange::RSAPSK, Authentication::RSA },
    { "ECDHE_PSK"_L1, KeyExchange::ECDHEPSK, Authentication::PSK },
    { "SRP_SHA"_L1, KeyExchange::SRP, Authentication::SRP },
    { "SRP_SHA_RSA"_L1, KeyExchange::SRP, Authentication::RSA },
    { "SRP_SHA_DSS"_L1, KeyExchange::SRP, Authentication::DSS },
    { "KRB5"_L1, KeyExchange::KRB5, Authentication::KRB5 },
    { "GOSTR341094"_L1, KeyExchange::GOST, Authentication::GOST },
    { "GOSTR341001"_L1, KeyExchange::GOST, Authentication::GOST },
    { "GOSTR341094_RSA"_L1, KeyExchange::RSA, Authentication::RSA },
    { "CECPQ1_RSA"_L1, KeyExchange::CECPQ1, Authentication::RSA },
    { "CECPQ1_ECDSA"_L1, KeyExchange::CECPQ1, Authentication::ECDSA },
};

// Reads "AES_128_GCM_SHA256", "3DES_EDE_CBC_SHA", "RC4_40_MD5", ... into the suite. The
// tokens come in registry order: cipher, [bits], [mode], then the hash.
void parseBulk(QStringList tokens, CipherSuite &suite)
{
    auto take = [&tokens]() { return tokens.isEmpty() ? QString() : tokens.takeFirst(); };
    auto takeBits = [&tokens](int fallback) {
        bool ok = false;
        const int bits = tokens.isEmpty() ? 0 : tokens.first().toInt(&ok);
        if (!ok)
            return fallback;
        tokens.removeFirst();
        return bits;
    };
    const QString cipher = take();
    if (cipher == "NULL"_L1) {
        suite.encryption = Encryption::Null;
        suite.bits = 0;
    } else if (cipher == "RC4"_L1) {
        suite.encryption = Encryption::RC4;
        suite.bits = takeBits(128);
    } else if (cipher == "RC2"_L1) {
        take(); // CBC
        suite.encryption = Encryption::RC2;
        suite.bits = takeBits(128);
    } else if (cipher == "DES40"_L1) {
        take(); // CBC
        suite.encryption = Encryption::DES;
        suite.bits = 40;
    } else if (cipher == "DES"_L1) {
        take(); // CBC
        suite.encryption = Encryption::DES;
        suite.bits = takeBits(56);
    } else if (cipher == "3DES"_L1) {
        take(); // EDE
        take(); // CBC
        suite.encryption = Encryption::TripleDES;
        suite.bits = 112; // 168-bit key, 112 bits of strength (meet-in-the-middle)
    } else if (cipher == "IDEA"_L1 || cipher == "SEED"_L1) {
        take(); // CBC
        suite.encryption = cipher == "IDEA"_L1 ? Encryption::IDEA : Encryption::SEED;
        suite.bits = 128;
    } else if (cipher == "AES"_L1 || cipher == "CAMELLIA"_L1 || cipher == "ARIA"_L1) {
        suite.bits = takeBits(0);
        const QString mode = take();
        const bool gcm = mode == "GCM"_L1;
        if (cipher == "AES"_L1) {
            if (mode == "CCM"_L1 && !tokens.isEmpty() && tokens.first() == "8"_L1) {
                take();
                suite.encryption = Encryption::AES_CCM8;
            } else {
                suite.encryption = gcm ? Encryption::AES_GCM
                    : mode == "CCM"_L1 ? Encryption::AES_CCM
                                       : Encryption::AES_CBC;
            }
        } else if (cipher == "CAMELLIA"_L1) {
            suite.encryption = gcm ? Encryption::Camellia_GCM : Encryption::Camellia_CBC;
        } else {
            suite.encryption = gcm ? Encryption::ARIA_GCM : Encryption::ARIA_CBC;
        }
    } else if (cipher == "CHACHA20"_L1) {
        take(); // POLY1305
        suite.encryption = Encryption::ChaCha20Poly1305;
        suite.bits = 256;
    } else if (cipher == "SM4"_L1) {
        suite.encryption = take() == "GCM"_L1 ? Encryption::SM4_GCM : Encryption::SM4_CCM;
        suite.bits = 128;
    } else if (cipher == "28147"_L1) {
        take(); // CNT
        suite.encryption = Encryption::GOST28147;
        suite.bits = 256;
    } else if (cipher == "SHA256"_L1 || cipher == "SHA384"_L1) {
        // TLS 1.3 integrity-only suites (RFC 9150): the "cipher" is the hash.
        suite.encryption = Encryption::Null;
        suite.bits = 0;
        tokens.prepend(cipher);
    }
    const QString hash = take();
    switch (suite.encryption) {
    case Encryption::AES_GCM:
    case Encryption::AES_CCM:
    case Encryption::AES_CCM8:
    case Encryption::Camellia_GCM:
    case Encryption::ARIA_GCM:
    case Encryption::ChaCha20Poly1305:
    case Encryption::SM4_GCM:
    case Encryption::SM4_CCM:
        suite.mac = MessageAuth::AEAD;
        break;
    default:
        suite.mac = hash == "SHA"_L1              ? MessageAuth::SHA1
            : hash == "MD5"_L1                    ? MessageAuth::MD5
            : hash == "SHA256"_L1                 ? MessageAuth::SHA256
            : hash == "SHA384"_L1                 ? MessageAuth::SHA384
            : hash.isEmpty() || hash == "NULL"_L1 ? MessageAuth::None
                                                  : MessageAuth::GOST;
    }
}

CipherSuite derive(const CipherSuiteRow &row)
{
    CipherSuite suite;
    suite.id = row.id;
    suite.ianaName = QString::fromLatin1(row.ianaName);
    suite.opensslName = QString::fromLatin1(row.opensslName);

    const QString body = suite.ianaName.mid(4); // after "TLS_" / "SSL_"
    const bool tls13 = (row.id & 0xFF00) == 0x1300 || row.id == 0x00C6 || row.id == 0x00C7 || row.id == 0xC0B4
        || row.id == 0xC0B5;
    if (row.id == 0x00FF || row.id == 0x5600) {
        suite.keyExchange = KeyExchange::Signalling;
        suite.encryption = Encryption::Null;
        suite.flags |= CipherFlag::Signalling;
        suite.protocols = ProtocolBit::SSLv3 | ProtocolBit::TLSv1_0 | ProtocolBit::TLSv1_1
            | ProtocolBit::TLSv1_2 | ProtocolBit::TLSv1_3;
        return suite;
    }
    if (tls13) {
        suite.keyExchange = KeyExchange::TLS13;
        suite.authentication = Authentication::Any;
        parseBulk(body.split(u'_'), suite);
    } else {
        const qsizetype with = body.indexOf("_WITH_"_L1);
        QString kx = body.left(with);
        if (kx.contains("_EXPORT"_L1)) {
            suite.flags |= CipherFlag::Export;
            kx.remove("_EXPORT1024"_L1);
            kx.remove("_EXPORT"_L1);
        }
        for (const auto &entry : kKeyExchanges) {
            if (kx == entry.prefix) {
                suite.keyExchange = entry.keyExchange;
                suite.authentication = entry.authentication;
            }
        }
        parseBulk(body.mid(with + 6).split(u'_'), suite);
    }

    switch (suite.keyExchange) {
    case KeyExchange::DHAnon:
    case KeyExchange::ECDHAnon:
        suite.flags |= CipherFlag::Anonymous;
        break;
    case KeyExchange::None:
        suite.flags |= CipherFlag::Anonymous;
        break;
    // Ephemeral and authenticated: a stolen server key does not open recorded traffic.
    case KeyExchange::DHE:
    case KeyExchange::ECDHE:
    case KeyExchange::DHEPSK:
    case KeyExchange::ECDHEPSK:
    case KeyExchange::CECPQ1:
    case KeyExchange::TLS13:
        suite.flags |= CipherFlag::ForwardSecret;
        break;
    default:
        break;
    }
    switch (suite.encryption) {
    case Encryption::Null:
        suite.flags |= CipherFlag::NullEncryption;
        break;
    case Encryption::RC4:
        suite.flags |= CipherFlag::Rc4;
        break;
    case Encryption::RC2:
    case Encryption::DES:
    case Encryption::TripleDES:
    case Encryption::IDEA:
        suite.flags |= CipherFlag::Cbc | CipherFlag::Block64;
        break;
    case Encryption::GOST28147:
        suite.flags |= CipherFlag::Block64;
        break;
    case Encryption::SEED:
    case Encryption::AES_CBC:
    case Encryption::Camellia_CBC:
    case Encryption::ARIA_CBC:
        suite.flags |= CipherFlag::Cbc;
        break;
    default:
        break;
    }
    if (suite.mac == MessageAuth::AEAD)
        suite.flags |= CipherFlag::Aead;

    const bool pskFamily = suite.keyExchange == KeyExchange::PSK || suite.keyExchange == KeyExchange::DHEPSK
        || suite.keyExchange == KeyExchange::RSAPSK || suite.keyExchange == KeyExchange::ECDHEPSK;
    const bool sha2Mac = suite.mac == MessageAuth::SHA256 || suite.mac == MessageAuth::SHA384;
    if (tls13)
        suite.protocols = ProtocolBit::TLSv1_3;
    else if (suite.mac == MessageAuth::AEAD || (sha2Mac && !pskFamily))
        suite.protocols = ProtocolBit::TLSv1_2; // AEAD and SHA-2 MACs need TLS 1.2's PRF
    else if (sha2Mac) // RFC 5487/5489: the PSK SHA-2 suites also run over TLS 1.0 and 1.1
        suite.protocols = ProtocolBit::TLSv1_0 | ProtocolBit::TLSv1_1 | ProtocolBit::TLSv1_2;
    else
        suite.protocols
            = ProtocolBit::SSLv3 | ProtocolBit::TLSv1_0 | ProtocolBit::TLSv1_1 | ProtocolBit::TLSv1_2;
    return suite;
}

struct Catalog
{
    std::vector<CipherSuite> suites;
    QHash<quint16, qsizetype> byId;
    QHash<QString, qsizetype> byName; // upper-case IANA and OpenSSL names
    std::vector<Ssl2CipherKind> ssl2;
};

const Catalog &catalog()
{
    static const Catalog instance = [] {
        Catalog c;
        for (const CipherSuiteRow &row : cipherSuiteRows()) {
            c.byId.insert(row.id, qsizetype(c.suites.size()));
            c.suites.push_back(derive(row));
            const CipherSuite &suite = c.suites.back();
            c.byName.insert(suite.ianaName.toUpper(), qsizetype(c.suites.size() - 1));
            if (!suite.opensslName.isEmpty() && !c.byName.contains(suite.opensslName.toUpper()))
                c.byName.insert(suite.opensslName.toUpper(), qsizetype(c.suites.size() - 1));
        }
        for (const Ssl2CipherRow &row : ssl2CipherRows()) {
            c.ssl2.push_back(Ssl2CipherKind { row.code, QString::fromLatin1(row.name),
                                              QString::fromLatin1(row.opensslName), row.bits, row.isExport });
        }
        return c;
    }();
    return instance;
}

ProtocolBit bitFor(TlsWire::Version version)
{
    switch (version) {
    case TlsWire::Version::SSLv3:
        return ProtocolBit::SSLv3;
    case TlsWire::Version::TLSv1_0:
        return ProtocolBit::TLSv1_0;
    case TlsWire::Version::TLSv1_1:
        return ProtocolBit::TLSv1_1;
    case TlsWire::Version::TLSv1_2:
        return ProtocolBit::TLSv1_2;
    case TlsWire::Version::TLSv1_3:
        return ProtocolBit::TLSv1_3;
    default:
        return ProtocolBit {};
    }
}

} // namespace

bool CipherSuite::validIn(TlsWire::Version version) const
{
    const ProtocolBit bit = bitFor(version);
    return bit != ProtocolBit {} && protocols.testFlag(bit);
}

QString CipherSuite::idString() const
{
    return CipherSuiteCatalog::idString(id);
}

std::span<const CipherSuite> CipherSuiteCatalog::all()
{
    return catalog().suites;
}

const CipherSuite *CipherSuiteCatalog::find(quint16 id)
{
    const Catalog &c = catalog();
    const auto it = c.byId.constFind(id);
    return it == c.byId.cend() ? nullptr : &c.suites[size_t(*it)];
}

const CipherSuite *CipherSuiteCatalog::find(QStringView name)
{
    const Catalog &c = catalog();
    const auto it = c.byName.constFind(name.toString().toUpper());
    return it == c.byName.cend() ? nullptr : &c.suites[size_t(*it)];
}

QList<quint16> CipherSuiteCatalog::idsFor(TlsWire::Version version)
{
    QList<quint16> ids;
    for (const CipherSuite &suite : catalog().suites) {
        if (!suite.flags.testFlag(CipherFlag::Signalling) && suite.validIn(version))
            ids.append(suite.id);
    }
    return ids;
}

QString CipherSuiteCatalog::name(quint16 id)
{
    const CipherSuite *suite = find(id);
    return suite ? suite->ianaName : idString(id);
}

QString CipherSuiteCatalog::idString(quint16 id)
{
    return "0x"_L1 + QString::number(id, 16).rightJustified(4, u'0').toUpper();
}

std::span<const Ssl2CipherKind> CipherSuiteCatalog::ssl2Kinds()
{
    return catalog().ssl2;
}

const Ssl2CipherKind *CipherSuiteCatalog::findSsl2(quint32 code)
{
    for (const Ssl2CipherKind &kind : catalog().ssl2) {
        if (kind.code == code)
            return &kind;
    }
    return nullptr;
}
