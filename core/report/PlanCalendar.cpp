#include "report/PlanCalendar.h"

#include "common/Clock.h"
#include "plan/Plan.h"
#include "review/DueDates.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QList<CalendarEvent> PlanCalendar::events(const Plan &plan, const QDateTime &now)
{
    const QDateTime at = now.isValid() ? now : Clock::now();
    const QDate today = at.toLocalTime().date();
    QList<CalendarEvent> events;
    for (const DueItem &item : DueDates::compute(plan, at)) {
        CalendarEvent event;
        // "cert-expiry/shop.example" -> "cert-expiry-shop.example@<plan id>": the uids calendars
        // already hold stay the same.
        QString uid = item.key;
        if (const qsizetype slash = uid.indexOf(u'/'); slash >= 0)
            uid[slash] = u'-';
        event.uid = uid + u'@' + plan.planId();
        event.date = std::max(item.due, today); // a date already past is a reminder for today
        event.summary = item.what;
        event.description = item.detail;
        event.alarmDaysBefore = item.alarmDaysBefore;
        event.category = item.category;
        events.append(std::move(event));
    }
    std::stable_sort(events.begin(), events.end(), [](const CalendarEvent &x, const CalendarEvent &y) {
        return x.date != y.date ? x.date < y.date : x.uid < y.uid;
    });
    return events;
}
