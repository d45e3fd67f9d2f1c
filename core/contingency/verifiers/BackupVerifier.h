#pragma once

#include "contingency/Verification.h"

#include <QDateTime>
#include <QString>

// Checks a folder of backups (or one backup file) on this machine or a mounted share: the newest
// backup's age, an older reference point, sizes against the previous backup, and that the newest
// archive opens (tar, tar.gz/tgz, gzip, zip listed to the end; other files: readable).
//
// Check codes: backup.path (missing / unreadable / empty folder: Failed), backup.newest.age
// (older than maxNewestAgeHours: Failed), backup.reference (none at least minReferenceAgeDays old:
// Failed), backup.size (empty: Failed; shrunk by more than half against the previous one: Warning),
// backup.archive (truncated or not an archive it claims to be: Failed).
// Facts: newest {name, modified, size}, reference {name, modified, size}, count.
namespace BackupVerifier {
struct Options
{
    int maxNewestAgeHours = 24;
    int minReferenceAgeDays = 7;
    qint64 maxArchiveBytesToList = qint64(64) << 30; // larger archives: only the first part is read
};
Verification verify(const QString &path, const QDateTime &now, const Options &options = {});
} // namespace BackupVerifier
