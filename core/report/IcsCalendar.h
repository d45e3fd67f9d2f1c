#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// One reminder in a calendar: an all-day event on a date, with an alarm days before.
struct CalendarEvent
{
    QString uid; // stable across exports (e.g. "cert-expiry-shop.example@<plan id>"), so a calendar
                 // that imports the file again updates the event instead of doubling it
    QDate date;
    QString summary; // one line
    QString description; // plain text, may span lines
    int alarmDaysBefore = 0; // 0: no alarm
    QString category; // e.g. "Certificate", "Backup"
};

// Writes reminders as an iCalendar file (RFC 5545): VCALENDAR with one all-day VEVENT per
// reminder, text escaped (\\ ; , and newlines), lines folded at 75 octets without splitting a
// UTF-8 sequence, CRLF line ends, DTSTAMP from `now`.
namespace IcsCalendar {
QByteArray toIcs(const QList<CalendarEvent> &events, const QDateTime &now, const QString &calendarName);
// Writes the file through a temporary file; a failed write leaves no half file.
Status write(const QString &path, const QList<CalendarEvent> &events, const QDateTime &now,
             const QString &calendarName);
} // namespace IcsCalendar
