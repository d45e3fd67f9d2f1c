// storefort-cli as a script or a person uses it: real processes, real plan files.
#include "CliProcess.h"
#include "PlanFixture.h"
#include "plan/PlanSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Run = CliRun;

class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_home;

    Run cli(const QStringList &arguments) { return runCli(m_home.path(), arguments); }

    QString path(const QString &name) const { return m_dir->filePath(name); }

    QString newPlan()
    {
        const QString plan = path(u"tea.storefort"_s);
        const Run run
            = cli({ u"plan"_s, u"new"_s, plan, u"--shop"_s, u"Tiny Tea"_s, u"--url"_s, u"tinytea.example"_s,
                    u"--url"_s, u"https://shop.tinytea.example"_s, u"--platform"_s, u"shopify"_s });
        if (run.exitCode != 0)
            qWarning("plan new failed: %s", run.err.constData());
        return plan;
    }

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void version()
    {
        const Run run = cli({ u"--version"_s });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QByteArray("storefort-cli " STOREFORT_VERSION));
    }

    void help()
    {
        const Run run = cli({ u"--help"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("plan new PATH"));
        QVERIFY(run.out.contains("audit verify PATH"));
    }

    void createsAndShows()
    {
        const QString plan = newPlan();
        const Run text = cli({ u"plan"_s, u"show"_s, plan });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Tiny Tea"));
        QVERIFY(text.out.contains("Shopify"));
        QVERIFY(text.out.contains("https://tinytea.example"));

        const Run json = cli({ u"plan"_s, u"show"_s, plan, u"--json"_s });
        QCOMPARE(json.exitCode, 0);
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(json.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject shop = object.value(u"shop"_s).toObject();
        QCOMPARE(shop.value(u"name"_s).toString(), u"Tiny Tea"_s);
        QCOMPARE(shop.value(u"platform"_s).toString(), u"shopify"_s);
        QCOMPARE(shop.value(u"siteUrls"_s).toArray().size(), 2);
        QVERIFY(shop.value(u"owner"_s).isNull());
        QCOMPARE(object.value(u"team"_s).toArray().size(), 0);
        QCOMPARE(object.value(u"history"_s).toObject().value(u"intact"_s).toBool(), true);
        QVERIFY(!object.value(u"planId"_s).toString().isEmpty());
    }

    void auditLogAndVerify()
    {
        const QString plan = newPlan();
        const Run log = cli({ u"audit"_s, u"log"_s, plan, u"--json"_s });
        QCOMPARE(log.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(log.out).array();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().toObject().value(u"field"_s).toString(), u"created"_s);
        QCOMPARE(entries.first().toObject().value(u"newValue"_s).toString(), u"Tiny Tea"_s);
        QCOMPARE(entries.first().toObject().value(u"hash"_s).toString().size(), 64);
        const Run text = cli({ u"audit"_s, u"log"_s, plan, u"--area"_s, u"plan"_s });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Tiny Tea"));
        QCOMPARE(cli({ u"audit"_s, u"log"_s, plan, u"--area"_s, u"team"_s }).out, QByteArray());
        QCOMPARE(cli({ u"audit"_s, u"log"_s, plan, u"--since"_s, u"yesterday"_s }).exitCode, 2);

        const Run intact = cli({ u"audit"_s, u"verify"_s, plan });
        QCOMPARE(intact.exitCode, 0);
        QVERIFY(intact.out.contains("intact"));

        QVERIFY(PlanFixture::execRaw(plan, u"UPDATE audit SET new_value = 'Evil Tea' WHERE id = 1"_s));
        const Run broken = cli({ u"audit"_s, u"verify"_s, plan });
        QCOMPARE(broken.exitCode, 3);
        QVERIFY2(broken.err.contains("First broken entry: 1"), broken.err.constData());
        QVERIFY(broken.out.isEmpty());
        const Run shown = cli({ u"plan"_s, u"show"_s, plan, u"--json"_s });
        QCOMPARE(QJsonDocument::fromJson(shown.out).object()[u"history"_s].toObject()[u"intact"_s].toBool(),
                 false);
    }

    void refusesBadFilesUnchanged_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: a plan from a newer version
        QTest::addColumn<QByteArray>("words");
        QTest::newRow("text") << QByteArray("name,price\ntea,4\n") << QByteArray("not a Storefort plan");
        QTest::newRow("newer") << QByteArray() << QByteArray("newer version of Storefort");
    }

    void refusesBadFilesUnchanged()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, words);
        QString file = path(u"bad.storefort"_s);
        if (content.isEmpty()) {
            file = newPlan();
            QVERIFY(PlanFixture::execRaw(
                file, u"PRAGMA user_version = %1"_s.arg(PlanSchema::currentVersion() + 5)));
        } else {
            QVERIFY(PlanFixture::writeAll(file, content));
        }
        const QByteArray before = PlanFixture::readAll(file);
        for (const QString &command : { u"show"_s, u"verify"_s }) {
            const Run run = cli({ command == u"show"_s ? u"plan"_s : u"audit"_s, command, file });
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(words), run.err.constData());
            QVERIFY(run.err.startsWith("storefort-cli: "));
            QVERIFY(run.out.isEmpty());
        }
        QCOMPARE(PlanFixture::readAll(file), before);
    }

    void plainErrors()
    {
        const Run missing = cli({ u"plan"_s, u"show"_s, path(u"nowhere.storefort"_s) });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("does not exist"));

        const QString plan = newPlan();
        const QByteArray before = PlanFixture::readAll(plan);
        const Run again = cli({ u"plan"_s, u"new"_s, plan, u"--shop"_s, u"Other"_s });
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already exists"));
        QCOMPARE(PlanFixture::readAll(plan), before);

        const Run badUrl = cli(
            { u"plan"_s, u"new"_s, path(u"x.storefort"_s), u"--shop"_s, u"X"_s, u"--url"_s, u"not a url"_s });
        QCOMPARE(badUrl.exitCode, 1);
        QVERIFY(badUrl.err.contains("web address"));
        QVERIFY(!QFile::exists(path(u"x.storefort"_s)));

        QCOMPARE(cli({ u"plan"_s, u"new"_s, path(u"y.storefort"_s) }).exitCode, 2);
        QCOMPARE(cli({ u"plan"_s, u"new"_s, path(u"y.storefort"_s), u"--shop"_s, u"Y"_s, u"--platform"_s,
                       u"etsy"_s })
                     .exitCode,
                 2);
        QCOMPARE(cli({ u"launch"_s }).exitCode, 2);
        QCOMPARE(cli({}).exitCode, 2);
        QVERIFY(!QFile::exists(path(u"y.storefort"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
