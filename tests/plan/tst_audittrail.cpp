// The audit trail: every edit leaves chained entries; any tampering is found and never repaired.
#include "PlanFixture.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAuditTrail : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    FixedClock m_clock { QDateTime() };

    // A plan with five entries: created, name, platform, a person added, the person's email.
    void makePlan()
    {
        m_path = m_dir->filePath(u"audited.storefort"_s);
        auto plan = Plan::create(m_path, ShopProfile { .name = u"Tiny Tea"_s });
        QVERIFY(plan);
        m_clock.advance(3600);
        QVERIFY(plan.value()->setShopName(u"Tiny Tea Ltd"_s));
        m_clock.advance(86400);
        QVERIFY(plan.value()->setPlatform(ShopPlatform::Shopify));
        auto id = plan.value()->addPerson(Person { .name = u"Ana"_s, .role = u"Owner"_s });
        QVERIFY(id);
        Person ana = *plan.value()->person(id.value());
        ana.email = u"ana@tinytea.example"_s;
        QVERIFY(plan.value()->updatePerson(ana));
    }

    AuditTrail::Verification verify()
    {
        auto plan = Plan::open(m_path, { .readOnly = true });
        if (!plan) {
            AuditTrail::Verification failed;
            failed.intact = false;
            failed.message = plan.error();
            return failed;
        }
        return plan.value()->auditCheckOnOpen();
    }

private slots:
    void init()
    {
        m_clock.setTime(QDateTime::fromString(u"2026-11-01T09:00:00.000Z"_s, Qt::ISODateWithMs));
        Clock::setClock(&m_clock);
        m_dir = std::make_unique<QTemporaryDir>();
        makePlan();
    }
    void cleanup() { Clock::setClock(nullptr); }

    void recordsEveryChange()
    {
        auto plan = Plan::open(m_path, { .readOnly = true });
        QVERIFY(plan);
        const auto entries = plan.value()->auditEntries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 5);
        const AuditEntry &name = entries->at(1);
        QCOMPARE(name.area, u"shop"_s);
        QCOMPARE(name.field, u"name"_s);
        QCOMPARE(name.oldValue, u"Tiny Tea"_s);
        QCOMPARE(name.newValue, u"Tiny Tea Ltd"_s);
        QCOMPARE(name.at, QDateTime::fromString(u"2026-11-01T10:00:00.000Z"_s, Qt::ISODateWithMs));
        QVERIFY(!name.osUser.isEmpty());
        QCOMPARE(entries->at(3).field, u"created"_s);
        QVERIFY(entries->at(3).oldValue.isNull());
        QCOMPARE(entries->at(4).oldValue, QString());
        QCOMPARE(entries->at(4).newValue, u"ana@tinytea.example"_s);
        for (qsizetype i = 1; i < entries->size(); ++i)
            QCOMPARE(entries->at(i).prevHash, entries->at(i - 1).hash);
        const auto check = verify();
        QVERIFY2(check.intact, qPrintable(check.message));
        QVERIFY(check.problem.isEmpty());
        QCOMPARE(check.entryCount, 5);
    }

    void recordsTheActorChosenAsMe()
    {
        auto plan = Plan::open(m_path);
        QVERIFY(plan);
        const qint64 ana = plan.value()->people().first().id;
        QVERIFY(plan.value()->setMe(ana));
        QVERIFY(plan.value()->setShopName(u"Changed by Ana"_s));
        const auto entries = plan.value()->auditEntries({ .member = u"Ana"_s });
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().newValue, u"Changed by Ana"_s);
    }

    void filters()
    {
        auto plan = Plan::open(m_path, { .readOnly = true });
        QCOMPARE(plan.value()->auditEntries({ .area = u"team"_s })->size(), 2);
        QCOMPARE(plan.value()->auditEntries({ .from = QDate(2026, 11, 2) })->size(), 3);
        QCOMPARE(plan.value()->auditEntries({ .to = QDate(2026, 11, 1) })->size(), 2);
        QCOMPARE(plan.value()->auditEntries({ .limit = 1 })->size(), 1);
    }

    void detectsTampering_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("brokenEntry");
        QTest::newRow("new value") << u"UPDATE audit SET new_value = 'Evil Tea' WHERE id = 2"_s << qint64(2);
        QTest::newRow("old value") << u"UPDATE audit SET old_value = 'x' WHERE id = 5"_s << qint64(5);
        QTest::newRow("time") << u"UPDATE audit SET at = '2020-01-01T00:00:00.000Z' WHERE id = 3"_s
                              << qint64(3);
        QTest::newRow("user") << u"UPDATE audit SET os_user = 'mallory' WHERE id = 1"_s << qint64(1);
        QTest::newRow("member") << u"UPDATE audit SET member = 'Ana' WHERE id = 4"_s << qint64(4);
        QTest::newRow("field") << u"UPDATE audit SET field = 'phone' WHERE id = 5"_s << qint64(5);
        QTest::newRow("entity") << u"UPDATE audit SET entity_id = '9' WHERE id = 4"_s << qint64(4);
        QTest::newRow("null to empty") << u"UPDATE audit SET old_value = '' WHERE id = 1"_s << qint64(1);
        QTest::newRow("removed") << u"DELETE FROM audit WHERE id = 3"_s << qint64(4);
        QTest::newRow("rehashed alone")
            << u"UPDATE audit SET new_value = 'x', hash = 'ab' WHERE id = 2"_s << qint64(2);
        QTest::newRow("renumbered") << u"UPDATE audit SET id = 10 WHERE id = 5"_s << qint64(10);
        QTest::newRow("last removed") << u"DELETE FROM audit WHERE id = 5"_s << qint64(0);
        QTest::newRow("all removed") << u"DELETE FROM audit"_s << qint64(0);
        QTest::newRow("head moved") << u"UPDATE meta SET value = 'ff' WHERE key = 'audit_head'"_s
                                    << qint64(0);
    }

    void detectsTampering()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, brokenEntry);
        QVERIFY(PlanFixture::execRaw(m_path, sql));
        const QByteArray tampered = PlanFixture::readAll(m_path);
        const auto check = verify();
        QVERIFY(!check.intact);
        QCOMPARE(check.brokenEntryId, brokenEntry);
        QVERIFY(check.message.contains(u"tampered"_s));
        // The reason alone, for a face that words the rest itself: in the message, not the message.
        QVERIFY(!check.problem.isEmpty());
        QVERIFY2(check.message.contains(check.problem), qPrintable(check.message));
        QVERIFY(!check.problem.contains(u"tampered"_s));
        // Opening read-write shows the break too, and does not repair it.
        auto plan = Plan::open(m_path);
        QVERIFY(plan);
        QVERIFY(!plan.value()->auditCheckOnOpen().intact);
        plan.value().reset();
        QCOMPARE(PlanFixture::readAll(m_path), tampered);
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
