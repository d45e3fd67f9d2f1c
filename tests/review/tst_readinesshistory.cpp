// The readiness score's history in real plan files: a point is kept only when the score or a step's
// part changed, read back oldest first; a read-only plan keeps nothing and still succeeds; a plan
// saved before the history existed (version 5) gains its table when opened.
#include "PlanFixture.h"
#include "ReviewFixture.h"
#include "accounts/AccountSync.h"
#include "common/Clock.h"
#include "plan/PlanSchema.h"
#include "review/Readiness.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ReviewFixture::fixedNow;

namespace {

ReadinessRecord record(int score, int tls, const QDateTime &at = {})
{
    return { at, score, { { u"shop-team"_s, 40 }, { u"tls"_s, tls } } };
}

} // namespace

class TestReadinessHistory : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock { fixedNow };
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    QString rows() const
    {
        return PlanFixture::queryRaw(m_path, u"SELECT count(*) FROM readiness_history"_s);
    }

private slots:
    void initTestCase() { Clock::setClock(&m_clock); }
    void cleanupTestCase() { Clock::setClock(nullptr); }

    void init()
    {
        m_clock.setTime(fixedNow);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"shop.storefort"_s);
    }

    void aPointIsKeptOnlyWhenItChanged()
    {
        auto plan = ReviewFixture::create(m_path);
        QSignalSpy changed(plan.get(), &Plan::readinessHistoryChanged);
        QVERIFY(plan->readinessHistory()->isEmpty());

        auto written = plan->recordReadiness(record(20, 0));
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(written.value(), true);
        QCOMPARE(plan->recordReadiness(record(20, 0)).value(), false);
        m_clock.advance(3600);
        // The same score with another part is a change; so is another score with the same parts.
        QCOMPARE(plan->recordReadiness(record(20, 50)).value(), true);
        QCOMPARE(plan->recordReadiness(record(20, 50)).value(), false);
        QCOMPARE(plan->recordReadiness(record(31, 50, fixedNow.addDays(1))).value(), true);
        QCOMPARE(changed.size(), 3);
        QCOMPARE(rows(), u"3"_s);

        const auto history = plan->readinessHistory();
        QVERIFY(history);
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(0).at, fixedNow);
        QCOMPARE(history->at(0).score, 20);
        QCOMPARE(history->at(0).parts.value(u"tls"_s), 0);
        QCOMPARE(history->at(1).at, fixedNow.addSecs(3600));
        QCOMPARE(history->at(1).parts.value(u"tls"_s), 50);
        QCOMPARE(history->at(2).at, fixedNow.addDays(1));
        QCOMPARE(history->at(2).score, 31);
        QCOMPARE(history->at(2).parts, record(31, 50).parts);
        // The newest `limit` points, oldest first.
        const auto last = plan->readinessHistory(2);
        QCOMPARE(last->size(), 2);
        QCOMPARE(last->at(0).score, 20);
        QCOMPARE(last->at(1).score, 31);

        // After reopening, the newest point kept in the file is what a new one is compared with.
        plan.reset();
        auto opened = Plan::open(m_path);
        QVERIFY2(opened, qPrintable(opened.error()));
        QCOMPARE(opened.value()->recordReadiness(record(31, 50)).value(), false);
        QCOMPARE(opened.value()->recordReadiness(record(32, 50)).value(), true);
        QCOMPARE(rows(), u"4"_s);
        // Kept apart from the audit trail, which stays intact.
        QVERIFY(opened.value()->verifyAudit().intact);
    }

    void aScoreOutOfRangeIsRefused()
    {
        auto plan = ReviewFixture::create(m_path);
        QVERIFY(!plan->recordReadiness(record(101, 0)));
        QVERIFY(!plan->recordReadiness(record(-1, 0)));
        QVERIFY(!plan->recordReadiness(record(50, 120)));
        QCOMPARE(rows(), u"0"_s);
    }

    void theComputedScoreGoesIntoTheHistory()
    {
        auto plan = ReviewFixture::create(m_path);
        const Readiness r = ReadinessScore::compute(*plan, PlanFindings::compute(*plan));
        QVERIFY(plan->recordReadiness({ {}, r.score, r.parts() }).value());
        QVERIFY(!plan->recordReadiness({ {}, r.score, r.parts() }).value());
        QVERIFY(plan->setSiteUrls({ u"tinytea.example"_s }));
        const Readiness after = ReadinessScore::compute(*plan, PlanFindings::compute(*plan));
        QVERIFY(after.parts() != r.parts());
        QVERIFY(plan->recordReadiness({ {}, after.score, after.parts() }).value());
        const auto history = plan->readinessHistory();
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->last().parts, after.parts());
        QCOMPARE(history->last().at, fixedNow);
    }

    void nothingIsKeptInsideAnotherEdit()
    {
        // While an import is being written, a score worked out from its progress callback (a window
        // handling events meanwhile) is refused, not written into the import's open transaction.
        auto plan = ReviewFixture::create(m_path);
        const auto system = plan->addSystem(System { .name = u"Shop admin"_s });
        QVERIFY(system);
        AccountSync sync;
        sync.systemId = system.value();
        for (int i = 0; i < 3; ++i) {
            Account a;
            a.systemId = system.value();
            a.userName = u"user%1"_s.arg(i);
            sync.added.append(a);
        }
        QStringList refusals;
        const Status applied = plan->applyImport(system.value(), sync, [&](qsizetype, qsizetype) {
            const auto written = plan->recordReadiness(record(20, 0));
            if (!written)
                refusals.append(written.error());
            return true;
        });
        QVERIFY2(applied, qPrintable(applied.error()));
        QVERIFY(!refusals.isEmpty());
        QVERIFY2(refusals.first().contains(u"Another change"_s), qPrintable(refusals.first()));
        QCOMPARE(rows(), u"0"_s);
        // Once the import is in, the same point is kept.
        QCOMPARE(plan->recordReadiness(record(20, 0)).value(), true);
        QCOMPARE(rows(), u"1"_s);
    }

    void aReadOnlyPlanKeepsNothing()
    {
        {
            auto plan = ReviewFixture::create(m_path);
            QVERIFY(plan->recordReadiness(record(20, 0)).value());
        }
        auto opened = Plan::open(m_path, { .readOnly = true });
        QVERIFY2(opened, qPrintable(opened.error()));
        Plan &plan = *opened.value();
        QVERIFY(plan.isReadOnly());
        QSignalSpy changed(&plan, &Plan::readinessHistoryChanged);
        const auto written = plan.recordReadiness(record(55, 70));
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(written.value(), false);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(rows(), u"1"_s);
        QCOMPARE(plan.readinessHistory()->size(), 1);
    }

    void aVersion5PlanGainsTheHistory()
    {
        {
            auto plan = ReviewFixture::create(m_path);
            QVERIFY(plan->addPerson(Person { .name = u"Ana Lima"_s }));
        }
        QVERIFY(PlanFixture::makeVersion(m_path, 5));
        QCOMPARE(PlanFixture::queryRaw(
                     m_path, u"SELECT count(*) FROM sqlite_master WHERE name = 'readiness_history'"_s),
                 u"0"_s);
        QCOMPARE(PlanFixture::queryRaw(m_path, u"PRAGMA user_version"_s), u"5"_s);
        QCOMPARE(PlanSchema::currentVersion(), 6);

        auto opened = Plan::open(m_path);
        QVERIFY2(opened, qPrintable(opened.error()));
        Plan &plan = *opened.value();
        QCOMPARE(PlanFixture::queryRaw(m_path, u"PRAGMA user_version"_s), u"6"_s);
        QCOMPARE(plan.people().size(), 1);
        QVERIFY(plan.readinessHistory()->isEmpty());
        QVERIFY(plan.recordReadiness(record(12, 0)).value());
        QCOMPARE(plan.readinessHistory()->size(), 1);
        QVERIFY(plan.verifyAudit().intact);
    }
};

QTEST_GUILESS_MAIN(TestReadinessHistory)
#include "tst_readinesshistory.moc"
