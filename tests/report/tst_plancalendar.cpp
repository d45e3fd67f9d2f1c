// The plan's review dates as reminders: a real plan file with probes kept in its history, providers'
// answers, an access review, recovery items' verifications and a DDoS drill, read back as events.
#include "common/Clock.h"
#include "plan/Plan.h"
#include "report/PlanCalendar.h"
#include "tls/TlsProbeJson.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Noon UTC, so the local date is the same day in every time zone a test machine uses.
const QDateTime fixedNow(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);

} // namespace

class TestPlanCalendar : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock { fixedNow };
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Plan> m_plan;
    QDate m_today;

    static const CalendarEvent *find(const QList<CalendarEvent> &events, const QString &uid)
    {
        for (const CalendarEvent &e : events) {
            if (e.uid == uid)
                return &e;
        }
        return nullptr;
    }

    QString uid(const QString &kindAndKey) const { return kindAndKey + u'@' + m_plan->planId(); }

    static QString uids(const QList<CalendarEvent> &events)
    {
        QStringList out;
        for (const CalendarEvent &e : events)
            out.append(e.uid);
        return out.join(u", "_s);
    }

    // A probe of `host` that saw a certificate running out on `notAfter`.
    bool addProbe(const QString &host, const QString &ip, const QDateTime &notAfter)
    {
        TlsProbeResult probe;
        probe.host = host;
        probe.ip = ip;
        probe.finishedAt = fixedNow.addSecs(-3600);
        probe.certificate.present = true;
        probe.certificate.subject = u"CN="_s + host;
        probe.certificate.notBefore = notAfter.addDays(-90);
        probe.certificate.notAfter = notAfter;
        probe.certificate.spkiSha256 = QString(64, u'a');
        return m_plan->addTlsProbe(TlsProbeJson::toRecord(probe)).ok();
    }

    bool addAnswer(qint64 providerId, const QString &questionId, QDate givenOn)
    {
        Answer a;
        a.providerId = providerId;
        a.questionId = questionId;
        a.value = u"yes"_s;
        a.answeredBy = u"Jana Berg"_s;
        a.givenOn = givenOn;
        const auto set = m_plan->setAnswer(a);
        if (!set)
            qWarning("%s", qPrintable(set.error()));
        return set.ok();
    }

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
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto plan = Plan::create(
            m_dir->filePath(u"shop.storefort"_s),
            ShopProfile { .name = u"Tiny Tea"_s,
                          .siteUrls = { u"https://tinytea.example"_s, u"https://www.tinytea.example"_s } });
        QVERIFY2(plan, qPrintable(plan.error()));
        m_plan = std::move(plan.value());
        m_today = fixedNow.toLocalTime().date();
    }

    void cleanup()
    {
        m_plan.reset();
        m_dir.reset();
    }

    void aNewPlanAsksForTheFirstReviewsToday()
    {
        const QList<CalendarEvent> events = PlanCalendar::events(*m_plan, fixedNow);
        const qint64 backup = itemOfKind(RecoveryKind::Backup);
        QVERIFY(backup != 0);

        const CalendarEvent *review = find(events, uid(u"access-review-accounts"_s));
        QVERIFY2(review, qPrintable(uids(events)));
        QCOMPARE(review->date, m_today);
        QVERIFY2(review->description.contains(u"never been reviewed"_s), qPrintable(review->description));
        const CalendarEvent *drill = find(events, uid(u"ddos-drill-shop"_s));
        QVERIFY2(drill, qPrintable(uids(events)));
        QCOMPARE(drill->date, m_today);
        QVERIFY(drill->alarmDaysBefore > 0);
        const CalendarEvent *backups = find(events, uid(u"backup-check-"_s + QString::number(backup)));
        QVERIFY2(backups, qPrintable(uids(events)));
        QCOMPARE(backups->date, m_today);
        QVERIFY(backups->description.contains(u"never been checked"_s));

        // Nothing probed, nothing answered, no root password stored: no reminder about them.
        for (const CalendarEvent &e : events) {
            QVERIFY2(!e.uid.startsWith(u"cert-"_s) && !e.uid.startsWith(u"answers-due-"_s)
                         && !e.uid.startsWith(u"root-password-"_s),
                     qPrintable(e.uid));
            QVERIFY(!e.summary.isEmpty());
            QVERIFY(!e.category.isEmpty());
        }
        QCOMPARE(events.size(), 3);
    }

    void everyDateThePlanKnowsBecomesAReminder()
    {
        // Two sites: one certificate runs out in 100 days, the other in 10 (its 30-day reminder
        // is already past, so it is for today). A second address of the first site serves an
        // older certificate: that one is the one to renew.
        const QDateTime farExpiry = fixedNow.addDays(100);
        const QDateTime nearExpiry = fixedNow.addDays(10);
        QVERIFY(addProbe(u"tinytea.example"_s, u"192.0.2.1"_s, farExpiry));
        QVERIFY(addProbe(u"tinytea.example"_s, u"192.0.2.2"_s, farExpiry.addDays(-5)));
        QVERIFY(addProbe(u"www.tinytea.example"_s, u"192.0.2.3"_s, nearExpiry));
        QVERIFY(addProbe(u"unrelated.example"_s, u"192.0.2.9"_s, nearExpiry)); // not the shop's site

        // A host with two answers falling due within a month (one overdue) and one much later.
        Provider host;
        host.name = u"Acme Hosting"_s;
        host.kind = ProviderKind::WebHost;
        const auto hostId = m_plan->addProvider(host);
        QVERIFY2(hostId, qPrintable(hostId.error()));
        QVERIFY(m_plan->setAnswerMaxAgeMonths(12));
        QVERIFY(addAnswer(hostId.value(), u"host.hsts"_s, m_today.addMonths(-13)));
        QVERIFY(addAnswer(hostId.value(), u"host.cert.auto-renew"_s, m_today.addMonths(-12).addDays(20)));
        QVERIFY(addAnswer(hostId.value(), u"host.cdn.fronted"_s, m_today.addMonths(-1)));

        QVERIFY(m_plan->recordAccessReview(m_today.addDays(-10)));
        DdosPlan ddos = m_plan->ddosPlan();
        ddos.lastDrill = m_today.addDays(-400);
        QVERIFY(m_plan->setDdosPlan(ddos));

        const qint64 backup = itemOfKind(RecoveryKind::Backup);
        Verification checked;
        checked.at = fixedNow.addDays(-2);
        checked.add(u"backup.newest.age"_s, CheckOutcome::Passed, u"fine"_s);
        QVERIFY(m_plan->recordVerification(backup, checked));

        const qint64 root = itemOfKind(RecoveryKind::RootAccount);
        Verification rootChecked;
        rootChecked.at = fixedNow.addDays(-1);
        rootChecked.add(u"root.secret"_s, CheckOutcome::Passed, u"in the keychain"_s);
        rootChecked.facts.insert(u"storedAt"_s, fixedNow.addDays(-300).toString(Qt::ISODate));
        QVERIFY(m_plan->recordVerification(root, rootChecked));

        const qint64 certificate = itemOfKind(RecoveryKind::Certificate);
        Verification certChecked;
        certChecked.at = fixedNow.addDays(-1);
        certChecked.add(u"cert.files"_s, CheckOutcome::Passed, u"all there"_s);
        certChecked.facts.insert(u"notAfter"_s, fixedNow.addDays(200).toString(Qt::ISODate));
        QVERIFY(m_plan->recordVerification(certificate, certChecked));

        const QList<CalendarEvent> events = PlanCalendar::events(*m_plan, fixedNow);

        const CalendarEvent *site = find(events, uid(u"cert-expiry-tinytea.example"_s));
        QVERIFY2(site, qPrintable(uids(events)));
        QCOMPARE(site->date, farExpiry.addDays(-5).date().addDays(-30));
        QCOMPARE(site->alarmDaysBefore, 7);
        QVERIFY2(site->summary.contains(u"tinytea.example"_s), qPrintable(site->summary));
        const CalendarEvent *www = find(events, uid(u"cert-expiry-www.tinytea.example"_s));
        QVERIFY2(www, qPrintable(uids(events)));
        QCOMPARE(www->date, m_today);
        QVERIFY(!find(events, uid(u"cert-expiry-unrelated.example"_s)));
        const CalendarEvent *file = find(events, uid(u"cert-file-"_s + QString::number(certificate)));
        QVERIFY2(file, qPrintable(uids(events)));
        QCOMPARE(file->date, fixedNow.addDays(200).date().addDays(-30));

        const CalendarEvent *answers = find(events, uid(u"answers-due-"_s + QString::number(hostId.value())));
        QVERIFY2(answers, qPrintable(uids(events)));
        QCOMPARE(answers->date, m_today); // the oldest is overdue
        QVERIFY2(answers->summary.contains(u"Acme Hosting"_s) && answers->summary.contains(u"2 answer"_s),
                 qPrintable(answers->summary));
        QVERIFY2(answers->description.contains(u"2 of the answers"_s), qPrintable(answers->description));

        const CalendarEvent *review = find(events, uid(u"access-review-accounts"_s));
        QVERIFY(review);
        QCOMPARE(review->date, m_today.addDays(81));
        const CalendarEvent *drill = find(events, uid(u"ddos-drill-shop"_s));
        QVERIFY(drill);
        QCOMPARE(drill->date, m_today); // 400 days ago: overdue
        const CalendarEvent *backups = find(events, uid(u"backup-check-"_s + QString::number(backup)));
        QVERIFY(backups);
        QCOMPARE(backups->date, m_today.addDays(5));
        const CalendarEvent *password = find(events, uid(u"root-password-"_s + QString::number(root)));
        QVERIFY2(password, qPrintable(uids(events)));
        QCOMPARE(password->date, m_today.addDays(65));

        // Nothing in the past, and in date order.
        for (qsizetype i = 0; i < events.size(); ++i) {
            QVERIFY2(events.at(i).date >= m_today, qPrintable(events.at(i).uid));
            if (i > 0)
                QVERIFY(events.at(i - 1).date <= events.at(i).date);
        }
    }

    void aCertificateFileLikeTheSitesIsNotRemindedTwice()
    {
        const QDateTime expiry = fixedNow.addDays(60);
        QVERIFY(addProbe(u"tinytea.example"_s, u"192.0.2.1"_s, expiry));
        const qint64 certificate = itemOfKind(RecoveryKind::Certificate);
        Verification checked;
        checked.at = fixedNow;
        checked.add(u"cert.files"_s, CheckOutcome::Passed, u"all there"_s);
        checked.facts.insert(u"notAfter"_s, expiry.toString(Qt::ISODate));
        QVERIFY(m_plan->recordVerification(certificate, checked));

        const QList<CalendarEvent> events = PlanCalendar::events(*m_plan, fixedNow);
        QVERIFY(find(events, uid(u"cert-expiry-tinytea.example"_s)));
        QVERIFY(!find(events, uid(u"cert-file-"_s + QString::number(certificate))));
    }

    void uidsAreStable()
    {
        QVERIFY(addProbe(u"tinytea.example"_s, u"192.0.2.1"_s, fixedNow.addDays(100)));
        const QList<CalendarEvent> first = PlanCalendar::events(*m_plan, fixedNow);
        const QList<CalendarEvent> again = PlanCalendar::events(*m_plan, fixedNow);
        QCOMPARE(uids(again), uids(first));
        QVERIFY(!first.isEmpty());

        // Weeks later, after a review and a drill, the same reminders keep their uids (a calendar
        // that imports the file again moves them instead of doubling them).
        QVERIFY(m_plan->recordAccessReview(m_today));
        DdosPlan ddos = m_plan->ddosPlan();
        ddos.lastDrill = m_today;
        QVERIFY(m_plan->setDdosPlan(ddos));
        const QList<CalendarEvent> later = PlanCalendar::events(*m_plan, fixedNow.addDays(20));
        QStringList before = uids(first).split(u", "_s);
        QStringList after = uids(later).split(u", "_s);
        before.sort();
        after.sort();
        QCOMPARE(after, before);
        for (const CalendarEvent &e : later)
            QVERIFY2(e.uid.endsWith(u'@' + m_plan->planId()), qPrintable(e.uid));
        QCOMPARE(find(later, uid(u"ddos-drill-shop"_s))->date, m_today.addDays(365));
    }
};

QTEST_GUILESS_MAIN(TestPlanCalendar)
#include "tst_plancalendar.moc"
