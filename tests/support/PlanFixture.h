#pragma once

#include <QByteArray>
#include <QString>

// Small helpers the plan tests share: raw file bytes, and raw SQL on a plan file behind the core's
// back (to damage or tamper with it the way an attacker or a bad disk would).
namespace PlanFixture {

QByteArray readAll(const QString &path);
bool writeAll(const QString &path, const QByteArray &bytes);
// Runs `sql` on the file through a separate connection; returns false (and warns) on failure.
bool execRaw(const QString &path, const QString &sql);
QString queryRaw(const QString &path, const QString &sql);
// Makes a plan file of this build into one of schema `version`, as an earlier Storefort wrote it:
// drops the tables the later versions added and sets the file's version, so that opening it runs the
// real upgrade. False (with a warning) on failure, or when the list of what each version added
// (PlanFixture.cpp) lacks a version of PlanSchema: add the new version's tables there.
bool makeVersion(const QString &path, int version);

} // namespace PlanFixture
