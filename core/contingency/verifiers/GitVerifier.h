#pragma once

#include "contingency/Verification.h"

#include <QDateTime>
#include <QList>
#include <QString>

// One commit of the change log.
struct ChangeLogEntry
{
    QString hash; // abbreviated to 12
    QString author;
    QDateTime date; // UTC
    QString subject;
    bool operator==(const ChangeLogEntry &other) const = default;
};

// Checks a local git repository (with the `git` program, never touching the network): the last
// commit, uncommitted changes, commits not pushed to its upstream (or to any remote), and reads
// the last 20 commits as the website's change log.
//
// Check codes: git.program (git not installed: Failed, in plain words), git.path (not a folder /
// not a repository: Failed), git.last (the last commit, its age: Info; none: Failed),
// git.uncommitted (Warning with the count of changed files), git.unpushed (Warning with the count;
// no remote at all: Warning "the code exists only on this machine").
// Facts: head {hash, author, date, subject}, uncommitted, unpushed, remote, log [ {hash, author,
// date, subject} ] (newest first, at most logLength).
namespace GitVerifier {
struct Options
{
    int logLength = 20;
    int timeoutMs = 15000;
    QString gitProgram = QStringLiteral("git"); // tests point this at a missing program
};
Verification verify(const QString &path, const QDateTime &now, const Options &options = {});
// The change log kept in a verification's facts.
QList<ChangeLogEntry> changeLog(const Verification &verification);
} // namespace GitVerifier
