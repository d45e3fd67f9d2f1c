// Every step's findings in one list, from a real plan file with something to find in every step:
// each rule's findings present with the right step, the TLS ones as the probe gives them, the list
// sorted, and an acceptance counted while it is in force and not after it ran out.
#include "ReviewFixture.h"
#include "common/Clock.h"
#include "review/PlanFindings.h"
#include "review/ShopFindings.h"
#include "tls/TlsFindings.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ReviewFixture::fixedNow;

namespace {

QStringList idsIn(const QList<PlanFinding> &findings, PlanArea area)
{
    QStringList out;
    for (const PlanFinding &f : findings) {
        if (f.area == area)
            out.append(f.finding.id);
    }
    return out;
}

const PlanFinding *find(const QList<PlanFinding> &findings, const QString &id)
{
    for (const PlanFinding &f : findings) {
        if (f.finding.id == id)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestPlanFindings : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock { fixedNow };
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Plan> m_plan;

private slots:
    void initTestCase() { Clock::setClock(&m_clock); }
    void cleanupTestCase() { Clock::setClock(nullptr); }

    void init()
    {
        m_clock.setTime(fixedNow);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_plan = ReviewFixture::create(m_dir->filePath(u"shop.storefort"_s));
    }

    void cleanup()
    {
        m_plan.reset();
        m_dir.reset();
    }

    void areasFollowTheRulePrefixes()
    {
        QCOMPARE(PlanAreas::all().size(), 6);
        QCOMPARE(PlanAreas::all().first(), PlanArea::ShopTeam);
        QCOMPARE(PlanAreas::all().last(), PlanArea::Contingency);
        QStringList keys;
        for (PlanArea area : PlanAreas::all()) {
            keys.append(PlanAreas::key(area));
            QCOMPARE(PlanAreas::fromKey(PlanAreas::key(area)), std::optional<PlanArea>(area));
            QVERIFY(!PlanAreas::name(area).isEmpty());
        }
        QCOMPARE(
            keys,
            QStringList({ u"shop-team"_s, u"tls"_s, u"providers"_s, u"accounts"_s, u"ddos"_s, u"binder"_s }));
        QVERIFY(!PlanAreas::fromKey(u"contingency"_s));
        QCOMPARE(PlanAreas::name(PlanArea::Contingency), u"Contingency binder"_s);
        const auto of
            = [](const char *id) { return PlanAreas::ofFinding(Finding { .id = QString::fromLatin1(id) }); };
        QCOMPARE(of("TLS-PROTO-SSL2"), PlanArea::Tls);
        QCOMPARE(of("PROV-UNANSWERED"), PlanArea::Providers);
        QCOMPARE(of("ACC-SHARED"), PlanArea::Accounts);
        QCOMPARE(of("SYS-AUDIT-NONE"), PlanArea::Accounts);
        QCOMPARE(of("CRED-WEAK"), PlanArea::Accounts);
        QCOMPARE(of("DDOS-NO-CDN"), PlanArea::Ddos);
        QCOMPARE(of("CONT-NOT-RECORDED"), PlanArea::Contingency);
        QCOMPARE(of("SHOP-NO-SITE"), PlanArea::ShopTeam);
        QCOMPARE(of("TLSX-SOMETHING"), PlanArea::ShopTeam);
        QCOMPARE(of(""), PlanArea::ShopTeam);
    }

    void everyStepsFindingsAreInTheList()
    {
        ReviewFixture::fillMessy(*m_plan, fixedNow);
        const QList<PlanFinding> findings = PlanFindings::compute(*m_plan, fixedNow);

        QVERIFY2(idsIn(findings, PlanArea::ShopTeam).contains(u"SHOP-NO-OWNER"_s),
                 qPrintable(idsIn(findings, PlanArea::ShopTeam).join(u' ')));
        QVERIFY(idsIn(findings, PlanArea::ShopTeam).contains(u"SHOP-NO-TEAM"_s));
        QVERIFY(idsIn(findings, PlanArea::Tls).contains(u"TLS-PROTO-SSL2"_s));
        QVERIFY(idsIn(findings, PlanArea::Tls).contains(u"TLS-PROTO-TLS10"_s));
        QVERIFY(idsIn(findings, PlanArea::Providers).contains(u"PROV-UNANSWERED"_s));
        QVERIFY(idsIn(findings, PlanArea::Accounts).contains(u"ACC-ADMIN-NO-MFA"_s));
        QVERIFY(idsIn(findings, PlanArea::Accounts).contains(u"ACC-ACCESS-REVIEW-DUE"_s));
        QVERIFY(idsIn(findings, PlanArea::Ddos).contains(u"DDOS-NO-CDN"_s));
        QVERIFY(idsIn(findings, PlanArea::Ddos).contains(u"DDOS-NO-CALL-TREE"_s));
        QVERIFY(idsIn(findings, PlanArea::Contingency).contains(u"CONT-NOT-RECORDED"_s));

        for (const PlanFinding &f : findings) {
            QCOMPARE(f.area, PlanAreas::ofFinding(f.finding));
            QVERIFY2(!f.finding.id.startsWith(u"CRED-"_s), qPrintable(f.finding.id));
            QVERIFY(!f.isAccepted());
        }
        // Most severe first, then by rule and subject.
        for (qsizetype i = 1; i < findings.size(); ++i) {
            const Finding &a = findings.at(i - 1).finding;
            const Finding &b = findings.at(i).finding;
            QVERIFY(a.severity >= b.severity);
            if (a.severity == b.severity)
                QVERIFY2(a.id <= b.id, qPrintable(a.id + u" > "_s + b.id));
        }
        QCOMPARE(findings.first().finding.severity, Severity::Critical);

        // The TLS ones are the probe's own, about the host they were found on; info ones included.
        const auto kept = m_plan->tlsProbes();
        QVERIFY(kept && kept->size() == 1);
        const auto result = TlsProbeJson::fromRecord(kept->first());
        QVERIFY(result);
        QStringList expected;
        for (const Finding &f : TlsFindings::compute(result.value()))
            expected.append(f.id);
        QStringList tls = idsIn(findings, PlanArea::Tls);
        expected.sort();
        tls.sort();
        QCOMPARE(tls, expected);
        for (const PlanFinding &f : findings) {
            if (f.area == PlanArea::Tls)
                QVERIFY2(!f.finding.subject.isEmpty(), qPrintable(f.finding.id));
        }
        QCOMPARE(find(findings, u"TLS-PROTO-SSL2"_s)->finding.subject.isEmpty(), false);
    }

    void aFilledInShopHasNoShopFindings()
    {
        QVERIFY(m_plan->setSiteUrls({ u"tinytea.example"_s }));
        const qint64 ana = m_plan->addPerson(Person { .name = u"Ana Lima"_s }).value();
        const qint64 ben = m_plan->addPerson(Person { .name = u"Ben Ode"_s }).value();
        QVERIFY(m_plan->setOwner(ana));
        QVERIFY(ShopFindings::compute(*m_plan).isEmpty());
        QVERIFY(idsIn(PlanFindings::compute(*m_plan), PlanArea::ShopTeam).isEmpty());

        // The owner leaves: the plan has nobody to keep it, and Ben is alone.
        Person left = *m_plan->person(ana);
        left.status = Person::Status::Left;
        left.leftOn = fixedNow.date();
        QVERIFY(m_plan->updatePerson(left));
        QStringList ids = idsIn(PlanFindings::compute(*m_plan), PlanArea::ShopTeam);
        ids.sort();
        QCOMPARE(ids, QStringList({ u"SHOP-NO-TEAM"_s, u"SHOP-OWNER-LEFT"_s }));
        QVERIFY(m_plan->setOwner(ben));
        QCOMPARE(idsIn(PlanFindings::compute(*m_plan), PlanArea::ShopTeam),
                 QStringList { u"SHOP-NO-TEAM"_s });
        QVERIFY(m_plan->setSiteUrls({}));
        QVERIFY(idsIn(PlanFindings::compute(*m_plan), PlanArea::ShopTeam).contains(u"SHOP-NO-SITE"_s));
    }

    void anAcceptanceCountsWhileItIsInForce()
    {
        ReviewFixture::fillMessy(*m_plan, fixedNow);
        const QList<PlanFinding> before = PlanFindings::compute(*m_plan, fixedNow);
        const PlanFinding *noCdn = find(before, u"DDOS-NO-CDN"_s);
        QVERIFY(noCdn);
        const QString subject = noCdn->finding.subject;
        const QDate today = fixedNow.toLocalTime().date();
        QVERIFY(m_plan->acceptFinding({ .ruleId = u"DDOS-NO-CDN"_s,
                                        .subject = subject,
                                        .reason = u"The host filters attacks for us"_s,
                                        .acceptedOn = today,
                                        .expiresOn = today.addDays(10) }));
        // Another subject of the same rule is not covered.
        QVERIFY(m_plan->acceptFinding({ .ruleId = u"DDOS-NO-CALL-TREE"_s,
                                        .subject = u"ddos/elsewhere"_s,
                                        .reason = u"Not this one"_s,
                                        .acceptedOn = today }));

        const QList<PlanFinding> inForce = PlanFindings::compute(*m_plan, fixedNow);
        const PlanFinding *accepted = find(inForce, u"DDOS-NO-CDN"_s);
        QVERIFY(accepted && accepted->isAccepted());
        QCOMPARE(accepted->acceptance->reason, u"The host filters attacks for us"_s);
        QCOMPARE(accepted->acceptance->expiresOn, today.addDays(10));
        QCOMPARE(accepted->area, PlanArea::Ddos);
        QVERIFY(!find(inForce, u"DDOS-NO-CALL-TREE"_s)->isAccepted());

        // On its last day it still counts; the day after, the finding is open again, still listed.
        QVERIFY(find(PlanFindings::compute(*m_plan, fixedNow.addDays(10)), u"DDOS-NO-CDN"_s)->isAccepted());
        const QList<PlanFinding> expired = PlanFindings::compute(*m_plan, fixedNow.addDays(11));
        const PlanFinding *open = find(expired, u"DDOS-NO-CDN"_s);
        QVERIFY(open);
        QVERIFY(!open->isAccepted());
        QCOMPARE(expired.size(), PlanFindings::compute(*m_plan, fixedNow.addDays(11)).size());
    }
};

QTEST_GUILESS_MAIN(TestPlanFindings)
#include "tst_planfindings.moc"
