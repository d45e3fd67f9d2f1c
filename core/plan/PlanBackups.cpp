#include "PlanBackups.h"

#include "common/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {
const QString stampFormat = u"yyyyMMdd-HHmmss-zzz"_s;

QString folderFor(const QString &planId, const QString &backupDir)
{
    // A plan created before ids existed, or a damaged id, still gets a folder of its own.
    const QString id = planId.isEmpty() ? u"unknown"_s : QString(planId).remove(u'/').remove(u'\\');
    return QDir(backupDir).filePath(id);
}
} // namespace

Status PlanBackups::keepCopy(const QString &planPath, const QString &planId, const QString &backupDir,
                             int kept)
{
    const QString folder = folderFor(planId, backupDir);
    if (!QDir().mkpath(folder))
        return Error {
            QCoreApplication::translate("PlanBackups", "The folder \"%1\" cannot be created.").arg(folder)
        };
    // "<stamp>-<n>": copies taken within the same millisecond still sort in the order taken.
    const QString stamp = Clock::now().toString(stampFormat);
    QString target;
    for (int n = 0; target.isEmpty() || QFile::exists(target); ++n)
        target = QDir(folder).filePath(u"%1-%2.storefort"_s.arg(stamp).arg(n, 2, 10, QChar(u'0')));
    QFile source(planPath);
    if (!source.copy(target))
        return Error { QCoreApplication::translate("PlanBackups", "The copy \"%1\" could not be written: %2")
                           .arg(target, source.errorString()) };

    const QList<Copy> all = copies(planId, backupDir);
    for (qsizetype i = qMax(kept, 1); i < all.size(); ++i)
        QFile::remove(all.at(i).path);
    return Status::success();
}

QList<PlanBackups::Copy> PlanBackups::copies(const QString &planId, const QString &backupDir)
{
    const QDir folder(folderFor(planId, backupDir));
    QList<Copy> result;
    const QFileInfoList files
        = folder.entryInfoList({ u"*.storefort"_s }, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &file : files) {
        const QDateTime local
            = QDateTime::fromString(file.completeBaseName().left(stampFormat.size()), stampFormat);
        // The stamp was written from a UTC time; read it back as UTC.
        const QDateTime takenAt = QDateTime::fromString(local.date().toString(Qt::ISODate) + u'T'
                                                            + local.time().toString(Qt::ISODateWithMs) + u'Z',
                                                        Qt::ISODateWithMs);
        result.append({ file.absoluteFilePath(), takenAt, file.size() });
    }
    return result;
}
