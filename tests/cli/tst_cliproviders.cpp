// storefort-cli's providers and questionnaire commands, as a script runs them: real processes,
// real plan files, real CSV and PDF files.
#include "CliProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliProviders : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_home;
    QString m_plan;

    CliRun cli(const QStringList &arguments) { return runCli(m_home.path(), arguments); }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    QByteArray read(const QString &name) const
    {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    bool write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    // The number of entries in the plan's history, as `audit log --json` lists them.
    int historySize()
    {
        const CliRun run = cli({ u"audit"_s, u"log"_s, m_plan, u"--json"_s });
        if (run.exitCode != 0)
            return -1;
        const QJsonDocument document = QJsonDocument::fromJson(run.out);
        return document.isArray() ? int(document.array().size())
                                  : int(document.object().value(u"entries"_s).toArray().size());
    }

    QJsonArray providers()
    {
        const CliRun run = cli({ u"providers"_s, u"list"_s, m_plan, u"--json"_s });
        return QJsonDocument::fromJson(run.out).array();
    }

    QString addHost()
    {
        const CliRun run
            = cli({ u"providers"_s, u"add"_s, m_plan, u"--name"_s, u"Hostly"_s, u"--kind"_s, u"host"_s,
                    u"--email"_s, u"support@hostly.example"_s, u"--account"_s, u"C-1042"_s, u"--24x7"_s,
                    u"--portal"_s, u"https://panel.hostly.example"_s, u"--contract-start"_s, u"2024-01-01"_s,
                    u"--cert"_s, u"iso27001:2030-05-01"_s });
        if (run.exitCode != 0)
            qWarning("providers add: %s", run.err.constData());
        return QString::fromUtf8(run.out.trimmed());
    }

    // The exported fill-in file with answers put into it (question id -> answer, answered_on).
    QByteArray filled(const QByteArray &csv, const QHash<QString, QPair<QString, QString>> &answers)
    {
        QStringList lines = QString::fromUtf8(csv).split(u"\r\n"_s);
        for (QString &line : lines) {
            const QString id = line.section(u',', 0, 0);
            if (!answers.contains(id))
                continue;
            // The last four columns are empty: ",,,," at the end.
            if (!line.endsWith(u",,,,"_s))
                return {};
            line.chop(4);
            line += u',' + answers.value(id).first + u",Ops,"_s + answers.value(id).second + u',';
        }
        return lines.join(u"\r\n"_s).toUtf8();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_plan = path(u"tea.storefort"_s);
        const CliRun run = cli({ u"plan"_s, u"new"_s, m_plan, u"--shop"_s, u"Tiny Tea"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    void addAndList()
    {
        QCOMPARE(addHost(), u"1"_s);
        const CliRun dev = cli({ u"providers"_s, u"add"_s, m_plan, u"--name"_s, u"Pixel Agency"_s,
                                 u"--kind"_s, u"developer"_s });
        QCOMPARE(dev.exitCode, 0);
        QCOMPARE(dev.out.trimmed(), QByteArray("2"));

        const QJsonArray list = providers();
        QCOMPARE(list.size(), 2);
        const QJsonObject host = list.at(0).toObject();
        QCOMPARE(host.value(u"id"_s).toInteger(), 1);
        QCOMPARE(host.value(u"name"_s).toString(), u"Hostly"_s);
        QCOMPARE(host.value(u"kind"_s).toString(), u"host"_s);
        QCOMPARE(host.value(u"supportEmail"_s).toString(), u"support@hostly.example"_s);
        QCOMPARE(host.value(u"accountId"_s).toString(), u"C-1042"_s);
        QCOMPARE(host.value(u"support24x7"_s).toBool(), true);
        QCOMPARE(host.value(u"contractStart"_s).toString(), u"2024-01-01"_s);
        QCOMPARE(host.value(u"credential"_s).toBool(), false);
        QVERIFY(!host.contains(u"credentialRef"_s));
        const QJsonArray certs = host.value(u"certifications"_s).toArray();
        QCOMPARE(certs.size(), 1);
        QCOMPARE(certs.at(0).toObject().value(u"kind"_s).toString(), u"iso27001"_s);
        QCOMPARE(certs.at(0).toObject().value(u"expires"_s).toString(), u"2030-05-01"_s);
        QCOMPARE(host.value(u"answered"_s).toInt(), 0);
        QVERIFY(host.value(u"outstanding"_s).toInt() > 20);
        QVERIFY(host.value(u"oldestAnswer"_s).isNull());

        const CliRun text = cli({ u"providers"_s, u"list"_s, m_plan });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Hostly"));
        QVERIFY(text.out.contains("Pixel Agency"));
        QVERIFY(text.out.contains("no answers yet"));
    }

    void addRejectsBadInput()
    {
        const int before = historySize();
        CliRun run
            = cli({ u"providers"_s, u"add"_s, m_plan, u"--name"_s, u"X"_s, u"--kind"_s, u"spaceship"_s });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("spaceship"));
        run = cli({ u"providers"_s, u"add"_s, m_plan, u"--kind"_s, u"host"_s });
        QCOMPARE(run.exitCode, 2);
        run = cli({ u"providers"_s, u"add"_s, m_plan, u"--name"_s, u"X"_s, u"--kind"_s, u"host"_s,
                    u"--cert"_s, u"soc2:someday"_s });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("KIND:YYYY-MM-DD"));
        run = cli({ u"providers"_s, u"add"_s, m_plan, u"--name"_s, u"X"_s, u"--kind"_s, u"host"_s,
                    u"--email"_s, u"not an email"_s });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(historySize(), before);
        QCOMPARE(providers().size(), 0);
    }

    void exportsEveryFormat()
    {
        QCOMPARE(addHost(), u"1"_s);
        CliRun run = cli({ u"questionnaire"_s, u"export"_s, m_plan, u"--provider"_s, u"1"_s, u"--format"_s,
                           u"csv"_s, u"-o"_s, path(u"q.csv"_s) });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QByteArray csv = read(u"q.csv"_s);
        QVERIFY(csv.startsWith("\xEF\xBB\xBFquestion_id,question_version,question,answer_format,answer,"));
        QVERIFY(csv.contains("\r\nhost.tls.versions,1,"));
        QVERIFY(!csv.contains("registrar.expiry"));

        run = cli({ u"questionnaire"_s, u"export"_s, m_plan, u"--provider"_s, u"1"_s, u"--format"_s,
                    u"text"_s, u"-o"_s, path(u"q.txt"_s) });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString text = QString::fromUtf8(read(u"q.txt"_s));
        QVERIFY(
            text.startsWith(u"Subject: Security questions from Tiny Tea for Hostly\n\nHello Hostly team,"_s));
        QVERIFY(text.contains(u"C-1042"_s));
        QVERIFY(text.contains(u"1. Which protocol versions"_s));

        run = cli({ u"questionnaire"_s, u"export"_s, m_plan, u"--provider"_s, u"1"_s, u"--format"_s, u"pdf"_s,
                    u"-o"_s, path(u"q.pdf"_s) });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(read(u"q.pdf"_s).startsWith("%PDF-"));
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, path(u"q.pdf"_s), u"-"_s });
        QVERIFY2(pdftotext.waitForFinished(30000), "pdftotext (poppler-utils) is needed");
        QCOMPARE(pdftotext.exitCode(), 0);
        const QString letter = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        QVERIFY(letter.contains(u"Tiny Tea"_s));
        QVERIFY(letter.contains(u"Hostly"_s));
        QVERIFY(letter.contains(u"Which protocol versions"_s));

        // Wrong usage and unknown providers are plain errors.
        run = cli({ u"questionnaire"_s, u"export"_s, m_plan, u"--provider"_s, u"1"_s, u"--format"_s,
                    u"docx"_s, u"-o"_s, path(u"q.docx"_s) });
        QCOMPARE(run.exitCode, 2);
        run = cli({ u"questionnaire"_s, u"export"_s, m_plan, u"--provider"_s, u"7"_s, u"--format"_s, u"csv"_s,
                    u"-o"_s, path(u"q7.csv"_s) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("no provider 7"));
    }

    void importsDryRunThenForReal()
    {
        QCOMPARE(addHost(), u"1"_s);
        QCOMPARE(cli({ u"questionnaire"_s, u"export"_s, m_plan, u"--provider"_s, u"1"_s, u"--format"_s,
                       u"csv"_s, u"-o"_s, path(u"q.csv"_s) })
                     .exitCode,
                 0);
        QVERIFY(write(u"answers.csv"_s,
                      filled(read(u"q.csv"_s),
                             { { u"host.tls.versions"_s, { u"tls13;tls12"_s, u"2025-01-10"_s } },
                               { u"host.hsts"_s, { u"yes"_s, QString() } } })));
        const int before = historySize();
        QVERIFY(before > 0);

        CliRun run = cli({ u"questionnaire"_s, u"import"_s, m_plan, u"--provider"_s, u"1"_s,
                           path(u"answers.csv"_s), u"--dry-run"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("host.tls.versions"));
        QVERIFY(run.out.contains("host.hsts"));
        QVERIFY(run.out.contains("Dry run"));
        QCOMPARE(historySize(), before);
        QCOMPARE(providers().at(0).toObject().value(u"answered"_s).toInt(), 0);

        run = cli(
            { u"questionnaire"_s, u"import"_s, m_plan, u"--provider"_s, u"1"_s, path(u"answers.csv"_s) });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("Recorded 2"));
        QVERIFY(historySize() > before);
        const QJsonObject host = providers().at(0).toObject();
        QCOMPARE(host.value(u"answered"_s).toInt(), 2);
        QCOMPARE(host.value(u"oldestAnswer"_s).toString(), u"2025-01-10"_s);

        // Every answer shows who gave it and when, and how it measures up.
        run = cli({ u"providers"_s, u"show"_s, m_plan, u"--provider"_s, u"1"_s, u"--json"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject shown = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(shown.value(u"name"_s).toString(), u"Hostly"_s);
        QJsonObject versions;
        int unanswered = 0;
        for (const QJsonValue &value : shown.value(u"answers"_s).toArray()) {
            const QJsonObject answer = value.toObject();
            if (answer.value(u"question"_s).toString() == u"host.tls.versions"_s)
                versions = answer;
            if (answer.value(u"value"_s).isNull())
                ++unanswered;
        }
        QCOMPARE(versions.value(u"value"_s).toString(), u"tls12;tls13"_s);
        QCOMPARE(versions.value(u"answeredBy"_s).toString(), u"Ops"_s);
        QCOMPARE(versions.value(u"givenOn"_s).toString(), u"2025-01-10"_s);
        QCOMPARE(versions.value(u"verdict"_s).toString(), u"meets"_s);
        QCOMPARE(versions.value(u"due"_s).toBool(), true); // given more than 12 months ago
        QCOMPARE(unanswered, shown.value(u"questions"_s).toInt() - 2);
        run = cli({ u"providers"_s, u"show"_s, m_plan, u"--provider"_s, u"1"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("Given by Ops on"));
        QVERIFY(run.out.contains("TLS 1.2, TLS 1.3"));
        QVERIFY(run.out.contains("Not answered"));
        QCOMPARE(cli({ u"providers"_s, u"show"_s, m_plan, u"--provider"_s, u"9"_s }).exitCode, 1);
        QCOMPARE(cli({ u"providers"_s, u"show"_s, m_plan }).exitCode, 2);

        // The same file again records nothing new.
        const int after = historySize();
        run = cli(
            { u"questionnaire"_s, u"import"_s, m_plan, u"--provider"_s, u"1"_s, path(u"answers.csv"_s) });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("unchanged"));
        QCOMPARE(historySize(), after);

        // --outstanding leaves the answered questions out.
        run = cli({ u"questionnaire"_s, u"export"_s, m_plan, u"--provider"_s, u"1"_s, u"--format"_s, u"csv"_s,
                    u"-o"_s, path(u"rest.csv"_s), u"--outstanding"_s });
        QCOMPARE(run.exitCode, 0);
        const QByteArray rest = read(u"rest.csv"_s);
        QVERIFY(!rest.contains("\r\nhost.hsts,"));
        QVERIFY(rest.contains("\r\nhost.cert.auto-renew,"));
    }

    void brokenFileChangesNothing()
    {
        QCOMPARE(addHost(), u"1"_s);
        const QByteArray broken = "question_id,answer,answered_on\r\n"
                                  "host.hsts,yes,2025-01-10\r\n"
                                  "host.nope,yes,\r\n"
                                  "host.cert.auto-renew,perhaps,\r\n"
                                  "host.ddos.protection,no,10/01/2025\r\n";
        QVERIFY(write(u"broken.csv"_s, broken));
        const QString file = path(u"broken.csv"_s);
        const int before = historySize();

        CliRun run = cli({ u"questionnaire"_s, u"import"_s, m_plan, u"--provider"_s, u"1"_s, file });
        QCOMPARE(run.exitCode, 1);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(file + u":3: "_s), qPrintable(err));
        QVERIFY(err.contains(u"host.nope"_s));
        QVERIFY(err.contains(file + u":4: "_s));
        QVERIFY(err.contains(file + u":5: "_s));
        QVERIFY(err.contains(u"nothing was recorded"_s));
        QCOMPARE(historySize(), before);
        QCOMPARE(providers().at(0).toObject().value(u"answered"_s).toInt(), 0);

        // A file that is not a questionnaire at all.
        QVERIFY(write(u"other.csv"_s, "name;email\r\nAnna;anna@example.net\r\n"));
        run = cli({ u"questionnaire"_s, u"import"_s, m_plan, u"--provider"_s, u"1"_s, path(u"other.csv"_s),
                    u"--take-valid"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(":1: "));
        QVERIFY(run.err.contains("question_id"));
        QCOMPARE(historySize(), before);

        // The owner takes the valid rows.
        run = cli(
            { u"questionnaire"_s, u"import"_s, m_plan, u"--provider"_s, u"1"_s, file, u"--take-valid"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.contains(":3: "));
        QVERIFY(run.out.contains("Recorded 1"));
        QCOMPARE(providers().at(0).toObject().value(u"answered"_s).toInt(), 1);
    }

    void checkListsFindings()
    {
        QCOMPARE(addHost(), u"1"_s);
        const CliRun run = cli({ u"providers"_s, u"check"_s, m_plan, u"--json"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray findings = QJsonDocument::fromJson(run.out).array();
        QVERIFY(!findings.isEmpty());
        bool unanswered = false;
        for (const QJsonValue &value : findings) {
            const QJsonObject finding = value.toObject();
            QVERIFY(!finding.value(u"title"_s).toString().isEmpty());
            unanswered |= finding.value(u"id"_s).toString() == u"PROV-UNANSWERED"_s
                && finding.value(u"provider"_s).toInteger() == 1;
        }
        QVERIFY(unanswered);
        const CliRun text = cli({ u"providers"_s, u"check"_s, m_plan });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("PROV-UNANSWERED"));
    }
};

QTEST_GUILESS_MAIN(TestCliProviders)
#include "tst_cliproviders.moc"
