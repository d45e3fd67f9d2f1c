// storefort-cli binder, verify and calendar on a real plan: the plan and the backup folder are set
// up through the core and on disk, then the commands run as a script runs them; the PDF is read back
// with pdftotext and pdfinfo, the calendar as text.
#include "CliProcess.h"
#include "plan/Plan.h"
#include "secrets/SecretStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliContingency : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_home;
    QString m_plan;
    qint64 m_backup = 0;
    QString m_secretLabel;

    CliRun cli(const QStringList &arguments) { return runCli(m_home.path(), arguments); }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    static QString tool(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return {};
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    static bool writeFile(const QString &path, const QByteArray &bytes, const QDateTime &modified)
    {
        QFile file(path);
        // Written out first: a write after setting the time would set it again.
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
            return false;
        return file.setFileTime(modified, QFileDevice::FileModificationTime);
    }

    // Points the plan's backup item at `folder`.
    bool pointBackupAt(const QString &folder)
    {
        auto plan = Plan::open(m_plan);
        if (!plan || plan.value()->isReadOnly())
            return false;
        RecoveryItem item = *plan.value()->recoveryItem(m_backup);
        item.location = folder;
        return plan.value()->updateRecoveryItem(item).ok();
    }

    // A folder of backups: one `hoursOld` old, one ten days old.
    QString backupFolder(const QString &name, int newestHoursOld)
    {
        const QString folder = path(name);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!QDir().mkpath(folder)
            || !writeFile(folder + u"/shop-newest.sql"_s, QByteArray(1000, 'a'),
                          now.addSecs(-3600 * newestHoursOld))
            || !writeFile(folder + u"/shop-reference.sql"_s, QByteArray(950, 'r'), now.addDays(-10)))
            return {};
        return folder;
    }

    qsizetype verificationsOfBackup()
    {
        auto plan = Plan::open(m_plan, { .readOnly = true });
        if (!plan)
            return -1;
        const auto list = plan.value()->verificationsOf(m_backup);
        return list ? list.value().size() : -1;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_plan = path(u"shop.storefort"_s);
        auto plan = Plan::create(
            m_plan, ShopProfile { .name = u"Tiny Tea"_s, .siteUrls = { u"https://tinytea.example"_s } });
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        Plan &p = *plan.value();
        Person owner;
        owner.name = u"Mara Lind"_s;
        const qint64 ownerId = p.addPerson(owner).value();
        for (const RecoveryItem &item : p.recoveryItems()) {
            if (item.kind == RecoveryKind::Backup)
                m_backup = item.id;
            if (item.kind == RecoveryKind::RootAccount) {
                // A reference into the keychain, which the binder must never print.
                m_secretLabel = u"planted-root-ref-7Qx2"_s;
                RecoveryItem root = item;
                root.holderPersonId = ownerId;
                root.secretUser = u"root"_s;
                root.secretRef
                    = SecretRef(p.planId(), u"contingency"_s, QString::number(item.id), m_secretLabel).key();
                QVERIFY(!root.secretRef.isEmpty());
                const Status updated = p.updateRecoveryItem(root);
                QVERIFY2(updated.ok(), qPrintable(updated.error()));
            }
        }
        QVERIFY(m_backup != 0);
    }

    void binderWritesThePdf()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()
            || QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
            QFAIL("pdftotext and pdfinfo (poppler-utils) are needed to read the binder back");
        const QString pdf = path(u"binder.pdf"_s);
        const CliRun run = cli({ u"binder"_s, m_plan, u"-o"_s, pdf });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QRegularExpressionMatch wrote
            = QRegularExpression(u"^Wrote (.+) \\((\\d+) page"_s).match(QString::fromUtf8(run.out));
        QVERIFY2(wrote.hasMatch(), run.out.constData());
        QCOMPARE(wrote.captured(1), pdf);
        QVERIFY(QFile::exists(pdf));

        const QString info = tool(u"pdfinfo"_s, { pdf });
        const QRegularExpressionMatch pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
        QVERIFY2(pages.hasMatch(), qPrintable(info));
        QCOMPARE(pages.captured(1).toInt(), wrote.captured(2).toInt());
        QVERIFY(pages.captured(1).toInt() > 2);

        const QString text = tool(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s });
        QVERIFY2(text.contains(u"Tiny Tea"_s), qPrintable(text.left(2000)));
        QVERIFY2(text.contains(u"Contents"_s), qPrintable(text.left(2000)));
        // The keychain reference is Storefort's business, never the printed page's.
        QVERIFY(!m_secretLabel.isEmpty());
        QVERIFY2(text.contains(u"keychain"_s), "the root account's secret is not described at all");
        QVERIFY2(!text.contains(m_secretLabel), "the binder printed the keychain reference");
    }

    void binderOnLetterPaper()
    {
        const QString pdf = path(u"letter.pdf"_s);
        const CliRun run = cli({ u"binder"_s, m_plan, u"-o"_s, pdf, u"--paper"_s, u"letter"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString info = tool(u"pdfinfo"_s, { pdf });
        QVERIFY2(info.contains(u"612 x 792 pts"_s), qPrintable(info));

        const QString a4 = path(u"a4.pdf"_s);
        QCOMPARE(cli({ u"binder"_s, m_plan, u"-o"_s, a4, u"--paper"_s, u"a4"_s }).exitCode, 0);
        QVERIFY2(tool(u"pdfinfo"_s, { a4 }).contains(u"595"_s), qPrintable(tool(u"pdfinfo"_s, { a4 })));
        QCOMPARE(cli({ u"binder"_s, m_plan, u"-o"_s, a4, u"--paper"_s, u"tabloid"_s }).exitCode, 2);
    }

    void binderRefusesWhatItCannotDo()
    {
        const QString pdf = path(u"binder.pdf"_s);
        CliRun run = cli({ u"binder"_s, path(u"missing.storefort"_s), u"-o"_s, pdf });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("does not exist"), run.err.constData());
        QVERIFY(!QFile::exists(pdf));

        const QString nowhere = path(u"no-such-folder/binder.pdf"_s);
        run = cli({ u"binder"_s, m_plan, u"-o"_s, nowhere });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QFile::exists(nowhere));
        QCOMPARE(cli({ u"binder"_s, m_plan }).exitCode, 2);
    }

    void verifyPassesAFreshBackup()
    {
        const QString folder = backupFolder(u"backups"_s, 2);
        QVERIFY(!folder.isEmpty());
        QVERIFY(pointBackupAt(folder));

        const CliRun run = cli({ u"verify"_s, m_plan, u"--item"_s, QString::number(m_backup) });
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        QVERIFY2(run.out.contains("Complete backup") && run.out.contains("Passed"), run.out.constData());
        QVERIFY2(run.out.contains("\n  "), run.out.constData()); // each check indented under the item
        QCOMPARE(verificationsOfBackup(), 1);

        const CliRun json = cli({ u"verify"_s, m_plan, u"--item"_s, QString::number(m_backup), u"--json"_s });
        QCOMPARE(json.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, json.out.constData());
        QCOMPARE(doc.array().size(), 1);
        const QJsonObject item = doc.array().first().toObject();
        QCOMPARE(item.value(u"id"_s).toInteger(), m_backup);
        QCOMPARE(item.value(u"builtIn"_s).toString(), u"backup"_s);
        QCOMPARE(item.value(u"kind"_s).toString(), u"backup"_s);
        QCOMPARE(item.value(u"outcome"_s).toString(), u"passed"_s);
        QVERIFY(!item.value(u"title"_s).toString().isEmpty());
        QVERIFY(QDateTime::fromString(item.value(u"at"_s).toString(), Qt::ISODate).isValid());
        const QJsonArray checks = item.value(u"checks"_s).toArray();
        QVERIFY(!checks.isEmpty());
        QStringList codes;
        for (const QJsonValue &c : checks) {
            codes.append(c.toObject().value(u"code"_s).toString());
            QVERIFY(!c.toObject().value(u"text"_s).toString().isEmpty());
            QVERIFY(!c.toObject().value(u"outcome"_s).toString().isEmpty());
        }
        QVERIFY2(codes.contains(u"backup.newest.age"_s), qPrintable(codes.join(u' ')));
        QCOMPARE(verificationsOfBackup(), 2);
    }

    void verifyFailsOldBackups()
    {
        const QString folder = backupFolder(u"old-backups"_s, 24 * 4);
        QVERIFY(!folder.isEmpty());
        QVERIFY(pointBackupAt(folder));
        const CliRun run = cli({ u"verify"_s, m_plan, u"--item"_s, QString::number(m_backup) });
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.contains("Failed"), run.out.constData());
        QVERIFY2(run.out.contains("4 days old") || run.out.contains("4 day(s) old"), run.out.constData());
        QCOMPARE(verificationsOfBackup(), 1);
    }

    void verifyAsksTheKeychainAndPrintsNoReference()
    {
        qint64 root = 0;
        {
            auto plan = Plan::open(m_plan, { .readOnly = true });
            QVERIFY(plan.ok());
            for (const RecoveryItem &item : plan.value()->recoveryItems()) {
                if (item.kind == RecoveryKind::RootAccount)
                    root = item.id;
            }
        }
        // Whether this machine has a keychain or not, the entry is not there (or cannot be read):
        // the command says so and ends, without printing the reference.
        const CliRun run = cli({ u"verify"_s, m_plan, u"--item"_s, QString::number(root) });
        QVERIFY2(run.exitCode == 0 || run.exitCode == 3, QByteArray(run.out + run.err).constData());
        QVERIFY2(run.out.contains("Mara Lind holds the root account"), run.out.constData());
        QVERIFY2(run.out.contains("keychain"), run.out.constData());
        QVERIFY(!run.out.contains(m_secretLabel.toUtf8()));
        QVERIFY(!run.err.contains(m_secretLabel.toUtf8()));
    }

    void verifyEveryItem()
    {
        // Nothing located yet: each item with a verifier is checked and says what is missing. The
        // root account keeps a keychain reference: leave it out of this run (the test has no
        // keychain) by clearing it first.
        {
            auto plan = Plan::open(m_plan);
            QVERIFY(plan.ok());
            for (RecoveryItem item : plan.value()->recoveryItems()) {
                if (!item.secretRef.isEmpty()) {
                    item.secretRef.clear();
                    QVERIFY(plan.value()->updateRecoveryItem(item).ok());
                }
            }
        }
        const CliRun run = cli({ u"verify"_s, m_plan, u"--json"_s });
        QCOMPARE(run.exitCode, 3);
        const QJsonArray items = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(items.size(), 7); // the seed list, every one with a verifier
        QCOMPARE(cli({ u"verify"_s, m_plan, u"--item"_s, u"9999"_s }).exitCode, 1);
        QCOMPARE(cli({ u"verify"_s, m_plan, u"--item"_s, u"abc"_s }).exitCode, 2);
    }

    void verifyRefusesAReadOnlyPlan()
    {
        const QString folder = backupFolder(u"backups"_s, 2);
        QVERIFY(pointBackupAt(folder));
        {
            // Open here first: the command then gets the plan read-only.
            auto holder = Plan::open(m_plan);
            QVERIFY(holder.ok());
            QVERIFY(!holder.value()->isReadOnly());
            const CliRun run = cli({ u"verify"_s, m_plan, u"--item"_s, QString::number(m_backup) });
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains("read-only"), run.err.constData());
            QVERIFY(run.out.isEmpty());
        }
        QCOMPARE(verificationsOfBackup(), 0);
        QCOMPARE(cli({ u"verify"_s, path(u"missing.storefort"_s) }).exitCode, 1);
    }

    void calendarWritesTheReminders()
    {
        const QString ics = path(u"reminders.ics"_s);
        const CliRun run = cli({ u"calendar"_s, m_plan, u"-o"_s, ics });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QRegularExpressionMatch wrote
            = QRegularExpression(u"^Wrote (.+) \\((\\d+) reminder"_s).match(QString::fromUtf8(run.out));
        QVERIFY2(wrote.hasMatch(), run.out.constData());

        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(text.trimmed().endsWith("END:VCALENDAR"));
        QCOMPARE(int(text.count("BEGIN:VEVENT")), wrote.captured(2).toInt());

        // Never drilled: the drill is due today.
        auto plan = Plan::open(m_plan, { .readOnly = true });
        QVERIFY(plan.ok());
        const QByteArray uid = QByteArray("UID:ddos-drill-shop@" + plan.value()->planId().toUtf8());
        const qsizetype at = text.indexOf(uid);
        QVERIFY2(at >= 0, text.constData());
        const qsizetype end = text.indexOf("END:VEVENT", at);
        const QByteArray event = text.mid(at, end - at);
        const QByteArray today = QDate::currentDate().toString(u"yyyyMMdd"_s).toUtf8();
        QVERIFY2(event.contains(QByteArray("DTSTART;VALUE=DATE:" + today)), event.constData());

        const QString nowhere = path(u"no-such-folder/reminders.ics"_s);
        QCOMPARE(cli({ u"calendar"_s, m_plan, u"-o"_s, nowhere }).exitCode, 1);
        QVERIFY(!QFile::exists(nowhere));
    }
};

QTEST_GUILESS_MAIN(TestCliContingency)
#include "tst_clicontingency.moc"
