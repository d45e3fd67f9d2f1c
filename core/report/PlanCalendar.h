#pragma once

#include "IcsCalendar.h"

#include <QDateTime>
#include <QList>

class Plan;

// The review dates the plan knows, as calendar reminders: certificate expiry (from the newest
// probe of each site and the certificate item's last verification), providers' answers due to be
// asked again, the next access review, root and stored passwords to change, the next backup
// verification, and the next DDoS drill. Dates already past become reminders for today.
namespace PlanCalendar {
QList<CalendarEvent> events(const Plan &plan, const QDateTime &now = {});
} // namespace PlanCalendar
