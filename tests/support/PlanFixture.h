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

} // namespace PlanFixture
