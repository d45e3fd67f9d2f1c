// The Plan model: typed edits, validation that changes nothing, and signals for the views.
#include "PlanFixture.h"
#include "plan/Plan.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPlan : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Plan> m_plan;
    QString m_path;

    QString auditCount() { return PlanFixture::queryRaw(m_path, u"SELECT count(*) FROM audit"_s); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(u"plan.storefort"_s);
        auto plan = Plan::create(
            m_path, ShopProfile { .name = u"Tiny Tea"_s, .platform = ShopPlatform::WooCommerce });
        QVERIFY2(plan, qPrintable(plan.error()));
        m_plan = std::move(plan.value());
    }
    void cleanup() { m_plan.reset(); }

    void validatesShopName()
    {
        QSignalSpy changed(m_plan.get(), &Plan::shopChanged);
        const Status empty = m_plan->setShopName(u"   "_s);
        QVERIFY(!empty);
        QVERIFY(empty.error().contains(u"name"_s));
        QVERIFY(!m_plan->setShopName(QString(201, u'x')));
        QCOMPARE(m_plan->shop().name, u"Tiny Tea"_s);
        QCOMPARE(auditCount(), u"1"_s);
        QCOMPARE(changed.count(), 0);
        QVERIFY(m_plan->setShopName(u"  Tiny Tea Ltd "_s));
        QCOMPARE(m_plan->shop().name, u"Tiny Tea Ltd"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(PlanFixture::queryRaw(m_path, u"SELECT name FROM shop"_s), u"Tiny Tea Ltd"_s);
        // The same value again is no change and no entry.
        QVERIFY(m_plan->setShopName(u"Tiny Tea Ltd"_s));
        QCOMPARE(auditCount(), u"2"_s);
    }

    void validatesSiteUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("stored"); // empty: refused
        QTest::newRow("bare host") << u"tinytea.example"_s << u"https://tinytea.example"_s;
        QTest::newRow("https") << u"https://tinytea.example/shop/"_s << u"https://tinytea.example/shop/"_s;
        QTest::newRow("http kept") << u"http://tinytea.example"_s << u"http://tinytea.example"_s;
        QTest::newRow("ftp") << u"ftp://tinytea.example"_s << QString();
        QTest::newRow("no dot") << u"tinytea"_s << QString();
        QTest::newRow("spaces") << u"tiny tea.example"_s << QString();
        QTest::newRow("junk") << u"https://"_s << QString();
    }

    void validatesSiteUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, stored);
        const Status status = m_plan->setSiteUrls({ url });
        QCOMPARE(bool(status), !stored.isEmpty());
        if (stored.isEmpty()) {
            QVERIFY(!status.error().isEmpty());
            QVERIFY(m_plan->shop().siteUrls.isEmpty());
            QCOMPARE(auditCount(), u"1"_s);
        } else {
            QCOMPARE(m_plan->shop().siteUrls, QStringList { stored });
            QCOMPARE(PlanFixture::queryRaw(m_path, u"SELECT url FROM shop_url"_s), stored);
        }
    }

    void editsTheTeam()
    {
        QSignalSpy changed(m_plan.get(), &Plan::peopleChanged);
        QVERIFY(!m_plan->addPerson(Person { .name = u" "_s }));
        QVERIFY(!m_plan->addPerson(Person { .name = u"Bo"_s, .email = u"not-an-address"_s }));
        QVERIFY(!m_plan->addPerson(Person { .name = u"Bo"_s, .status = Person::Status::Left }));
        QCOMPARE(changed.count(), 0);

        auto ana = m_plan->addPerson(
            Person { .name = u"Ana"_s, .role = u"Owner"_s, .email = u"ana@tinytea.example"_s });
        QVERIFY(ana);
        auto dev = m_plan->addPerson(Person { .name = u"Dev Shop GmbH"_s, .kind = Person::Kind::Agency });
        QVERIFY(dev);
        QCOMPARE(m_plan->people().size(), 2);
        QCOMPARE(changed.count(), 2);

        QVERIFY(m_plan->setOwner(ana.value()));
        Person agency = *m_plan->person(dev.value());
        agency.status = Person::Status::Left;
        agency.leftOn = QDate(2026, 10, 31);
        QVERIFY(m_plan->updatePerson(agency));
        QCOMPARE(
            PlanFixture::queryRaw(m_path, u"SELECT left_on FROM person WHERE id = %1"_s.arg(dev.value())),
            u"2026-10-31"_s);

        // Removing the owner clears the link, and the removal can be undone with the same id.
        const Person removed = *m_plan->person(ana.value());
        QVERIFY(m_plan->removePerson(ana.value()));
        QCOMPARE(m_plan->shop().ownerPersonId, 0);
        QCOMPARE(m_plan->people().size(), 1);
        auto back = m_plan->addPerson(removed);
        QVERIFY(back);
        QCOMPARE(back.value(), ana.value());
        QCOMPARE(*m_plan->person(ana.value()), removed);
        QVERIFY(m_plan->verifyAudit().intact);
        // added twice, status and date left, removed, added back
        QCOMPARE(m_plan->auditEntries({ .area = u"team"_s })->size(), 6);
    }

    void unknownPeopleAreRefused()
    {
        QVERIFY(!m_plan->setOwner(42));
        QVERIFY(!m_plan->setMe(42));
        QVERIFY(!m_plan->removePerson(42));
        QVERIFY(!m_plan->updatePerson(Person { .id = 42, .name = u"Ghost"_s }));
        QCOMPARE(auditCount(), u"1"_s);
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
