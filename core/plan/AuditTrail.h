#pragma once

#include "AuditEntry.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>

// The plan's tamper-evident history. Every edit appends entries in the same transaction as the
// change; each entry carries the SHA-256 of its predecessor, and the plan's meta table records the
// head of the chain, so an edited, removed or reordered entry breaks verification.
namespace AuditTrail {

// The hash an entry should carry, computed from its content and prevHash.
QString computeHash(const AuditEntry &entry);

// Appends `entry` (its id, prevHash and hash are filled in). Must run inside a transaction.
Status append(QSqlDatabase &db, AuditEntry &entry);
// Appends every entry in order, as append() would one by one, with one read of the chain's head
// and one write of it (an import can bring 100,000 entries).
Status appendAll(QSqlDatabase &db, QList<AuditEntry> &entries);

Result<QList<AuditEntry>> entries(const QSqlDatabase &db, const AuditFilter &filter = {});

struct Verification
{
    bool intact = true;
    qint64 entryCount = 0;
    qint64 brokenEntryId = 0; // the first entry that fails, 0 when intact or when the head is off
    QDateTime brokenEntryAt;
    QString message; // plain words for the owner, with the entry and an ISO time; empty when intact
    QString problem; // the reason alone ("its content was changed after it was written"); empty when intact
};

// Walks the whole chain. Never repairs anything.
Verification verify(const QSqlDatabase &db);

} // namespace AuditTrail
