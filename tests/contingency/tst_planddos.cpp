// The DDoS plan and accepted findings in real plan files: written whole, audited piece by piece,
// standard steps that stay, a bad call tree that changes nothing, acceptances with a reason and
// an expiry.
#include "PlanFixture.h"
#include "common/Clock.h"
#include "contingency/ContingencyFindings.h"
#include "contingency/RecoveryCheck.h"
#include "plan/Plan.h"
#include "plan/PlanSchema.h"
#include "secrets/SecretStore.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList stepKeys { u"cdn_attack_mode"_s, u"rate_limiting"_s, u"origin_locked"_s,
                             u"caching"_s,         u"dns_access"_s,    u"customer_message"_s };

QStringList builtInKeys(const QList<DdosStep> &steps)
{
    QStringList keys;
    for (const DdosStep &step : steps)
        keys.append(step.builtIn);
    return keys;
}

QStringList tasks(const QList<CallTreeEntry> &calls)
{
    QStringList out;
    for (const CallTreeEntry &call : calls)
        out.append(call.task);
    return out;
}

} // namespace

class TestPlanDdos : public QObject
{
    Q_OBJECT

private:
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    const QDateTime m_now { QDate(2026, 11, 28), QTime(10, 0), Qt::UTC };
    FixedClock m_clock { m_now };

    std::unique_ptr<Plan> newPlan()
    {
        auto plan = Plan::create(m_path, ShopProfile { .name = u"Tiny Tea"_s });
        if (!plan)
            qFatal("plan: %s", qPrintable(plan.error()));
        return std::move(plan.value());
    }

    static std::unique_ptr<Plan> reopen(std::unique_ptr<Plan> &plan)
    {
        const QString path = plan->path();
        plan.reset();
        auto opened = Plan::open(path);
        if (!opened)
            qFatal("reopen: %s", qPrintable(opened.error()));
        return std::move(opened.value());
    }

    static RecoveryItem itemByKey(const Plan &plan, const QString &key)
    {
        for (const RecoveryItem &item : plan.recoveryItems()) {
            if (item.builtIn == key)
                return item;
        }
        qFatal("no built-in item %s", qPrintable(key));
    }

    // The audit entries of `area` about one entity, oldest first, as "field: old -> new".
    static QStringList changes(const Plan &plan, const QString &area, const QString &entity,
                               const QString &entityId)
    {
        AuditFilter filter;
        filter.area = area;
        const auto entries = plan.auditEntries(filter);
        if (!entries)
            qFatal("audit: %s", qPrintable(entries.error()));
        QStringList out;
        for (const AuditEntry &e : entries.value()) {
            if (e.entity == entity && e.entityId == entityId)
                out.append(e.field + u": "_s + (e.oldValue.isEmpty() ? QString() : e.oldValue + u' ')
                           + u"-> "_s + e.newValue);
        }
        return out;
    }

    QString auditCount() const { return PlanFixture::queryRaw(m_path, u"SELECT count(*) FROM audit"_s); }

private slots:
    void init()
    {
        m_clock.setTime(m_now);
        Clock::setClock(&m_clock);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"plan.storefort"_s);
    }
    void cleanup() { Clock::setClock(nullptr); }

    void theDdosPlanIsWrittenWholeAndAuditedPiecewise()
    {
        auto plan = newPlan();
        const qint64 ana = plan->addPerson(Person { .name = u"Ana Lima"_s }).value();
        const qint64 ben = plan->addPerson(Person { .name = u"Ben Okafor"_s }).value();
        const qint64 host = plan->addProvider(Provider { .name = u"Acme Hosting"_s }).value();
        const qint64 cdn
            = plan->addProvider(Provider { .name = u"Fast CDN"_s, .kind = ProviderKind::CdnDns }).value();
        QSignalSpy changed(plan.get(), &Plan::ddosPlanChanged);

        DdosPlan wanted = plan->ddosPlan();
        wanted.cdnProviderId = cdn;
        wanted.cdnNotes = u"  Fast CDN in front since 2024; DNS only for mail  "_s;
        wanted.lastDrill = QDate(2026, 10, 1);
        wanted.drillNotes = u"Host's night line did not answer"_s;
        wanted.callTree = {
            { .task = u"Call the host's emergency line"_s,
              .callerPersonId = ana,
              .calleeProviderId = host,
              .channel = u"phone"_s,
              .contact = u"+49 30 1234567"_s },
            { .task = u"Tell customers"_s, .callerPersonId = ben, .channel = u"status page"_s },
            { .task = u"Wake the developer"_s,
              .callerPersonId = ana,
              .calleePersonId = ben,
              .channel = u"phone"_s },
        };
        QVERIFY(plan->setDdosPlan(wanted));
        QCOMPARE(changed.count(), 1);

        const DdosPlan &kept = plan->ddosPlan();
        QCOMPARE(kept.cdnProviderId, cdn);
        QCOMPARE(kept.cdnNotes, u"Fast CDN in front since 2024; DNS only for mail"_s);
        QCOMPARE(kept.lastDrill, QDate(2026, 10, 1));
        QCOMPARE(tasks(kept.callTree),
                 QStringList(
                     { u"Call the host's emergency line"_s, u"Tell customers"_s, u"Wake the developer"_s }));
        for (qsizetype i = 0; i < kept.callTree.size(); ++i) {
            QVERIFY(kept.callTree.at(i).id > 0);
            QCOMPARE(kept.callTree.at(i).position, int(i));
        }
        QCOMPARE(kept.callTree.at(0).calleeProviderId, host);
        QCOMPARE(kept.callTree.at(2).calleePersonId, ben);
        QCOMPARE(changes(*plan, u"ddos"_s, u"plan"_s, u"1"_s),
                 QStringList({ u"cdn_provider: -> "_s + QString::number(cdn),
                               u"cdn_notes: -> Fast CDN in front since 2024; DNS only for mail"_s,
                               u"last_drill: -> 2026-10-01"_s,
                               u"drill_notes: -> Host's night line did not answer"_s }));
        const qint64 hostCall = kept.callTree.at(0).id;
        const qint64 customersCall = kept.callTree.at(1).id;
        const qint64 developerCall = kept.callTree.at(2).id;
        QCOMPARE(
            changes(*plan, u"ddos"_s, u"call"_s, QString::number(customersCall)),
            QStringList({ u"created: -> {\"caller_person\":%1,\"channel\":\"status page\",\"task\":\"Tell "
                          u"customers\"}"_s.arg(ben) }));

        // Change one, remove one, add one, and put the customers first.
        DdosPlan next = plan->ddosPlan();
        next.callTree[1].contact = u"status.tinytea.example"_s;
        next.callTree.removeAt(2);
        next.callTree.move(1, 0);
        next.callTree.append({ .task = u"Call the payment provider"_s, .callerPersonId = ben });
        QVERIFY(plan->setDdosPlan(next));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(tasks(plan->ddosPlan().callTree),
                 QStringList({ u"Tell customers"_s, u"Call the host's emergency line"_s,
                               u"Call the payment provider"_s }));
        QCOMPARE(plan->ddosPlan().callTree.at(0).id, customersCall);
        QCOMPARE(plan->ddosPlan().callTree.at(0).contact, u"status.tinytea.example"_s);
        QCOMPARE(plan->ddosPlan().callTree.at(1).id, hostCall);
        // The removed call, then the new one (SQLite may give it the removed one's id: it then
        // follows the removal under that id).
        const QStringList developerAudit
            = changes(*plan, u"ddos"_s, u"call"_s, QString::number(developerCall));
        QCOMPARE(developerAudit.size() >= 2, true);
        QVERIFY(developerAudit.at(1).startsWith(u"removed: {"_s));
        QVERIFY(developerAudit.at(1).contains(u"Wake the developer"_s));
        QVERIFY(changes(*plan, u"ddos"_s, u"call"_s, QString::number(customersCall))
                    .constLast()
                    .startsWith(u"changed: {"_s));
        QVERIFY(changes(*plan, u"ddos"_s, u"call"_s, QString::number(customersCall))
                    .constLast()
                    .contains(u"status.tinytea.example"_s));
        const qint64 paymentCall = plan->ddosPlan().callTree.at(2).id;
        const QString paymentCreated
            = changes(*plan, u"ddos"_s, u"call"_s, QString::number(paymentCall)).constLast();
        QVERIFY2(paymentCreated.startsWith(u"created: -> {"_s)
                     && paymentCreated.contains(u"payment provider"_s),
                 qPrintable(paymentCreated));

        // Only the order changes: that is an edit too, and it is audited.
        const QString auditBefore = auditCount();
        DdosPlan reordered = plan->ddosPlan();
        reordered.callTree.move(0, 2);
        QVERIFY(plan->setDdosPlan(reordered));
        QCOMPARE(tasks(plan->ddosPlan().callTree),
                 QStringList({ u"Call the host's emergency line"_s, u"Call the payment provider"_s,
                               u"Tell customers"_s }));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(auditCount().toInt(), auditBefore.toInt() + 1);
        QCOMPARE(changes(*plan, u"ddos"_s, u"plan"_s, u"1"_s).constLast(),
                 u"call_order: %1,%2,%3 -> %2,%3,%1"_s.arg(customersCall).arg(hostCall).arg(paymentCall));
        // The earlier edit moved the customers' call before the host's: recorded as well.
        QVERIFY(changes(*plan, u"ddos"_s, u"plan"_s, u"1"_s)
                    .contains(u"call_order: %1,%2 -> %2,%1"_s.arg(hostCall).arg(customersCall)));

        auto again = reopen(plan);
        QCOMPARE(tasks(again->ddosPlan().callTree),
                 QStringList({ u"Call the host's emergency line"_s, u"Call the payment provider"_s,
                               u"Tell customers"_s }));
        QCOMPARE(again->ddosPlan().cdnNotes, u"Fast CDN in front since 2024; DNS only for mail"_s);
        QVERIFY(again->verifyAudit().intact);
    }

    void theStepsPreparedAreTickedAddedAndRemoved()
    {
        auto plan = newPlan();
        DdosPlan wanted = plan->ddosPlan();
        const qint64 attackModeId = wanted.steps.at(0).id;
        wanted.steps[0].prepared = true;
        wanted.steps[0].preparedOn = QDate(2026, 11, 2);
        wanted.steps[0].notes = u"Switch is under Security → Attack mode"_s;
        wanted.steps[3].preparedOn = QDate(2026, 11, 2); // not prepared: the date goes
        wanted.steps.append({ .title = u"  Keep a static 'back soon' page at the CDN  "_s });
        QVERIFY(plan->setDdosPlan(wanted));

        const DdosPlan &kept = plan->ddosPlan();
        QCOMPARE(kept.steps.size(), 7);
        QVERIFY(kept.steps.at(0).prepared);
        QCOMPARE(kept.steps.at(0).preparedOn, QDate(2026, 11, 2));
        QVERIFY(!kept.steps.at(3).preparedOn.isValid());
        const DdosStep own = kept.steps.constLast();
        QVERIFY(own.id > 0);
        QVERIFY(own.builtIn.isEmpty());
        QCOMPARE(own.title, u"Keep a static 'back soon' page at the CDN"_s);
        QCOMPARE(own.position, 6);
        QCOMPARE(changes(*plan, u"ddos"_s, u"step"_s, QString::number(attackModeId)),
                 QStringList({ u"changed: {\"built_in\":\"cdn_attack_mode\",\"prepared\":false} -> "
                               u"{\"built_in\":\"cdn_attack_mode\",\"notes\":\"Switch is under Security → "
                               u"Attack mode\",\"prepared\":true,\"prepared_on\":\"2026-11-02\"}"_s }));
        QCOMPARE(changes(*plan, u"ddos"_s, u"step"_s, QString::number(own.id)).size(), 1);

        // The owner's own step goes; a standard one cannot, nor can one be made up or nameless.
        const QString auditBefore = auditCount();
        QSignalSpy changed(plan.get(), &Plan::ddosPlanChanged);
        DdosPlan withoutStandard = plan->ddosPlan();
        withoutStandard.steps.removeAt(1);
        const Status refused = plan->setDdosPlan(withoutStandard);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(kept.steps.at(1).displayTitle()), qPrintable(refused.error()));
        DdosPlan madeUp = plan->ddosPlan();
        madeUp.steps.append({ .builtIn = u"rate_limiting"_s });
        QVERIFY(!plan->setDdosPlan(madeUp));
        DdosPlan nameless = plan->ddosPlan();
        nameless.steps.append({ .title = u"  "_s });
        QVERIFY(!plan->setDdosPlan(nameless));
        QCOMPARE(plan->ddosPlan().steps.size(), 7);
        QCOMPARE(auditCount(), auditBefore);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(PlanFixture::queryRaw(m_path, u"SELECT count(*) FROM ddos_step"_s), u"7"_s);

        DdosPlan withoutOwn = plan->ddosPlan();
        withoutOwn.steps.removeLast();
        QVERIFY(plan->setDdosPlan(withoutOwn));
        QCOMPARE(builtInKeys(plan->ddosPlan().steps), stepKeys);
        QVERIFY(changes(*plan, u"ddos"_s, u"step"_s, QString::number(own.id))
                    .constLast()
                    .startsWith(u"removed: {"_s));
        // Adding and removing a step reorders nothing; moving one does, and is recorded.
        QVERIFY(!changes(*plan, u"ddos"_s, u"plan"_s, u"1"_s).join(u'\n').contains(u"step_order"_s));
        DdosPlan moved = plan->ddosPlan();
        const qint64 firstStep = moved.steps.at(0).id;
        const qint64 lastStep = moved.steps.at(5).id;
        moved.steps.move(5, 0);
        QVERIFY(plan->setDdosPlan(moved));
        QCOMPARE(plan->ddosPlan().steps.at(0).id, lastStep);
        QCOMPARE(plan->ddosPlan().steps.at(1).id, firstStep);
        QVERIFY(changes(*plan, u"ddos"_s, u"plan"_s, u"1"_s).constLast().startsWith(u"step_order: "_s));

        auto again = reopen(plan);
        QCOMPARE(again->ddosPlan().steps.at(0).builtIn, u"customer_message"_s);
        QVERIFY(again->ddosPlan().steps.at(1).prepared);
    }

    void aBadCallTreeChangesNothing()
    {
        auto plan = newPlan();
        const qint64 ana = plan->addPerson(Person { .name = u"Ana Lima"_s }).value();
        DdosPlan good = plan->ddosPlan();
        good.callTree = { { .task = u"Tell customers"_s, .callerPersonId = ana } };
        QVERIFY(plan->setDdosPlan(good));
        const DdosPlan before = plan->ddosPlan();
        const QString auditBefore = auditCount();
        QSignalSpy changed(plan.get(), &Plan::ddosPlanChanged);

        DdosPlan noTask = before;
        noTask.cdnNotes = u"changed too"_s;
        noTask.callTree.append({ .task = u"   "_s, .callerPersonId = ana, .channel = u"phone"_s });
        const Status refused = plan->setDdosPlan(noTask);
        QVERIFY(!refused);
        QVERIFY(!refused.error().isEmpty());

        DdosPlan stranger = before;
        stranger.callTree[0].calleePersonId = ana + 100;
        QVERIFY(!plan->setDdosPlan(stranger));
        DdosPlan unknownProvider = before;
        unknownProvider.callTree[0].calleeProviderId = 999;
        QVERIFY(!plan->setDdosPlan(unknownProvider));
        DdosPlan unknownCdn = before;
        unknownCdn.cdnProviderId = 999;
        QVERIFY(!plan->setDdosPlan(unknownCdn));

        QCOMPARE(plan->ddosPlan(), before);
        QCOMPARE(auditCount(), auditBefore);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(PlanFixture::queryRaw(m_path, u"SELECT count(*) FROM ddos_call"_s), u"1"_s);

        // The caller leaving the team leaves the call without a caller.
        QVERIFY(plan->removePerson(ana));
        QCOMPARE(plan->ddosPlan().callTree.size(), 1);
        QCOMPARE(plan->ddosPlan().callTree.at(0).callerPersonId, 0);
    }

    void findingsAreAcceptedWithAReasonAndWithdrawn()
    {
        auto plan = newPlan();
        const Finding finding { u"DDOS-NO-CDN"_s, Severity::High, {}, {}, {}, {}, u"ddos/cdn"_s };
        const QDate today(2026, 11, 28);
        QSignalSpy changed(plan.get(), &Plan::acceptancesChanged);
        const QString auditBefore = auditCount();

        FindingAcceptance acceptance;
        acceptance.ruleId = finding.id;
        acceptance.subject = finding.subject;
        acceptance.acceptedOn = today;
        acceptance.expiresOn = QDate(2026, 12, 31);
        acceptance.reason = u"  "_s;
        const Status noReason = plan->acceptFinding(acceptance);
        QVERIFY(!noReason);
        QVERIFY(!noReason.error().isEmpty());
        acceptance.reason = u"The host filters attacks; a CDN follows in spring."_s;
        FindingAcceptance backwards = acceptance;
        backwards.expiresOn = today.addDays(-1);
        QVERIFY(!plan->acceptFinding(backwards));
        FindingAcceptance noRule = acceptance;
        noRule.ruleId.clear();
        QVERIFY(!plan->acceptFinding(noRule));
        QVERIFY(plan->acceptances().isEmpty());
        QCOMPARE(auditCount(), auditBefore);
        QCOMPARE(changed.count(), 0);

        QVERIFY(plan->acceptFinding(acceptance));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(plan->acceptances().size(), 1);
        const FindingAcceptance kept = plan->acceptances().constFirst();
        QCOMPARE(kept.reason, acceptance.reason);
        QCOMPARE(kept.acceptedBy, plan->actor().osUser);
        QCOMPARE(kept.expiresOn, QDate(2026, 12, 31));
        QVERIFY(plan->acceptanceFor(finding, today));
        QVERIFY(plan->acceptanceFor(finding, QDate(2026, 12, 31)));
        QVERIFY(!plan->acceptanceFor(finding, QDate(2027, 1, 1)));
        Finding elsewhere = finding;
        elsewhere.subject = u"ddos/host"_s;
        QVERIFY(!plan->acceptanceFor(elsewhere, today));
        Finding otherRule = finding;
        otherRule.id = u"DDOS-DRILL-OLD"_s;
        QVERIFY(!plan->acceptanceFor(otherRule, today));
        const QString entity = u"DDOS-NO-CDN@ddos/cdn"_s;
        QCOMPARE(changes(*plan, u"findings"_s, u"acceptance"_s, entity).size(), 1);

        // Accepting again replaces the reason and the expiry: still one acceptance.
        FindingAcceptance again = acceptance;
        again.reason = u"Accepted until the move to a new host"_s;
        again.expiresOn = QDate();
        again.acceptedBy = u"Ana Lima"_s;
        QVERIFY(plan->acceptFinding(again));
        QCOMPARE(plan->acceptances().size(), 1);
        QCOMPARE(plan->acceptances().constFirst().reason, again.reason);
        QCOMPARE(plan->acceptances().constFirst().acceptedBy, u"Ana Lima"_s);
        QVERIFY(plan->acceptanceFor(finding, QDate(2030, 1, 1)));
        const QStringList audited = changes(*plan, u"findings"_s, u"acceptance"_s, entity);
        QCOMPARE(audited.size(), 2);
        QVERIFY2(audited.constLast().contains(u"a CDN follows in spring"_s)
                     && audited.constLast().contains(u"until the move"_s),
                 qPrintable(audited.constLast()));

        auto reopened = reopen(plan);
        QCOMPARE(reopened->acceptances().size(), 1);
        QCOMPARE(reopened->acceptances().constFirst().reason, again.reason);
        QVERIFY(!reopened->acceptances().constFirst().expiresOn.isValid());

        QVERIFY(reopened->withdrawAcceptance(finding.id, finding.subject));
        QVERIFY(reopened->acceptances().isEmpty());
        QVERIFY(!reopened->acceptanceFor(finding, today));
        QVERIFY(changes(*reopened, u"findings"_s, u"acceptance"_s, entity)
                    .constLast()
                    .startsWith(u"withdrawn: {"_s));
        QVERIFY(!reopened->withdrawAcceptance(finding.id, finding.subject));
        QCOMPARE(PlanFixture::queryRaw(m_path, u"SELECT count(*) FROM finding_acceptance"_s), u"0"_s);
    }
};

QTEST_GUILESS_MAIN(TestPlanDdos)
#include "tst_planddos.moc"
