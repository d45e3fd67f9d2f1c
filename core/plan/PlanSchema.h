#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

// The .storefort file's schema: its version and the forward migrations that bring an older file up
// to date. Later capabilities add their tables by appending a migration, never by editing one.
namespace PlanSchema {

// PRAGMA application_id of every Storefort plan ("SFRT"): tells our files from other SQLite files.
inline constexpr qint32 applicationId = 0x53465254;

// The newest schema this build writes and reads.
int currentVersion();

// Runs every migration after `fromVersion`, each in the caller's transaction. Creates a fresh
// schema when fromVersion is 0.
Status migrate(QSqlDatabase &db, int fromVersion);

} // namespace PlanSchema
