#pragma once

#include <QByteArray>
#include <QDir>
#include <QProcess>
#include <QStringList>

// storefort-cli as a script runs it: a real process (the path CMake puts in STOREFORT_CLI), with
// a private HOME so it neither reads nor writes the user's own settings, and the C locale.
struct CliRun
{
    int exitCode = -1; // -1: it crashed or did not finish in time
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QString &home, const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("STOREFORT_CLI"), arguments);
    if (!process.waitForFinished(timeoutMs))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             process.readAllStandardOutput(), process.readAllStandardError() };
}
