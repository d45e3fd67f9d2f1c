#pragma once

#include "common/Result.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

class Plan;

// What every command gets: its arguments, the output streams and the shared ways to open a plan
// and report an error in plain words.
class CliContext
{
public:
    explicit CliContext(QStringList arguments);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const QStringList &arguments() const { return m_arguments; }

    // Parses this command's options; on --help prints `usage` and returns false with exitCode 0.
    // `positionalCount` < 0: any number of positional arguments (the command checks them).
    bool parse(QCommandLineParser &parser, const QString &usage, int positionalCount);
    int exitCode() const { return m_exitCode; }

    int fail(const QString &message, int code = 1);
    // Writes `bytes` to `path` whole, or leaves the file as it was (QSaveFile); the error names it.
    Status writeFile(const QString &path, const QByteArray &bytes);

private:
    QStringList m_arguments;
    QTextStream m_out;
    QTextStream m_err;
    int m_exitCode = 0;
};

// Exit codes other than 0 and 1 that scripts may rely on.
namespace CliExit {
inline constexpr int usage = 2;
inline constexpr int auditBroken = 3;
} // namespace CliExit
