#pragma once

#include "TlsProbeResult.h"
#include "findings/Finding.h"

#include <QList>
#include <QString>

// Turns one probe into findings the owner can forward to their host: a stable id, a severity,
// and in plain words what is wrong, why it matters, what the probe saw, and how to fix it.
class TlsFindings
{
public:
    using Severity = ::Severity;
    using Finding = ::Finding;

    // Most severe first; ids are unique. Certificate expiry is judged as of result.finishedAt, or
    // Clock::now() for a result without it.
    static QList<Finding> compute(const TlsProbeResult &result);

    static QString severityKey(Severity severity); // "critical", "high", "medium", "low", "info"
    static constexpr int expiresSoonDays = 30;
};
