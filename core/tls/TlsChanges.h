#pragma once

#include "TlsProbeResult.h"

#include <QList>
#include <QString>

// What changed between two probes of the same site, in plain words for the owner:
// "TLS 1.0 newly accepted", "Certificate renewed: 89 days left", "Grade went from B to A".
class TlsChanges
{
public:
    struct Change
    {
        enum class Direction
        {
            Better,
            Worse,
            Neutral,
        };
        QString id; // stable, e.g. "protocol-added-TLSv1.0", "certificate-renewed"
        Direction direction = Direction::Neutral;
        QString text; // translated
    };

    // Changes from `before` to `after`, the most important first; empty when nothing that
    // matters to the owner changed.
    static QList<Change> compare(const TlsProbeResult &before, const TlsProbeResult &after);
};
