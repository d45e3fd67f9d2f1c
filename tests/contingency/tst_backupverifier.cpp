// The backup verifier on real files: ages from real modification times, the older reference point,
// sizes, and archives made with tar, zip and gzip, whole and cut short.
#include "VerifierFixture.h"
#include "contingency/verifiers/BackupVerifier.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace VerifierFixture;

// Plurals ("%n hour(s)") come from the catalogue, which a test does not load: texts are matched up
// to the number's noun.
class TestBackupVerifier : public QObject
{
    Q_OBJECT

    QDateTime m_now;

    QDateTime hoursAgo(int hours) const { return m_now.addSecs(-qint64(hours) * 3600); }
    QDateTime daysAgo(int days) const { return m_now.addDays(-days); }

    // Three files of incompressible bytes in `folder`, packed by the caller.
    static bool makeSourceFiles(const QString &folder)
    {
        return writeFile(folder + u"/products.sql"_s, noise(200 * 1024, 1))
            && writeFile(folder + u"/orders.sql"_s, noise(200 * 1024, 2))
            && writeFile(folder + u"/images.bin"_s, noise(200 * 1024, 3));
    }

    // An archive made by `tool` from the three source files, moved into `backups` as `name`.
    static QString makeArchive(const QTemporaryDir &work, const QString &backups, const QString &name,
                               const QString &tool, const QStringList &arguments)
    {
        const QString source = work.filePath(u"source"_s);
        if (!QDir(source).exists() && !makeSourceFiles(source))
            return {};
        const QString programPath = program(tool);
        if (programPath.isEmpty()) {
            qWarning("%s is not installed", qPrintable(tool));
            return {};
        }
        const QString target = QDir(backups).filePath(name);
        QStringList all = arguments;
        all.replaceInStrings(u"@TARGET@"_s, target);
        const Run made = run(programPath, all, source);
        if (made.exitCode != 0) {
            qWarning("%s failed: %s", qPrintable(tool), made.err.constData());
            return {};
        }
        return target;
    }

    static bool cutToHalf(const QString &path, const QDateTime &modified)
    {
        QFile file(path);
        return file.resize(file.size() / 2) && setModified(path, modified);
    }

    // A folder with one reference backup ten days old, for tests about the newest one.
    bool makeReference(const QString &backups) const
    {
        return writeFile(backups + u"/shop-reference.sql"_s, QByteArray(1000, 'r'), daysAgo(10));
    }

private slots:
    void init() { m_now = QDateTime::currentDateTimeUtc(); }

    void freshAndReferencePass()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"shop-today.sql"_s), QByteArray(1000, 'a'), hoursAgo(2)));
        QVERIFY(writeFile(dir.filePath(u"shop-yesterday.sql"_s), QByteArray(950, 'b'), hoursAgo(26)));
        QVERIFY(writeFile(dir.filePath(u"shop-lastweek.sql"_s), QByteArray(900, 'c'), daysAgo(10)));

        const Verification v = BackupVerifier::verify(dir.path(), m_now);
        QVERIFY2(v.outcome() == CheckOutcome::Passed, qPrintable(v.summary()));
        QCOMPARE(outcome(v, u"backup.path"_s), u"passed"_s);
        QCOMPARE(outcome(v, u"backup.newest.age"_s), u"passed"_s);
        QCOMPARE(outcome(v, u"backup.reference"_s), u"passed"_s);
        QCOMPARE(outcome(v, u"backup.size"_s), u"passed"_s);
        // Not an archive: only read.
        QCOMPARE(outcome(v, u"backup.archive"_s), u"info"_s);
        QVERIFY2(text(v, u"backup.newest.age"_s).contains(u"shop-today.sql, is 2 hour"_s),
                 qPrintable(v.summary()));
        QVERIFY2(text(v, u"backup.reference"_s).contains(u"shop-lastweek.sql, 10 day"_s),
                 qPrintable(v.summary()));

        QCOMPARE(v.facts.value(u"count"_s).toInt(), 3);
        const QJsonObject newest = v.facts.value(u"newest"_s).toObject();
        QCOMPARE(newest.value(u"name"_s).toString(), u"shop-today.sql"_s);
        QCOMPARE(newest.value(u"size"_s).toInteger(), 1000);
        QCOMPARE(
            QDateTime::fromString(newest.value(u"modified"_s).toString(), Qt::ISODate).toSecsSinceEpoch(),
            hoursAgo(2).toSecsSinceEpoch());
        QCOMPARE(v.facts.value(u"reference"_s).toObject().value(u"name"_s).toString(),
                 u"shop-lastweek.sql"_s);
    }

    void onlyOldBackupsFailTheAge()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"shop-a.sql"_s), QByteArray(1000, 'a'), daysAgo(3)));
        QVERIFY(writeFile(dir.filePath(u"shop-b.sql"_s), QByteArray(1000, 'b'), daysAgo(12)));

        const Verification v = BackupVerifier::verify(dir.path(), m_now);
        QCOMPARE(outcome(v, u"backup.newest.age"_s), u"failed"_s);
        QVERIFY2(text(v, u"backup.newest.age"_s).contains(u"shop-a.sql, is 3 day"_s),
                 qPrintable(v.summary()));
        QCOMPARE(outcome(v, u"backup.reference"_s), u"passed"_s);
        QCOMPARE(v.outcome(), CheckOutcome::Failed);
    }

    void ageLimitComesFromTheOptions()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"shop.sql"_s), QByteArray(10, 'a'), hoursAgo(30)));
        QVERIFY(makeReference(dir.path()));
        QCOMPARE(outcome(BackupVerifier::verify(dir.path(), m_now), u"backup.newest.age"_s), u"failed"_s);
        BackupVerifier::Options lenient;
        lenient.maxNewestAgeHours = 48;
        QCOMPARE(outcome(BackupVerifier::verify(dir.path(), m_now, lenient), u"backup.newest.age"_s),
                 u"passed"_s);
    }

    void noReferenceFails()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"shop-a.sql"_s), QByteArray(1000, 'a'), hoursAgo(1)));
        QVERIFY(writeFile(dir.filePath(u"shop-b.sql"_s), QByteArray(1000, 'b'), daysAgo(3)));

        const Verification v = BackupVerifier::verify(dir.path(), m_now);
        QCOMPARE(outcome(v, u"backup.newest.age"_s), u"passed"_s);
        QCOMPARE(outcome(v, u"backup.reference"_s), u"failed"_s);
        QVERIFY2(text(v, u"backup.reference"_s).contains(u"shop-b.sql"_s), qPrintable(v.summary()));
        QVERIFY(!v.facts.contains(u"reference"_s));
        QCOMPARE(v.outcome(), CheckOutcome::Failed);
    }

    void oneFileHasNoReference()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"shop.sql"_s);
        QVERIFY(writeFile(file, QByteArray(1000, 'a'), hoursAgo(1)));

        const Verification v = BackupVerifier::verify(file, m_now);
        QCOMPARE(outcome(v, u"backup.newest.age"_s), u"passed"_s);
        QCOMPARE(outcome(v, u"backup.reference"_s), u"failed"_s);
        QVERIFY(text(v, u"backup.reference"_s).contains(u"only one backup"_s));
        QCOMPARE(v.facts.value(u"count"_s).toInt(), 1);
    }

    void shrunkByMoreThanHalfWarns()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"shop-new.sql"_s), QByteArray(400, 'a'), hoursAgo(1)));
        QVERIFY(writeFile(dir.filePath(u"shop-before.sql"_s), QByteArray(1000, 'b'), hoursAgo(25)));
        QVERIFY(makeReference(dir.path()));

        const Verification v = BackupVerifier::verify(dir.path(), m_now);
        QCOMPARE(outcome(v, u"backup.size"_s), u"warning"_s);
        const QString said = text(v, u"backup.size"_s);
        QVERIFY2(said.contains(u"shop-new.sql"_s) && said.contains(u"shop-before.sql"_s)
                     && said.contains(QLocale().formattedDataSize(400))
                     && said.contains(QLocale().formattedDataSize(1000)),
                 qPrintable(said));
        QCOMPARE(v.outcome(), CheckOutcome::Warning);

        // Exactly half is not "more than half".
        QVERIFY(writeFile(dir.filePath(u"shop-new.sql"_s), QByteArray(500, 'a'), hoursAgo(1)));
        QCOMPARE(outcome(BackupVerifier::verify(dir.path(), m_now), u"backup.size"_s), u"passed"_s);
    }

    void emptyNewestFails()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"shop-new.tar.gz"_s), {}, hoursAgo(1)));
        QVERIFY(makeReference(dir.path()));

        const Verification v = BackupVerifier::verify(dir.path(), m_now);
        QCOMPARE(outcome(v, u"backup.size"_s), u"failed"_s);
        QVERIFY2(text(v, u"backup.size"_s).contains(u"shop-new.tar.gz, is empty"_s), qPrintable(v.summary()));
        QCOMPARE(v.outcome(), CheckOutcome::Failed);
    }

    void tarGzOpensAndCutFails()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString backups = work.filePath(u"backups"_s);
        QVERIFY(QDir().mkpath(backups));
        QVERIFY(makeReference(backups));
        const QString archive
            = makeArchive(work, backups, u"shop-2026-11-29.tar.gz"_s, u"tar"_s,
                          { u"czf"_s, u"@TARGET@"_s, u"products.sql"_s, u"orders.sql"_s, u"images.bin"_s });
        QVERIFY(!archive.isEmpty());
        QVERIFY(setModified(archive, hoursAgo(1)));

        const Verification whole = BackupVerifier::verify(backups, m_now);
        QVERIFY2(whole.outcome() == CheckOutcome::Passed, qPrintable(whole.summary()));
        QCOMPARE(outcome(whole, u"backup.archive"_s), u"passed"_s);
        QVERIFY2(text(whole, u"backup.archive"_s).contains(u"all 3 file"_s), qPrintable(whole.summary()));
        QCOMPARE(whole.facts.value(u"archive"_s).toObject().value(u"files"_s).toInt(), 3);
        QCOMPARE(whole.facts.value(u"archive"_s).toObject().value(u"compression"_s).toString(), u"gzip"_s);

        // A limit on how much is read: what was read is whole, and the text says only part was.
        BackupVerifier::Options limited;
        limited.maxArchiveBytesToList = 100 * 1024;
        const Verification part = BackupVerifier::verify(backups, m_now, limited);
        QCOMPARE(outcome(part, u"backup.archive"_s), u"passed"_s);
        QVERIFY2(text(part, u"backup.archive"_s).contains(u"its first"_s), qPrintable(part.summary()));

        QVERIFY(cutToHalf(archive, hoursAgo(1)));
        const Verification cut = BackupVerifier::verify(backups, m_now);
        QCOMPARE(outcome(cut, u"backup.archive"_s), u"failed"_s);
        const QString said = text(cut, u"backup.archive"_s);
        QVERIFY2(
            said.contains(u"shop-2026-11-29.tar.gz, is damaged: it ends before its last file (read 1 file"_s),
            qPrintable(said));
        QCOMPARE(cut.outcome(), CheckOutcome::Failed);
    }

    void plainTarCutFails()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString backups = work.filePath(u"backups"_s);
        QVERIFY(QDir().mkpath(backups));
        const QString archive
            = makeArchive(work, backups, u"shop.tar"_s, u"tar"_s,
                          { u"cf"_s, u"@TARGET@"_s, u"products.sql"_s, u"orders.sql"_s, u"images.bin"_s });
        QVERIFY(!archive.isEmpty());
        QVERIFY(setModified(archive, hoursAgo(1)));
        QCOMPARE(outcome(BackupVerifier::verify(archive, m_now), u"backup.archive"_s), u"passed"_s);

        QVERIFY(cutToHalf(archive, hoursAgo(1)));
        const Verification cut = BackupVerifier::verify(archive, m_now);
        QCOMPARE(outcome(cut, u"backup.archive"_s), u"failed"_s);
        QVERIFY2(text(cut, u"backup.archive"_s).contains(u"ends before its last file"_s),
                 qPrintable(cut.summary()));
    }

    void damagedInTheMiddleFails()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString backups = work.filePath(u"backups"_s);
        QVERIFY(QDir().mkpath(backups));
        const QString archive
            = makeArchive(work, backups, u"shop.tar.gz"_s, u"tar"_s,
                          { u"czf"_s, u"@TARGET@"_s, u"products.sql"_s, u"orders.sql"_s, u"images.bin"_s });
        QVERIFY(!archive.isEmpty());
        QByteArray bytes = readFile(archive);
        QVERIFY(bytes.size() > 4096);
        for (qsizetype i = bytes.size() / 3; i < bytes.size() / 3 + 2048; ++i)
            bytes[i] = char(~bytes[i]);
        QVERIFY(writeFile(archive, bytes, hoursAgo(1)));

        const Verification v = BackupVerifier::verify(archive, m_now);
        QCOMPARE(outcome(v, u"backup.archive"_s), u"failed"_s);
        QVERIFY2(text(v, u"backup.archive"_s).contains(u"is damaged: part of it cannot be read"_s),
                 qPrintable(v.summary()));
    }

    void zipOpensAndCutFails()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString backups = work.filePath(u"backups"_s);
        QVERIFY(QDir().mkpath(backups));
        QVERIFY(makeReference(backups));
        const QString archive
            = makeArchive(work, backups, u"shop.zip"_s, u"zip"_s,
                          { u"-q"_s, u"@TARGET@"_s, u"products.sql"_s, u"orders.sql"_s, u"images.bin"_s });
        QVERIFY(!archive.isEmpty());
        QVERIFY(setModified(archive, hoursAgo(1)));

        const Verification whole = BackupVerifier::verify(backups, m_now);
        QVERIFY2(whole.outcome() == CheckOutcome::Passed, qPrintable(whole.summary()));
        QVERIFY2(text(whole, u"backup.archive"_s).contains(u"all 3 file"_s), qPrintable(whole.summary()));

        QVERIFY(cutToHalf(archive, hoursAgo(1)));
        const Verification cut = BackupVerifier::verify(backups, m_now);
        QCOMPARE(outcome(cut, u"backup.archive"_s), u"failed"_s);
        QVERIFY2(text(cut, u"backup.archive"_s).contains(u"shop.zip, is damaged"_s),
                 qPrintable(cut.summary()));
    }

    void bareGzipOpensAndCutFails()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString dump = work.filePath(u"shop.sql"_s);
        QVERIFY(writeFile(dump, noise(300 * 1024, 7)));
        const QString gzip = program(u"gzip"_s);
        QVERIFY2(!gzip.isEmpty(), "gzip is not installed");
        QCOMPARE(run(gzip, { u"-k"_s, dump }).exitCode, 0);
        const QString archive = dump + u".gz"_s;
        QVERIFY(setModified(archive, hoursAgo(1)));

        const Verification whole = BackupVerifier::verify(archive, m_now);
        QCOMPARE(outcome(whole, u"backup.archive"_s), u"passed"_s);
        QVERIFY2(text(whole, u"backup.archive"_s).contains(u"unpacks to the end"_s),
                 qPrintable(whole.summary()));

        QVERIFY(cutToHalf(archive, hoursAgo(1)));
        const Verification cut = BackupVerifier::verify(archive, m_now);
        QCOMPARE(outcome(cut, u"backup.archive"_s), u"failed"_s);
        QVERIFY2(text(cut, u"backup.archive"_s).contains(u"shop.sql.gz, is damaged: it ends before"_s),
                 qPrintable(cut.summary()));
    }

    void fileThatIsNotWhatItsNameSaysFails()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString tarGz = dir.filePath(u"shop.tar.gz"_s);
        QVERIFY(writeFile(tarGz, QByteArray("this is a note, not a backup\n").repeated(50), hoursAgo(1)));
        const Verification v = BackupVerifier::verify(tarGz, m_now);
        QCOMPARE(outcome(v, u"backup.archive"_s), u"failed"_s);
        QVERIFY2(text(v, u"backup.archive"_s).contains(u"not the kind of file its name says"_s),
                 qPrintable(v.summary()));

        const QString gz = dir.filePath(u"dump.sql.gz"_s);
        QVERIFY(writeFile(gz, QByteArray("INSERT INTO orders VALUES (1);\n").repeated(50), hoursAgo(1)));
        const Verification notPacked = BackupVerifier::verify(gz, m_now);
        QCOMPARE(outcome(notPacked, u"backup.archive"_s), u"failed"_s);
        QVERIFY2(text(notPacked, u"backup.archive"_s).contains(u"not packed"_s),
                 qPrintable(notPacked.summary()));
    }

    void subfoldersAreOneBackupEach()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"2026-11-29/db.sql"_s), QByteArray(600, 'a'), hoursAgo(3)));
        QVERIFY(writeFile(dir.filePath(u"2026-11-29/media/logo.png"_s), QByteArray(400, 'b'), hoursAgo(2)));
        QVERIFY(writeFile(dir.filePath(u"2026-11-15/db.sql"_s), QByteArray(900, 'c'), daysAgo(14)));

        const Verification v = BackupVerifier::verify(dir.path(), m_now);
        QVERIFY2(v.outcome() == CheckOutcome::Passed, qPrintable(v.summary()));
        QCOMPARE(v.facts.value(u"count"_s).toInt(), 2);
        const QJsonObject newest = v.facts.value(u"newest"_s).toObject();
        QCOMPARE(newest.value(u"name"_s).toString(), u"2026-11-29"_s);
        QCOMPARE(newest.value(u"size"_s).toInteger(), 1000);
        QCOMPARE(
            QDateTime::fromString(newest.value(u"modified"_s).toString(), Qt::ISODate).toSecsSinceEpoch(),
            hoursAgo(2).toSecsSinceEpoch());
        QCOMPARE(v.facts.value(u"reference"_s).toObject().value(u"name"_s).toString(), u"2026-11-15"_s);
        QVERIFY2(text(v, u"backup.archive"_s).contains(u"2 file"_s), qPrintable(v.summary()));
    }

    void missingFolderFailsPlainly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(u"no-such-backups"_s);
        const Verification v = BackupVerifier::verify(missing, m_now);
        QCOMPARE(v.checks.size(), 1);
        QCOMPARE(outcome(v, u"backup.path"_s), u"failed"_s);
        QVERIFY2(text(v, u"backup.path"_s)
                     .contains(QString(QDir::toNativeSeparators(missing) + u", does not exist"_s)),
                 qPrintable(v.summary()));
        QCOMPARE(v.outcome(), CheckOutcome::Failed);
        QCOMPARE(v.at, m_now);
    }

    void emptyFolderFails()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Verification v = BackupVerifier::verify(dir.path(), m_now);
        QCOMPARE(outcome(v, u"backup.path"_s), u"failed"_s);
        QVERIFY(text(v, u"backup.path"_s).contains(u"holds no backups"_s));
    }
};

QTEST_GUILESS_MAIN(TestBackupVerifier)
#include "tst_backupverifier.moc"
