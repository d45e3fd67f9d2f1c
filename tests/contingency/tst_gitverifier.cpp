// The git verifier on real repositories made with git in temporary folders: the change log, the
// uncommitted and unpushed counts against a bare repository as the remote, and plain failures for
// a folder that is no repository and for a missing git.
#include "VerifierFixture.h"
#include "contingency/verifiers/GitVerifier.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace VerifierFixture;

class TestGitVerifier : public QObject
{
    Q_OBJECT

    QString m_git;
    QTemporaryDir m_home; // git reads no configuration of the user running the tests
    QDateTime m_now;

    QProcessEnvironment gitEnvironment(const QString &author = u"Ann Owner"_s, const QString &date = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.path());
        env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
        env.insert(u"GIT_TERMINAL_PROMPT"_s, u"0"_s);
        env.insert(u"GIT_AUTHOR_NAME"_s, author);
        env.insert(u"GIT_AUTHOR_EMAIL"_s, u"owner@shop.example"_s);
        env.insert(u"GIT_COMMITTER_NAME"_s, author);
        env.insert(u"GIT_COMMITTER_EMAIL"_s, u"owner@shop.example"_s);
        if (!date.isEmpty()) {
            env.insert(u"GIT_AUTHOR_DATE"_s, date);
            env.insert(u"GIT_COMMITTER_DATE"_s, date);
        }
        return env;
    }

    bool git(const QString &folder, const QStringList &arguments, const QProcessEnvironment &env,
             Run *out = nullptr)
    {
        const Run result = run(m_git, QStringList { u"-C"_s, folder } + arguments, {}, env);
        if (out)
            *out = result;
        if (result.exitCode != 0)
            qWarning("git %s failed: %s", qPrintable(arguments.join(u' ')), result.err.constData());
        return result.exitCode == 0;
    }
    bool git(const QString &folder, const QStringList &arguments)
    {
        return git(folder, arguments, gitEnvironment());
    }

    bool commit(const QString &folder, const QString &file, const QByteArray &content, const QString &subject,
                const QString &author = u"Ann Owner"_s, const QString &date = {})
    {
        return writeFile(folder + u'/' + file, content) && git(folder, { u"add"_s, file })
            && git(folder, { u"commit"_s, u"-q"_s, u"-m"_s, subject }, gitEnvironment(author, date));
    }

    // A repository with two commits by two people, on the branch "main".
    QString makeRepository(const QTemporaryDir &dir)
    {
        const QString repo = dir.filePath(u"shop"_s);
        if (!QDir().mkpath(repo) || !git(repo, { u"init"_s, u"-q"_s, u"-b"_s, u"main"_s }))
            return {};
        if (!commit(repo, u"theme.css"_s, "body { color: black; }\n", u"Add the shop's theme"_s,
                    u"Ann Owner"_s, u"2026-11-20T10:00:00+01:00"_s)
            || !commit(repo, u"checkout.js"_s, "// the checkout\n", u"Fix the checkout button"_s,
                       u"Dev Eloper"_s, u"2026-11-21T15:30:00+01:00"_s))
            return {};
        return repo;
    }

    QString head(const QString &repo)
    {
        Run out;
        return git(repo, { u"rev-parse"_s, u"HEAD"_s }, gitEnvironment(), &out)
            ? QString::fromLatin1(out.out.trimmed())
            : QString();
    }

    // Adds a bare repository as "origin" and pushes main to it, setting the upstream when asked.
    bool addOrigin(const QTemporaryDir &dir, const QString &repo, bool setUpstream)
    {
        const QString bare = dir.filePath(u"origin.git"_s);
        QStringList push { u"push"_s, u"-q"_s };
        if (setUpstream)
            push << u"-u"_s;
        push << u"origin"_s << u"main"_s;
        return git(dir.path(), { u"init"_s, u"-q"_s, u"--bare"_s, bare })
            && git(repo, { u"remote"_s, u"add"_s, u"origin"_s, bare }) && git(repo, push);
    }

private slots:
    void initTestCase()
    {
        m_git = program(u"git"_s);
        QVERIFY2(!m_git.isEmpty(), "git is not installed (./dev.sh deps installs it)");
        QVERIFY(m_home.isValid());
    }

    void init() { m_now = QDateTime::currentDateTimeUtc(); }

    void cleanRepositoryWithoutRemote()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString repo = makeRepository(dir);
        QVERIFY(!repo.isEmpty());

        const Verification v = GitVerifier::verify(repo, m_now);
        QCOMPARE(outcome(v, u"git.path"_s), u"passed"_s);
        QCOMPARE(outcome(v, u"git.last"_s), u"info"_s);
        QVERIFY2(text(v, u"git.last"_s).contains(u"\"Fix the checkout button\" by Dev Eloper"_s),
                 qPrintable(v.summary()));
        QCOMPARE(outcome(v, u"git.uncommitted"_s), u"passed"_s);
        QCOMPARE(outcome(v, u"git.unpushed"_s), u"warning"_s);
        QVERIFY2(text(v, u"git.unpushed"_s).contains(u"only on this machine"_s), qPrintable(v.summary()));
        QCOMPARE(v.outcome(), CheckOutcome::Warning);
        QCOMPARE(v.facts.value(u"uncommitted"_s).toInt(), 0);
        QCOMPARE(v.facts.value(u"unpushed"_s).toInt(), 2);
        QCOMPARE(v.facts.value(u"remote"_s).toString(), QString());

        // The change log: newest first, with author, UTC date and subject.
        const QList<ChangeLogEntry> log = GitVerifier::changeLog(v);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0].subject, u"Fix the checkout button"_s);
        QCOMPARE(log[0].author, u"Dev Eloper"_s);
        QCOMPARE(log[0].date, QDateTime(QDate(2026, 11, 21), QTime(14, 30), QTimeZone::utc()));
        QCOMPARE(log[1].subject, u"Add the shop's theme"_s);
        QCOMPARE(log[1].author, u"Ann Owner"_s);
        QCOMPARE(log[1].date, QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc()));
        const QString hash = head(repo);
        QCOMPARE(hash.size(), 40);
        QCOMPARE(log[0].hash, hash.left(12));
        const QJsonObject headFacts = v.facts.value(u"head"_s).toObject();
        QCOMPARE(headFacts.value(u"subject"_s).toString(), u"Fix the checkout button"_s);
        QCOMPARE(headFacts.value(u"hash"_s).toString(), hash.left(12));
    }

    void pushedToOriginHasNothingUnpushed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString repo = makeRepository(dir);
        QVERIFY(!repo.isEmpty());
        QVERIFY(addOrigin(dir, repo, true));

        const Verification v = GitVerifier::verify(repo, m_now);
        QCOMPARE(outcome(v, u"git.unpushed"_s), u"passed"_s);
        QCOMPARE(v.facts.value(u"unpushed"_s).toInt(), 0);
        QCOMPARE(v.facts.value(u"remote"_s).toString(), u"origin/main"_s);
        QCOMPARE(v.facts.value(u"remotes"_s).toArray(), QJsonArray({ u"origin"_s }));
        QVERIFY2(v.outcome() == CheckOutcome::Passed, qPrintable(v.summary()));

        // One more commit here, not pushed.
        QVERIFY(commit(repo, u"shipping.php"_s, "<?php // rates\n", u"Change the shipping rates"_s));
        const Verification after = GitVerifier::verify(repo, m_now);
        QCOMPARE(outcome(after, u"git.unpushed"_s), u"warning"_s);
        QCOMPARE(after.facts.value(u"unpushed"_s).toInt(), 1);
        QVERIFY2(text(after, u"git.unpushed"_s).contains(u"1 commit"_s)
                     && text(after, u"git.unpushed"_s).contains(u"origin/main"_s),
                 qPrintable(after.summary()));
        QCOMPARE(GitVerifier::changeLog(after).first().subject, u"Change the shipping rates"_s);
    }

    void remoteWithoutUpstreamCountsCommitsOnNoRemote()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString repo = makeRepository(dir);
        QVERIFY(!repo.isEmpty());
        QVERIFY(addOrigin(dir, repo, false));

        const Verification v = GitVerifier::verify(repo, m_now);
        QCOMPARE(outcome(v, u"git.unpushed"_s), u"passed"_s);
        QCOMPARE(v.facts.value(u"remote"_s).toString(), u"origin"_s);

        QVERIFY(commit(repo, u"a.txt"_s, "a\n", u"One"_s));
        QVERIFY(commit(repo, u"b.txt"_s, "b\n", u"Two"_s));
        const Verification after = GitVerifier::verify(repo, m_now);
        QCOMPARE(outcome(after, u"git.unpushed"_s), u"warning"_s);
        QCOMPARE(after.facts.value(u"unpushed"_s).toInt(), 2);
    }

    void modifiedFileIsUncommitted()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString repo = makeRepository(dir);
        QVERIFY(!repo.isEmpty());
        QVERIFY(writeFile(repo + u"/theme.css"_s, "body { color: red; }\n"));

        const Verification v = GitVerifier::verify(repo, m_now);
        QCOMPARE(outcome(v, u"git.uncommitted"_s), u"warning"_s);
        QCOMPARE(v.facts.value(u"uncommitted"_s).toInt(), 1);
        QVERIFY2(text(v, u"git.uncommitted"_s).startsWith(u"1 file"_s), qPrintable(v.summary()));

        // A new file counts too.
        QVERIFY(writeFile(repo + u"/new.txt"_s, "new\n"));
        QCOMPARE(GitVerifier::verify(repo, m_now).facts.value(u"uncommitted"_s).toInt(), 2);
    }

    void logLengthIsTheOptions()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString repo = makeRepository(dir);
        QVERIFY(!repo.isEmpty());
        GitVerifier::Options options;
        options.logLength = 1;
        const Verification v = GitVerifier::verify(repo, m_now, options);
        QCOMPARE(GitVerifier::changeLog(v).size(), 1);
        QCOMPARE(GitVerifier::changeLog(v).first().subject, u"Fix the checkout button"_s);
    }

    void repositoryWithoutCommitsFails()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(git(dir.path(), { u"init"_s, u"-q"_s }));
        const Verification v = GitVerifier::verify(dir.path(), m_now);
        QCOMPARE(outcome(v, u"git.path"_s), u"passed"_s);
        QCOMPARE(outcome(v, u"git.last"_s), u"failed"_s);
        QVERIFY(GitVerifier::changeLog(v).isEmpty());
    }

    void folderThatIsNotARepositoryFails()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"index.php"_s), "<?php\n"));
        const Verification v = GitVerifier::verify(dir.path(), m_now);
        QCOMPARE(v.checks.size(), 1);
        QCOMPARE(outcome(v, u"git.path"_s), u"failed"_s);
        QVERIFY2(text(v, u"git.path"_s).contains(u"is not a git repository"_s), qPrintable(v.summary()));

        const QString missing = dir.filePath(u"gone"_s);
        const Verification gone = GitVerifier::verify(missing, m_now);
        QCOMPARE(outcome(gone, u"git.path"_s), u"failed"_s);
        QVERIFY(text(gone, u"git.path"_s).contains(QDir::toNativeSeparators(missing)));
    }

    void missingGitFailsPlainly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString repo = makeRepository(dir);
        QVERIFY(!repo.isEmpty());
        GitVerifier::Options options;
        options.gitProgram = u"/nonexistent/git"_s;
        const Verification v = GitVerifier::verify(repo, m_now, options);
        QCOMPARE(v.checks.size(), 1);
        QCOMPARE(outcome(v, u"git.program"_s), u"failed"_s);
        QVERIFY2(text(v, u"git.program"_s).contains(u"could not start git (/nonexistent/git)"_s),
                 qPrintable(v.summary()));
    }

    void gitThatHangsIsStopped()
    {
        // A "git" that never answers: the verifier stops it and says so.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString hanging = dir.filePath(u"git"_s);
        QVERIFY(writeFile(hanging, "#!/bin/sh\nexec sleep 60\n"));
        QVERIFY(QFile::setPermissions(hanging, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        GitVerifier::Options options;
        options.gitProgram = hanging;
        options.timeoutMs = 300;
        const Verification v = GitVerifier::verify(dir.path(), m_now, options);
        QCOMPARE(v.checks.size(), 1);
        QCOMPARE(outcome(v, u"git.path"_s), u"failed"_s);
        QVERIFY2(text(v, u"git.path"_s).contains(u"did not answer"_s), qPrintable(v.summary()));
    }
};

QTEST_GUILESS_MAIN(TestGitVerifier)
#include "tst_gitverifier.moc"
