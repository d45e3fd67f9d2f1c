#pragma once

#include "TlsProbeResult.h"

#include <QList>
#include <QString>
#include <QStringList>

// The SSL Labs-style letter for one probe: certificate verdict first (T, M), then a score from
// protocols, key exchange and ciphers, capped by the rules the issue lists. Pure logic, no network.
class TlsGrade
{
public:
    // One rule that applied, in plain words (already translated).
    struct Reason
    {
        QString id; // the rule's stable id, e.g. "cap-F-sslv2"
        QString text;
    };

    struct Grade
    {
        // "A+", "A", "A-", "B", "C", "D", "E", "F", "T" (not trusted), "M" (name mismatch);
        // empty when the probe learned too little to grade (reasons say why).
        QString letter;
        // The letter if the certificate's trust problems were fixed (equals letter when there are none).
        QString letterIgnoringTrust;
        int score = 0; // 0..100, from the unrounded categories
        int protocolScore = 0;
        int keyExchangeScore = 0;
        int cipherScore = 0;
        // Every cap, certificate and warning rule that applies, most severe first, even when a
        // stronger one already capped lower: the owner gets the whole list of things to fix.
        QStringList capsApplied;
        QList<Reason> reasons; // the same rules in plain words, plus notes (e.g. why no A+)

        bool graded() const { return !letter.isEmpty(); }
    };

    static Grade compute(const TlsProbeResult &result);

    // The points tables of the issue, exposed for the tests and the GUI's explanation.
    static int protocolPoints(TlsVersion version);
    static int rsaDhPoints(int bits); // RSA keys and DH parameters
    static int ecPoints(int bits);
    static int cipherPoints(const OfferedSuite &suite);
    // Strength in bits of a named group (x25519 = 253, secp256r1 = 256, ffdhe2048 = 2048, ...);
    // 0 when unknown. isDh tells finite-field groups apart from elliptic curves.
    static int groupBits(const QString &group, bool *isDh = nullptr);
};
