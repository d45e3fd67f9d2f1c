// storefort-cli accounts check and accounts letter on a real plan: the team, the systems and the
// accounts are set up through the core, then the commands run as a script runs them; the PDF letter
// is read back with pdftotext.
#include "CliProcess.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliAccountReview : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_home;
    QString m_plan;
    qint64 m_agency = 0;
    qint64 m_staff = 0;

    CliRun cli(const QStringList &arguments) { return runCli(m_home.path(), arguments); }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    QStringList findingIds()
    {
        const CliRun run = cli({ u"accounts"_s, u"check"_s, m_plan, u"--json"_s });
        if (run.exitCode != 0)
            return { u"exit %1: %2"_s.arg(run.exitCode).arg(QString::fromUtf8(run.err)) };
        QStringList ids;
        for (const QJsonValue &v : QJsonDocument::fromJson(run.out).array())
            ids.append(v.toObject().value(u"id"_s).toString());
        return ids;
    }

    qsizetype lettersOnFile()
    {
        auto plan = Plan::open(m_plan, { .readOnly = true });
        return plan ? plan.value()->confirmationLetters().size() : -1;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_plan = path(u"shop.storefort"_s);
        auto plan = Plan::create(m_plan, ShopProfile { .name = u"Tiny Tea"_s });
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        Plan &p = *plan.value();
        Person agency;
        agency.name = u"Pixelwerk Agency"_s;
        agency.kind = Person::Kind::Agency;
        m_agency = p.addPerson(agency).value();
        Person staff;
        staff.name = u"Lena Park"_s;
        m_staff = p.addPerson(staff).value();
        System s;
        s.name = u"Shop admin"_s;
        const qint64 system = p.addSystem(s).value();
        for (const auto &[user, person, role] :
             { std::tuple { u"pixelwerk"_s, m_agency, AccountRole::Admin },
               std::tuple { u"deploy-bot"_s, m_agency, AccountRole::Editor },
               std::tuple { u"lena"_s, m_staff, AccountRole::Manager } }) {
            Account a;
            a.systemId = system;
            a.userName = user;
            a.personIds = { person };
            a.role = role;
            a.reach = AccountRoles::usualReach(role);
            QVERIFY(p.addAccount(a).ok());
        }
        QVERIFY(p.setPersonAccess(PersonAccess { m_agency, std::nullopt, QDate::currentDate().addDays(-10) })
                    .ok());
    }

    void checkListsTheFindings()
    {
        const QStringList ids = findingIds();
        QVERIFY2(ids.contains(u"ACC-DEV-UNCONFIRMED"_s), qPrintable(ids.join(u' ')));
        QVERIFY(ids.contains(u"ACC-ADMIN-NO-MFA"_s));
        QVERIFY(ids.contains(u"SYS-AUDIT-UNKNOWN"_s));

        const CliRun text = cli({ u"accounts"_s, u"check"_s, m_plan });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("ACC-DEV-UNCONFIRMED") && text.out.contains("Pixelwerk Agency")
                     && text.out.contains("Why: ") && text.out.contains("Fix: "),
                 text.out.constData());
        QCOMPARE(cli({ u"accounts"_s, u"check"_s, path(u"missing.storefort"_s) }).exitCode, 1);
    }

    void letterAsPdfIsRecorded()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed to read the letter back");
        const QString pdf = path(u"letter.pdf"_s);
        const CliRun run = cli(
            { u"accounts"_s, u"letter"_s, m_plan, u"--person"_s, QString::number(m_agency), u"-o"_s, pdf });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("2 accounts"), run.out.constData());
        QCOMPARE(lettersOnFile(), 1);

        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s });
        QVERIFY(pdftotext.waitForFinished(30000));
        QCOMPARE(pdftotext.exitCode(), 0);
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(u"pixelwerk"_s) && text.contains(u"deploy-bot"_s), qPrintable(text));
        QVERIFY(text.contains(u"Pixelwerk Agency"_s));
        QVERIFY(!text.contains(u"lena"_s)); // only the accounts attributed to them
    }

    void letterAsTextWithoutRecording()
    {
        const QString file = path(u"letter.txt"_s);
        const CliRun run = cli({ u"accounts"_s, u"letter"_s, m_plan, u"--person"_s, QString::number(m_agency),
                                 u"-o"_s, file, u"--no-record"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(lettersOnFile(), 0);
        QFile letter(file);
        QVERIFY(letter.open(QIODevice::ReadOnly));
        const QByteArray text = letter.readAll();
        QVERIFY(text.startsWith("Your accounts with Tiny Tea"));
        QVERIFY(text.contains("User name: pixelwerk"));
        QVERIFY(text.contains("[ ] Keep it, because:"));
    }

    void letterRefusesWhatItCannotWrite()
    {
        const QString file = path(u"nobody.txt"_s);
        CliRun run = cli({ u"accounts"_s, u"letter"_s, m_plan, u"--person"_s, u"999"_s, u"-o"_s, file });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFile::exists(file));
        // Someone with no account: nothing to confirm, nothing written or recorded.
        auto plan = Plan::open(m_plan);
        QVERIFY(plan.ok());
        Person nobody;
        nobody.name = u"Quiet Developer"_s;
        nobody.kind = Person::Kind::Developer;
        const qint64 id = plan.value()->addPerson(nobody).value();
        plan.value().reset();
        run = cli({ u"accounts"_s, u"letter"_s, m_plan, u"--person"_s, QString::number(id), u"-o"_s, file });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Quiet Developer"), run.err.constData());
        QVERIFY(!QFile::exists(file));
        QCOMPARE(lettersOnFile(), 0);
        QCOMPARE(cli({ u"accounts"_s, u"letter"_s, m_plan, u"-o"_s, file }).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliAccountReview)
#include "tst_cliaccountreview.moc"
