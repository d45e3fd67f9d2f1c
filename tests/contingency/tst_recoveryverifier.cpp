// RecoveryVerifier on real plans and real folders: a backup folder whose files' times are set by the
// test is verified on the worker and the result lands in the plan; only due items with a verifier
// are queued; cancel drops the queue; an item removed meanwhile fails with a message; items that
// need the keychain say so when there is none. (tst_recoveryverifier_keychain does the keychain.)
#include "PlanFixture.h"
#include "VerifierFixture.h"
#include "common/Clock.h"
#include "contingency/RecoveryVerifier.h"
#include "plan/Plan.h"
#include "secrets/NoSecretStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using VerifierFixture::outcome;

namespace {

constexpr int waitMs = 60000; // a safety net against hanging, not a timing: nothing here is timed

QList<qint64> idsOf(const QSignalSpy &spy)
{
    QList<qint64> ids;
    for (const QList<QVariant> &args : spy)
        ids.append(args.at(0).toLongLong());
    return ids;
}

} // namespace

class TestRecoveryVerifier : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Plan> m_plan;
    const QDateTime m_now { QDate(2026, 11, 28), QTime(10, 0), Qt::UTC };
    FixedClock m_clock { m_now };

    qint64 itemId(const QString &key) const
    {
        for (const RecoveryItem &item : m_plan->recoveryItems()) {
            if (item.builtIn == key)
                return item.id;
        }
        return 0;
    }

    // A folder of three plain backups: 3 hours, 27 hours and 14 days old (by the fixed clock).
    QString makeBackups()
    {
        const QString folder = m_dir->filePath(u"backups"_s);
        const QByteArray dump = QByteArray("-- shop database dump\n").repeated(200);
        if (!VerifierFixture::writeFile(folder + u"/shop-2026-11-28.sql"_s, dump, m_now.addSecs(-3 * 3600))
            || !VerifierFixture::writeFile(folder + u"/shop-2026-11-27.sql"_s, dump,
                                           m_now.addSecs(-27 * 3600))
            || !VerifierFixture::writeFile(folder + u"/shop-2026-11-14.sql"_s, dump, m_now.addDays(-14)))
            return {};
        return folder;
    }

    Status setLocation(qint64 id, const QString &location)
    {
        RecoveryItem item = *m_plan->recoveryItem(id);
        item.location = location;
        return m_plan->updateRecoveryItem(item);
    }

private slots:
    void init()
    {
        m_clock.setTime(m_now);
        Clock::setClock(&m_clock);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto plan = Plan::create(m_dir->filePath(u"plan.storefort"_s), ShopProfile { .name = u"Tiny Tea"_s });
        QVERIFY2(plan, qPrintable(plan.error()));
        m_plan = std::move(plan.value());
    }
    void cleanup()
    {
        m_plan.reset();
        m_dir.reset();
        Clock::setClock(nullptr);
    }

    void verifiesABackupFolderIntoThePlan()
    {
        const qint64 backup = itemId(u"backup"_s);
        const QString folder = makeBackups();
        QVERIFY(!folder.isEmpty());
        QVERIFY(setLocation(backup, folder));

        RecoveryVerifier verifier(m_plan.get(), nullptr);
        QSignalSpy started(&verifier, &RecoveryVerifier::itemStarted);
        QSignalSpy verified(&verifier, &RecoveryVerifier::itemVerified);
        QSignalSpy failed(&verifier, &RecoveryVerifier::itemFailed);
        QSignalSpy finished(&verifier, &RecoveryVerifier::finished);
        QSignalSpy changed(m_plan.get(), &Plan::recoveryItemsChanged);
        verifier.verify({ backup });
        QVERIFY(verifier.isBusy());
        QVERIFY(finished.wait(waitMs));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!verifier.isBusy());
        QCOMPARE(verifier.currentItem(), 0);
        QCOMPARE(idsOf(started), QList<qint64>({ backup }));
        QCOMPARE(idsOf(verified), QList<qint64>({ backup }));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(changed.count(), 1);

        const std::optional<Verification> v = m_plan->recoveryItem(backup)->lastVerification;
        QVERIFY(v);
        QCOMPARE(v->at, m_now);
        QCOMPARE(v->by, m_plan->actor().osUser);
        QVERIFY(!v->byHand);
        QCOMPARE(outcome(*v, u"backup.newest.age"_s), u"passed"_s);
        QCOMPARE(outcome(*v, u"backup.reference"_s), u"passed"_s);
        QVERIFY2(v->check(u"backup.newest.age"_s)->text.contains(u"shop-2026-11-28.sql"_s),
                 qPrintable(v->summary()));
        QCOMPARE(v->outcome(), CheckOutcome::Passed);

        // Two days later the same folder is stale: a second verification, kept beside the first.
        m_clock.advance(2 * 86400);
        verifier.verify({ backup });
        QVERIFY(finished.wait(waitMs));
        const Verification later = *m_plan->recoveryItem(backup)->lastVerification;
        QCOMPARE(later.at, m_now.addDays(2));
        QCOMPARE(outcome(later, u"backup.newest.age"_s), u"failed"_s);
        QCOMPARE(m_plan->verificationsOf(backup).value().size(), 2);
        QCOMPARE(m_plan->verificationsOf(backup).value().constLast(), *v);
    }

    void verifyDueQueuesOnlyDueItemsWithAVerifier()
    {
        const qint64 code = itemId(u"code"_s);
        const qint64 products = itemId(u"product_csv"_s);
        const auto own = m_plan->addRecoveryItem(RecoveryItem { .title = u"Printed supplier list"_s });
        QVERIFY(own);
        Verification recent;
        recent.at = m_now.addDays(-1);
        recent.by = u"Ana Lima"_s;
        recent.add(u"git.last"_s, CheckOutcome::Passed, u"Committed yesterday."_s);
        QVERIFY(m_plan->recordVerification(code, recent));
        Verification old;
        old.at = m_now.addDays(-10);
        old.add(u"export.age"_s, CheckOutcome::Passed, u"Fresh then."_s);
        QVERIFY(m_plan->recordVerification(products, old));

        RecoveryVerifier verifier(m_plan.get(), nullptr);
        QSignalSpy started(&verifier, &RecoveryVerifier::itemStarted);
        QSignalSpy verified(&verifier, &RecoveryVerifier::itemVerified);
        QSignalSpy finished(&verifier, &RecoveryVerifier::finished);
        QCOMPARE(verifier.verifyDue(7), 6);
        QVERIFY(finished.wait(waitMs));
        const QList<qint64> expected { itemId(u"backup"_s),       itemId(u"customer_export"_s),
                                       itemId(u"order_export"_s), products,
                                       itemId(u"certificate"_s),  itemId(u"root_account"_s) };
        QCOMPARE(idsOf(started), expected);
        QCOMPARE(idsOf(verified), expected);
        QCOMPARE(m_plan->recoveryItem(code)->lastVerification, std::optional<Verification>(recent));
        QVERIFY(!m_plan->recoveryItem(own.value())->lastVerification);
        // Nothing recorded where: each verification says so.
        QCOMPARE(outcome(*m_plan->recoveryItem(expected.at(0))->lastVerification, u"backup.path"_s),
                 u"failed"_s);
        QCOMPARE(outcome(*m_plan->recoveryItem(products)->lastVerification, u"export.path"_s), u"failed"_s);
        QCOMPARE(outcome(*m_plan->recoveryItem(expected.at(5))->lastVerification, u"root.secret"_s),
                 u"failed"_s);

        // Now nothing is due; the queue still ends with finished().
        QCOMPARE(verifier.verifyDue(7), 0);
        QVERIFY(finished.wait(waitMs));
        QCOMPARE(started.count(), 6);
        // A shorter interval makes yesterday's due again.
        m_clock.advance(86400);
        QCOMPARE(verifier.verifyDue(1), 7);
        QVERIFY(finished.wait(waitMs));
        QCOMPARE(started.count(), 13);
    }

    void anItemIsQueuedOnce()
    {
        const qint64 backup = itemId(u"backup"_s);
        const qint64 code = itemId(u"code"_s);
        RecoveryVerifier verifier(m_plan.get(), nullptr);
        QSignalSpy started(&verifier, &RecoveryVerifier::itemStarted);
        QSignalSpy finished(&verifier, &RecoveryVerifier::finished);
        verifier.verify({ backup, code, backup });
        verifier.verify({ code });
        QVERIFY(finished.wait(waitMs));
        QCOMPARE(idsOf(started), QList<qint64>({ backup, code }));
        QCOMPARE(m_plan->verificationsOf(backup).value().size(), 1);
        QCOMPARE(m_plan->verificationsOf(code).value().size(), 1);
    }

    void cancelDropsTheQueueButFinishesTheCurrentItem()
    {
        const qint64 backup = itemId(u"backup"_s);
        const qint64 code = itemId(u"code"_s);
        const qint64 root = itemId(u"root_account"_s);
        QVERIFY(setLocation(backup, makeBackups()));
        RecoveryVerifier verifier(m_plan.get(), nullptr);
        QSignalSpy started(&verifier, &RecoveryVerifier::itemStarted);
        QSignalSpy verified(&verifier, &RecoveryVerifier::itemVerified);
        QSignalSpy finished(&verifier, &RecoveryVerifier::finished);
        // Cancelled as soon as the first item is under way.
        connect(&verifier, &RecoveryVerifier::itemStarted, &verifier, [&verifier](qint64 id) {
            QCOMPARE(verifier.currentItem(), id);
            verifier.cancel();
        });
        verifier.verify({ backup, code, root });
        QVERIFY(finished.wait(waitMs));
        QCOMPARE(idsOf(started), QList<qint64>({ backup }));
        QCOMPARE(idsOf(verified), QList<qint64>({ backup }));
        QVERIFY(m_plan->recoveryItem(backup)->lastVerification);
        QVERIFY(!m_plan->recoveryItem(code)->lastVerification);
        QVERIFY(!m_plan->recoveryItem(root)->lastVerification);
        QVERIFY(!verifier.isBusy());

        // Cancelled before anything started: nothing is checked, and the queue still ends.
        RecoveryVerifier second(m_plan.get(), nullptr);
        QSignalSpy secondStarted(&second, &RecoveryVerifier::itemStarted);
        QSignalSpy secondFinished(&second, &RecoveryVerifier::finished);
        second.verify({ code, root });
        QVERIFY(second.isBusy());
        second.cancel();
        QVERIFY(secondFinished.wait(waitMs));
        QCOMPARE(secondStarted.count(), 0);
        QVERIFY(!m_plan->recoveryItem(code)->lastVerification);
    }

    void anItemRemovedMeanwhileFails()
    {
        const qint64 code = itemId(u"code"_s);
        const qint64 first = m_plan->addRecoveryItem(RecoveryItem { .title = u"Spare keys"_s }).value();
        const qint64 second = m_plan->addRecoveryItem(RecoveryItem { .title = u"Supplier list"_s }).value();
        RecoveryVerifier verifier(m_plan.get(), nullptr);
        QSignalSpy verified(&verifier, &RecoveryVerifier::itemVerified);
        QSignalSpy failed(&verifier, &RecoveryVerifier::itemFailed);
        QSignalSpy finished(&verifier, &RecoveryVerifier::finished);
        // `second` goes while its check runs on the worker: recording it is refused.
        connect(
            &verifier, &RecoveryVerifier::itemStarted, this,
            [this, second](qint64 id) {
                if (id == second)
                    QVERIFY(m_plan->removeRecoveryItem(second));
            },
            Qt::QueuedConnection);
        verifier.verify({ first, second, code });
        // `first` goes before its turn comes.
        QVERIFY(m_plan->removeRecoveryItem(first));
        QVERIFY(finished.wait(waitMs));

        QCOMPARE(idsOf(failed), QList<qint64>({ first, second }));
        for (const QList<QVariant> &args : failed)
            QVERIFY2(!args.at(1).toString().isEmpty(), "itemFailed without a message");
        QCOMPARE(idsOf(verified), QList<qint64>({ code }));
        QVERIFY(!m_plan->recoveryItem(second));
        QCOMPARE(PlanFixture::queryRaw(m_plan->path(), u"SELECT count(*) FROM recovery_verification"_s),
                 u"1"_s);
    }

    void itemsNeedingTheKeychainSaySoWithoutOne()
    {
        const qint64 certificate = itemId(u"certificate"_s);
        const qint64 root = itemId(u"root_account"_s);
        for (qint64 id : { certificate, root }) {
            RecoveryItem item = *m_plan->recoveryItem(id);
            item.location = m_dir->filePath(u"not-there"_s);
            item.holderPersonId
                = m_plan->addPerson(Person { .name = u"Ana Lima "_s + QString::number(id) }).value();
            item.secretRef
                = SecretRef(m_plan->planId(), u"recovery"_s, QString::number(id), u"secret"_s).key();
            QVERIFY(m_plan->updateRecoveryItem(item));
        }

        // No store at all, then the honest "no keychain" store: the same plain warning.
        NoSecretStore none;
        for (SecretStore *store :
             { static_cast<SecretStore *>(nullptr), static_cast<SecretStore *>(&none) }) {
            RecoveryVerifier verifier(m_plan.get(), store);
            QSignalSpy verified(&verifier, &RecoveryVerifier::itemVerified);
            QSignalSpy finished(&verifier, &RecoveryVerifier::finished);
            verifier.verify({ certificate, root });
            QVERIFY(finished.wait(waitMs));
            QCOMPARE(verified.count(), 2);
            const Verification cert = *m_plan->recoveryItem(certificate)->lastVerification;
            QCOMPARE(outcome(cert, u"cert.path"_s), u"failed"_s);
            QCOMPARE(outcome(cert, u"cert.passphrase"_s), u"warning"_s);
            QVERIFY(VerifierFixture::text(cert, u"cert.passphrase"_s).contains(u"keychain"_s));
            const Verification rootCheck = *m_plan->recoveryItem(root)->lastVerification;
            QCOMPARE(outcome(rootCheck, u"root.holder"_s), u"passed"_s);
            QCOMPARE(outcome(rootCheck, u"root.secret"_s), u"warning"_s);
            QVERIFY(!rootCheck.hasCheck(u"root.age"_s));
            m_clock.advance(60);
        }
    }

    void aPlanClosedBeforeTheQueueStartsEndsIt()
    {
        auto verifier = std::make_unique<RecoveryVerifier>(m_plan.get(), nullptr);
        QSignalSpy started(verifier.get(), &RecoveryVerifier::itemStarted);
        QSignalSpy finished(verifier.get(), &RecoveryVerifier::finished);
        QCOMPARE(verifier->verifyDue(), 7);
        m_plan.reset();
        // The plan is gone: the queue ends without touching it.
        QVERIFY(finished.wait(waitMs));
        QCOMPARE(started.count(), 0);
        QVERIFY(!verifier->isBusy());
        QCOMPARE(verifier->verifyDue(), 0);
    }

    void aPlanClosedAsAnItemStartsEndsTheQueue()
    {
        RecoveryVerifier verifier(m_plan.get(), nullptr);
        QSignalSpy started(&verifier, &RecoveryVerifier::itemStarted);
        QSignalSpy finished(&verifier, &RecoveryVerifier::finished);
        // A slot of itemStarted closes the plan at once (e.g. a window that lets the owner close it).
        connect(&verifier, &RecoveryVerifier::itemStarted, this, [this] { m_plan.reset(); });
        // The certificate first: what it needs to be checked comes from the plan.
        verifier.verify({ itemId(u"certificate"_s), itemId(u"backup"_s) });
        QVERIFY2(finished.wait(waitMs), "the queue never said it had ended");
        QCOMPARE(started.count(), 1);
        QVERIFY(!verifier.isBusy());
    }

    void aPlanClosedWhileAnItemIsCheckedEndsTheQueue()
    {
        RecoveryVerifier verifier(m_plan.get(), nullptr);
        QSignalSpy started(&verifier, &RecoveryVerifier::itemStarted);
        QSignalSpy verified(&verifier, &RecoveryVerifier::itemVerified);
        QSignalSpy finished(&verifier, &RecoveryVerifier::finished);
        // The owner closes the plan while the first item is on the worker.
        connect(
            &verifier, &RecoveryVerifier::itemStarted, this, [this] { m_plan.reset(); },
            Qt::QueuedConnection);
        QCOMPARE(verifier.verifyDue(), 7);
        QVERIFY2(finished.wait(waitMs), "the queue never said it had ended");
        QCOMPARE(started.count(), 1);
        QCOMPARE(verified.count(), 0);
        QVERIFY(!verifier.isBusy());
    }
};

QTEST_GUILESS_MAIN(TestRecoveryVerifier)
#include "tst_recoveryverifier.moc"
