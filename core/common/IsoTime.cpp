#include "IsoTime.h"

namespace {

// Days since 1970-01-01 to a civil date (proleptic Gregorian), after Howard Hinnant's algorithm.
void civilFromDays(qint64 days, qint64 &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
}

char16_t *digits(char16_t *at, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        at[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    return at + width;
}

} // namespace

void IsoTime::append(QString &out, const QDateTime &time, bool withMs)
{
    if (!time.isValid())
        return;
    const qint64 msecs = time.toMSecsSinceEpoch();
    qint64 days = msecs / 86400000;
    qint64 msOfDay = msecs % 86400000;
    if (msOfDay < 0) {
        msOfDay += 86400000;
        --days;
    }
    qint64 year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, year, month, day);
    if (year < 0 || year > 9999) { // Qt's own spelling of years it cannot write in four digits
        out.append(time.toUTC().toString(withMs ? Qt::ISODateWithMs : Qt::ISODate));
        return;
    }
    char16_t buffer[24];
    char16_t *p = digits(buffer, year, 4);
    *p++ = u'-';
    p = digits(p, month, 2);
    *p++ = u'-';
    p = digits(p, day, 2);
    *p++ = u'T';
    p = digits(p, msOfDay / 3600000, 2);
    *p++ = u':';
    p = digits(p, msOfDay / 60000 % 60, 2);
    *p++ = u':';
    p = digits(p, msOfDay / 1000 % 60, 2);
    if (withMs) {
        *p++ = u'.';
        p = digits(p, msOfDay % 1000, 3);
    }
    *p++ = u'Z';
    out.append(QStringView(buffer, p));
}

QString IsoTime::text(const QDateTime &time, bool withMs)
{
    if (!time.isValid())
        return {};
    QString out;
    out.reserve(24);
    append(out, time, withMs);
    return out;
}
