#pragma once

#include "RecoveryItem.h"
#include "Verification.h"
#include "plan/AuditEntry.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

class Plan;

// What verifying an item needs beyond the item itself: the time, the key the live site serves,
// what the keychain said about the item's secret, and the plan's thresholds.
struct RecoveryContext
{
    enum class Secret
    {
        None, // the item keeps no secret reference
        Present, // the keychain holds it (for a certificate: `passphrase` holds it)
        Missing, // the reference is there, the keychain has nothing under it
        Unavailable, // no keychain, locked, or access refused: `secretMessage` says which
    };

    QDateTime now; // UTC
    QString liveSpkiSha256; // hex, from the newest probe of the shop's site; empty: none
    QString liveHost;
    QString holderName; // the team member's or provider's name; empty: nobody
    Secret secret = Secret::None;
    QString secretMessage;
    QByteArray passphrase; // the certificate key's passphrase, read from the keychain; wiped by the owner
    QDateTime secretStoredAt; // when the secret reference was last set (from the audit trail)
    int backupMaxAgeHours = 24; // the newest backup may be this old (the plan's setting)
};

namespace RecoveryCheck {
// The context the plan gives for an item (without the keychain's part, which the caller adds).
RecoveryContext contextFor(const Plan &plan, const RecoveryItem &item, const QDateTime &now);
// Runs the item's verifier. Blocking — files, archives, git — so call it off the GUI thread.
// Items of kind Other have no verifier: the result says so (and the owner confirms them by hand).
Verification verify(const RecoveryItem &item, const RecoveryContext &context);
// A confirmation by hand: the owner looked and the item is there.
Verification confirmedByHand(const QString &note, const QDateTime &now);
// Whether the item is due for its automatic check: never verified, or not in `days` days.
bool isDue(const RecoveryItem &item, const QDateTime &now, int days = 7);
// When an item's secret was stored or last replaced, from the plan's audit entries of the
// "contingency" area; invalid when none says.
QDateTime secretStoredAt(const QList<AuditEntry> &contingencyAudit, qint64 itemId);
// Whether opening the plan should check the item by itself: it is due, Storefort can check it, and
// there is something to look at (a location; for the root account a holder or a stored password).
// An item with nothing recorded is left alone: its findings already say so, week after week.
bool isDueForAutoCheck(const RecoveryItem &item, const QDateTime &now, int days = 7);
} // namespace RecoveryCheck
