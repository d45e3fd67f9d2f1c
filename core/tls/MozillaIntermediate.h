#pragma once

#include "TlsProbeResult.h"

#include <QList>
#include <QString>

// Checks a probe against Mozilla's "intermediate" server-side TLS profile (guidelines v5.7), the
// configuration most hosts claim: TLS 1.2 + 1.3, ECDHE/DHE with AEAD only, sound keys.
class MozillaIntermediate
{
public:
    struct Deviation
    {
        QString id; // stable, e.g. "MOZ-PROTO-TLS10"
        QString text; // plain words, translated, with the evidence
        bool required = true; // false: a recommendation (HSTS, OCSP stapling, ...) that leaves compliance
    };

    struct Verdict
    {
        bool compliant = false; // no required deviation
        QList<Deviation> deviations; // required ones first

        bool has(const QString &id) const;
    };

    static Verdict check(const TlsProbeResult &result);

    static bool allowedTls12Suite(quint16 id);
    static bool allowedTls13Suite(quint16 id);
    static constexpr qint64 recommendedHstsSeconds = 63072000; // two years
};
