#include "PlanFile.h"

#include "PlanBackups.h"
#include "PlanLock.h"
#include "PlanSchema.h"
#include "common/Clock.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtEndian>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace {

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"storefort-plan-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// A connection that lives as long as this object; removed from Qt's registry afterwards.
class Connection
{
public:
    Connection(const QString &path, bool readOnly)
        : m_name(newConnectionName())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s
                                      : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    ~Connection()
    {
        if (m_name.isEmpty())
            return;
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QString release() { return std::exchange(m_name, QString()); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

struct Inspection
{
    QString planId;
    QDateTime createdAt;
    int version = 0;
};

// Reads, never writes: is this a Storefort plan this build can open, and is it intact?
Result<Inspection> inspect(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists())
        return Error { QCoreApplication::translate(
                           "PlanFile", "The plan \"%1\" does not exist (it may have been moved or deleted).")
                           .arg(path) };
    if (!file.open(QIODevice::ReadOnly))
        return Error { QCoreApplication::translate("PlanFile", "The plan \"%1\" cannot be read: %2")
                           .arg(path, file.errorString()) };
    // The 100-byte SQLite header says whether this is our kind of file before SQLite touches it.
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return Error { QCoreApplication::translate(
                           "PlanFile", "\"%1\" is not a Storefort plan. Nothing was changed in it.")
                           .arg(name) };
    if (qFromBigEndian<qint32>(header.constData() + 68) != PlanSchema::applicationId)
        return Error { QCoreApplication::translate(
                           "PlanFile",
                           "\"%1\" is a database, but not a Storefort plan. Nothing was changed in it.")
                           .arg(name) };

    // A journal left by a crash holds the last committed state: SQLite rolls it back on the first
    // read of a writable connection, which is the recovery we want before inspecting.
    if (QFileInfo::exists(path + u"-journal"_s)) {
        Connection recovery(path, false);
        QSqlDatabase db = recovery.db();
        QSqlQuery query(db);
        if (!db.open() || !query.exec(u"SELECT count(*) FROM sqlite_master"_s))
            return Error { QCoreApplication::translate(
                               "PlanFile",
                               "\"%1\" was interrupted while saving and could not be recovered: %2")
                               .arg(name, query.lastError().text()) };
    }

    Connection connection(path, true);
    QSqlDatabase db = connection.db();
    if (!db.open())
        return Error { QCoreApplication::translate(
                           "PlanFile", "\"%1\" could not be opened: %2. Nothing was changed in it.")
                           .arg(name, db.lastError().text()) };
    QSqlQuery query(db);
    auto damaged = [&name](const QString &detail) {
        return Error { QCoreApplication::translate(
                           "PlanFile",
                           "\"%1\" is damaged (%2) and was not opened. Nothing was changed in it. "
                           "Earlier copies of your plans are kept in Storefort's copies folder.")
                           .arg(name, detail) };
    };
    Inspection result;
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return damaged(query.lastError().text());
    result.version = query.value(0).toInt();
    if (result.version > PlanSchema::currentVersion())
        return Error { QCoreApplication::translate(
                           "PlanFile",
                           "\"%1\" was saved by a newer version of Storefort (plan format %2; this version "
                           "reads up to format %3). Update Storefort to open it. Nothing was changed in it.")
                           .arg(name)
                           .arg(result.version)
                           .arg(PlanSchema::currentVersion()) };

    if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next())
        return damaged(query.lastError().text());
    if (query.value(0).toString() != u"ok"_s)
        return damaged(query.value(0).toString());
    if (result.version > 0) {
        if (!query.exec(u"SELECT value FROM meta WHERE key = 'plan_id'"_s) || !query.next())
            return damaged(QCoreApplication::translate("PlanFile", "it has no plan id"));
        result.planId = query.value(0).toString();
        if (query.exec(u"SELECT value FROM meta WHERE key = 'created_at'"_s) && query.next())
            result.createdAt = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
    }
    return result;
}

Status configure(QSqlDatabase &db)
{
    QSqlQuery query(db);
    // One self-contained file (no -wal beside it) that survives a crash or power cut at any point.
    for (const QString &statement : { u"PRAGMA journal_mode = DELETE"_s, u"PRAGMA synchronous = FULL"_s,
                                      u"PRAGMA foreign_keys = ON"_s }) {
        if (!query.exec(statement))
            return Error { query.lastError().text() };
    }
    return Status::success();
}

} // namespace

PlanFile::PlanFile(QString path)
    : m_path(std::move(path))
{ }

PlanFile::~PlanFile()
{
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase PlanFile::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<PlanFile>> PlanFile::create(const QString &path, const Seed &seed,
                                                   const Options &options)
{
    const QFileInfo info(path);
    if (info.exists())
        return Error { QCoreApplication::translate(
                           "PlanFile", "\"%1\" already exists. Choose another name for the new plan.")
                           .arg(info.fileName()) };
    if (!QDir().mkpath(info.absolutePath()))
        return Error { QCoreApplication::translate("PlanFile", "The folder \"%1\" cannot be created.")
                           .arg(info.absolutePath()) };

    const QString temporary = info.absoluteDir().filePath(
        u".%1.new-%2"_s.arg(info.fileName(), QUuid::createUuid().toString(QUuid::WithoutBraces)));
    {
        Connection connection(temporary, false);
        QSqlDatabase db = connection.db();
        if (!db.open())
            return Error { QCoreApplication::translate("PlanFile", "The plan cannot be created in \"%1\": %2")
                               .arg(info.absolutePath(), db.lastError().text()) };
        auto fail = [&](const QString &message) -> Error {
            db.close();
            QFile::remove(temporary);
            QFile::remove(temporary + u"-journal"_s);
            return Error {
                QCoreApplication::translate("PlanFile", "The plan could not be created: %1").arg(message)
            };
        };
        if (Status status = configure(db); !status)
            return fail(status.error());
        QSqlQuery query(db);
        if (!query.exec(u"BEGIN IMMEDIATE"_s))
            return fail(query.lastError().text());
        if (!query.exec(u"PRAGMA application_id = %1"_s.arg(PlanSchema::applicationId)))
            return fail(query.lastError().text());
        if (Status status = PlanSchema::migrate(db, 0); !status)
            return fail(status.error());
        query.prepare(
            u"INSERT INTO meta(key, value) VALUES ('plan_id', ?), ('created_at', ?), ('created_by', ?)"_s);
        query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        query.addBindValue(Clock::now().toString(Qt::ISODateWithMs));
        query.addBindValue(u"Storefort " STOREFORT_VERSION ""_s);
        if (!query.exec())
            return fail(query.lastError().text());
        if (seed) {
            if (Status status = seed(db); !status)
                return fail(status.error());
        }
        if (!query.exec(u"COMMIT"_s))
            return fail(query.lastError().text());
    }
    // rename() does not replace: a plan that appeared meanwhile is never overwritten.
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return Error { QCoreApplication::translate("PlanFile", "\"%1\" could not be written.").arg(path) };
    }
    return open(path, options);
}

Result<std::unique_ptr<PlanFile>> PlanFile::open(const QString &path, const Options &options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Result<Inspection> inspection = inspect(absolute);
    if (!inspection)
        return Error { inspection.error() };

    std::unique_ptr<PlanFile> plan(new PlanFile(absolute));
    plan->m_planId = inspection->planId;
    plan->m_createdAt = inspection->createdAt;
    plan->m_versionOnOpen = inspection->version;
    plan->m_readOnly = options.readOnly;

    if (!options.readOnly) {
        auto lock = std::make_unique<PlanLock>(absolute);
        const PlanLock::Outcome outcome = lock->tryLock();
        if (outcome == PlanLock::Outcome::Acquired) {
            plan->m_lock = std::move(lock);
        } else if (outcome == PlanLock::Outcome::HeldElsewhere) {
            plan->m_readOnly = true;
            plan->m_readOnlyReason = lock->holderPid() > 0
                ? QCoreApplication::translate(
                      "PlanFile",
                      "This plan is already open in another Storefort window (process %1 on %2), so it was "
                      "opened read-only here. Close it there to make changes.")
                      .arg(lock->holderPid())
                      .arg(lock->holderHost())
                : QCoreApplication::translate(
                    "PlanFile",
                    "This plan is already open in another Storefort window, so it was opened read-only "
                    "here. Close it there to make changes.");
        } else {
            plan->m_readOnly = true;
            plan->m_readOnlyReason
                = QCoreApplication::translate("PlanFile",
                                              "Storefort cannot write in the plan's folder, so the plan was "
                                              "opened read-only.");
        }
    }
    if (!plan->m_readOnly && !QFileInfo(absolute).isWritable()) {
        plan->m_readOnly = true;
        plan->m_readOnlyReason = QCoreApplication::translate(
            "PlanFile", "The plan file is write-protected, so it was opened read-only.");
    }

    if (!plan->m_readOnly && !options.backupDir.isEmpty()) {
        if (Status kept
            = PlanBackups::keepCopy(absolute, plan->m_planId, options.backupDir, options.backupsKept);
            !kept)
            return Error { QCoreApplication::translate(
                               "PlanFile",
                               "Storefort keeps a copy of the plan before opening it, and could not: %1 "
                               "The plan was not opened, to keep it safe.")
                               .arg(kept.error()) };
    }

    Connection connection(absolute, plan->m_readOnly);
    QSqlDatabase db = connection.db();
    if (!db.open())
        return Error { QCoreApplication::translate("PlanFile", "The plan could not be opened: %1")
                           .arg(db.lastError().text()) };
    if (!plan->m_readOnly) {
        if (Status status = configure(db); !status)
            return Error { QCoreApplication::translate("PlanFile", "The plan could not be opened: %1")
                               .arg(status.error()) };
        if (inspection->version < PlanSchema::currentVersion()) {
            QSqlQuery query(db);
            if (!query.exec(u"BEGIN IMMEDIATE"_s))
                return Error { query.lastError().text() };
            if (Status status = PlanSchema::migrate(db, inspection->version); !status) {
                query.exec(u"ROLLBACK"_s);
                return Error { status.error() };
            }
            if (!query.exec(u"COMMIT"_s))
                return Error { query.lastError().text() };
        }
    } else if (inspection->version < PlanSchema::currentVersion()) {
        return Error { QCoreApplication::translate(
            "PlanFile",
            "This plan was saved by an older version of Storefort and must be updated before "
            "it can be read, which cannot happen while it is read-only.") };
    }
    QSqlQuery(db).exec(u"PRAGMA foreign_keys = ON"_s);
    plan->m_connectionName = connection.release();
    return plan;
}

Status PlanFile::saveCopyAs(const QString &target) const
{
    const QFileInfo info(target);
    if (info.absoluteFilePath() == m_path)
        return Error { QCoreApplication::translate("PlanFile",
                                                   "Choose another file than the open plan for the copy.") };
    const QString temporary = info.absoluteDir().filePath(
        u".%1.copy-%2"_s.arg(info.fileName(), QUuid::createUuid().toString(QUuid::WithoutBraces)));
    QSqlQuery query(database());
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(temporary);
    if (!query.exec()) {
        QFile::remove(temporary);
        return Error { QCoreApplication::translate("PlanFile", "The copy could not be written: %1")
                           .arg(query.lastError().text()) };
    }
    // POSIX rename replaces the target in one step: a reader sees the old copy or the new one.
    std::error_code error;
    std::filesystem::rename(temporary.toStdString(), target.toStdString(), error);
    if (error) {
        QFile::remove(temporary);
        return Error {
            QCoreApplication::translate("PlanFile", "The copy could not be written to \"%1\".").arg(target)
        };
    }
    return Status::success();
}
