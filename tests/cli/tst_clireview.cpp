// storefort-cli findings and score on a real plan with something to find in every step, run as a
// script runs them: the table, JSON and the spreadsheet file against what the core computes, the
// filters, and the exit codes for wrong usage (2) and a plan that is not there (1).
#include "../review/ReviewFixture.h"
#include "CliProcess.h"
#include "common/Csv.h"
#include "review/PlanFindings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliReview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_home;
    QString m_plan;
    QList<PlanFinding> m_findings; // as the core computes them

    CliRun cli(const QStringList &arguments) { return runCli(m_home.path(), arguments); }

    static QJsonArray jsonArray(const CliRun &run)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray())
            qWarning("not a JSON array: %s", run.out.constData());
        return doc.array();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_home.isValid());
        m_plan = m_dir.filePath(u"shop.storefort"_s);
        auto plan = ReviewFixture::create(m_plan);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        ReviewFixture::fillMessy(*plan, now);
        QVERIFY(plan->acceptFinding({ .ruleId = u"DDOS-NO-CDN"_s,
                                      .subject = u"ddos/cdn"_s,
                                      .reason = u"The host filters attacks, = see its letter"_s,
                                      .acceptedOn = now.date() }));
        m_findings = PlanFindings::compute(*plan, now);
        QVERIFY(m_findings.size() > 6);
    }

    void findingsAsATable()
    {
        const CliRun run = cli({ u"findings"_s, m_plan });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(u"Findings (%1):"_s.arg(m_findings.size())), qPrintable(out));
        QVERIFY(out.contains(u"[Critical] TLS-PROTO-SSL2"_s));
        QVERIFY(out.contains(u"(Encryption (TLS))"_s));
        QVERIFY(out.contains(u"DDOS-NO-CDN"_s));
        QVERIFY2(out.contains(u"accepted: The host filters attacks"_s), qPrintable(out));
        QVERIFY(out.contains(u"SHOP-NO-OWNER"_s));
    }

    void findingsAsJsonWithFilters()
    {
        const QJsonArray all = jsonArray(cli({ u"findings"_s, m_plan, u"--json"_s }));
        QCOMPARE(all.size(), m_findings.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            const QJsonObject o = all.at(i).toObject();
            QCOMPARE(o.value(u"id"_s).toString(), m_findings.at(i).finding.id);
            QCOMPARE(o.value(u"step"_s).toString(), PlanAreas::key(m_findings.at(i).area));
            QCOMPARE(o.value(u"state"_s).toString(),
                     m_findings.at(i).isAccepted() ? u"accepted"_s : u"open"_s);
            QVERIFY(o.contains(u"severity"_s) && o.contains(u"title"_s) && o.contains(u"fix"_s));
        }

        const QJsonArray tls = jsonArray(cli({ u"findings"_s, m_plan, u"--json"_s, u"--step"_s, u"tls"_s }));
        QVERIFY(!tls.isEmpty());
        for (const QJsonValue &v : tls)
            QCOMPARE(v.toObject().value(u"step"_s).toString(), u"tls"_s);

        const QJsonArray ddos
            = jsonArray(cli({ u"findings"_s, m_plan, u"--json"_s, u"--step"_s, u"ddos"_s }));
        const QJsonArray ddosOpen
            = jsonArray(cli({ u"findings"_s, m_plan, u"--json"_s, u"--step"_s, u"ddos"_s, u"--open"_s }));
        QCOMPARE(ddosOpen.size(), ddos.size() - 1);
        bool sawAccepted = false;
        for (const QJsonValue &v : ddos) {
            const QJsonObject o = v.toObject();
            if (o.value(u"state"_s).toString() == u"accepted"_s) {
                sawAccepted = true;
                QCOMPARE(o.value(u"acceptance"_s).toObject().value(u"reason"_s).toString(),
                         u"The host filters attacks, = see its letter"_s);
            }
        }
        QVERIFY(sawAccepted);
        for (const QJsonValue &v : ddosOpen)
            QCOMPARE(v.toObject().value(u"state"_s).toString(), u"open"_s);
    }

    void findingsAsASpreadsheetFile()
    {
        const QString csv = m_dir.filePath(u"findings.csv"_s);
        const CliRun run = cli({ u"findings"_s, m_plan, u"--csv"_s, csv });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QString::fromUtf8(run.out).contains(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const auto table = CsvReader::read(bytes);
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(table->header.size(), 13);
        QCOMPARE(table->records.size(), m_findings.size());
        QCOMPARE(table->records.first().fields.at(1), m_findings.first().finding.id);

        // Only what is open in one step; the file is replaced whole.
        QCOMPARE(
            cli({ u"findings"_s, m_plan, u"--csv"_s, csv, u"--step"_s, u"binder"_s, u"--open"_s }).exitCode,
            0);
        QFile again(csv);
        QVERIFY(again.open(QIODevice::ReadOnly));
        const auto binder = CsvReader::read(again.readAll());
        QVERIFY(binder && !binder->records.isEmpty());
        for (const CsvRecord &r : binder->records) {
            QCOMPARE(r.fields.at(0), u"Contingency binder"_s);
            QCOMPARE(r.fields.at(3), u"open"_s);
        }
    }

    void scoreAsJson()
    {
        const CliRun run = cli({ u"score"_s, m_plan, u"--json"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        const int score = o.value(u"score"_s).toInt(-1);
        QVERIFY(score >= 0 && score <= 100);
        const QJsonArray steps = o.value(u"steps"_s).toArray();
        QCOMPARE(steps.size(), 6);
        QStringList keys;
        for (const QJsonValue &v : steps) {
            const QJsonObject s = v.toObject();
            keys.append(s.value(u"step"_s).toString());
            QVERIFY(s.value(u"completion"_s).toInt(-1) >= s.value(u"score"_s).toInt(-1));
            QVERIFY(s.value(u"weight"_s).toInt() >= 1);
            QVERIFY(!s.value(u"state"_s).toString().isEmpty());
            QVERIFY(s.value(u"raisedBy"_s).toArray().size() + s.value(u"heldDownBy"_s).toArray().size() > 0);
        }
        QCOMPARE(
            keys,
            QStringList({ u"shop-team"_s, u"tls"_s, u"providers"_s, u"accounts"_s, u"ddos"_s, u"binder"_s }));
        // An open critical finding on the site: the TLS step needs attention.
        QCOMPARE(steps.at(1).toObject().value(u"state"_s).toString(), u"needs-attention"_s);
        QCOMPARE(steps.at(1).toObject().value(u"open"_s).toObject().value(u"critical"_s).toInt(), 1);

        const CliRun text = cli({ u"score"_s, m_plan });
        QVERIFY2(text.exitCode == 0, text.err.constData());
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.startsWith(u"Readiness: %1 of 100"_s.arg(score)), qPrintable(out));
        QVERIFY(out.contains(u"Encryption (TLS): "_s));
        QVERIFY(out.contains(u"Needs attention"_s));
        QVERIFY(out.contains(u"  - "_s) && out.contains(u"  + "_s));
    }

    void wrongUsageAndAMissingPlan()
    {
        QCOMPARE(cli({ u"findings"_s }).exitCode, 2);
        QCOMPARE(cli({ u"findings"_s, m_plan, u"--step"_s, u"nowhere"_s }).exitCode, 2);
        QCOMPARE(cli({ u"findings"_s, m_plan, u"--csv"_s }).exitCode, 2);
        QCOMPARE(cli({ u"findings"_s, m_plan, u"--frobnicate"_s }).exitCode, 2);
        QCOMPARE(cli({ u"score"_s }).exitCode, 2);
        QCOMPARE(cli({ u"score"_s, m_plan, m_plan }).exitCode, 2);
        const QString missing = m_dir.filePath(u"nowhere.storefort"_s);
        const CliRun findings = cli({ u"findings"_s, missing });
        QCOMPARE(findings.exitCode, 1);
        QVERIFY(!findings.err.isEmpty());
        QCOMPARE(cli({ u"score"_s, missing, u"--json"_s }).exitCode, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(u"never.csv"_s)));
        QCOMPARE(cli({ u"findings"_s, missing, u"--csv"_s, m_dir.filePath(u"never.csv"_s) }).exitCode, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(u"never.csv"_s)));
        // A file that cannot be written: a plain error naming it.
        const QString unwritable = m_dir.filePath(u"no-such-folder/findings.csv"_s);
        const CliRun refused = cli({ u"findings"_s, m_plan, u"--csv"_s, unwritable });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(QString::fromUtf8(refused.err).contains(unwritable), refused.err.constData());
        QVERIFY(!QFile::exists(unwritable));
        // Help is not an error.
        QCOMPARE(cli({ u"findings"_s, u"--help"_s }).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliReview)
#include "tst_clireview.moc"
