// The plan's TLS probe history: kept with an audit entry, listed newest first, per host; the newest
// probe of each of the shop's addresses follows new probes and the shop's sites; and an older
// (version 1) plan gains the table when opened.
#include "PlanFixture.h"
#include "plan/Plan.h"
#include "plan/PlanSchema.h"
#include "tls/TlsProbeJson.h"

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

// A whole probe as the probe keeps it, finished at `at`.
TlsProbeRecord probed(const QString &host, const QString &ip, const QDateTime &at)
{
    TlsProbeResult result;
    result.host = host;
    result.ip = ip;
    result.finishedAt = at;
    return TlsProbeJson::toRecord(result);
}

QStringList addresses(const QList<TlsProbeResult> &probes)
{
    QStringList out;
    for (const TlsProbeResult &p : probes)
        out.append(p.host + u' ' + p.ip + u' ' + p.finishedAt.toString(Qt::ISODate));
    out.sort();
    return out;
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

    void latestProbesFollowTheProbesAndTheSites()
    {
        // Read from the file once and kept: a new probe, or another site, is seen at once.
        auto created = Plan::create(
            m_path, ShopProfile { .name = u"Tiny Tea"_s, .siteUrls = { u"https://tinytea.example"_s } });
        QVERIFY2(created, qPrintable(created.error()));
        Plan &plan = *created.value();
        QVERIFY(plan.latestProbes().isEmpty());
        const QDateTime t0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        QVERIFY(plan.addTlsProbe(probed(u"tinytea.example"_s, u"192.0.2.7"_s, t0)));
        QVERIFY(plan.addTlsProbe(probed(u"other.example"_s, u"192.0.2.9"_s, t0)));
        QCOMPARE(addresses(plan.latestProbes()),
                 QStringList { u"tinytea.example 192.0.2.7 2026-11-01T09:00:00Z"_s });

        QVERIFY(plan.addTlsProbe(probed(u"tinytea.example"_s, u"192.0.2.7"_s, t0.addDays(1))));
        QVERIFY(plan.addTlsProbe(probed(u"tinytea.example"_s, u"192.0.2.8"_s, t0.addDays(2))));
        QCOMPARE(addresses(plan.latestProbes()),
                 (QStringList { u"tinytea.example 192.0.2.7 2026-11-02T09:00:00Z"_s,
                                u"tinytea.example 192.0.2.8 2026-11-03T09:00:00Z"_s }));

        QVERIFY(plan.setSiteUrls({ u"https://other.example"_s }));
        QCOMPARE(addresses(plan.latestProbes()),
                 QStringList { u"other.example 192.0.2.9 2026-11-01T09:00:00Z"_s });
        // No site at all: every host's newest.
        QVERIFY(plan.setSiteUrls({}));
        QCOMPARE(plan.latestProbes().size(), 3);
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
        QVERIFY(PlanFixture::makeVersion(m_path, 1));
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
