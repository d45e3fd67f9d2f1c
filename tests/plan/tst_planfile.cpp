// The .storefort file: creation, refusal of files that are not ours or not sound (left byte for
// byte unchanged), read-only when open elsewhere, rolling copies, schema migration, copies.
#include "PlanFixture.h"
#include "plan/Plan.h"
#include "plan/PlanBackups.h"
#include "plan/PlanFile.h"
#include "plan/PlanSchema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPlanFile : public QObject
{
    Q_OBJECT

private:
    QString newPlan(const QString &name = u"shop.storefort"_s)
    {
        const QString path = m_dir->filePath(name);
        ShopProfile profile;
        profile.name = u"Tiny Tea"_s;
        profile.siteUrls = { u"tinytea.example"_s };
        auto plan = Plan::create(path, profile);
        if (!plan)
            qWarning("create failed: %s", qPrintable(plan.error()));
        return path;
    }

    void expectRefusedUnchanged(const QString &path, const QString &expectedWords)
    {
        const QByteArray before = PlanFixture::readAll(path);
        const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
        auto plan = Plan::open(path, { .backupDir = m_dir->filePath(u"copies"_s) });
        QVERIFY(!plan);
        QVERIFY2(plan.error().contains(expectedWords), qPrintable(plan.error()));
        QVERIFY2(plan.error().contains(u"Nothing was changed"_s), qPrintable(plan.error()));
        QCOMPARE(PlanFixture::readAll(path), before);
        // No journal, lock or copy left behind either.
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), filesBefore);
        QVERIFY(!QDir(m_dir->filePath(u"copies"_s)).exists());
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void createsAndReopens()
    {
        const QString path = newPlan();
        QVERIFY(QFile::exists(path));
        QCOMPARE(PlanFixture::queryRaw(path, u"PRAGMA application_id"_s).toInt(), PlanSchema::applicationId);
        QCOMPARE(PlanFixture::queryRaw(path, u"PRAGMA user_version"_s).toInt(), PlanSchema::currentVersion());
        QCOMPARE(PlanFixture::queryRaw(path, u"PRAGMA journal_mode"_s), u"delete"_s);
        auto plan = Plan::open(path);
        QVERIFY2(plan, qPrintable(plan.error()));
        QCOMPARE(plan.value()->shop().name, u"Tiny Tea"_s);
        QCOMPARE(plan.value()->shop().siteUrls, QStringList { u"https://tinytea.example"_s });
        QVERIFY(!plan.value()->isReadOnly());
        QVERIFY(!plan.value()->planId().isEmpty());
        // No temporary file is left from the creation.
        QCOMPARE(QDir(m_dir->path()).entryList({ u"*.new-*"_s }, QDir::Files | QDir::Hidden), QStringList());
    }

    void refusesToOverwriteOnCreate()
    {
        const QString path = newPlan();
        const QByteArray before = PlanFixture::readAll(path);
        auto again = Plan::create(path, ShopProfile { .name = u"Other"_s });
        QVERIFY(!again);
        QVERIFY(again.error().contains(u"already exists"_s));
        QCOMPARE(PlanFixture::readAll(path), before);
    }

    void refusesMissingFile()
    {
        auto plan = Plan::open(m_dir->filePath(u"nope.storefort"_s));
        QVERIFY(!plan);
        QVERIFY(plan.error().contains(u"does not exist"_s));
        QVERIFY(!QFile::exists(m_dir->filePath(u"nope.storefort"_s)));
    }

    void refusesForeignFile()
    {
        const QString path = m_dir->filePath(u"notes.storefort"_s);
        QVERIFY(PlanFixture::writeAll(path, "These are my shopping notes, not a plan.\n"));
        expectRefusedUnchanged(path, u"is not a Storefort plan"_s);
    }

    void refusesForeignSqliteDatabase()
    {
        const QString path = m_dir->filePath(u"other.storefort"_s);
        QVERIFY(PlanFixture::execRaw(path, u"CREATE TABLE recipes(name TEXT)"_s));
        expectRefusedUnchanged(path, u"not a Storefort plan"_s);
    }

    void refusesNewerVersion()
    {
        const QString path = newPlan();
        QVERIFY(
            PlanFixture::execRaw(path, u"PRAGMA user_version = %1"_s.arg(PlanSchema::currentVersion() + 1)));
        expectRefusedUnchanged(path, u"newer version of Storefort"_s);
    }

    void refusesCorruptFile()
    {
        const QString path = newPlan();
        QByteArray bytes = PlanFixture::readAll(path);
        // Scribble over the second page (the first table's b-tree), keeping the header intact.
        QVERIFY(bytes.size() >= 3 * 4096);
        for (int i = 4096 + 8; i < 4096 + 600; ++i)
            bytes[i] = char(0x5A);
        QVERIFY(PlanFixture::writeAll(path, bytes));
        expectRefusedUnchanged(path, u"damaged"_s);
    }

    void refusesTruncatedFile()
    {
        const QString path = newPlan();
        QByteArray bytes = PlanFixture::readAll(path);
        bytes.truncate(bytes.size() / 2);
        QVERIFY(PlanFixture::writeAll(path, bytes));
        expectRefusedUnchanged(path, u"damaged"_s);
    }

    void opensReadOnlyWhenOpenElsewhere()
    {
        const QString path = newPlan();
        auto first = Plan::open(path);
        QVERIFY(first);
        QVERIFY(!first.value()->isReadOnly());
        auto second = Plan::open(path);
        QVERIFY2(second, qPrintable(second.error()));
        QVERIFY(second.value()->isReadOnly());
        QVERIFY(second.value()->readOnlyReason().contains(u"already open"_s));
        const Status refused = second.value()->setShopName(u"Changed"_s);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(u"read-only"_s));
        QCOMPARE(PlanFixture::queryRaw(path, u"SELECT name FROM shop"_s), u"Tiny Tea"_s);
        // The first one still writes, and the second sees it on the next open.
        QVERIFY(first.value()->setShopName(u"Tiny Tea & Co"_s));
        first.value().reset();
        auto third = Plan::open(path);
        QVERIFY(!third.value()->isReadOnly());
        QCOMPARE(third.value()->shop().name, u"Tiny Tea & Co"_s);
    }

    void takesOverTheLockOfADeadProcess()
    {
        const QString path = newPlan();
        // A lock left by a process that has gone (a crash) does not lock the owner out.
        QProcess gone;
        gone.start(u"sh"_s, { u"-c"_s, u"echo $$"_s });
        QVERIFY(gone.waitForFinished());
        const QByteArray pid = gone.readAllStandardOutput().trimmed();
        QVERIFY(pid.toLongLong() > 0);
        QVERIFY(PlanFixture::writeAll(m_dir->filePath(u".shop.storefort.lock"_s),
                                      pid + "\nstorefort\n" + QSysInfo::machineHostName().toUtf8() + "\n"));
        auto plan = Plan::open(path);
        QVERIFY(plan);
        QVERIFY2(!plan.value()->isReadOnly(), qPrintable(plan.value()->readOnlyReason()));
    }

    void keepsTenRollingCopies()
    {
        const QString path = newPlan();
        const QString copies = m_dir->filePath(u"copies"_s);
        QString planId;
        for (int i = 0; i < 13; ++i) {
            auto plan = Plan::open(path, { .backupDir = copies });
            QVERIFY(plan);
            planId = plan.value()->planId();
            QVERIFY(plan.value()->setShopName(u"Name %1"_s.arg(i)));
        }
        const auto kept = PlanBackups::copies(planId, copies);
        QCOMPARE(kept.size(), 10);
        // The newest copy is the plan as it was before the last open: "Name 11".
        QCOMPARE(PlanFixture::queryRaw(kept.first().path, u"SELECT name FROM shop"_s), u"Name 11"_s);
        QCOMPARE(PlanFixture::queryRaw(kept.last().path, u"SELECT name FROM shop"_s), u"Name 2"_s);
        QVERIFY(kept.first().takenAt.isValid());
        QVERIFY(kept.first().takenAt >= kept.last().takenAt);
        // A read-only open takes no copy.
        auto readOnly = Plan::open(path, { .readOnly = true, .backupDir = copies });
        QVERIFY(readOnly);
        QCOMPARE(PlanBackups::copies(planId, copies).first().path, kept.first().path);
    }

    void refusesToUpdateAnOlderFileReadOnly()
    {
        // An older file must be migrated, which a read-only open cannot do: it is refused, unchanged.
        const QString path = m_dir->filePath(u"old.storefort"_s);
        QVERIFY(PlanFixture::execRaw(path, u"PRAGMA application_id = %1"_s.arg(PlanSchema::applicationId)));
        const QByteArray before = PlanFixture::readAll(path);
        auto refused = Plan::open(path, { .readOnly = true });
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"older version"_s), qPrintable(refused.error()));
        QCOMPARE(PlanFixture::readAll(path), before);
    }

    void savesACopy()
    {
        const QString path = newPlan();
        auto plan = Plan::open(path);
        QVERIFY(plan);
        const QString copy = m_dir->filePath(u"copy.storefort"_s);
        QVERIFY(PlanFixture::writeAll(copy, "old content"));
        QVERIFY(plan.value()->saveCopyAs(copy));
        QVERIFY(!plan.value()->saveCopyAs(path)); // never over the open plan itself
        plan.value().reset();
        auto reopened = Plan::open(copy);
        QVERIFY2(reopened, qPrintable(reopened.error()));
        QCOMPARE(reopened.value()->shop().name, u"Tiny Tea"_s);
        QVERIFY(reopened.value()->verifyAudit().intact);
    }
};

QTEST_GUILESS_MAIN(TestPlanFile)
#include "tst_planfile.moc"
