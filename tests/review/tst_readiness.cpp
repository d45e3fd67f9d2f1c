// The readiness score, from findings and real plan content: an empty plan scores low with its steps
// not started; filling a step raises its completion; an open critical finding holds the step down
// and asks for attention until it is accepted; weights, reasons and bounds.
#include "ReviewFixture.h"
#include "common/Clock.h"
#include "review/Readiness.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ReviewFixture::fixedNow;

namespace {

PlanFinding made(const char *id, Severity severity, PlanArea area)
{
    PlanFinding f;
    f.finding.id = QString::fromLatin1(id);
    f.finding.severity = severity;
    f.finding.subject = u"test"_s;
    f.area = area;
    return f;
}

} // namespace

class TestReadiness : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock { fixedNow };
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Plan> m_plan;

    Readiness score(const QList<PlanFinding> &findings = {}) const
    {
        return ReadinessScore::compute(*m_plan, findings, fixedNow);
    }
    Readiness scoreOfPlan() const { return score(PlanFindings::compute(*m_plan, fixedNow)); }

    // Shop & team filled in: site, platform, owner and one more.
    void fillShop()
    {
        QVERIFY(m_plan->setSiteUrls({ u"https://tinytea.example"_s }));
        QVERIFY(m_plan->setPlatform(ShopPlatform::WooCommerce));
        const qint64 ana = m_plan->addPerson(Person { .name = u"Ana Lima"_s }).value();
        QVERIFY(m_plan->addPerson(Person { .name = u"Ben Ode"_s }));
        QVERIFY(m_plan->setOwner(ana));
    }

    static void checkBounds(const Readiness &r)
    {
        QVERIFY(r.score >= 0 && r.score <= 100);
        QCOMPARE(r.steps.size(), PlanAreas::all().size());
        for (const StepReadiness &s : r.steps) {
            QVERIFY2(s.completion >= 0 && s.completion <= 100, qPrintable(PlanAreas::key(s.area)));
            QVERIFY2(s.score >= 0 && s.score <= s.completion, qPrintable(PlanAreas::key(s.area)));
        }
    }

private slots:
    void initTestCase() { Clock::setClock(&m_clock); }
    void cleanupTestCase() { Clock::setClock(nullptr); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_plan = ReviewFixture::create(m_dir->filePath(u"shop.storefort"_s));
    }

    void cleanup()
    {
        m_plan.reset();
        m_dir.reset();
    }

    void anEmptyPlanScoresLowWithItsStepsNotStarted()
    {
        const Readiness r = scoreOfPlan();
        checkBounds(r);
        QVERIFY2(r.score < 10, qPrintable(QString::number(r.score)));
        QList<PlanArea> order;
        for (const StepReadiness &s : r.steps)
            order.append(s.area);
        QCOMPARE(order, PlanAreas::all());
        for (PlanArea area : PlanAreas::all()) {
            const StepReadiness &s = r.step(area);
            QCOMPARE(s.area, area);
            if (area == PlanArea::ShopTeam)
                continue;
            QCOMPARE(s.completion, 0);
            QCOMPARE(s.score, 0);
            QVERIFY2(s.state == StepState::NotStarted, qPrintable(PlanAreas::key(area)));
            QVERIFY(!s.heldDownBy.isEmpty());
        }
        // Only the shop's name is there: one part of five.
        QCOMPARE(r.step(PlanArea::ShopTeam).completion, 20);
        QCOMPARE(r.step(PlanArea::ShopTeam).state, StepState::InProgress);
    }

    void weightsMakeTheOverallScore()
    {
        fillShop();
        ReviewFixture::fillMessy(*m_plan, fixedNow);
        const Readiness r = scoreOfPlan();
        checkBounds(r);
        int weights = 0;
        double sum = 0;
        for (const StepReadiness &s : r.steps) {
            QVERIFY(s.weight >= 1);
            weights += s.weight;
            sum += double(s.weight) * s.score;
        }
        QCOMPARE(weights, 9);
        QCOMPARE(r.step(PlanArea::Tls).weight, 2);
        QCOMPARE(r.step(PlanArea::Accounts).weight, 2);
        QCOMPARE(r.step(PlanArea::Contingency).weight, 2);
        QCOMPARE(r.step(PlanArea::Providers).weight, 1);
        QCOMPARE(r.score, qRound(sum / weights));
        const QMap<QString, int> parts = r.parts();
        QCOMPARE(parts.size(), 6);
        for (const StepReadiness &s : r.steps)
            QCOMPARE(parts.value(PlanAreas::key(s.area), -1), s.score);
    }

    void fillingAStepRaisesItsCompletion()
    {
        int before = score().step(PlanArea::ShopTeam).completion;
        QVERIFY(m_plan->setSiteUrls({ u"https://tinytea.example"_s }));
        int after = score().step(PlanArea::ShopTeam).completion;
        QVERIFY(after > before);
        fillShop();
        const StepReadiness shop = score().step(PlanArea::ShopTeam);
        QCOMPARE(shop.completion, 100);
        QCOMPARE(shop.score, 100);
        QCOMPARE(shop.state, StepState::Done);
        QVERIFY(shop.heldDownBy.isEmpty());
        QVERIFY(shop.raisedBy.join(u' ').contains(u"Ana Lima"_s));

        // TLS: the site probed today counts fully; a probe 40 days old only half.
        before = score().step(PlanArea::Tls).completion;
        QCOMPARE(before, 0);
        QVERIFY(ReviewFixture::addProbe(
            *m_plan,
            ReviewFixture::probe(u"tinytea.example"_s, fixedNow.addDays(-40), fixedNow.addDays(100))));
        QCOMPARE(score().step(PlanArea::Tls).completion, 50);
        QVERIFY(score().step(PlanArea::Tls).heldDownBy.join(u' ').contains(u"40 day"_s));
        QVERIFY(ReviewFixture::addProbe(
            *m_plan,
            ReviewFixture::probe(u"tinytea.example"_s, fixedNow.addDays(-3), fixedNow.addDays(100))));
        const StepReadiness tls = score().step(PlanArea::Tls);
        QCOMPARE(tls.completion, 100);
        QVERIFY2(tls.raisedBy.join(u' ').contains(u"3 day"_s)
                     && tls.raisedBy.join(u' ').contains(u"ago: grade A."_s),
                 qPrintable(tls.raisedBy.join(u' ')));

        // Contingency: one item held and placed raises it; its state is no longer "not started".
        RecoveryItem backup = m_plan->recoveryItems().first();
        const int emptyContingency = score().step(PlanArea::Contingency).completion;
        backup.holderPersonId = m_plan->people().first().id;
        backup.location = u"/srv/backups"_s;
        QVERIFY(m_plan->updateRecoveryItem(backup));
        const StepReadiness contingency = score().step(PlanArea::Contingency);
        QVERIFY(contingency.completion > emptyContingency);
        QVERIFY(contingency.state != StepState::NotStarted);
    }

    void anOpenCriticalFindingHoldsTheStepDown()
    {
        fillShop();
        QVERIFY(ReviewFixture::addProbe(
            *m_plan,
            ReviewFixture::probe(u"tinytea.example"_s, fixedNow.addDays(-1), fixedNow.addDays(100))));
        const StepReadiness clean = score().step(PlanArea::Tls);
        QCOMPARE(clean.completion, 100);
        QCOMPARE(clean.score, 100);
        QCOMPARE(clean.state, StepState::Done);

        PlanFinding critical = made("TLS-PROTO-SSL2", Severity::Critical, PlanArea::Tls);
        const StepReadiness held = score({ critical }).step(PlanArea::Tls);
        QCOMPARE(held.completion, 100);
        QCOMPARE(held.score, 60);
        QCOMPARE(held.state, StepState::NeedsAttention);
        QCOMPARE(held.open.value(Severity::Critical), 1);
        QVERIFY2(held.heldDownBy.join(u' ').contains(u"1 critical finding"_s),
                 qPrintable(held.heldDownBy.join(u' ')));
        // The other steps do not feel it.
        QCOMPARE(score({ critical }).step(PlanArea::ShopTeam).score, 100);

        critical.acceptance = FindingAcceptance { .ruleId = critical.finding.id,
                                                  .subject = critical.finding.subject,
                                                  .reason = u"Old tills need it until June"_s };
        const StepReadiness lifted = score({ critical }).step(PlanArea::Tls);
        QCOMPARE(lifted.score, 100);
        QCOMPARE(lifted.state, StepState::Done);
        QVERIFY(lifted.open.isEmpty() || lifted.open.value(Severity::Critical) == 0);

        // Diminishing: each further finding takes its share of what is left, never below 0; info
        // findings take nothing.
        QCOMPARE(score({ made("TLS-A", Severity::High, PlanArea::Tls),
                         made("TLS-B", Severity::High, PlanArea::Tls) })
                     .step(PlanArea::Tls)
                     .score,
                 64);
        QCOMPARE(score({ made("TLS-C", Severity::Medium, PlanArea::Tls) }).step(PlanArea::Tls).score, 92);
        QCOMPARE(score({ made("TLS-D", Severity::Low, PlanArea::Tls) }).step(PlanArea::Tls).score, 97);
        QCOMPARE(score({ made("TLS-E", Severity::Info, PlanArea::Tls) }).step(PlanArea::Tls).score, 100);
        QList<PlanFinding> many;
        for (int i = 0; i < 50; ++i)
            many.append(made("TLS-F", Severity::Critical, PlanArea::Tls));
        const Readiness flooded = score(many);
        checkBounds(flooded);
        QCOMPARE(flooded.step(PlanArea::Tls).score, 0);
        QVERIFY(flooded.step(PlanArea::Tls).heldDownBy.join(u' ').contains(u"50 critical finding"_s));
    }

    void aRealCriticalFindingAndItsAcceptance()
    {
        fillShop();
        QVERIFY(ReviewFixture::addProbe(
            *m_plan,
            ReviewFixture::probe(u"tinytea.example"_s, fixedNow.addDays(-1), fixedNow.addDays(100), true)));
        const StepReadiness held = scoreOfPlan().step(PlanArea::Tls);
        QCOMPARE(held.state, StepState::NeedsAttention);
        QVERIFY(held.score < held.completion);
        for (const PlanFinding &f : PlanFindings::compute(*m_plan, fixedNow)) {
            if (f.area == PlanArea::Tls && f.finding.severity >= Severity::High)
                QVERIFY(m_plan->acceptFinding({ .ruleId = f.finding.id,
                                                .subject = f.finding.subject,
                                                .reason = u"Old tills need it until June"_s,
                                                .acceptedOn = fixedNow.date() }));
        }
        const StepReadiness lifted = scoreOfPlan().step(PlanArea::Tls);
        QVERIFY(lifted.state != StepState::NeedsAttention);
        QVERIFY(lifted.score > held.score);
    }

    void somethingOverdueAsksForAttention()
    {
        QVERIFY(m_plan->recordAccessReview(fixedNow.date().addDays(-200)));
        const StepReadiness accounts = score().step(PlanArea::Accounts);
        QCOMPARE(accounts.state, StepState::NeedsAttention);
        QVERIFY2(accounts.heldDownBy.join(u' ').contains(u"overdue"_s),
                 qPrintable(accounts.heldDownBy.join(u' ')));
        QVERIFY(accounts.heldDownBy.join(u' ').contains(u"has been due since"_s));
        // Reviewed lately: in progress again (nothing else on file).
        QVERIFY(m_plan->recordAccessReview(fixedNow.date().addDays(-5)));
        QCOMPARE(score().step(PlanArea::Accounts).state, StepState::InProgress);
    }

    void reasonsArePlainSentences()
    {
        for (int round = 0; round < 2; ++round) {
            if (round == 1) {
                fillShop();
                ReviewFixture::fillMessy(*m_plan, fixedNow);
            }
            const Readiness r = scoreOfPlan();
            checkBounds(r);
            static const QRegularExpression ruleId(u"\\b[A-Z]{2,}-[A-Z0-9-]+\\b"_s);
            for (const StepReadiness &s : r.steps) {
                QVERIFY(!StepStates::name(s.state).isEmpty());
                QVERIFY(!(s.raisedBy + s.heldDownBy).isEmpty());
                for (const QString &reason : s.raisedBy + s.heldDownBy) {
                    QVERIFY(!reason.trimmed().isEmpty());
                    QVERIFY2(!reason.front().isSpace(), qPrintable(reason));
                    QVERIFY2(reason.endsWith(u'.'), qPrintable(reason));
                    QVERIFY2(!reason.contains(u'%'), qPrintable(reason));
                    QVERIFY2(!ruleId.match(reason).hasMatch(), qPrintable(reason));
                }
            }
        }
    }

    void stepStatesHaveKeysAndNames()
    {
        QCOMPARE(StepStates::key(StepState::NotStarted), u"not-started"_s);
        QCOMPARE(StepStates::key(StepState::InProgress), u"in-progress"_s);
        QCOMPARE(StepStates::key(StepState::Done), u"done"_s);
        QCOMPARE(StepStates::key(StepState::NeedsAttention), u"needs-attention"_s);
        QCOMPARE(StepStates::name(StepState::NeedsAttention), u"Needs attention"_s);
    }
};

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
