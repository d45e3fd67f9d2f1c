#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class PlanLock;

// How a plan is opened.
struct PlanOpenOptions
{
    bool readOnly = false; // asked for by the caller (e.g. `plan show`): no lock, no copy
    QString backupDir; // where rolling copies go; empty: keep none
    int backupsKept = 10;
};

// One open .storefort file: an SQLite database used as an application file format.
// Opening checks, before anything is written, that the file is a Storefort plan, that this build
// can read its version and that SQLite finds it intact; a file that fails is left untouched. A
// plan open in another process is opened read-only. Each read-write open first keeps a rolling
// copy of the file, then brings the schema up to date.
class PlanFile
{
public:
    using Options = PlanOpenOptions;
    using Seed = std::function<Status(QSqlDatabase &db)>;

    ~PlanFile();
    PlanFile(const PlanFile &) = delete;
    PlanFile &operator=(const PlanFile &) = delete;

    // Creates a new plan at `path` (which must not exist): the schema, a fresh plan id, then
    // `seed` fills in the first content, all in one transaction on a temporary file that is
    // renamed into place only when complete. Then opens it.
    static Result<std::unique_ptr<PlanFile>> create(const QString &path, const Seed &seed,
                                                    const Options &options = {});
    static Result<std::unique_ptr<PlanFile>> open(const QString &path, const Options &options = {});

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    QString planId() const { return m_planId; }
    QDateTime createdAt() const { return m_createdAt; } // invalid when the file does not say
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersionOnOpen() const { return m_versionOnOpen; }

    // Writes a consistent copy of the plan to `target` (replacing it if it exists).
    Status saveCopyAs(const QString &target) const;

private:
    explicit PlanFile(QString path);

    QString m_path;
    QString m_connectionName;
    QString m_planId;
    QDateTime m_createdAt;
    QString m_readOnlyReason;
    std::unique_ptr<PlanLock> m_lock;
    bool m_readOnly = false;
    int m_versionOnOpen = 0;
};
