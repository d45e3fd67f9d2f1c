#pragma once

#include "TlsProbeResult.h"

#include <QList>
#include <QString>

// Turns one probe into findings the owner can forward to their host: a stable id, a severity,
// and in plain words what is wrong, why it matters, what the probe saw, and how to fix it.
class TlsFindings
{
public:
    enum class Severity
    {
        Info,
        Low,
        Medium,
        High,
        Critical,
    };

    struct Finding
    {
        QString id; // stable, e.g. "TLS-PROTO-SSL3"
        Severity severity = Severity::Info;
        QString title;
        QString why;
        QString evidence;
        QString fix;
    };

    // Most severe first; ids are unique. Certificate expiry is judged as of result.finishedAt, or
    // Clock::now() for a result without it.
    static QList<Finding> compute(const TlsProbeResult &result);

    static QString severityKey(Severity severity); // "critical", "high", "medium", "low", "info"
    static constexpr int expiresSoonDays = 30;
};
