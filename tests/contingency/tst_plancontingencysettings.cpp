// The contingency settings kept in the plan: how old the newest backup may be and how often a
// recovery item is checked again. Their defaults, the ranges the plan refuses, the audit entries,
// a read-only plan that refuses them, and that the verifier and the findings really use them: a
// backup 30 hours old (a real file in a temporary folder) passes with 48 hours and fails with 24.
#include "VerifierFixture.h"
#include "common/Clock.h"
#include "contingency/ContingencyFindings.h"
#include "contingency/RecoveryCheck.h"
#include "contingency/RecoveryVerifier.h"
#include "contingency/verifiers/BackupVerifier.h"
#include "plan/Plan.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using VerifierFixture::outcome;

class TestPlanContingencySettings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Plan> m_plan;
    const QDateTime m_now { QDate(2026, 11, 28), QTime(10, 0), Qt::UTC };
    FixedClock m_clock { m_now };

    QString planPath() const { return m_dir->filePath(u"plan.storefort"_s); }

    qint64 backupItem() const
    {
        for (const RecoveryItem &item : m_plan->recoveryItems()) {
            if (item.kind == RecoveryKind::Backup)
                return item.id;
        }
        return 0;
    }

    // A backup folder whose newest backup is 30 hours old, with an older reference, as the item's place.
    bool makeBackups()
    {
        const QString folder = m_dir->filePath(u"backups"_s);
        const QByteArray dump = QByteArray("-- shop database dump\n").repeated(100);
        if (!VerifierFixture::writeFile(folder + u"/shop-new.sql"_s, dump, m_now.addSecs(-30 * 3600))
            || !VerifierFixture::writeFile(folder + u"/shop-old.sql"_s, dump, m_now.addDays(-10)))
            return false;
        RecoveryItem item = *m_plan->recoveryItem(backupItem());
        item.location = folder;
        return bool(m_plan->updateRecoveryItem(item));
    }

    QString newestAgeOutcome() const
    {
        const RecoveryItem item = *m_plan->recoveryItem(backupItem());
        const RecoveryContext context = RecoveryCheck::contextFor(*m_plan, item, m_now);
        return outcome(RecoveryCheck::verify(item, context), u"backup.newest.age"_s);
    }

    QList<AuditEntry> settingsAudit(const QString &field) const
    {
        QList<AuditEntry> out;
        const auto entries = m_plan->auditEntries(AuditFilter { .area = u"contingency"_s });
        if (!entries)
            return out;
        for (const AuditEntry &e : entries.value()) {
            if (e.entity == u"settings"_s && e.field == field)
                out.append(e);
        }
        return out;
    }

private slots:
    void init()
    {
        Clock::setClock(&m_clock);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto plan = Plan::create(planPath(), ShopProfile { .name = u"Tiny Tea"_s });
        QVERIFY2(plan, qPrintable(plan.error()));
        m_plan = std::move(plan.value());
    }
    void cleanup()
    {
        m_plan.reset();
        m_dir.reset();
        Clock::setClock(nullptr);
    }

    void defaults()
    {
        QCOMPARE(m_plan->backupMaxAgeHours(), 24);
        QCOMPARE(m_plan->recheckDays(), 30);
        QCOMPARE(RecoveryFindings::Options().maxUnverifiedDays, 30);
        QCOMPARE(BackupVerifier::Options().maxNewestAgeHours, 24);
    }

    void keptInThePlanAndAudited()
    {
        QSignalSpy changed(m_plan.get(), &Plan::recoveryItemsChanged);
        QVERIFY(m_plan->setBackupMaxAgeHours(48));
        QVERIFY(m_plan->setRecheckDays(14));
        QCOMPARE(changed.count(), 2);
        // The same value again changes nothing and writes nothing.
        QVERIFY(m_plan->setBackupMaxAgeHours(48));
        QCOMPARE(changed.count(), 2);

        const QList<AuditEntry> backup = settingsAudit(u"backup_max_age_hours"_s);
        QCOMPARE(backup.size(), 1);
        QCOMPARE(backup.first().oldValue, u"24"_s);
        QCOMPARE(backup.first().newValue, u"48"_s);
        const QList<AuditEntry> recheck = settingsAudit(u"recheck_days"_s);
        QCOMPARE(recheck.size(), 1);
        QCOMPARE(recheck.first().oldValue, u"30"_s);
        QCOMPARE(recheck.first().newValue, u"14"_s);
        QVERIFY(m_plan->verifyAudit().intact);

        // Another process (the CLI) opening the file reads the same values.
        m_plan.reset();
        auto reopened = Plan::open(planPath(), { .readOnly = true });
        QVERIFY2(reopened, qPrintable(reopened.error()));
        QCOMPARE(reopened.value()->backupMaxAgeHours(), 48);
        QCOMPARE(reopened.value()->recheckDays(), 14);
    }

    void outOfRangeIsRefused_data()
    {
        QTest::addColumn<bool>("backup");
        QTest::addColumn<int>("value");
        QTest::newRow("backup 0 hours") << true << 0;
        QTest::newRow("backup -5 hours") << true << -5;
        QTest::newRow("backup past the maximum") << true << Plan::maxBackupMaxAgeHours + 1;
        QTest::newRow("recheck 0 days") << false << 0;
        QTest::newRow("recheck past the maximum") << false << Plan::maxRecheckDays + 1;
    }
    void outOfRangeIsRefused()
    {
        QFETCH(bool, backup);
        QFETCH(int, value);
        const int entriesBefore = int(m_plan->auditEntries().value().size());
        const Status status = backup ? m_plan->setBackupMaxAgeHours(value) : m_plan->setRecheckDays(value);
        QVERIFY(!status);
        // A plain sentence that names the range.
        const QString max = QString::number(backup ? Plan::maxBackupMaxAgeHours : Plan::maxRecheckDays);
        QVERIFY2(status.error().contains(max), qPrintable(status.error()));
        QVERIFY2(!status.error().contains(u"contingency."_s), qPrintable(status.error()));
        QCOMPARE(m_plan->backupMaxAgeHours(), 24);
        QCOMPARE(m_plan->recheckDays(), 30);
        QCOMPARE(int(m_plan->auditEntries().value().size()), entriesBefore);
        // The edges themselves are fine.
        QVERIFY(backup ? m_plan->setBackupMaxAgeHours(Plan::maxBackupMaxAgeHours)
                       : m_plan->setRecheckDays(Plan::minRecheckDays));
    }

    void readOnlyPlanRefuses()
    {
        QVERIFY(m_plan->setBackupMaxAgeHours(36));
        // The app still has the plan open: a second opening is read-only, with the reason.
        auto other = Plan::open(planPath());
        QVERIFY2(other, qPrintable(other.error()));
        Plan &readOnly = *other.value();
        QVERIFY(readOnly.isReadOnly());
        QCOMPARE(readOnly.backupMaxAgeHours(), 36);
        const Status refused = readOnly.setBackupMaxAgeHours(12);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"read-only"_s), qPrintable(refused.error()));
        QVERIFY(!readOnly.setRecheckDays(7));
        QCOMPARE(readOnly.backupMaxAgeHours(), 36);
        QCOMPARE(m_plan->backupMaxAgeHours(), 36);
        QCOMPARE(m_plan->recheckDays(), 30);
    }

    void damagedValueKeepsTheDefault()
    {
        // A value out of range in the file (written behind the plan's back) must not loosen the check.
        QVERIFY(m_plan->setBackupMaxAgeHours(48));
        QSqlQuery query(m_plan->database());
        QVERIFY(
            query.exec(u"UPDATE meta SET value = '99999' WHERE key = 'contingency.backup_max_age_hours'"_s));
        // The settings are loaded with the plan (and after each of its edits), not read on every call.
        QCOMPARE(m_plan->backupMaxAgeHours(), 48);
        m_plan.reset();
        auto reopened = Plan::open(planPath());
        QVERIFY2(reopened, qPrintable(reopened.error()));
        m_plan = std::move(reopened.value());
        QCOMPARE(m_plan->backupMaxAgeHours(), 24);
        QCOMPARE(m_plan->recheckDays(), 30);
    }

    void loadedAgainAfterEachEdit()
    {
        // Another edit reloads the plan, and with it the settings as the file holds them.
        QSqlQuery query(m_plan->database());
        QVERIFY(query.exec(u"INSERT INTO meta(key, value) VALUES ('contingency.recheck_days', '12')"_s));
        QCOMPARE(m_plan->recheckDays(), 30);
        QSignalSpy changed(m_plan.get(), &Plan::recoveryItemsChanged);
        QVERIFY(m_plan->setShopName(u"Tiny Tea & Cake"_s));
        QCOMPARE(m_plan->recheckDays(), 12);
        QCOMPARE(changed.count(), 1);
    }

    void backupVerifierUsesThePlansLimit()
    {
        QVERIFY(makeBackups());
        QCOMPARE(newestAgeOutcome(), u"failed"_s); // 30 hours against the default 24
        QVERIFY(m_plan->setBackupMaxAgeHours(48));
        QCOMPARE(newestAgeOutcome(), u"passed"_s);
        QVERIFY(m_plan->setBackupMaxAgeHours(24));
        QCOMPARE(newestAgeOutcome(), u"failed"_s);
    }

    void recoveryVerifierUsesThePlansLimit()
    {
        // The same through the verifier queue the app and the CLI use, recorded in the plan.
        QVERIFY(makeBackups());
        QVERIFY(m_plan->setBackupMaxAgeHours(48));
        const qint64 id = backupItem();
        RecoveryVerifier verifier(m_plan.get(), nullptr);
        QSignalSpy finished(&verifier, &RecoveryVerifier::finished);
        verifier.verify({ id });
        QVERIFY(finished.wait(60000));
        const std::optional<Verification> passed = m_plan->recoveryItem(id)->lastVerification;
        QVERIFY(passed);
        QCOMPARE(outcome(*passed, u"backup.newest.age"_s), u"passed"_s);
        const auto hasOldBackup = [this] {
            for (const Finding &f : RecoveryFindings::compute(*m_plan, m_now)) {
                if (f.id == u"CONT-BACKUP-OLD"_s)
                    return true;
            }
            return false;
        };
        QVERIFY(!hasOldBackup());

        QVERIFY(m_plan->setBackupMaxAgeHours(24));
        verifier.verify({ id });
        QVERIFY(finished.wait(60000));
        const std::optional<Verification> failed = m_plan->recoveryItem(id)->lastVerification;
        QCOMPARE(outcome(*failed, u"backup.newest.age"_s), u"failed"_s);
        QVERIFY(hasOldBackup());
    }

    void recheckDaysDecideWhenAnItemIsDueAgain()
    {
        const qint64 id = backupItem();
        RecoveryItem item = *m_plan->recoveryItem(id);
        item.location = u"Safe in the office"_s;
        item.holderPersonId = 0;
        QVERIFY(m_plan->updateRecoveryItem(item));
        QVERIFY(m_plan->recordVerification(id, RecoveryCheck::confirmedByHand({}, m_now.addDays(-20))));
        const auto notVerified = [this, id](const QDateTime &now) {
            for (const Finding &f : RecoveryFindings::compute(*m_plan, now)) {
                if (f.id == u"CONT-NOT-VERIFIED"_s && RecoveryFindings::itemOf(f) == id)
                    return true;
            }
            return false;
        };
        QVERIFY(!notVerified(m_now)); // 20 days, the default is 30
        QVERIFY(m_plan->setRecheckDays(14));
        QVERIFY(notVerified(m_now));
        QVERIFY(m_plan->setRecheckDays(30));
        QVERIFY(!notVerified(m_now));
    }
};

QTEST_GUILESS_MAIN(TestPlanContingencySettings)
#include "tst_plancontingencysettings.moc"
