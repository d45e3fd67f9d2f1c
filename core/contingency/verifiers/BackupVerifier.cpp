#include "contingency/verifiers/BackupVerifier.h"

#include "common/IsoTime.h"
#include "contingency/verifiers/ArchiveListing.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// One backup: a file, or a folder taken as a whole (its newest file's time, its total size).
struct Backup
{
    QString path;
    QString name;
    QDateTime modified; // UTC
    qint64 size = 0;
    bool folder = false;
};

Backup fileBackup(const QFileInfo &info)
{
    return { info.absoluteFilePath(), info.fileName(), info.lastModified().toUTC(), info.size(), false };
}

Backup folderBackup(const QFileInfo &info)
{
    Backup backup { info.absoluteFilePath(), info.fileName(), info.lastModified().toUTC(), 0, true };
    QDateTime newest;
    QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo file = it.nextFileInfo();
        backup.size += file.size();
        const QDateTime modified = file.lastModified().toUTC();
        if (!newest.isValid() || modified > newest)
            newest = modified;
    }
    if (newest.isValid())
        backup.modified = newest;
    return backup;
}

QJsonObject backupFacts(const Backup &backup)
{
    return QJsonObject { { u"name"_s, backup.name },
                         { u"modified"_s, IsoTime::text(backup.modified) },
                         { u"size"_s, double(backup.size) },
                         { u"folder"_s, backup.folder } };
}

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

qint64 ageSeconds(const QDateTime &time, const QDateTime &now)
{
    // A time in the future (a clock set wrong somewhere) counts as just made.
    return std::max<qint64>(0, time.secsTo(now));
}

void checkNewestAge(Verification &v, const Backup &newest, const QDateTime &now,
                    const BackupVerifier::Options &options)
{
    const qint64 age = ageSeconds(newest.modified, now);
    const int hours = int(age / 3600);
    const int days = int(age / 86400);
    if (age > qint64(options.maxNewestAgeHours) * 3600) {
        // The limit is the plan's setting (Plan::backupMaxAgeHours), so it may be 1 hour or 720.
        const QString limit
            = QCoreApplication::translate("BackupVerifier", "%n hour(s)", nullptr, options.maxNewestAgeHours);
        v.add(u"backup.newest.age"_s, CheckOutcome::Failed,
              hours < 48 ? QCoreApplication::translate("BackupVerifier",
                                                       "The newest backup, %1, is %n hour(s) old (made "
                                                       "%2). It should be at most %3 old: check that "
                                                       "the backups still run.",
                                                       nullptr, hours)
                               .arg(newest.name, when(newest.modified), limit)
                         : QCoreApplication::translate("BackupVerifier",
                                                       "The newest backup, %1, is %n day(s) old (made %2). "
                                                       "It should be at most %3 old: check that the "
                                                       "backups still run.",
                                                       nullptr, days)
                               .arg(newest.name, when(newest.modified), limit));
        return;
    }
    v.add(u"backup.newest.age"_s, CheckOutcome::Passed,
          hours == 0
              ? QCoreApplication::translate("BackupVerifier",
                                            "The newest backup, %1, is less than an hour old (made %2).")
                    .arg(newest.name, when(newest.modified))
              : QCoreApplication::translate(
                    "BackupVerifier", "The newest backup, %1, is %n hour(s) old (made %2).", nullptr, hours)
                    .arg(newest.name, when(newest.modified)));
}

void checkReference(Verification &v, const QList<Backup> &backups, const QDateTime &now,
                    const BackupVerifier::Options &options)
{
    const qint64 minimum = qint64(options.minReferenceAgeDays) * 86400;
    // The newest backup that is old enough, other than the newest itself: the point to go back to
    // when the damage was done before the newest backups were made.
    for (qsizetype i = 1; i < backups.size(); ++i) {
        const Backup &backup = backups[i];
        const qint64 age = ageSeconds(backup.modified, now);
        // The days are counted before translate(): lupdate (Qt 6.4) hangs on a division among its
        // arguments.
        const int days = int(age / 86400);
        if (age >= minimum) {
            v.facts.insert(u"reference"_s, backupFacts(backup));
            v.add(u"backup.reference"_s, CheckOutcome::Passed,
                  QCoreApplication::translate("BackupVerifier",
                                              "An older backup to go back to is there: %1, %n day(s) old "
                                              "(made %2).",
                                              nullptr, days)
                      .arg(backup.name, when(backup.modified)));
            return;
        }
    }
    if (backups.size() < 2) {
        v.add(u"backup.reference"_s, CheckOutcome::Failed,
              QCoreApplication::translate("BackupVerifier",
                                          "There is only one backup, so there is no older one to go back "
                                          "to. Keep at least one backup that is %n day(s) old or older.",
                                          nullptr, options.minReferenceAgeDays));
        return;
    }
    const Backup &oldest = backups.last();
    v.add(u"backup.reference"_s, CheckOutcome::Failed,
          QCoreApplication::translate("BackupVerifier",
                                      "No backup is at least %n day(s) old, so there is no older one to go "
                                      "back to if the damage was done a while ago. The oldest, %1, was "
                                      "made %2.",
                                      nullptr, options.minReferenceAgeDays)
              .arg(oldest.name, when(oldest.modified)));
}

void checkSize(Verification &v, const QList<Backup> &backups)
{
    const Backup &newest = backups.first();
    if (newest.size == 0) {
        v.add(
            u"backup.size"_s, CheckOutcome::Failed,
            newest.folder
                ? QCoreApplication::translate("BackupVerifier", "The newest backup, the folder %1, is empty.")
                      .arg(newest.name)
                : QCoreApplication::translate("BackupVerifier", "The newest backup, %1, is empty (0 bytes).")
                      .arg(newest.name));
        return;
    }
    if (backups.size() < 2) {
        v.add(u"backup.size"_s, CheckOutcome::Passed,
              QCoreApplication::translate("BackupVerifier", "The newest backup, %1, is %2.")
                  .arg(newest.name, size(newest.size)));
        return;
    }
    const Backup &previous = backups[1];
    if (newest.size * 2 < previous.size) {
        v.add(u"backup.size"_s, CheckOutcome::Warning,
              QCoreApplication::translate("BackupVerifier",
                                          "The newest backup, %1, is %2: less than half the one before it "
                                          "(%3, %4). Check that nothing was left out of it.")
                  .arg(newest.name, size(newest.size), previous.name, size(previous.size)));
        return;
    }
    v.add(u"backup.size"_s, CheckOutcome::Passed,
          QCoreApplication::translate("BackupVerifier",
                                      "The newest backup, %1, is %2 (the one before it, %3, is %4).")
              .arg(newest.name, size(newest.size), previous.name, size(previous.size)));
}

void checkFolderReadable(Verification &v, const Backup &newest)
{
    int files = 0;
    int unreadable = 0;
    QDirIterator it(newest.path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo file = it.nextFileInfo();
        ++files;
        QFile f(file.absoluteFilePath());
        if (!f.open(QIODevice::ReadOnly))
            ++unreadable;
    }
    if (unreadable > 0) {
        v.add(u"backup.archive"_s, CheckOutcome::Failed,
              QCoreApplication::translate("BackupVerifier",
                                          "%n file(s) in the newest backup, the folder %1, cannot be read.",
                                          nullptr, unreadable)
                  .arg(newest.name));
        return;
    }
    v.add(u"backup.archive"_s, CheckOutcome::Info,
          QCoreApplication::translate("BackupVerifier",
                                      "The newest backup is the folder %1; all %n file(s) in it can be read.",
                                      nullptr, files)
              .arg(newest.name));
}

void checkFileReadable(Verification &v, const Backup &newest)
{
    QFile file(newest.path);
    char byte = 0;
    if (!file.open(QIODevice::ReadOnly) || file.read(&byte, 1) != 1) {
        v.add(u"backup.archive"_s, CheckOutcome::Failed,
              QCoreApplication::translate("BackupVerifier", "The newest backup, %1, cannot be read.")
                  .arg(newest.name));
        return;
    }
    v.add(u"backup.archive"_s, CheckOutcome::Info,
          QCoreApplication::translate("BackupVerifier",
                                      "The newest backup, %1, can be read. It is not an archive Storefort "
                                      "can open, so what is inside was not checked.")
              .arg(newest.name));
}

// One compressed file (a database dump as .sql.gz, say): it has no files to count.
void checkCompressedFile(Verification &v, const QString &name, const ArchiveListing &listing)
{
    switch (listing.state) {
    case ArchiveListing::State::Whole:
        v.add(u"backup.archive"_s, CheckOutcome::Passed,
              QCoreApplication::translate(
                  "BackupVerifier", "The newest backup, %1, opens: it unpacks to the end without errors.")
                  .arg(name));
        return;
    case ArchiveListing::State::Partial:
        v.add(u"backup.archive"_s, CheckOutcome::Passed,
              QCoreApplication::translate("BackupVerifier",
                                          "The newest backup, %1, is very large: its first %2 were read, and "
                                          "they unpack without errors.")
                  .arg(name, size(listing.bytesRead)));
        return;
    case ArchiveListing::State::Truncated:
        v.add(
            u"backup.archive"_s, CheckOutcome::Failed,
            QCoreApplication::translate("BackupVerifier",
                                        "The newest backup, %1, is damaged: it ends before its packed "
                                        "contents do. It was probably cut short while it was made or copied.")
                .arg(name));
        return;
    case ArchiveListing::State::Damaged:
        v.add(u"backup.archive"_s, CheckOutcome::Failed,
              QCoreApplication::translate("BackupVerifier",
                                          "The newest backup, %1, is damaged: part of it cannot be unpacked.")
                  .arg(name));
        return;
    case ArchiveListing::State::NotArchive:
        v.add(u"backup.archive"_s, CheckOutcome::Failed,
              QCoreApplication::translate("BackupVerifier",
                                          "The newest backup, %1, is not the kind of file its name says: it "
                                          "is not packed (compressed) as its name claims.")
                  .arg(name));
        return;
    case ArchiveListing::State::Unreadable:
        v.add(u"backup.archive"_s, CheckOutcome::Failed,
              QCoreApplication::translate("BackupVerifier", "The newest backup, %1, cannot be read.")
                  .arg(name));
        return;
    }
}

void checkArchive(Verification &v, const Backup &newest, const BackupVerifier::Options &options)
{
    const ArchiveListing listing = ArchiveListing::read(newest.path, options.maxArchiveBytesToList);
    QJsonObject facts { { u"format"_s, listing.format },
                        { u"compression"_s, listing.compression },
                        { u"files"_s, listing.files } };
    if (!listing.error.isEmpty())
        facts.insert(u"error"_s, listing.error);
    v.facts.insert(u"archive"_s, facts);

    const QString &name = newest.name;
    if (listing.singleStream) {
        checkCompressedFile(v, name, listing);
        return;
    }
    switch (listing.state) {
    case ArchiveListing::State::Whole:
        if (listing.files == 0) {
            v.add(u"backup.archive"_s, CheckOutcome::Warning,
                  QCoreApplication::translate("BackupVerifier",
                                              "The newest backup, %1, opens, but there are no files in it.")
                      .arg(name));
        } else {
            v.add(u"backup.archive"_s, CheckOutcome::Passed,
                  QCoreApplication::translate(
                      "BackupVerifier", "The newest backup, %1, opens: all %n file(s) in it can be read.",
                      nullptr, listing.files)
                      .arg(name));
        }
        return;
    case ArchiveListing::State::Partial:
        v.add(u"backup.archive"_s, CheckOutcome::Passed,
              QCoreApplication::translate("BackupVerifier",
                                          "The newest backup, %1, is very large: its first %2 were read, and "
                                          "the %n file(s) in that part are whole.",
                                          nullptr, listing.files)
                  .arg(name, size(listing.bytesRead)));
        return;
    case ArchiveListing::State::Truncated:
        v.add(u"backup.archive"_s, CheckOutcome::Failed,
              QCoreApplication::translate("BackupVerifier",
                                          "The newest backup, %1, is damaged: it ends before its last file "
                                          "(read %n file(s)). It was probably cut short while it was made or "
                                          "copied.",
                                          nullptr, listing.files)
                  .arg(name));
        return;
    case ArchiveListing::State::Damaged:
        v.add(u"backup.archive"_s, CheckOutcome::Failed,
              QCoreApplication::translate("BackupVerifier",
                                          "The newest backup, %1, is damaged: part of it cannot be read "
                                          "(read %n file(s) before the damage).",
                                          nullptr, listing.files)
                  .arg(name));
        return;
    case ArchiveListing::State::NotArchive:
        v.add(u"backup.archive"_s, CheckOutcome::Failed,
              QCoreApplication::translate("BackupVerifier",
                                          "The newest backup, %1, is not the kind of file its name says: "
                                          "Storefort cannot open it as an archive.")
                  .arg(name));
        return;
    case ArchiveListing::State::Unreadable:
        v.add(u"backup.archive"_s, CheckOutcome::Failed,
              QCoreApplication::translate("BackupVerifier", "The newest backup, %1, cannot be read.")
                  .arg(name));
        return;
    }
}

} // namespace

Verification BackupVerifier::verify(const QString &path, const QDateTime &now, const Options &options)
{
    Verification v;
    v.at = now.toUTC();

    const QFileInfo info(path);
    if (path.trimmed().isEmpty()) {
        v.add(u"backup.path"_s, CheckOutcome::Failed,
              QCoreApplication::translate("BackupVerifier", "No folder or file of backups is given."));
        return v;
    }
    if (!info.exists()) {
        v.add(u"backup.path"_s, CheckOutcome::Failed,
              QCoreApplication::translate("BackupVerifier",
                                          "The backups' place, %1, does not exist on this computer (or the "
                                          "drive or share it is on is not connected).")
                  .arg(QDir::toNativeSeparators(path)));
        return v;
    }
    if (!info.isReadable() || (info.isDir() && !info.isExecutable())) {
        v.add(u"backup.path"_s, CheckOutcome::Failed,
              QCoreApplication::translate("BackupVerifier",
                                          "Storefort is not allowed to read the backups' place, %1.")
                  .arg(QDir::toNativeSeparators(path)));
        return v;
    }

    QList<Backup> backups;
    if (info.isDir()) {
        // Hidden entries (.DS_Store, .snapshot, ...) are the system's, not backups.
        const QFileInfoList entries
            = QDir(info.absoluteFilePath()).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QFileInfo &entry : entries)
            backups.append(entry.isDir() ? folderBackup(entry) : fileBackup(entry));
    } else {
        backups.append(fileBackup(info));
    }
    if (backups.isEmpty()) {
        v.add(u"backup.path"_s, CheckOutcome::Failed,
              QCoreApplication::translate("BackupVerifier", "The folder %1 holds no backups: it is empty.")
                  .arg(QDir::toNativeSeparators(path)));
        return v;
    }
    // Newest first; the name decides between two of the same time, so the order is always the same.
    std::sort(backups.begin(), backups.end(), [](const Backup &a, const Backup &b) {
        return a.modified != b.modified ? a.modified > b.modified : a.name > b.name;
    });

    const Backup &newest = backups.first();
    v.facts.insert(u"count"_s, int(backups.size()));
    v.facts.insert(u"newest"_s, backupFacts(newest));
    v.add(u"backup.path"_s, CheckOutcome::Passed,
          info.isDir() ? QCoreApplication::translate("BackupVerifier", "The folder %1 holds %n backup(s).",
                                                     nullptr, int(backups.size()))
                             .arg(QDir::toNativeSeparators(path))
                       : QCoreApplication::translate("BackupVerifier", "The backup file %1 is there.")
                             .arg(QDir::toNativeSeparators(path)));

    checkNewestAge(v, newest, now, options);
    checkReference(v, backups, now, options);
    checkSize(v, backups);
    if (newest.size > 0) {
        if (newest.folder)
            checkFolderReadable(v, newest);
        else if (ArchiveListing::claimsArchive(newest.name))
            checkArchive(v, newest, options);
        else
            checkFileReadable(v, newest);
    }
    return v;
}
