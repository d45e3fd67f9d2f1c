#pragma once

#include "IcsCalendar.h"

#include <QDateTime>
#include <QList>

class Plan;

// The review dates the plan knows (DueDates: certificate expiry, providers' answers due to be asked
// again, the next access review, root passwords to change, the next backup verification, the next
// DDoS drill) as calendar reminders. Dates already past become reminders for today.
namespace PlanCalendar {
QList<CalendarEvent> events(const Plan &plan, const QDateTime &now = {});
} // namespace PlanCalendar
