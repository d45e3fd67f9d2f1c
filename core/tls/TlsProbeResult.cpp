#include "TlsProbeResult.h"

#include <QSet>

using namespace Qt::StringLiterals;

QList<TlsVersion> TlsVersions::all()
{
    return { TlsVersion::SSLv2, TlsVersion::SSLv3, TlsVersion::TLS10,
             TlsVersion::TLS11, TlsVersion::TLS12, TlsVersion::TLS13 };
}

QString TlsVersions::key(TlsVersion version)
{
    switch (version) {
    case TlsVersion::SSLv2:
        return u"SSLv2"_s;
    case TlsVersion::SSLv3:
        return u"SSLv3"_s;
    case TlsVersion::TLS10:
        return u"TLSv1.0"_s;
    case TlsVersion::TLS11:
        return u"TLSv1.1"_s;
    case TlsVersion::TLS12:
        return u"TLSv1.2"_s;
    case TlsVersion::TLS13:
        return u"TLSv1.3"_s;
    }
    return {};
}

std::optional<TlsVersion> TlsVersions::fromKey(const QString &key)
{
    for (const TlsVersion version : all()) {
        if (TlsVersions::key(version) == key)
            return version;
    }
    return std::nullopt;
}

QString TlsVersions::displayName(TlsVersion version)
{
    switch (version) {
    case TlsVersion::SSLv2:
        return u"SSL 2"_s;
    case TlsVersion::SSLv3:
        return u"SSL 3"_s;
    case TlsVersion::TLS10:
        return u"TLS 1.0"_s;
    case TlsVersion::TLS11:
        return u"TLS 1.1"_s;
    case TlsVersion::TLS12:
        return u"TLS 1.2"_s;
    case TlsVersion::TLS13:
        return u"TLS 1.3"_s;
    }
    return {};
}

const ProtocolResult *TlsProbeResult::protocol(TlsVersion version) const
{
    for (const ProtocolResult &p : protocols) {
        if (p.version == version)
            return &p;
    }
    return nullptr;
}

bool TlsProbeResult::accepted(TlsVersion version) const
{
    const ProtocolResult *p = protocol(version);
    return p && p->accepted;
}

std::optional<TlsVersion> TlsProbeResult::bestProtocol() const
{
    std::optional<TlsVersion> best;
    for (const ProtocolResult &p : protocols) {
        if (p.accepted && (!best || p.version > *best))
            best = p.version;
    }
    return best;
}

std::optional<TlsVersion> TlsProbeResult::worstProtocol() const
{
    std::optional<TlsVersion> worst;
    for (const ProtocolResult &p : protocols) {
        if (p.accepted && (!worst || p.version < *worst))
            worst = p.version;
    }
    return worst;
}

QList<OfferedSuite> TlsProbeResult::allSuites() const
{
    QList<OfferedSuite> result;
    // SSLv2 kinds all have id 0: they are told apart by their 3-byte kind.
    QSet<quint64> seen;
    for (const TlsVersion version : TlsVersions::all()) {
        const ProtocolResult *p = protocol(version);
        if (!p || !p->accepted)
            continue;
        for (const OfferedSuite &suite : p->suites) {
            const quint64 key = suite.ssl2Kind ? (quint64(1) << 32 | suite.ssl2Kind) : suite.id;
            if (!seen.contains(key)) {
                seen.insert(key);
                result.append(suite);
            }
        }
    }
    return result;
}
