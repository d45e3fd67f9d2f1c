#pragma once

#include "PlanArea.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

class Plan;

// Something the plan says is due on a date: a certificate to renew, answers to ask again, the
// access review, the backups to check, a password to change, the DDoS drill.
struct DueItem
{
    // Stable: "<kind>/<what>", e.g. "cert-expiry/shop.example", "backup-check/12". The calendar's
    // event uid is the same with the first '/' as '-' and "@<plan id>" after it.
    QString key;
    PlanArea area = PlanArea::ShopTeam;
    QDate due; // the real date (may be in the past: overdue)
    QString what; // one line, translated: "Renew the certificate of shop.example"
    QString detail; // plain sentences: what to do
    // Added beside the API: what the calendar needs, and whether anything is on record yet.
    QString category; // translated, e.g. "Certificate", "Backup"
    int alarmDaysBefore = 7; // the calendar's reminder ahead of the date
    // Never done so far (never reviewed, never checked, never drilled): due since the plan began.
    bool neverDone = false;
};

// What is due or overdue, from the plan alone. The calendar (PlanCalendar), the dashboard, the
// score (something overdue holds a step at "needs attention") and the reminders on start read it.
namespace DueDates {
// Sorted by date, then key. An invalid `now` is Clock::now(); "today" is its local date.
QList<DueItem> compute(const Plan &plan, const QDateTime &now = {});
// Items whose due date passed after `lastStart` and on or before `today` (the reminders shown once
// on start): lastStart < due <= today. An invalid lastStart: every item due on or before today.
QList<DueItem> fallenDueSince(const QList<DueItem> &items, QDate lastStart, QDate today);
} // namespace DueDates
