#include "contingency/verifiers/GitVerifier.h"

#include "common/IsoTime.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct GitRun
{
    enum class State
    {
        Finished,
        NotStarted, // the program is missing (or not allowed to run)
        TimedOut,
        Crashed,
    };
    State state = State::NotStarted;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    bool ok() const { return state == State::Finished && exitCode == 0; }
};

// Runs git on the repository, read-only and offline: no prompt for credentials, no optional index
// lock, no fsmonitor hook, the C locale so its answers read the same everywhere.
GitRun runGit(const QString &path, const QStringList &arguments, const GitVerifier::Options &options)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A git started from a hook would otherwise look at another repository.
    for (const QString &name : { u"GIT_DIR"_s, u"GIT_WORK_TREE"_s, u"GIT_INDEX_FILE"_s,
                                 u"GIT_OBJECT_DIRECTORY"_s, u"GIT_COMMON_DIR"_s })
        env.remove(name);
    env.insert(u"GIT_TERMINAL_PROMPT"_s, u"0"_s);
    env.insert(u"GIT_OPTIONAL_LOCKS"_s, u"0"_s);
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.insert(u"LANGUAGE"_s, u"C"_s);
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());

    QStringList all { u"-C"_s, path, u"-c"_s, u"core.fsmonitor=false"_s, u"-c"_s, u"core.quotePath=true"_s };
    all.append(arguments);
    process.start(options.gitProgram, all);

    GitRun run;
    if (!process.waitForStarted(options.timeoutMs)) {
        run.state
            = process.error() == QProcess::Timedout ? GitRun::State::TimedOut : GitRun::State::NotStarted;
        if (run.state == GitRun::State::TimedOut) {
            process.kill();
            process.waitForFinished(1000);
        }
        return run;
    }
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        run.state = GitRun::State::TimedOut;
        return run;
    }
    run.state
        = process.exitStatus() == QProcess::NormalExit ? GitRun::State::Finished : GitRun::State::Crashed;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// Adds the check for a run that did not finish; true when it did.
bool finished(Verification &v, const GitRun &run, const QString &code, const QString &shownPath,
              const GitVerifier::Options &options)
{
    switch (run.state) {
    case GitRun::State::Finished:
        return true;
    case GitRun::State::NotStarted:
        v.add(u"git.program"_s, CheckOutcome::Failed,
              QCoreApplication::translate("GitVerifier",
                                          "Storefort could not start git (%1), the program it checks the "
                                          "code with. Install git, or check the code by hand.")
                  .arg(options.gitProgram));
        return false;
    case GitRun::State::TimedOut:
        v.add(code, CheckOutcome::Failed,
              QCoreApplication::translate("GitVerifier",
                                          "git did not answer within %n second(s) while checking %1, so "
                                          "Storefort stopped it. A network drive that is slow or gone can "
                                          "cause this.",
                                          nullptr, std::max(1, options.timeoutMs / 1000))
                  .arg(shownPath));
        return false;
    case GitRun::State::Crashed:
        v.add(code, CheckOutcome::Failed,
              QCoreApplication::translate("GitVerifier", "git stopped unexpectedly while checking %1.")
                  .arg(shownPath));
        return false;
    }
    return false;
}

QStringList lines(const QByteArray &out)
{
    QStringList result;
    for (const QByteArray &line : out.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            result.append(QString::fromUtf8(trimmed));
    }
    return result;
}

QJsonObject entryFacts(const ChangeLogEntry &entry)
{
    return QJsonObject { { u"hash"_s, entry.hash },
                         { u"author"_s, entry.author },
                         { u"date"_s, IsoTime::text(entry.date) },
                         { u"subject"_s, entry.subject } };
}

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

Verification GitVerifier::verify(const QString &path, const QDateTime &now, const Options &options)
{
    Verification v;
    v.at = now.toUTC();
    const QString shownPath = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (path.trimmed().isEmpty() || !info.isDir()) {
        v.add(u"git.path"_s, CheckOutcome::Failed,
              path.trimmed().isEmpty()
                  ? QCoreApplication::translate("GitVerifier", "No folder of the code is given.")
                  : QCoreApplication::translate("GitVerifier",
                                                "The code's folder, %1, does not exist on this computer (or "
                                                "the drive or share it is on is not connected).")
                        .arg(shownPath));
        return v;
    }
    const QString folder = info.absoluteFilePath();

    const GitRun inside = runGit(folder, { u"rev-parse"_s, u"--is-inside-work-tree"_s }, options);
    if (!finished(v, inside, u"git.path"_s, shownPath, options))
        return v;
    if (!inside.ok() || inside.out.trimmed() != "true") {
        v.add(u"git.path"_s, CheckOutcome::Failed,
              QCoreApplication::translate("GitVerifier",
                                          "The folder %1 is not a git repository (a folder whose history "
                                          "git keeps), so Storefort cannot check the code in it.")
                  .arg(shownPath));
        return v;
    }
    v.add(u"git.path"_s, CheckOutcome::Passed,
          QCoreApplication::translate("GitVerifier", "The folder %1 is a git repository.").arg(shownPath));

    // The change log: newest first, fields split by unit separators, commits by record separators
    // (neither can be in a name or a subject).
    const GitRun log = runGit(folder,
                              { u"log"_s, u"-n"_s, QString::number(std::max(1, options.logLength)),
                                u"--format=%H%x1f%an%x1f%aI%x1f%s%x1e"_s },
                              options);
    if (!finished(v, log, u"git.last"_s, shownPath, options))
        return v;
    QList<ChangeLogEntry> entries;
    if (log.ok()) {
        for (const QByteArray &record : log.out.split('\x1e')) {
            const QList<QByteArray> fields = record.trimmed().split('\x1f');
            if (fields.size() < 4)
                continue;
            entries.append({ QString::fromUtf8(fields[0]).left(12), QString::fromUtf8(fields[1]),
                             QDateTime::fromString(QString::fromUtf8(fields[2]), Qt::ISODate).toUTC(),
                             QString::fromUtf8(fields[3]) });
        }
    }
    if (entries.isEmpty()) {
        v.add(u"git.last"_s, CheckOutcome::Failed,
              QCoreApplication::translate("GitVerifier",
                                          "The repository %1 has no commits yet: no version of the code is "
                                          "kept in it.")
                  .arg(shownPath));
    } else {
        const ChangeLogEntry &head = entries.first();
        QJsonObject headFacts = entryFacts(head);
        v.facts.insert(u"head"_s, headFacts);
        QJsonArray logFacts;
        for (const ChangeLogEntry &entry : std::as_const(entries))
            logFacts.append(entryFacts(entry));
        v.facts.insert(u"log"_s, logFacts);
        const int days = int(std::max<qint64>(0, head.date.secsTo(now)) / 86400);
        v.add(u"git.last"_s, CheckOutcome::Info,
              days == 0 ? QCoreApplication::translate("GitVerifier",
                                                      "The last change to the code is \"%1\" by %2, made %3 "
                                                      "(less than a day ago).")
                              .arg(head.subject, head.author, when(head.date))
                        : QCoreApplication::translate("GitVerifier",
                                                      "The last change to the code is \"%1\" by %2, made %3 "
                                                      "(%n day(s) ago).",
                                                      nullptr, days)
                              .arg(head.subject, head.author, when(head.date)));
    }

    const GitRun status = runGit(folder, { u"status"_s, u"--porcelain=v1"_s }, options);
    if (!finished(v, status, u"git.uncommitted"_s, shownPath, options))
        return v;
    if (status.ok()) {
        const int changed = int(lines(status.out).size());
        v.facts.insert(u"uncommitted"_s, changed);
        if (changed == 0)
            v.add(u"git.uncommitted"_s, CheckOutcome::Passed,
                  QCoreApplication::translate("GitVerifier", "Every change to the code is committed."));
        else
            v.add(u"git.uncommitted"_s, CheckOutcome::Warning,
                  QCoreApplication::translate("GitVerifier",
                                              "%n file(s) have changes that are not committed: they are "
                                              "not kept in the repository's history yet.",
                                              nullptr, changed));
    } else {
        v.add(u"git.uncommitted"_s, CheckOutcome::Warning,
              QCoreApplication::translate("GitVerifier",
                                          "git could not tell which files have changes that are not "
                                          "committed."));
    }

    const GitRun remote = runGit(folder, { u"remote"_s }, options);
    if (!finished(v, remote, u"git.unpushed"_s, shownPath, options))
        return v;
    const QStringList remotes = remote.ok() ? lines(remote.out) : QStringList();
    v.facts.insert(u"remotes"_s, QJsonArray::fromStringList(remotes));
    if (entries.isEmpty()) {
        if (remotes.isEmpty())
            v.add(u"git.unpushed"_s, CheckOutcome::Warning,
                  QCoreApplication::translate("GitVerifier",
                                              "The code exists only on this machine: the repository has no "
                                              "remote copy (on GitHub, GitLab, your host, ...)."));
        return v;
    }

    // With an upstream, what it lacks; without one, the commits on no remote branch at all.
    QString upstreamName;
    if (!remotes.isEmpty()) {
        const GitRun upstream = runGit(
            folder, { u"rev-parse"_s, u"--abbrev-ref"_s, u"--symbolic-full-name"_s, u"@{upstream}"_s },
            options);
        if (!finished(v, upstream, u"git.unpushed"_s, shownPath, options))
            return v;
        upstreamName = upstream.ok() ? QString::fromUtf8(upstream.out.trimmed()) : QString();
    }
    const GitRun count = upstreamName.isEmpty()
        ? runGit(folder, { u"rev-list"_s, u"--count"_s, u"HEAD"_s, u"--not"_s, u"--remotes"_s }, options)
        : runGit(folder, { u"rev-list"_s, u"--count"_s, u"@{upstream}..HEAD"_s }, options);
    if (!finished(v, count, u"git.unpushed"_s, shownPath, options))
        return v;
    bool numeric = false;
    const int unpushed = count.ok() ? count.out.trimmed().toInt(&numeric) : 0;
    const QString where = upstreamName.isEmpty() ? remotes.join(u", "_s) : upstreamName;
    v.facts.insert(u"remote"_s, where);
    if (numeric)
        v.facts.insert(u"unpushed"_s, unpushed);

    if (remotes.isEmpty()) {
        v.add(u"git.unpushed"_s, CheckOutcome::Warning,
              QCoreApplication::translate("GitVerifier",
                                          "The code exists only on this machine: the repository has no "
                                          "remote copy (on GitHub, GitLab, your host, ...) to push its %n "
                                          "commit(s) to.",
                                          nullptr, unpushed));
        return v;
    }
    if (!numeric) {
        v.add(u"git.unpushed"_s, CheckOutcome::Warning,
              QCoreApplication::translate("GitVerifier",
                                          "git could not tell whether every commit is pushed to a remote "
                                          "copy."));
        return v;
    }
    if (unpushed == 0)
        v.add(u"git.unpushed"_s, CheckOutcome::Passed,
              QCoreApplication::translate("GitVerifier", "Every commit is pushed to the remote copy (%1).")
                  .arg(where));
    else
        v.add(u"git.unpushed"_s, CheckOutcome::Warning,
              QCoreApplication::translate("GitVerifier",
                                          "%n commit(s) exist only on this machine: they are not pushed to "
                                          "the remote copy (%1) yet.",
                                          nullptr, unpushed)
                  .arg(where));
    return v;
}

QList<ChangeLogEntry> GitVerifier::changeLog(const Verification &verification)
{
    QList<ChangeLogEntry> entries;
    const QJsonArray log = verification.facts.value(u"log"_s).toArray();
    entries.reserve(log.size());
    for (const QJsonValue &value : log) {
        const QJsonObject entry = value.toObject();
        entries.append({ entry.value(u"hash"_s).toString(), entry.value(u"author"_s).toString(),
                         QDateTime::fromString(entry.value(u"date"_s).toString(), Qt::ISODate).toUTC(),
                         entry.value(u"subject"_s).toString() });
    }
    return entries;
}
