#pragma once

#include "contingency/Verification.h"

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QStringList>

// What the verifier tests share: files with chosen modification times, the real programs that make
// the things verified (tar, zip, openssl, git), and how a check came out.
namespace VerifierFixture {

struct Run
{
    int exitCode = -1; // -1: it could not start, crashed or did not finish
    QByteArray out;
    QByteArray err;
};

// Runs a program to the end (two minutes at most) in `workingDirectory`, with `input` on stdin.
inline Run run(const QString &program, const QStringList &arguments, const QString &workingDirectory = {},
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
               const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    if (!process.waitForStarted(30000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             process.readAllStandardOutput(), process.readAllStandardError() };
}

// The program's full path, or empty when it is not installed.
inline QString program(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

inline bool setModified(const QString &path, const QDateTime &time)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.setFileTime(time, QFileDevice::FileModificationTime);
}

// Writes `bytes` to `path` (making its folder) and, when `modified` is valid, sets its time.
inline bool writeFile(const QString &path, const QByteArray &bytes, const QDateTime &modified = {})
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return false;
    file.close();
    return !modified.isValid() || setModified(path, modified);
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Bytes no compressor can shrink, so that cutting a compressed file cuts into its files' data.
inline QByteArray noise(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

// How the check with `code` came out ("passed", "info", "warning", "failed"), or "missing".
inline QString outcome(const Verification &verification, const QString &code)
{
    const VerificationCheck *check = verification.check(code);
    return check ? CheckOutcomes::key(check->outcome) : QStringLiteral("missing");
}

inline QString text(const Verification &verification, const QString &code)
{
    const VerificationCheck *check = verification.check(code);
    return check ? check->text : QString();
}

} // namespace VerifierFixture
