#include "report/PlanCalendar.h"

#include "common/Clock.h"
#include "plan/Plan.h"
#include "providers/ProviderFindings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// How long before a certificate runs out the owner is reminded to renew it.
constexpr int certificateLeadDays = 30;
// How often the accounts are reviewed (a quarter), the root password changed, the backups checked
// and a DDoS drill held.
constexpr int accessReviewDays = 91;
constexpr int rootPasswordDays = 365;
constexpr int backupCheckDays = 7;
constexpr int drillDays = 365;
// Answers that fall due within this many days of a provider's first one are asked in one go.
constexpr int answersTogetherDays = 30;

struct Builder
{
    QString planId;
    QDate today;
    QLocale locale;
    QList<CalendarEvent> events;

    QString longDate(QDate date) const { return locale.toString(date, QLocale::LongFormat); }

    // The date a reminder goes on: one already past is for today.
    QDate due(QDate date) const { return date < today ? today : date; }

    void add(const QString &kind, const QString &key, QDate date, QString summary, QString description,
             int alarmDaysBefore, QString category)
    {
        CalendarEvent event;
        event.uid = kind + u'-' + key + u'@' + planId;
        event.date = due(date);
        event.summary = std::move(summary);
        event.description = std::move(description);
        event.alarmDaysBefore = alarmDaysBefore;
        event.category = std::move(category);
        events.append(std::move(event));
    }
};

void addCertificates(Builder &b, const Plan &plan)
{
    // One reminder per site: several addresses of one host usually serve the same certificate, and
    // the one that runs out first is the one to renew.
    QMap<QString, QDate> expiryByHost;
    for (const TlsProbeResult &probe : ProviderFindings::latestProbes(plan)) {
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
        b.add(u"cert-expiry"_s, host, expiry.addDays(-certificateLeadDays),
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
        b.add(u"cert-file"_s, QString::number(item.id), expiry.addDays(-certificateLeadDays),
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
        const QDate first = b.due(dues.constFirst());
        const QDate until = first.addDays(answersTogetherDays);
        const int count = int(std::count_if(dues.cbegin(), dues.cend(), [&](QDate d) { return d <= until; }));
        b.add(u"answers-due"_s, QString::number(provider.id), first,
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
    b.add(u"access-review"_s, u"accounts"_s,
          reviewed.isValid() ? reviewed.addDays(accessReviewDays) : b.today,
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
          7, QCoreApplication::translate("PlanCalendar", "Accounts"));
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
            b.add(u"root-password"_s, key, stored.addDays(rootPasswordDays),
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
            b.add(u"backup-check"_s, key, last.isValid() ? last.addDays(backupCheckDays) : b.today,
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
                  0, QCoreApplication::translate("PlanCalendar", "Backup"));
        }
    }
}

void addDrill(Builder &b, const Plan &plan)
{
    const QDate last = plan.ddosPlan().lastDrill;
    b.add(u"ddos-drill"_s, u"shop"_s, last.isValid() ? last.addDays(drillDays) : b.today,
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
          14, QCoreApplication::translate("PlanCalendar", "DDoS"));
}

} // namespace

QList<CalendarEvent> PlanCalendar::events(const Plan &plan, const QDateTime &now)
{
    Builder b;
    b.planId = plan.planId();
    b.today = (now.isValid() ? now : Clock::now()).toLocalTime().date();
    addCertificates(b, plan);
    addAnswers(b, plan);
    addAccessReview(b, plan);
    addRecoveryItems(b, plan);
    addDrill(b, plan);
    std::stable_sort(b.events.begin(), b.events.end(), [](const CalendarEvent &x, const CalendarEvent &y) {
        return x.date != y.date ? x.date < y.date : x.uid < y.uid;
    });
    return b.events;
}
