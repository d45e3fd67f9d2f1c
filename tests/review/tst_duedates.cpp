// What is due or overdue, from a real plan file: a certificate's renewal from the newest probe of
// the site, providers' answers to ask again, the access review (on the account rules' interval), the
// backups' check and the DDoS drill, each on its real date (past ones stay past); what was never
// done is due since the plan began. Then the reminders shown once on start, at their boundaries.
#include "ReviewFixture.h"
#include "common/Clock.h"
#include "report/PlanCalendar.h"
#include "review/DueDates.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ReviewFixture::fixedNow;

namespace {

const DueItem *find(const QList<DueItem> &items, const QString &key)
{
    for (const DueItem &item : items) {
        if (item.key == key)
            return &item;
    }
    return nullptr;
}

QString keys(const QList<DueItem> &items)
{
    QStringList out;
    for (const DueItem &item : items)
        out.append(item.key);
    return out.join(u", "_s);
}

DueItem at(const QString &key, QDate due)
{
    DueItem item;
    item.key = key;
    item.due = due;
    return item;
}

} // namespace

class TestDueDates : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock { fixedNow };
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Plan> m_plan;
    const QDate m_today = fixedNow.toLocalTime().date();
    const QDate m_created = fixedNow.addDays(-20).toLocalTime().date();

    qint64 itemOfKind(RecoveryKind kind) const
    {
        for (const RecoveryItem &item : m_plan->recoveryItems()) {
            if (item.kind == kind)
                return item.id;
        }
        return 0;
    }

private slots:
    void initTestCase() { Clock::setClock(&m_clock); }
    void cleanupTestCase() { Clock::setClock(nullptr); }

    void init()
    {
        // The plan was begun 20 days before "now".
        m_clock.setTime(fixedNow.addDays(-20));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_plan
            = ReviewFixture::create(m_dir->filePath(u"shop.storefort"_s), { u"https://tinytea.example"_s });
        m_clock.setTime(fixedNow);
    }

    void cleanup()
    {
        m_plan.reset();
        m_dir.reset();
    }

    void whatWasNeverDoneIsDueSinceThePlanBegan()
    {
        const QList<DueItem> items = DueDates::compute(*m_plan, fixedNow);
        const qint64 backup = itemOfKind(RecoveryKind::Backup);
        QCOMPARE(keys(items), u"access-review/accounts, backup-check/%1, ddos-drill/shop"_s.arg(backup));
        for (const DueItem &item : items) {
            QVERIFY2(item.neverDone, qPrintable(item.key));
            QCOMPARE(item.due, m_created);
            QVERIFY(!item.what.isEmpty() && !item.detail.isEmpty() && !item.category.isEmpty());
        }
        QCOMPARE(find(items, u"access-review/accounts"_s)->area, PlanArea::Accounts);
        QCOMPARE(find(items, u"ddos-drill/shop"_s)->area, PlanArea::Ddos);
        QCOMPARE(find(items, u"backup-check/"_s + QString::number(backup))->area, PlanArea::Contingency);
    }

    void aCertificateIsDueForRenewalAMonthBeforeItRunsOut()
    {
        QVERIFY(ReviewFixture::addProbe(
            *m_plan,
            ReviewFixture::probe(u"tinytea.example"_s, fixedNow.addDays(-1), fixedNow.addDays(100))));
        // An older probe with a sooner expiry does not count: the newest probe of the address does.
        QList<DueItem> items = DueDates::compute(*m_plan, fixedNow);
        const DueItem *cert = find(items, u"cert-expiry/tinytea.example"_s);
        QVERIFY2(cert, qPrintable(keys(items)));
        QCOMPARE(cert->area, PlanArea::Tls);
        QCOMPARE(cert->due, fixedNow.addDays(100).toLocalTime().date().addDays(-30));
        QVERIFY(cert->what.contains(u"tinytea.example"_s));
        QVERIFY(!cert->neverDone);

        // A newer probe sees a certificate that has already run out: due in the past, and it says so.
        QVERIFY(ReviewFixture::addProbe(
            *m_plan,
            ReviewFixture::probe(u"tinytea.example"_s, fixedNow.addSecs(-60), fixedNow.addDays(-2))));
        items = DueDates::compute(*m_plan, fixedNow);
        cert = find(items, u"cert-expiry/tinytea.example"_s);
        QVERIFY(cert);
        QCOMPARE(cert->due, fixedNow.addDays(-2).toLocalTime().date().addDays(-30));
        QVERIFY2(cert->what.contains(u"run out"_s), qPrintable(cert->what));
        QCOMPARE(items.first().key, cert->key); // the earliest date comes first
    }

    void answersAreDueToBeAskedAgain()
    {
        const qint64 host
            = m_plan->addProvider(Provider { .name = u"Acme Hosting"_s, .kind = ProviderKind::WebHost })
                  .value();
        QVERIFY(m_plan->setAnswerMaxAgeMonths(12));
        for (const auto &[question, givenOn] :
             { std::pair { u"host.hsts"_s, m_today.addMonths(-13) },
               std::pair { u"host.cert.auto-renew"_s, m_today.addMonths(-11) },
               std::pair { u"host.cdn.fronted"_s, m_today.addMonths(-2) } }) {
            Answer a;
            a.providerId = host;
            a.questionId = question;
            a.value = u"yes"_s;
            a.answeredBy = u"Jana Berg"_s;
            a.givenOn = givenOn;
            const auto set = m_plan->setAnswer(a);
            QVERIFY2(set, qPrintable(set.error()));
        }
        const QList<DueItem> items = DueDates::compute(*m_plan, fixedNow);
        const DueItem *answers = find(items, u"answers-due/"_s + QString::number(host));
        QVERIFY2(answers, qPrintable(keys(items)));
        QCOMPARE(answers->area, PlanArea::Providers);
        QCOMPARE(answers->due, m_today.addMonths(-1)); // the oldest, a month overdue
        // The one due within a month of today goes with it; the one due in ten months does not.
        QVERIFY2(answers->what.contains(u"Acme Hosting"_s) && answers->what.contains(u"2 answer"_s),
                 qPrintable(answers->what));
    }

    void theAccessReviewFollowsTheAccountRules()
    {
        QVERIFY(m_plan->recordAccessReview(m_today.addDays(-10)));
        const QList<DueItem> items = DueDates::compute(*m_plan, fixedNow);
        const DueItem *review = find(items, u"access-review/accounts"_s);
        QVERIFY(review);
        QVERIFY(!review->neverDone);
        QCOMPARE(review->due, m_today.addDays(81)); // every 91 days by default
        AccountRules rules = m_plan->accountRules();
        rules.accessReviewEveryDays = 30;
        QVERIFY(m_plan->setAccountRules(rules));
        QCOMPARE(find(DueDates::compute(*m_plan, fixedNow), u"access-review/accounts"_s)->due,
                 m_today.addDays(20));
    }

    void backupsAndTheDrillFallDue()
    {
        const qint64 backup = itemOfKind(RecoveryKind::Backup);
        Verification checked;
        checked.at = fixedNow.addDays(-2);
        checked.add(u"backup.newest.age"_s, CheckOutcome::Passed, u"fine"_s);
        QVERIFY(m_plan->recordVerification(backup, checked));
        DdosPlan ddos = m_plan->ddosPlan();
        ddos.lastDrill = m_today.addDays(-400);
        QVERIFY(m_plan->setDdosPlan(ddos));

        const QList<DueItem> items = DueDates::compute(*m_plan, fixedNow);
        const DueItem *check = find(items, u"backup-check/"_s + QString::number(backup));
        QVERIFY(check);
        QCOMPARE(check->due, m_today.addDays(5));
        QVERIFY(!check->neverDone);
        const DueItem *drill = find(items, u"ddos-drill/shop"_s);
        QVERIFY(drill);
        QCOMPARE(drill->due, m_today.addDays(-35)); // overdue: the real date, not today
        QVERIFY(!drill->neverDone);
        for (qsizetype i = 1; i < items.size(); ++i)
            QVERIFY(items.at(i - 1).due <= items.at(i).due);

        // The calendar shows the same items, past ones on today, under uids it always had.
        const QList<CalendarEvent> events = PlanCalendar::events(*m_plan, fixedNow);
        QCOMPARE(events.size(), items.size());
        for (const DueItem &item : items) {
            QString uid = item.key;
            uid.replace(uid.indexOf(u'/'), 1, u"-"_s);
            uid += u'@' + m_plan->planId();
            const auto event = std::find_if(events.cbegin(), events.cend(),
                                            [&](const CalendarEvent &e) { return e.uid == uid; });
            QVERIFY2(event != events.cend(), qPrintable(uid));
            QCOMPARE(event->date, std::max(item.due, m_today));
            QCOMPARE(event->summary, item.what);
        }
    }

    void fallenDueSinceTheLastStart()
    {
        const QDate today = QDate(2026, 6, 15);
        const QList<DueItem> items { at(u"long-ago"_s, today.addDays(-30)),
                                     at(u"on-last-start"_s, today.addDays(-7)),
                                     at(u"after-last-start"_s, today.addDays(-6)), at(u"today"_s, today),
                                     at(u"tomorrow"_s, today.addDays(1)) };
        QCOMPARE(keys(DueDates::fallenDueSince(items, today.addDays(-7), today)),
                 u"after-last-start, today"_s);
        // Started already today: only what falls due today was not shown... and it was: nothing new.
        QCOMPARE(keys(DueDates::fallenDueSince(items, today, today)), QString());
        // Never started: everything due by today.
        QCOMPARE(keys(DueDates::fallenDueSince(items, {}, today)),
                 u"long-ago, on-last-start, after-last-start, today"_s);
        QVERIFY(DueDates::fallenDueSince({}, today.addDays(-1), today).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDueDates)
#include "tst_duedates.moc"
