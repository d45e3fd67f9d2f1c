// Crash safety: a helper process edits a plan in a loop and reports each commit; it is SIGKILLed
// at random moments, 50 times. After every kill the plan must open, pass integrity_check and the
// audit-trail check, and hold every edit the helper reported as committed.
#include "PlanFixture.h"
#include "plan/Plan.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void survivesFiftyKills()
    {
        const QString editor = qEnvironmentVariable("STOREFORT_CRASH_EDITOR");
        QVERIFY2(QFile::exists(editor), "STOREFORT_CRASH_EDITOR must name the plan_crash_editor binary");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"crash.storefort"_s);
        QVERIFY(Plan::create(path, ShopProfile { .name = u"Crash Test Shop"_s }));

        const quint32 seed = qEnvironmentVariableIsSet("STOREFORT_SEED")
            ? qEnvironmentVariableIntValue("STOREFORT_SEED")
            : QRandomGenerator::global()->generate();
        qInfo("seed %u (set STOREFORT_SEED to repeat)", seed);
        QRandomGenerator random(seed);

        // How long the editor takes to open the plan and commit its first edit on this machine and
        // build (a sanitizer build opens several times slower): the kills fall anywhere from inside
        // the open to that long into the edit loop, so they interrupt a working editor everywhere.
        qint64 startUpMs = 0;
        {
            QProcess calibration;
            QElapsedTimer clock;
            clock.start();
            calibration.start(editor, { path, u"999000000"_s });
            QVERIFY(calibration.waitForStarted());
            while (!calibration.readAllStandardOutput().contains("committed ") && clock.elapsed() < 60000)
                calibration.waitForReadyRead(1000);
            startUpMs = clock.elapsed();
            calibration.kill();
            QVERIFY(calibration.waitForFinished());
            QVERIFY2(startUpMs < 60000, "the editor never committed an edit");
        }
        qInfo("the editor's first commit came after %lld ms", startUpMs);

        QSet<QString> committed;
        int killsAfterACommit = 0;
        for (int kill = 1; kill <= 50; ++kill) {
            const qint64 first = qint64(kill) * 1000000;
            QProcess process;
            process.start(editor, { path, QString::number(first) });
            QVERIFY(process.waitForStarted());
            // Anywhere from inside the open (lock, copy, checks) to deep in the edit loop.
            QThread::msleep(random.bounded(2, int(startUpMs) + 120));
            process.kill(); // SIGKILL
            QVERIFY(process.waitForFinished());
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);

            qint64 last = -1;
            const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                if (line.startsWith("committed ")) {
                    last = line.mid(10).toLongLong();
                    committed.insert(u"member %1"_s.arg(last));
                }
            }
            const QByteArray errors = process.readAllStandardError();
            QVERIFY2(errors.isEmpty(), errors.constData());
            if (last >= 0)
                ++killsAfterACommit;

            // A writable open recovers an interrupted transaction; the result must be sound.
            auto plan = Plan::open(path);
            QVERIFY2(plan, qPrintable(u"after kill %1: %2"_s.arg(kill).arg(plan.error())));
            QVERIFY2(!plan.value()->isReadOnly(), qPrintable(plan.value()->readOnlyReason()));
            QCOMPARE(PlanFixture::queryRaw(path, u"PRAGMA integrity_check"_s), u"ok"_s);
            const AuditTrail::Verification audit = plan.value()->verifyAudit();
            QVERIFY2(audit.intact, qPrintable(u"after kill %1: %2"_s.arg(kill).arg(audit.message)));

            QSet<QString> present;
            for (const Person &person : plan.value()->people())
                present.insert(person.name);
            for (const QString &name : std::as_const(committed))
                QVERIFY2(present.contains(name),
                         qPrintable(u"after kill %1, %2 is lost"_s.arg(kill).arg(name)));
            if (last >= 0) {
                // The rename of the last reported edit is in, or a later one.
                const qint64 shown = plan.value()->shop().name.mid(5).toLongLong();
                QVERIFY2(shown >= last, qPrintable(plan.value()->shop().name));
            }
            // Every person added has its audit entry, and nothing more: the two commit together.
            const auto created = plan.value()->auditEntries({ .area = u"team"_s });
            QVERIFY(created);
            QCOMPARE(created->size(), plan.value()->people().size());
        }
        qInfo("%d of 50 kills came after at least one commit; %lld edits reported committed",
              killsAfterACommit, qint64(committed.size()));
        // The kills must really have interrupted a working editor, not just its start-up.
        QVERIFY(killsAfterACommit >= 10);
        QVERIFY(committed.size() >= 50);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
