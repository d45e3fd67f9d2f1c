#include "DueDates.h"

#include "common/Clock.h"
#include "contingency/ContingencyFindings.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

// The sentences keep the "PlanCalendar" context they had when the calendar made them, so that their
// translations carry over.

namespace {

// How long before a certificate runs out the owner is reminded to renew it.
constexpr int certificateLeadDays = 30;
// How often the root password is changed and the backups checked. (The access review follows the
// account rules' interval; a DDoS drill is due when DDOS-DRILL-OLD would find the last one old.)
constexpr int rootPasswordDays = 365;
constexpr int backupCheckDays = 7;
// Answers that fall due within this many days of a provider's first one are asked in one go.
constexpr int answersTogetherDays = 30;

struct Builder
{
    QDate today;
    QDate planStart; // what never done is due since
    QLocale locale;
    QList<DueItem> items;

    QString longDate(QDate date) const { return locale.toString(date, QLocale::LongFormat); }

    void add(const QString &kind, const QString &key, PlanArea area, QDate due, QString what, QString detail,
             int alarmDaysBefore, QString category, bool neverDone = false)
    {
        DueItem item;
        item.key = kind + u'/' + key;
        item.area = area;
        item.due = due;
        item.what = std::move(what);
        item.detail = std::move(detail);
        item.alarmDaysBefore = alarmDaysBefore;
        item.category = std::move(category);
        item.neverDone = neverDone;
        items.append(std::move(item));
    }
};

// The day the plan was created (its local date), else today.
QDate planStart(const Plan &plan, QDate today)
{
    const QDate created = plan.createdAt().toLocalTime().date();
    return created.isValid() && created <= today ? created : today;
}

void addCertificates(Builder &b, const Plan &plan)
{
    // One item per site: several addresses of one host usually serve the same certificate, and the
    // one that runs out first is the one to renew.
    QMap<QString, QDate> expiryByHost;
    for (const TlsProbeResult &probe : plan.latestProbes()) {
        const QDateTime notAfter = probe.certificate.notAfter;
        if (!probe.certificate.present || !notAfter.isValid() || probe.host.isEmpty())
            continue;
        const QString host = probe.host.toLower();
        const QDate date = notAfter.toLocalTime().date();
        auto it = expiryByHost.find(host);
        if (it == expiryByHost.end() || date < it.value())
            expiryByHost.insert(host, date);
    }
    QList<QDate> probed;
    for (auto it = expiryByHost.cbegin(); it != expiryByHost.cend(); ++it) {
        const QString &host = it.key();
        const QDate expiry = it.value();
        probed.append(expiry);
        const bool expired = expiry < b.today;
        b.add(u"cert-expiry"_s, host, PlanArea::Tls, expiry.addDays(-certificateLeadDays),
              expired
                  ? QCoreApplication::translate("PlanCalendar", "Renew the certificate of %1: it has run out")
                        .arg(host)
                  : QCoreApplication::translate("PlanCalendar", "Renew the certificate of %1").arg(host),
              expired ? QCoreApplication::translate(
                            "PlanCalendar",
                            "The certificate %1 serves ran out on %2. Visitors see a warning instead of "
                            "the shop. Ask your host or developer to renew it today.")
                            .arg(host, b.longDate(expiry))
                      : QCoreApplication::translate(
                            "PlanCalendar",
                            "The certificate %1 serves runs out on %2. Renew it before then, or "
                            "visitors will see a warning instead of the shop. If it renews by "
                            "itself, check that it did.")
                            .arg(host, b.longDate(expiry)),
              7, QCoreApplication::translate("PlanCalendar", "Certificate"));
    }

    // The certificate files kept as a recovery item: their own expiry, when it is not the same
    // certificate the site already serves.
    for (const RecoveryItem &item : plan.recoveryItems()) {
        if (item.kind != RecoveryKind::Certificate || !item.lastVerification)
            continue;
        const QDateTime notAfter = QDateTime::fromString(
            item.lastVerification->facts.value(u"notAfter"_s).toString(), Qt::ISODate);
        if (!notAfter.isValid())
            continue;
        const QDate expiry = notAfter.toLocalTime().date();
        if (probed.contains(expiry))
            continue;
        b.add(u"cert-file"_s, QString::number(item.id), PlanArea::Contingency,
              expiry.addDays(-certificateLeadDays),
              QCoreApplication::translate("PlanCalendar", "Renew the certificate kept in “%1”")
                  .arg(item.displayTitle()),
              QCoreApplication::translate(
                  "PlanCalendar",
                  "The certificate kept as a recovery item runs out on %1. Renew it and keep the new "
                  "certificate, its key and signing request in the same place.")
                  .arg(b.longDate(expiry)),
              7, QCoreApplication::translate("PlanCalendar", "Certificate"));
    }
}

void addAnswers(Builder &b, const Plan &plan)
{
    const int months = plan.answerMaxAgeMonths();
    for (const Provider &provider : plan.providers()) {
        QList<QDate> dues;
        for (const Answer &answer : plan.answersOf(provider.id)) {
            if (answer.givenOn.isValid())
                dues.append(answer.givenOn.addMonths(months));
        }
        if (dues.isEmpty())
            continue;
        std::sort(dues.begin(), dues.end());
        // Those due within a month of the first (counted from today when it is overdue) go together.
        const QDate until = std::max(dues.constFirst(), b.today).addDays(answersTogetherDays);
        const int count = int(std::count_if(dues.cbegin(), dues.cend(), [&](QDate d) { return d <= until; }));
        b.add(u"answers-due"_s, QString::number(provider.id), PlanArea::Providers, dues.constFirst(),
              QCoreApplication::translate("PlanCalendar", "Ask %1 again: %n answer(s) due", nullptr, count)
                  .arg(provider.name),
              QCoreApplication::translate("PlanCalendar",
                                          "%n of the answers %1 gave are due to be asked again by %2. Send "
                                          "them the questions again, so that what is on file is still true.",
                                          nullptr, count)
                  .arg(provider.name, b.longDate(until)),
              7, QCoreApplication::translate("PlanCalendar", "Providers"));
    }
}

void addAccessReview(Builder &b, const Plan &plan)
{
    const QDate reviewed = plan.accessReviewedOn();
    const int every = plan.accountRules().accessReviewEveryDays;
    b.add(u"access-review"_s, u"accounts"_s, PlanArea::Accounts,
          reviewed.isValid() ? reviewed.addDays(every) : b.planStart,
          QCoreApplication::translate("PlanCalendar", "Review who can get into the shop"),
          reviewed.isValid()
              ? QCoreApplication::translate(
                    "PlanCalendar",
                    "The accounts were last reviewed on %1. Go through them again: remove leavers, "
                    "check that each person's access still fits their work.")
                    .arg(b.longDate(reviewed))
              : QCoreApplication::translate(
                  "PlanCalendar",
                  "The accounts have never been reviewed. Go through them: remove leavers, check "
                  "that each person's access fits their work."),
          7, QCoreApplication::translate("PlanCalendar", "Accounts"), !reviewed.isValid());
}

void addRecoveryItems(Builder &b, const Plan &plan)
{
    for (const RecoveryItem &item : plan.recoveryItems()) {
        const QString key = QString::number(item.id);
        if (item.kind == RecoveryKind::RootAccount && item.lastVerification) {
            const QDateTime storedAt = QDateTime::fromString(
                item.lastVerification->facts.value(u"storedAt"_s).toString(), Qt::ISODate);
            if (!storedAt.isValid())
                continue;
            const QDate stored = storedAt.toLocalTime().date();
            b.add(u"root-password"_s, key, PlanArea::Contingency, stored.addDays(rootPasswordDays),
                  QCoreApplication::translate("PlanCalendar", "Change the root password"),
                  QCoreApplication::translate(
                      "PlanCalendar",
                      "The password of “%1” was stored on %2. Change it, put the new one in the "
                      "keychain, and tell whoever holds it.")
                      .arg(item.displayTitle(), b.longDate(stored)),
                  7, QCoreApplication::translate("PlanCalendar", "Passwords"));
        } else if (item.kind == RecoveryKind::Backup) {
            const QDate last
                = item.lastVerification ? item.lastVerification->at.toLocalTime().date() : QDate();
            b.add(u"backup-check"_s, key, PlanArea::Contingency,
                  last.isValid() ? last.addDays(backupCheckDays) : b.planStart,
                  QCoreApplication::translate("PlanCalendar", "Check the backups"),
                  last.isValid()
                      ? QCoreApplication::translate(
                            "PlanCalendar",
                            "“%1” was last checked on %2. Check again that a backup under a day old "
                            "and an older one are there and open.")
                            .arg(item.displayTitle(), b.longDate(last))
                      : QCoreApplication::translate(
                            "PlanCalendar",
                            "“%1” has never been checked. Check that a backup under a day old and an "
                            "older one are there and open.")
                            .arg(item.displayTitle()),
                  0, QCoreApplication::translate("PlanCalendar", "Backup"), !last.isValid());
        }
    }
}

void addDrill(Builder &b, const Plan &plan)
{
    const QDate last = plan.ddosPlan().lastDrill;
    const int drillDays = DdosFindings::Options().maxDrillAgeDays;
    b.add(u"ddos-drill"_s, u"shop"_s, PlanArea::Ddos, last.isValid() ? last.addDays(drillDays) : b.planStart,
          QCoreApplication::translate("PlanCalendar", "Practise what to do when the shop is attacked"),
          last.isValid()
              ? QCoreApplication::translate(
                    "PlanCalendar",
                    "The last drill was on %1. Walk through the DDoS plan again with everyone in the "
                    "call tree: who calls whom, and what is switched on first.")
                    .arg(b.longDate(last))
              : QCoreApplication::translate(
                  "PlanCalendar",
                  "The DDoS plan has never been practised. Walk through it with everyone in the call "
                  "tree: who calls whom, and what is switched on first."),
          14, QCoreApplication::translate("PlanCalendar", "DDoS"), !last.isValid());
}

} // namespace

QList<DueItem> DueDates::compute(const Plan &plan, const QDateTime &now)
{
    Builder b;
    b.today = (now.isValid() ? now : Clock::now()).toLocalTime().date();
    b.planStart = planStart(plan, b.today);
    addCertificates(b, plan);
    addAnswers(b, plan);
    addAccessReview(b, plan);
    addRecoveryItems(b, plan);
    addDrill(b, plan);
    std::stable_sort(b.items.begin(), b.items.end(), [](const DueItem &x, const DueItem &y) {
        return x.due != y.due ? x.due < y.due : x.key < y.key;
    });
    return b.items;
}

QList<DueItem> DueDates::fallenDueSince(const QList<DueItem> &items, QDate lastStart, QDate today)
{
    QList<DueItem> out;
    for (const DueItem &item : items) {
        if (item.due <= today && (!lastStart.isValid() || item.due > lastStart))
            out.append(item);
    }
    return out;
}
