// The plan's TLS probe history: kept with an audit entry, listed newest first, per host, and an
// older (version 1) plan gains the table when opened.
#include "PlanFixture.h"
#include "plan/Plan.h"
#include "plan/PlanSchema.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

TlsProbeRecord record(const QString &host, const QString &grade, const QDateTime &at)
{
    TlsProbeRecord r;
    r.at = at;
    r.host = host;
    r.port = 443;
    r.ip = u"192.0.2.7"_s;
    r.grade = grade;
    r.json = R"({"format":1,"host":")" + host.toUtf8() + R"(","protocols":{}})";
    return r;
}

} // namespace

class TestPlanTlsProbes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(u"plan.storefort"_s);
    }

    void keepsProbesNewestFirst()
    {
        auto plan = Plan::create(m_path, ShopProfile { .name = u"Tiny Tea"_s });
        QVERIFY2(plan, qPrintable(plan.error()));
        QSignalSpy changed(plan.value().get(), &Plan::tlsProbesChanged);
        const QDateTime t0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        QVERIFY(plan.value()->addTlsProbe(record(u"tinytea.example"_s, u"B"_s, t0)));
        QVERIFY(plan.value()->addTlsProbe(record(u"tinytea.example"_s, u"A"_s, t0.addDays(2))));
        QVERIFY(plan.value()->addTlsProbe(record(u"other.example"_s, u"F"_s, t0.addDays(1))));
        QCOMPARE(changed.count(), 3);

        auto all = plan.value()->tlsProbes();
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).grade, u"A"_s);
        QCOMPARE(all->at(1).host, u"other.example"_s);
        QCOMPARE(all->at(2).at, t0);
        auto mine = plan.value()->tlsProbes(u"tinytea.example"_s);
        QVERIFY(mine);
        QCOMPARE(mine->size(), 2);
        QVERIFY(mine->at(0).json.contains("tinytea.example"));
        QCOMPARE(mine->at(0).ip, u"192.0.2.7"_s);

        // Each probe is one audited change, and the chain still holds.
        QCOMPARE(PlanFixture::queryRaw(m_path, u"SELECT count(*) FROM audit WHERE area = 'tls'"_s), u"3"_s);
        QVERIFY(plan.value()->verifyAudit().intact);
    }

    void refusesAnEmptyRecordAndChangesNothing()
    {
        auto plan = Plan::create(m_path, ShopProfile { .name = u"Tiny Tea"_s });
        QVERIFY(plan);
        TlsProbeRecord empty;
        QVERIFY(!plan.value()->addTlsProbe(empty));
        QCOMPARE(PlanFixture::queryRaw(m_path, u"SELECT count(*) FROM tls_probe"_s), u"0"_s);
    }

    void readOnlyPlanKeepsNothing()
    {
        QVERIFY(Plan::create(m_path, ShopProfile { .name = u"Tiny Tea"_s }));
        auto plan = Plan::open(m_path, { .readOnly = true });
        QVERIFY(plan);
        const auto added = plan.value()->addTlsProbe(record(u"tinytea.example"_s, u"A"_s, {}));
        QVERIFY(!added);
        QVERIFY(added.error().contains(u"read-only"_s));
    }

    void olderPlanGainsTheHistory()
    {
        {
            auto plan = Plan::create(m_path, ShopProfile { .name = u"Tiny Tea"_s });
            QVERIFY(plan);
        }
        // Make it a version 1 file, as an earlier Storefort wrote it.
        for (const QString &table :
             { u"finding_acceptance"_s, u"ddos_step"_s, u"ddos_call"_s, u"ddos_plan"_s,
               u"recovery_verification"_s, u"recovery_item"_s, u"leaver_step"_s, u"account_confirmation"_s,
               u"confirmation_letter"_s, u"person_access"_s, u"account_person"_s, u"account"_s,
               u"account_system"_s, u"answer_attachment"_s, u"provider_answer"_s, u"provider"_s,
               u"tls_probe"_s })
            QVERIFY(PlanFixture::execRaw(m_path, u"DROP TABLE "_s + table));
        QVERIFY(PlanFixture::execRaw(m_path, u"PRAGMA user_version = 1"_s));
        QCOMPARE(PlanFixture::queryRaw(m_path, u"PRAGMA user_version"_s), u"1"_s);

        auto plan = Plan::open(m_path);
        QVERIFY2(plan, qPrintable(plan.error()));
        QCOMPARE(PlanFixture::queryRaw(m_path, u"PRAGMA user_version"_s),
                 QString::number(PlanSchema::currentVersion()));
        QVERIFY(plan.value()->addTlsProbe(record(u"tinytea.example"_s, u"A"_s, {})));
        QCOMPARE(plan.value()->tlsProbes()->size(), 1);
        QCOMPARE(plan.value()->shop().name, u"Tiny Tea"_s);
    }
};

QTEST_GUILESS_MAIN(TestPlanTlsProbes)
#include "tst_plantlsprobes.moc"
