// storefort-cli report on a real plan, as a script runs it: the PDF is read back with pdftotext and
// pdfinfo; the paper asked for, and what it refuses, with its exit codes.
#include "CliProcess.h"
#include "plan/Plan.h"
#include "secrets/SecretStore.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliReport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_home;
    QString m_plan;
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

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()
            || QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
            QFAIL("pdftotext and pdfinfo (poppler-utils) are needed to read the report back");
    }

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
        Provider host;
        host.name = u"Example Host"_s;
        host.kind = ProviderKind::WebHost;
        // References into the keychain, which the report must never print.
        m_secretLabel = u"planted-ref-7Qx2"_s;
        host.credentialRef = SecretRef(p.planId(), u"providers"_s, u"1"_s, m_secretLabel).key();
        QVERIFY(!host.credentialRef.isEmpty());
        QVERIFY(p.addProvider(host));
        for (const RecoveryItem &item : p.recoveryItems()) {
            if (item.kind != RecoveryKind::RootAccount)
                continue;
            RecoveryItem root = item;
            root.holderPersonId = ownerId;
            root.secretRef
                = SecretRef(p.planId(), u"contingency"_s, QString::number(item.id), m_secretLabel).key();
            const Status updated = p.updateRecoveryItem(root);
            QVERIFY2(updated.ok(), qPrintable(updated.error()));
        }
    }

    void reportWritesThePdf()
    {
        const QString pdf = path(u"report.pdf"_s);
        const CliRun run = cli({ u"report"_s, m_plan, u"-o"_s, pdf });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QRegularExpressionMatch wrote
            = QRegularExpression(u"^Wrote (.+) \\((\\d+) page"_s).match(QString::fromUtf8(run.out));
        QVERIFY2(wrote.hasMatch(), run.out.constData());
        QCOMPARE(wrote.captured(1), pdf);

        const QString info = tool(u"pdfinfo"_s, { pdf });
        const QRegularExpressionMatch pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
        QVERIFY2(pages.hasMatch(), qPrintable(info));
        QCOMPARE(pages.captured(1).toInt(), wrote.captured(2).toInt());
        QVERIFY(pages.captured(1).toInt() > 10);

        const QString text = tool(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s });
        for (const QString &expected : { u"Tiny Tea"_s, u"Security plan report"_s, u"Contents"_s,
                                         u"Example Host"_s, u"Mara Lind"_s, u"All findings"_s })
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QVERIFY2(!text.contains(m_secretLabel), "the report printed a keychain reference");
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(m_secretLabel.toUtf8()));
    }

    void reportOnThePaperAskedFor()
    {
        const QString letter = path(u"letter.pdf"_s);
        const CliRun run = cli({ u"report"_s, m_plan, u"-o"_s, letter, u"--paper"_s, u"letter"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(tool(u"pdfinfo"_s, { letter }).contains(u"612 x 792 pts"_s),
                 qPrintable(tool(u"pdfinfo"_s, { letter })));

        const QString a4 = path(u"a4.pdf"_s);
        QCOMPARE(cli({ u"report"_s, m_plan, u"-o"_s, a4, u"--paper"_s, u"A4"_s }).exitCode, 0);
        QVERIFY2(tool(u"pdfinfo"_s, { a4 }).contains(u"595"_s), qPrintable(tool(u"pdfinfo"_s, { a4 })));
    }

    void reportRefusesWhatItCannotDo()
    {
        const QString pdf = path(u"report.pdf"_s);
        CliRun run = cli({ u"report"_s, path(u"missing.storefort"_s), u"-o"_s, pdf });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("does not exist"), run.err.constData());
        QVERIFY(!QFile::exists(pdf));

        // A folder that is a file: nobody can write below it, root included.
        QFile blocker(path(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly) && blocker.write("x") == 1);
        blocker.close();
        const QString nowhere = path(u"blocker/report.pdf"_s);
        run = cli({ u"report"_s, m_plan, u"-o"_s, nowhere });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Could not save the PDF"), run.err.constData());
        QVERIFY(!QFile::exists(nowhere));

        QCOMPARE(cli({ u"report"_s, m_plan }).exitCode, 2);
        QCOMPARE(cli({ u"report"_s }).exitCode, 2);
        QCOMPARE(cli({ u"report"_s, m_plan, u"-o"_s, pdf, u"--paper"_s, u"tabloid"_s }).exitCode, 2);
        QVERIFY(!QFile::exists(pdf));
    }

    void helpNamesTheCommand()
    {
        const CliRun help = cli({ u"--help"_s });
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("report PLAN -o FILE.pdf"), help.out.constData());
        const CliRun own = cli({ u"report"_s, u"--help"_s });
        QCOMPARE(own.exitCode, 0);
        QVERIFY2(own.out.contains("--paper"), own.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_clireport.moc"
