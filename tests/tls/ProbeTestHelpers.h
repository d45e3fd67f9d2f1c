#pragma once

#include "tls/TlsProbe.h"

#include <QStringList>

#include <algorithm>

// What the whole-probe tests read off a result, and the quick options they probe loopback with.
namespace ProbeTestHelpers {

inline QList<TlsVersion> acceptedVersions(const TlsProbeResult &r)
{
    QList<TlsVersion> out;
    for (const ProtocolResult &p : r.protocols)
        if (p.accepted)
            out.append(p.version);
    return out;
}

// Sorted, so a test compares sets.
inline QList<quint16> suiteIds(const TlsProbeResult &r, TlsVersion version)
{
    QList<quint16> ids;
    if (const ProtocolResult *p = r.protocol(version))
        for (const OfferedSuite &s : p->suites)
            ids.append(s.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

inline QStringList suiteNames(const TlsProbeResult &r, TlsVersion version)
{
    QStringList names;
    if (const ProtocolResult *p = r.protocol(version))
        for (const OfferedSuite &s : p->suites)
            names.append(s.name);
    names.sort();
    return names;
}

// Loopback answers at once: short timeouts keep a failing test short; no plain-HTTP check.
inline TlsProbeOptions quickOptions(int timeoutMs = 3000)
{
    TlsProbeOptions o;
    o.connectTimeoutMs = timeoutMs;
    o.readTimeoutMs = timeoutMs;
    o.httpPort = 0;
    return o;
}

} // namespace ProbeTestHelpers
