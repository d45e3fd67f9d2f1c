// The calendar writer: the exact RFC 5545 text of a small calendar, escaping, folding at 75 octets
// without splitting a UTF-8 sequence, CRLF line ends, stable UIDs, a parse of the result back into
// the events, and the file written whole or not at all.
#include "report/IcsCalendar.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QDateTime stampTime()
{
    return QDateTime(QDate(2026, 11, 29), QTime(10, 15, 30), Qt::UTC);
}

CalendarEvent certificateExpiry()
{
    CalendarEvent event;
    event.uid = u"cert-expiry-shop.example@plan-42"_s;
    event.date = QDate(2027, 1, 15);
    event.summary = u"Renew the certificate of shop.example"_s;
    event.description = u"It expires on 15 January 2027.\nAsk the host to renew it."_s;
    event.alarmDaysBefore = 14;
    event.category = u"Certificate"_s;
    return event;
}

CalendarEvent backupCheck()
{
    CalendarEvent event;
    event.uid = u"backup-check@plan-42"_s;
    event.date = QDate(2026, 12, 31);
    event.summary = u"Check the backups"_s;
    return event;
}

// The physical lines, without their CRLF.
QList<QByteArray> physicalLines(const QByteArray &ics)
{
    QList<QByteArray> lines = ics.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

// RFC 5545 3.1: a line break followed by one space or tab is removed.
QByteArray unfold(QByteArray ics)
{
    ics.replace("\r\n ", "");
    ics.replace("\r\n\t", "");
    return ics;
}

QString unescapeText(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) != u'\\' || i + 1 == value.size()) {
            out += value.at(i);
            continue;
        }
        const QChar next = value.at(++i);
        out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
    }
    return out;
}

struct Property
{
    QString name; // with its parameters, e.g. "DTSTART;VALUE=DATE"
    QString value; // unescaped
};

// A small parser: components as nested lists of properties, enough to read back what we wrote.
struct Component
{
    QString kind;
    QList<Property> properties;
    QList<Component> children;

    QString value(const QString &name) const
    {
        for (const Property &property : properties) {
            if (property.name == name)
                return property.value;
        }
        return {};
    }
    int count(const QString &name) const
    {
        int n = 0;
        for (const Property &property : properties)
            n += property.name == name ? 1 : 0;
        return n;
    }
};

Component parse(const QByteArray &ics)
{
    QList<Component> stack;
    stack.append(Component {});
    const QList<QByteArray> lines = unfold(ics).split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const QString text = QString::fromUtf8(line);
        const qsizetype colon = text.indexOf(u':');
        const QString name = text.left(colon);
        const QString value = text.mid(colon + 1);
        if (name == u"BEGIN"_s) {
            stack.append(Component { value, {}, {} });
        } else if (name == u"END"_s) {
            const Component done = stack.takeLast();
            if (done.kind != value)
                qWarning("END:%s closes %s", qPrintable(value), qPrintable(done.kind));
            stack.last().children.append(done);
        } else {
            stack.last().properties.append({ name, unescapeText(value) });
        }
    }
    return stack.size() == 1 && stack.first().children.size() == 1 ? stack.first().children.first()
                                                                   : Component {};
}

} // namespace

class TestIcsCalendar : public QObject
{
    Q_OBJECT

private slots:
    void exactStructure()
    {
        const QByteArray ics = IcsCalendar::toIcs({ certificateExpiry(), backupCheck() }, stampTime(),
                                                  u"Storefort: shop.example"_s);
        const QByteArray expected
            = "BEGIN:VCALENDAR\r\n"
              "VERSION:2.0\r\n"
              "PRODID:-//Storefort//Storefort//EN\r\n"
              "CALSCALE:GREGORIAN\r\n"
              "X-WR-CALNAME:Storefort: shop.example\r\n"
              "BEGIN:VEVENT\r\n"
              "UID:cert-expiry-shop.example@plan-42\r\n"
              "DTSTAMP:20261129T101530Z\r\n"
              "DTSTART;VALUE=DATE:20270115\r\n"
              "DTEND;VALUE=DATE:20270116\r\n"
              "SUMMARY:Renew the certificate of shop.example\r\n"
              "DESCRIPTION:It expires on 15 January 2027.\\nAsk the host to renew it.\r\n"
              "CATEGORIES:Certificate\r\n"
              "TRANSP:TRANSPARENT\r\n"
              "BEGIN:VALARM\r\n"
              "TRIGGER:-P14D\r\n"
              "ACTION:DISPLAY\r\n"
              "DESCRIPTION:Renew the certificate of shop.example\r\n"
              "END:VALARM\r\n"
              "END:VEVENT\r\n"
              "BEGIN:VEVENT\r\n"
              "UID:backup-check@plan-42\r\n"
              "DTSTAMP:20261129T101530Z\r\n"
              "DTSTART;VALUE=DATE:20261231\r\n"
              "DTEND;VALUE=DATE:20270101\r\n"
              "SUMMARY:Check the backups\r\n"
              "TRANSP:TRANSPARENT\r\n"
              "END:VEVENT\r\n"
              "END:VCALENDAR\r\n";
        QCOMPARE(ics, expected);
    }

    void stampIsUtcWhateverTheZone()
    {
        const QDateTime berlin(QDate(2026, 7, 1), QTime(12, 0), QTimeZone(2 * 3600)); // summer in Berlin
        const QByteArray ics = IcsCalendar::toIcs({ backupCheck() }, berlin, u"x"_s);
        QVERIFY2(ics.contains("DTSTAMP:20260701T100000Z\r\n"), ics.constData());
    }

    void escaping()
    {
        CalendarEvent event = backupCheck();
        event.summary = u"Backups; tapes, disks \\ cloud"_s;
        event.description = u"Line one\nLine two\r\nLine three\rLine four; with, commas"_s;
        event.category = u"Backup, offsite"_s;
        const QByteArray ics = unfold(IcsCalendar::toIcs({ event }, stampTime(), u"A; b, c"_s));
        QVERIFY(ics.contains("SUMMARY:Backups\\; tapes\\, disks \\\\ cloud\r\n"));
        QVERIFY(
            ics.contains("DESCRIPTION:Line one\\nLine two\\nLine three\\nLine four\\; with\\, commas\r\n"));
        QVERIFY(ics.contains("CATEGORIES:Backup\\, offsite\r\n"));
        QVERIFY(ics.contains("X-WR-CALNAME:A\\; b\\, c\r\n"));
    }

    void controlCharactersDropped()
    {
        CalendarEvent event = backupCheck();
        event.summary = u"Bell\aand\x01null"_s;
        const QByteArray ics = IcsCalendar::toIcs({ event }, stampTime(), u"x"_s);
        QVERIFY(ics.contains("SUMMARY:Bellandnull\r\n"));
    }

    void crlfEverywhere()
    {
        CalendarEvent event = certificateExpiry();
        event.description = QString(300, u'x') + u"\nand more\n"_s + QString(200, u'ü');
        const QByteArray ics = IcsCalendar::toIcs({ event, backupCheck() }, stampTime(), u"x"_s);
        QVERIFY(ics.endsWith("\r\n"));
        for (qsizetype i = 0; i < ics.size(); ++i) {
            if (ics.at(i) == '\n')
                QVERIFY2(i > 0 && ics.at(i - 1) == '\r', qPrintable(u"bare LF at %1"_s.arg(i)));
            if (ics.at(i) == '\r')
                QVERIFY2(i + 1 < ics.size() && ics.at(i + 1) == '\n', qPrintable(u"bare CR at %1"_s.arg(i)));
        }
    }

    void foldingAt75Octets()
    {
        CalendarEvent event = backupCheck();
        event.description = QString(500, u'a');
        const QByteArray ics = IcsCalendar::toIcs({ event }, stampTime(), u"x"_s);
        const QList<QByteArray> lines = physicalLines(ics);
        int continuations = 0;
        for (const QByteArray &line : lines) {
            QVERIFY2(line.size() <= 75, line.constData());
            continuations += line.startsWith(' ') ? 1 : 0;
        }
        // "DESCRIPTION:" and 500 octets: 75, then 74 a line after the leading space.
        QCOMPARE(continuations, 6);
        const qsizetype first = lines.indexOf(QByteArray("DESCRIPTION:") + QByteArray(63, 'a'));
        QVERIFY(first >= 0);
        QCOMPARE(lines.at(first).size(), 75);
        QCOMPARE(lines.at(first + 1), QByteArray(" ") + QByteArray(74, 'a'));
        QVERIFY(unfold(ics).contains(QByteArray("DESCRIPTION:" + QByteArray(500, 'a') + "\r\n")));
    }

    void foldingNeverSplitsACharacter_data()
    {
        QTest::addColumn<int>("prefix");
        // "DESCRIPTION:" is 12 octets; a prefix of 61..63 puts the euro sign's three octets across
        // the 75th one in each way it can be.
        QTest::newRow("starts at 74") << 61;
        QTest::newRow("starts at 75") << 62;
        QTest::newRow("starts at 76") << 63;
        QTest::newRow("starts at 73") << 60;
    }

    void foldingNeverSplitsACharacter()
    {
        QFETCH(int, prefix);
        CalendarEvent event = backupCheck();
        event.description = QString(prefix, u'a') + QString(40, QChar(0x20AC)) + u"Grüße 😀 done"_s;
        const QByteArray ics = IcsCalendar::toIcs({ event }, stampTime(), u"x"_s);
        const QList<QByteArray> lines = physicalLines(ics);
        for (const QByteArray &line : lines) {
            QVERIFY2(line.size() <= 75, line.constData());
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString text = decoder.decode(line);
            QVERIFY2(!decoder.hasError(), line.constData());
            Q_UNUSED(text);
        }
        const qsizetype first
            = lines.indexOf(QByteArray("DESCRIPTION:") + QByteArray(prefix, 'a')
                            + QString(QChar(0x20AC)).repeated((75 - 12 - prefix) / 3).toUtf8());
        QVERIFY2(first >= 0, "the first line ends before the character that would not fit");
        const Component calendar = parse(ics);
        QCOMPARE(calendar.children.size(), 1);
        QCOMPARE(calendar.children.first().value(u"DESCRIPTION"_s), event.description);
    }

    void uidsAreStable()
    {
        CalendarEvent anonymous = backupCheck();
        anonymous.uid.clear();
        const QByteArray first = IcsCalendar::toIcs({ certificateExpiry(), anonymous }, stampTime(), u"x"_s);
        const QByteArray second
            = IcsCalendar::toIcs({ certificateExpiry(), anonymous }, stampTime().addDays(30), u"x"_s);
        QVERIFY(first != second); // the DTSTAMP moved
        auto uids = [](const QByteArray &ics) {
            QList<QByteArray> found;
            for (const QByteArray &line : physicalLines(unfold(ics))) {
                if (line.startsWith("UID:"))
                    found.append(line);
            }
            return found;
        };
        QCOMPARE(uids(first).size(), 2);
        QCOMPARE(uids(first), uids(second));
        QCOMPARE(uids(first).first(), QByteArray("UID:cert-expiry-shop.example@plan-42"));
        QVERIFY(uids(first).last().size() > 10); // one made from the date and summary
    }

    void roundTrip()
    {
        CalendarEvent tricky = certificateExpiry();
        tricky.summary = u"Zertifikat für Bäckerei Müller erneuern; bald, bitte \\ danke"_s;
        tricky.description = u"Zeile eins\nZeile zwei mit € und ñ und einem sehr langen Text, der gefaltet "
                             u"werden muss, weil er weit über fünfundsiebzig Oktette hinausgeht.\n\nEnde"_s;
        tricky.category = u"Zertifikat"_s;
        tricky.alarmDaysBefore = 30;
        const QList<CalendarEvent> events { tricky, backupCheck() };
        const Component calendar = parse(IcsCalendar::toIcs(events, stampTime(), u"Storefort: Bäckerei"_s));
        QCOMPARE(calendar.kind, u"VCALENDAR"_s);
        QCOMPARE(calendar.value(u"VERSION"_s), u"2.0"_s);
        QCOMPARE(calendar.value(u"X-WR-CALNAME"_s), u"Storefort: Bäckerei"_s);
        QCOMPARE(calendar.children.size(), events.size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            const CalendarEvent &event = events.at(i);
            const Component &vevent = calendar.children.at(i);
            QCOMPARE(vevent.kind, u"VEVENT"_s);
            QCOMPARE(vevent.value(u"UID"_s), event.uid);
            QCOMPARE(vevent.value(u"SUMMARY"_s), event.summary);
            QCOMPARE(vevent.value(u"DESCRIPTION"_s), event.description);
            QCOMPARE(vevent.value(u"CATEGORIES"_s), event.category);
            QCOMPARE(vevent.value(u"DTSTART;VALUE=DATE"_s), event.date.toString(u"yyyyMMdd"_s));
            QCOMPARE(vevent.value(u"DTEND;VALUE=DATE"_s), event.date.addDays(1).toString(u"yyyyMMdd"_s));
            QCOMPARE(vevent.value(u"DTSTAMP"_s), u"20261129T101530Z"_s);
            for (const QString &once : { u"UID"_s, u"DTSTAMP"_s, u"DTSTART;VALUE=DATE"_s, u"SUMMARY"_s })
                QCOMPARE(vevent.count(once), 1);
            if (event.alarmDaysBefore > 0) {
                QCOMPARE(vevent.children.size(), 1);
                const Component &alarm = vevent.children.first();
                QCOMPARE(alarm.kind, u"VALARM"_s);
                QCOMPARE(alarm.value(u"TRIGGER"_s), u"-P%1D"_s.arg(event.alarmDaysBefore));
                QCOMPARE(alarm.value(u"ACTION"_s), u"DISPLAY"_s);
                QCOMPARE(alarm.value(u"DESCRIPTION"_s), event.summary);
            } else {
                QVERIFY(vevent.children.isEmpty());
            }
        }
    }

    void eventWithoutDateLeftOut()
    {
        CalendarEvent undated = backupCheck();
        undated.date = QDate();
        const Component calendar
            = parse(IcsCalendar::toIcs({ undated, certificateExpiry() }, stampTime(), u"x"_s));
        QCOMPARE(calendar.children.size(), 1);
        QCOMPARE(calendar.children.first().value(u"UID"_s), certificateExpiry().uid);
    }

    void writeThroughFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"reminders.ics"_s);
        const QList<CalendarEvent> events { certificateExpiry(), backupCheck() };
        const Status written = IcsCalendar::write(path, events, stampTime(), u"Storefort"_s);
        QVERIFY2(written, qPrintable(written.error()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), IcsCalendar::toIcs(events, stampTime(), u"Storefort"_s));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"reminders.ics"_s });
    }

    void failedWriteLeavesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A folder that is a file: refused whoever runs the test, root included.
        const QString notAFolder = dir.filePath(u"plain-file"_s);
        {
            QFile file(notAFolder);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a folder");
        }
        const QString path = notAFolder + u"/reminders.ics"_s;
        const Status written = IcsCalendar::write(path, { backupCheck() }, stampTime(), u"x"_s);
        QVERIFY(!written);
        QVERIFY(written.error().contains(u"reminders.ics"_s));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList { u"plain-file"_s });

        const Status missing = IcsCalendar::write(dir.filePath(u"no/such/folder/reminders.ics"_s),
                                                  { backupCheck() }, stampTime(), u"x"_s);
        QVERIFY(!missing);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList { u"plain-file"_s });
    }
};

QTEST_GUILESS_MAIN(TestIcsCalendar)
#include "tst_icscalendar.moc"
