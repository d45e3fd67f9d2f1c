#include "report/IcsCalendar.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

// RFC 5545 3.1: a content line is at most 75 octets, not counting the line break.
constexpr int maxLineOctets = 75;

// TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped; other
// control characters are not allowed in TEXT, so they are dropped.
QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u';':
            out += u"\\;"_s;
            break;
        case u',':
            out += u"\\,"_s;
            break;
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out += u"\\n"_s;
            break;
        case u'\n':
        case 0x2028: // line separator
        case 0x2029: // paragraph separator
            out += u"\\n"_s;
            break;
        case u'\t':
            out += c;
            break;
        default:
            if (c.unicode() >= 0x20 && c.unicode() != 0x7f)
                out += c;
            break;
        }
    }
    return out;
}

// Appends one content line, folded: the first piece at most 75 octets, each following piece a
// space and at most 74 octets, never cutting inside a UTF-8 sequence.
void appendFolded(QByteArray &out, const QByteArray &line)
{
    qsizetype start = 0;
    int limit = maxLineOctets;
    while (line.size() - start > limit) {
        qsizetype cut = start + limit;
        // A continuation byte (10xxxxxx) must stay with the byte that starts its character.
        while (cut > start && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += QByteArrayView(line).sliced(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = maxLineOctets - 1;
    }
    out += QByteArrayView(line).sliced(start);
    out += "\r\n";
}

void appendLine(QByteArray &out, const QString &name, const QString &value)
{
    appendFolded(out, QString(name + u':' + value).toUtf8());
}

QString icsDate(QDate date)
{
    return date.toString(u"yyyyMMdd"_s);
}

QString fallbackUid(const CalendarEvent &event)
{
    const QByteArray key = QString(icsDate(event.date) + u'\n' + event.summary).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex())
        + u"@storefort"_s;
}

} // namespace

namespace IcsCalendar {

QByteArray toIcs(const QList<CalendarEvent> &events, const QDateTime &now, const QString &calendarName)
{
    const QString stamp = now.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    QByteArray out;
    appendLine(out, u"BEGIN"_s, u"VCALENDAR"_s);
    appendLine(out, u"VERSION"_s, u"2.0"_s);
    appendLine(out, u"PRODID"_s, u"-//Storefort//Storefort//EN"_s);
    appendLine(out, u"CALSCALE"_s, u"GREGORIAN"_s);
    if (!calendarName.isEmpty())
        appendLine(out, u"X-WR-CALNAME"_s, escapeText(calendarName));
    for (const CalendarEvent &event : events) {
        // An all-day event needs its day; a reminder without one has nothing to put in a calendar.
        if (!event.date.isValid())
            continue;
        appendLine(out, u"BEGIN"_s, u"VEVENT"_s);
        appendLine(out, u"UID"_s, escapeText(event.uid.isEmpty() ? fallbackUid(event) : event.uid));
        appendLine(out, u"DTSTAMP"_s, stamp);
        appendLine(out, u"DTSTART;VALUE=DATE"_s, icsDate(event.date));
        appendLine(out, u"DTEND;VALUE=DATE"_s, icsDate(event.date.addDays(1)));
        appendLine(out, u"SUMMARY"_s, escapeText(event.summary));
        if (!event.description.isEmpty())
            appendLine(out, u"DESCRIPTION"_s, escapeText(event.description));
        if (!event.category.isEmpty())
            appendLine(out, u"CATEGORIES"_s, escapeText(event.category));
        // A reminder, not an appointment: the day stays free in the owner's calendar.
        appendLine(out, u"TRANSP"_s, u"TRANSPARENT"_s);
        if (event.alarmDaysBefore > 0) {
            appendLine(out, u"BEGIN"_s, u"VALARM"_s);
            appendLine(out, u"TRIGGER"_s, u"-P"_s + QString::number(event.alarmDaysBefore) + u'D');
            appendLine(out, u"ACTION"_s, u"DISPLAY"_s);
            appendLine(out, u"DESCRIPTION"_s, escapeText(event.summary));
            appendLine(out, u"END"_s, u"VALARM"_s);
        }
        appendLine(out, u"END"_s, u"VEVENT"_s);
    }
    appendLine(out, u"END"_s, u"VCALENDAR"_s);
    return out;
}

Status write(const QString &path, const QList<CalendarEvent> &events, const QDateTime &now,
             const QString &calendarName)
{
    // Written whole or not at all: a half-written calendar never replaces a good one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { QCoreApplication::translate("IcsCalendar", "Could not save the calendar to %1: %2")
                           .arg(path, file.errorString()) };
    const QByteArray data = toIcs(events, now, calendarName);
    if (file.write(data) != data.size() || !file.commit())
        return Error { QCoreApplication::translate("IcsCalendar", "Could not save the calendar to %1: %2")
                           .arg(path, file.errorString()) };
    return Status::success();
}

} // namespace IcsCalendar
