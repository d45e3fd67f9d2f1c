#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The rolling copies kept of each plan: one taken on every read-write open, the newest
// `kept` of them retained, so the owner can always go back to how the plan was.
namespace PlanBackups {

struct Copy
{
    QString path;
    QDateTime takenAt; // UTC
    qint64 size = 0;
};

Status keepCopy(const QString &planPath, const QString &planId, const QString &backupDir, int kept);

// The copies of one plan, newest first.
QList<Copy> copies(const QString &planId, const QString &backupDir);

} // namespace PlanBackups
