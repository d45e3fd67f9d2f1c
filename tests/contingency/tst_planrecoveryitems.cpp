// The recovery items in real plan files: the seed list every plan starts with, the owner's own
// items, holders, keychain references, verifications kept as history, each edit audited and
// refused whole when wrong, a version 4 plan gaining the contingency tables, and a read-only plan
// refusing every edit.
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

const QStringList seedKeys { u"backup"_s,      u"customer_export"_s, u"order_export"_s,
                             u"product_csv"_s, u"certificate"_s,     u"code"_s,
                             u"root_account"_s };
const QStringList stepKeys { u"cdn_attack_mode"_s, u"rate_limiting"_s, u"origin_locked"_s,
                             u"caching"_s,         u"dns_access"_s,    u"customer_message"_s };

QStringList builtInKeys(const QList<RecoveryItem> &items)
{
    QStringList keys;
    for (const RecoveryItem &item : items)
        keys.append(item.builtIn);
    return keys;
}

QStringList builtInKeys(const QList<DdosStep> &steps)
{
    QStringList keys;
    for (const DdosStep &step : steps)
        keys.append(step.builtIn);
    return keys;
}

} // namespace

class TestPlanRecoveryItems : public QObject
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

    void aNewPlanHasTheSeedItemsAndTheStandardSteps()
    {
        auto plan = newPlan();
        const QList<RecoveryItem> items = plan->recoveryItems(); // a copy: the plan is reopened below
        QCOMPARE(builtInKeys(items), seedKeys);
        QCOMPARE(builtInKeys(RecoveryItems::standardItems()), seedKeys);
        const QList<RecoveryKind> kinds { RecoveryKind::Backup,      RecoveryKind::CustomerExport,
                                          RecoveryKind::OrderExport, RecoveryKind::ProductCsv,
                                          RecoveryKind::Certificate, RecoveryKind::CodeRepository,
                                          RecoveryKind::RootAccount };
        QSet<qint64> ids;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const RecoveryItem &item = items.at(i);
            QCOMPARE(item.kind, kinds.at(i));
            QVERIFY(item.id > 0);
            ids.insert(item.id);
            QVERIFY(item.title.isEmpty());
            QVERIFY(!item.displayTitle().isEmpty());
            QVERIFY(!item.why().isEmpty());
            QCOMPARE(item.holderPersonId, 0);
            QVERIFY(item.location.isEmpty());
            QVERIFY(item.secretRef.isEmpty());
            QVERIFY(!item.lastVerification);
            QCOMPARE(plan->recoveryItem(item.id), item);
        }
        QCOMPARE(ids.size(), 7);

        const DdosPlan &ddos = plan->ddosPlan();
        QCOMPARE(builtInKeys(ddos.steps), stepKeys);
        QCOMPARE(builtInKeys(DdosPlan::standardSteps()), stepKeys);
        for (qsizetype i = 0; i < ddos.steps.size(); ++i) {
            const DdosStep &step = ddos.steps.at(i);
            QVERIFY(step.id > 0);
            QCOMPARE(step.position, int(i));
            QVERIFY(!step.prepared);
            QVERIFY(!step.displayTitle().isEmpty());
            QVERIFY(!step.why().isEmpty());
        }
        QCOMPARE(ddos.cdnProviderId, 0);
        QVERIFY(!ddos.lastDrill.isValid());
        QVERIFY(ddos.callTree.isEmpty());
        QVERIFY(plan->acceptances().isEmpty());

        // The same after reopening: the seed is in the file, not made up on load.
        auto again = reopen(plan);
        QCOMPARE(again->recoveryItems(), items);
        QCOMPARE(PlanFixture::queryRaw(m_path, u"SELECT count(*) FROM recovery_item"_s), u"7"_s);
        QCOMPARE(PlanFixture::queryRaw(m_path, u"SELECT count(*) FROM ddos_step"_s), u"6"_s);
    }

    void anItemEditIsKeptAndAuditedFieldByField()
    {
        auto plan = newPlan();
        const qint64 ana = plan->addPerson(Person { .name = u"Ana Lima"_s }).value();
        RecoveryItem item = itemByKey(*plan, u"certificate"_s);
        const SecretRef ref(plan->planId(), u"recovery"_s, QString::number(item.id), u"passphrase"_s);
        QVERIFY(ref.isValid());
        const QString auditBefore = auditCount();

        QSignalSpy changed(plan.get(), &Plan::recoveryItemsChanged);
        item.holderPersonId = ana;
        item.location = u"  /srv/certificates/tinytea  "_s;
        item.howToReach = u"Ana's laptop, or call her on +49 30 555 01"_s;
        item.notes = u"Renewed every autumn — Zertifikat für Bücher"_s;
        item.secretRef = ref.key();
        QVERIFY(plan->updateRecoveryItem(item));
        QCOMPARE(changed.count(), 1);

        const QString id = QString::number(item.id);
        QCOMPARE(changes(*plan, u"contingency"_s, u"recovery_item"_s, id),
                 QStringList({ u"holder_person: -> "_s + QString::number(ana),
                               u"location: -> /srv/certificates/tinytea"_s,
                               u"how_to_reach: -> Ana's laptop, or call her on +49 30 555 01"_s,
                               u"notes: -> Renewed every autumn — Zertifikat für Bücher"_s,
                               u"secret_ref: -> "_s + ref.key() }));
        QCOMPARE(auditCount().toInt(), auditBefore.toInt() + 5);

        // Saving it unchanged changes nothing and writes nothing.
        QVERIFY(plan->updateRecoveryItem(*plan->recoveryItem(item.id)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(auditCount().toInt(), auditBefore.toInt() + 5);

        // One field more: one entry more, with the old value.
        RecoveryItem moved = *plan->recoveryItem(item.id);
        moved.location = u"/mnt/safe/certificates"_s;
        QVERIFY(plan->updateRecoveryItem(moved));
        QCOMPARE(changes(*plan, u"contingency"_s, u"recovery_item"_s, id).constLast(),
                 u"location: /srv/certificates/tinytea -> /mnt/safe/certificates"_s);

        auto again = reopen(plan);
        const RecoveryItem kept = *again->recoveryItem(item.id);
        QCOMPARE(kept.holderPersonId, ana);
        QCOMPARE(kept.location, u"/mnt/safe/certificates"_s);
        QCOMPARE(kept.howToReach, item.howToReach);
        QCOMPARE(kept.notes, item.notes);
        QCOMPARE(kept.builtIn, u"certificate"_s);
        QCOMPARE(kept.kind, RecoveryKind::Certificate);
        // The plan keeps a reference into the keychain, which reads back as one.
        QCOMPARE(kept.secretRef, ref.key());
        QCOMPARE(SecretRef::fromKey(kept.secretRef), std::optional<SecretRef>(ref));
        QCOMPARE(PlanFixture::queryRaw(m_path, u"SELECT secret_ref FROM recovery_item WHERE id = "_s + id),
                 ref.key());
        QVERIFY(again->verifyAudit().intact);
    }

    void aBuiltInItemKeepsItsKindAndOnlySecretKindsTakeAReference()
    {
        auto plan = newPlan();
        RecoveryItem backup = itemByKey(*plan, u"backup"_s);
        const QString auditBefore = auditCount();
        RecoveryItem withRef = backup;
        withRef.secretRef
            = SecretRef(plan->planId(), u"recovery"_s, QString::number(backup.id), u"x"_s).key();
        const Status refused = plan->updateRecoveryItem(withRef);
        QVERIFY(!refused);
        QVERIFY(!refused.error().isEmpty());
        QCOMPARE(*plan->recoveryItem(backup.id), backup);
        QCOMPARE(auditCount(), auditBefore);

        // A built-in backup stays a backup, whatever the editor sends.
        RecoveryItem renamed = backup;
        renamed.kind = RecoveryKind::Other;
        renamed.title = u"Our backups"_s;
        QVERIFY(plan->updateRecoveryItem(renamed));
        QCOMPARE(plan->recoveryItem(backup.id)->kind, RecoveryKind::Backup);
        QCOMPARE(plan->recoveryItem(backup.id)->displayTitle(), u"Our backups"_s);
        QCOMPARE(changes(*plan, u"contingency"_s, u"recovery_item"_s, QString::number(backup.id)),
                 QStringList({ u"title: -> Our backups"_s }));
    }

    void aHolderIsAPersonOrAProviderNotBoth()
    {
        auto plan = newPlan();
        const qint64 ana = plan->addPerson(Person { .name = u"Ana Lima"_s }).value();
        const qint64 host = plan->addProvider(Provider { .name = u"Acme Hosting"_s }).value();
        const RecoveryItem before = itemByKey(*plan, u"root_account"_s);
        const QString auditBefore = auditCount();
        QSignalSpy changed(plan.get(), &Plan::recoveryItemsChanged);

        RecoveryItem both = before;
        both.holderPersonId = ana;
        both.holderProviderId = host;
        both.location = u"Office safe"_s;
        const Status refused = plan->updateRecoveryItem(both);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"not both"_s), qPrintable(refused.error()));
        QCOMPARE(*plan->recoveryItem(before.id), before);
        QCOMPARE(auditCount(), auditBefore);
        QCOMPARE(changed.count(), 0);

        // Nor someone who is not in the plan.
        RecoveryItem stranger = before;
        stranger.holderPersonId = ana + 100;
        QVERIFY(!plan->updateRecoveryItem(stranger));
        RecoveryItem unknownProvider = before;
        unknownProvider.holderProviderId = host + 100;
        QVERIFY(!plan->updateRecoveryItem(unknownProvider));
        QCOMPARE(*plan->recoveryItem(before.id), before);
        QCOMPARE(auditCount(), auditBefore);

        // Each on its own is fine.
        RecoveryItem byProvider = before;
        byProvider.holderProviderId = host;
        QVERIFY(plan->updateRecoveryItem(byProvider));
        QCOMPARE(plan->recoveryItem(before.id)->holderProviderId, host);
    }

    void removingAHolderClearsTheItemsHolder()
    {
        auto plan = newPlan();
        const qint64 ana = plan->addPerson(Person { .name = u"Ana Lima"_s }).value();
        const qint64 host = plan->addProvider(Provider { .name = u"Acme Hosting"_s }).value();
        RecoveryItem code = itemByKey(*plan, u"code"_s);
        code.holderPersonId = ana;
        code.location = u"/home/ana/shop"_s;
        QVERIFY(plan->updateRecoveryItem(code));
        RecoveryItem backup = itemByKey(*plan, u"backup"_s);
        backup.holderProviderId = host;
        QVERIFY(plan->updateRecoveryItem(backup));

        QSignalSpy changed(plan.get(), &Plan::recoveryItemsChanged);
        QVERIFY(plan->removePerson(ana));
        QCOMPARE(plan->recoveryItem(code.id)->holderPersonId, 0);
        QCOMPARE(plan->recoveryItem(code.id)->location, u"/home/ana/shop"_s);
        QCOMPARE(changed.count(), 1);
        QVERIFY(plan->removeProvider(host));
        QCOMPARE(plan->recoveryItem(backup.id)->holderProviderId, 0);

        auto again = reopen(plan);
        QCOMPARE(again->recoveryItem(code.id)->holderPersonId, 0);
        QCOMPARE(again->recoveryItem(backup.id)->holderProviderId, 0);
        QCOMPARE(
            PlanFixture::queryRaw(m_path,
                                  u"SELECT count(*) FROM recovery_item WHERE holder_person_id IS NOT NULL "
                                  u"OR holder_provider_id IS NOT NULL"_s),
            u"0"_s);
    }

    void ownItemsComeAndGoBuiltInItemsStay()
    {
        auto plan = newPlan();
        const QString auditBefore = auditCount();
        QVERIFY(!plan->addRecoveryItem(RecoveryItem { .title = u"   "_s }));
        QCOMPARE(auditCount(), auditBefore);

        RecoveryItem own;
        own.builtIn = u"backup"_s; // not the owner's to choose
        own.title = u"  Printed list of suppliers  "_s;
        own.location = u"Office, top drawer"_s;
        const auto added = plan->addRecoveryItem(own);
        QVERIFY2(added, qPrintable(added.error()));
        const qint64 id = added.value();
        QCOMPARE(plan->recoveryItems().size(), 8);
        QCOMPARE(plan->recoveryItems().constLast().id, id);
        const RecoveryItem kept = *plan->recoveryItem(id);
        QVERIFY(kept.builtIn.isEmpty());
        QCOMPARE(kept.kind, RecoveryKind::Other);
        QCOMPARE(kept.title, u"Printed list of suppliers"_s);
        QCOMPARE(changes(*plan, u"contingency"_s, u"recovery_item"_s, QString::number(id)).size(), 1);
        QVERIFY(changes(*plan, u"contingency"_s, u"recovery_item"_s, QString::number(id))
                    .constFirst()
                    .startsWith(u"created: -> "_s));

        // Its verifications go with it.
        QVERIFY(plan->recordVerification(id, RecoveryCheck::confirmedByHand(u"Seen it"_s, m_now)));
        QCOMPARE(PlanFixture::queryRaw(m_path, u"SELECT count(*) FROM recovery_verification"_s), u"1"_s);
        QVERIFY(plan->removeRecoveryItem(id));
        QVERIFY(!plan->recoveryItem(id));
        QCOMPARE(plan->recoveryItems().size(), 7);
        QCOMPARE(PlanFixture::queryRaw(m_path, u"SELECT count(*) FROM recovery_verification"_s), u"0"_s);
        QVERIFY(changes(*plan, u"contingency"_s, u"recovery_item"_s, QString::number(id))
                    .constLast()
                    .startsWith(u"removed: {"_s));
        QVERIFY(!plan->removeRecoveryItem(id));

        // A built-in item cannot be removed.
        const RecoveryItem backup = itemByKey(*plan, u"backup"_s);
        const QString auditMid = auditCount();
        const Status refused = plan->removeRecoveryItem(backup.id);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(backup.displayTitle()), qPrintable(refused.error()));
        QCOMPARE(plan->recoveryItems().size(), 7);
        QCOMPARE(auditCount(), auditMid);
        auto again = reopen(plan);
        QCOMPARE(builtInKeys(again->recoveryItems()), seedKeys);
    }

    void verificationsAreKeptAsHistory()
    {
        auto plan = newPlan();
        const RecoveryItem backup = itemByKey(*plan, u"backup"_s);
        QSignalSpy changed(plan.get(), &Plan::recoveryItemsChanged);

        Verification older;
        older.at = m_now.addDays(-2);
        older.add(u"backup.newest.age"_s, CheckOutcome::Failed,
                  u"Die neueste Sicherung „shop.tar.gz“ ist 30 Stunden alt — zu alt ✗"_s);
        older.add(u"backup.reference"_s, CheckOutcome::Passed, u"Une copie plus ancienne existe (été)."_s);
        older.facts.insert(u"newest"_s,
                           QJsonObject { { u"name"_s, u"shop-ß-日本.tar.gz"_s }, { u"size"_s, 1234 } });
        older.facts.insert(u"count"_s, 3);

        Verification newer;
        newer.at = m_now.addDays(-1);
        newer.by = u"Ana Lima"_s;
        newer.byHand = true;
        newer.add(u"item.confirmed"_s, CheckOutcome::Passed, u"Looked at it: all there."_s);
        newer.facts.insert(u"list"_s, QJsonArray { 1, u"two"_s });

        // The newer one first: an older one recorded later does not become the latest.
        const auto newerId = plan->recordVerification(backup.id, newer);
        QVERIFY2(newerId, qPrintable(newerId.error()));
        const auto olderId = plan->recordVerification(backup.id, older);
        QVERIFY2(olderId, qPrintable(olderId.error()));
        QVERIFY(olderId.value() != newerId.value());
        QVERIFY(changed.count() >= 1);

        Verification olderKept = older;
        olderKept.by = plan->actor().osUser; // nobody chosen as "me": the operating-system user
        QVERIFY(!olderKept.by.isEmpty());
        QCOMPARE(plan->recoveryItem(backup.id)->lastVerification, std::optional<Verification>(newer));
        auto history = plan->verificationsOf(backup.id);
        QVERIFY2(history, qPrintable(history.error()));
        QCOMPARE(history.value(), QList<Verification>({ newer, olderKept }));
        QCOMPARE(plan->verificationsOf(backup.id, 1).value(), QList<Verification>({ newer }));
        QVERIFY(plan->verificationsOf(itemByKey(*plan, u"code"_s).id).value().isEmpty());

        // A third, newest of all, takes over; the outcome is in the audit trail.
        Verification newest;
        newest.at = m_now;
        newest.add(u"backup.newest.age"_s, CheckOutcome::Passed, u"3 hours old"_s);
        newest.add(u"backup.size"_s, CheckOutcome::Warning, u"Much smaller than the one before"_s);
        const qsizetype signalsBefore = changed.count();
        QVERIFY(plan->recordVerification(backup.id, newest));
        QCOMPARE(changed.count(), signalsBefore + 1);
        QCOMPARE(plan->recoveryItem(backup.id)->lastVerification->checks, newest.checks);
        QCOMPARE(
            changes(*plan, u"contingency"_s, u"recovery_item"_s, QString::number(backup.id)),
            QStringList({ u"confirmed: -> passed"_s, u"verified: -> failed"_s, u"verified: -> warning"_s }));

        // Refused: no time, an item that is not there.
        const QString auditBefore = auditCount();
        QVERIFY(!plan->recordVerification(backup.id, Verification {}));
        QVERIFY(!plan->recordVerification(backup.id + 1000, newest));
        QCOMPARE(auditCount(), auditBefore);

        auto again = reopen(plan);
        newest.by = olderKept.by;
        QCOMPARE(again->recoveryItem(backup.id)->lastVerification, std::optional<Verification>(newest));
        QCOMPARE(again->verificationsOf(backup.id).value(),
                 QList<Verification>({ newest, newer, olderKept }));
        QVERIFY(!again->recoveryItem(itemByKey(*again, u"code"_s).id)->lastVerification);
    }

    void aVerificationIsByMeWhenIAmChosen()
    {
        auto plan = newPlan();
        const qint64 ana = plan->addPerson(Person { .name = u"Ana Lima"_s }).value();
        QVERIFY(plan->setMe(ana));
        const RecoveryItem code = itemByKey(*plan, u"code"_s);
        Verification v;
        v.at = m_now;
        v.add(u"git.last"_s, CheckOutcome::Passed, u"Last commit today"_s);
        QVERIFY(plan->recordVerification(code.id, v));
        QCOMPARE(plan->recoveryItem(code.id)->lastVerification->by, u"Ana Lima"_s);
    }

    void aChangedSecretIsNotedWithoutTheSecret()
    {
        auto plan = newPlan();
        const qint64 ana = plan->addPerson(Person { .name = u"Ana Lima"_s }).value();
        RecoveryItem root = itemByKey(*plan, u"root_account"_s);
        const QString id = QString::number(root.id);
        root.holderPersonId = ana;
        root.secretUser = u"root"_s;
        root.secretRef = SecretRef(plan->planId(), u"recovery"_s, id, u"password"_s).key();
        QVERIFY(plan->updateRecoveryItem(root));

        RecoveryContext context = RecoveryCheck::contextFor(*plan, *plan->recoveryItem(root.id), m_now);
        QCOMPARE(context.holderName, u"Ana Lima"_s);
        QCOMPARE(context.secretStoredAt, m_now);

        m_clock.advance(3 * 86400);
        QVERIFY(plan->noteSecretChanged(root.id));
        QCOMPARE(changes(*plan, u"contingency"_s, u"recovery_item"_s, id).constLast(),
                 u"secret_changed: -> keychain"_s);
        context = RecoveryCheck::contextFor(*plan, *plan->recoveryItem(root.id), m_clock.currentUtc());
        QCOMPARE(context.secretStoredAt, m_now.addDays(3));
        QVERIFY(!plan->noteSecretChanged(root.id + 1000));

        // Without a reference the age is not known.
        RecoveryItem cleared = *plan->recoveryItem(root.id);
        cleared.secretRef.clear();
        QVERIFY(plan->updateRecoveryItem(cleared));
        QVERIFY(
            !RecoveryCheck::contextFor(*plan, *plan->recoveryItem(root.id), m_now).secretStoredAt.isValid());
    }

    void aVersion4PlanGainsTheContingencyTables()
    {
        qint64 ana = 0;
        {
            auto plan = newPlan();
            ana = plan->addPerson(Person { .name = u"Ana Lima"_s }).value();
        }
        QVERIFY(PlanFixture::makeVersion(m_path, 4));
        QCOMPARE(PlanFixture::queryRaw(m_path, u"PRAGMA user_version"_s), u"4"_s);

        auto opened = Plan::open(m_path);
        QVERIFY2(opened, qPrintable(opened.error()));
        Plan &plan = *opened.value();
        QCOMPARE(PlanFixture::queryRaw(m_path, u"PRAGMA user_version"_s),
                 QString::number(PlanSchema::currentVersion()));
        QCOMPARE(plan.person(ana)->name, u"Ana Lima"_s);
        QCOMPARE(builtInKeys(plan.recoveryItems()), seedKeys);
        QCOMPARE(builtInKeys(plan.ddosPlan().steps), stepKeys);
        QVERIFY(plan.acceptances().isEmpty());

        // Every part works in the migrated file.
        RecoveryItem backup = itemByKey(plan, u"backup"_s);
        backup.holderPersonId = ana;
        QVERIFY(plan.updateRecoveryItem(backup));
        QVERIFY(plan.recordVerification(backup.id, RecoveryCheck::confirmedByHand({}, m_now)));
        DdosPlan ddos = plan.ddosPlan();
        ddos.lastDrill = QDate(2026, 11, 1);
        QVERIFY(plan.setDdosPlan(ddos));
        QCOMPARE(plan.ddosPlan().lastDrill, QDate(2026, 11, 1));
        QVERIFY(plan.acceptFinding({ .ruleId = u"CONT-NO-LOCATION"_s,
                                     .subject = RecoveryFindings::subjectFor(backup.id),
                                     .reason = u"The host keeps them"_s,
                                     .acceptedOn = QDate(2026, 11, 28) }));
        QVERIFY(plan.verifyAudit().intact);
    }

    void aReadOnlyPlanRefusesEveryEdit()
    {
        qint64 backupId = 0;
        {
            auto plan = newPlan();
            backupId = itemByKey(*plan, u"backup"_s).id;
            QVERIFY(plan->acceptFinding({ .ruleId = u"DDOS-NO-CDN"_s,
                                          .subject = u"ddos/cdn"_s,
                                          .reason = u"For now"_s,
                                          .acceptedOn = QDate(2026, 11, 28) }));
        }
        const QByteArray bytesBefore = PlanFixture::readAll(m_path);
        auto opened = Plan::open(m_path, { .readOnly = true });
        QVERIFY2(opened, qPrintable(opened.error()));
        Plan &plan = *opened.value();
        QVERIFY(plan.isReadOnly());
        QCOMPARE(plan.recoveryItems().size(), 7);

        RecoveryItem backup = *plan.recoveryItem(backupId);
        backup.location = u"/srv/backups"_s;
        const Status update = plan.updateRecoveryItem(backup);
        QVERIFY(!update);
        QVERIFY(!update.error().isEmpty());
        QVERIFY(!plan.addRecoveryItem(RecoveryItem { .title = u"Spare keys"_s }));
        QVERIFY(!plan.recordVerification(backupId, RecoveryCheck::confirmedByHand({}, m_now)));
        QVERIFY(!plan.noteSecretChanged(backupId));
        DdosPlan ddos = plan.ddosPlan();
        ddos.cdnNotes = u"none"_s;
        QVERIFY(!plan.setDdosPlan(ddos));
        QVERIFY(!plan.acceptFinding({ .ruleId = u"DDOS-DRILL-OLD"_s,
                                      .subject = u"ddos/drill"_s,
                                      .reason = u"Soon"_s,
                                      .acceptedOn = QDate(2026, 11, 28) }));
        QVERIFY(!plan.withdrawAcceptance(u"DDOS-NO-CDN"_s, u"ddos/cdn"_s));

        QVERIFY(plan.recoveryItem(backupId)->location.isEmpty());
        QVERIFY(!plan.recoveryItem(backupId)->lastVerification);
        QCOMPARE(plan.ddosPlan().cdnNotes, QString());
        QCOMPARE(plan.acceptances().size(), 1);
        opened.value().reset();
        QCOMPARE(PlanFixture::readAll(m_path), bytesBefore);
    }
};

QTEST_GUILESS_MAIN(TestPlanRecoveryItems)
#include "tst_planrecoveryitems.moc"
