#include "ImportValues.h"

#include <algorithm>
#include <array>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Reads a run of digits (at most `maxDigits`, up to 18) at `pos`; -1 when there is none. A value too
// large for an int reads as the largest int: no date part is that large.
int digits(QStringView s, qsizetype &pos, int maxDigits)
{
    qint64 value = 0;
    int count = 0;
    while (pos < s.size() && count < maxDigits && s[pos].unicode() >= u'0' && s[pos].unicode() <= u'9') {
        value = value * 10 + (s[pos].unicode() - u'0');
        ++pos;
        ++count;
    }
    return count == 0 ? -1 : int(std::min<qint64>(value, std::numeric_limits<int>::max()));
}

bool take(QStringView s, qsizetype &pos, char16_t c)
{
    if (pos < s.size() && s[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

int month(QStringView name)
{
    static constexpr std::array<QStringView, 12> names
        = { u"jan", u"feb", u"mar", u"apr", u"may", u"jun", u"jul", u"aug", u"sep", u"oct", u"nov", u"dec" };
    for (size_t i = 0; i < names.size(); ++i) {
        if (name.compare(names[i], Qt::CaseInsensitive) == 0)
            return int(i) + 1;
    }
    return 0;
}

// The time of day after a date, from `pos`: " 10:20(:30(.123))( AM|PM)(Z|+01:00| UTC)".
// Returns false when something is there that is not a time.
bool timeOfDay(QStringView s, qsizetype pos, QTime &time, int &offsetSeconds, bool &hasOffset)
{
    time = QTime(0, 0);
    offsetSeconds = 0;
    hasOffset = false;
    if (pos == s.size())
        return true;
    if (!take(s, pos, u' ') && !take(s, pos, u'T'))
        return false;
    while (take(s, pos, u' ')) { }
    int hour = digits(s, pos, 2);
    if (hour < 0 || !take(s, pos, u':'))
        return false;
    const int minute = digits(s, pos, 2);
    if (minute < 0)
        return false;
    int second = 0;
    if (take(s, pos, u':')) {
        second = digits(s, pos, 2);
        if (second < 0)
            return false;
        // A fraction of a second is read and dropped: the plan stores times to the second, and a
        // fraction would make the same file's accounts look changed on the next import.
        if ((take(s, pos, u'.') || take(s, pos, u',')) && digits(s, pos, 9) < 0)
            return false;
    }
    while (take(s, pos, u' ')) { }
    const QStringView rest = s.sliced(pos);
    if (rest.startsWith(u"AM", Qt::CaseInsensitive) || rest.startsWith(u"PM", Qt::CaseInsensitive)) {
        if (hour < 1 || hour > 12)
            return false;
        const bool pm = rest.front() == u'P' || rest.front() == u'p';
        hour = hour % 12 + (pm ? 12 : 0);
        pos += 2;
        while (take(s, pos, u' ')) { }
    }
    if (take(s, pos, u'Z') || s.sliced(pos).compare(u"UTC", Qt::CaseInsensitive) == 0
        || s.sliced(pos).compare(u"GMT", Qt::CaseInsensitive) == 0) {
        hasOffset = true;
        pos = s.size();
    } else if (pos < s.size() && (s[pos] == u'+' || s[pos] == u'-')) {
        const int sign = s[pos] == u'-' ? -1 : 1;
        ++pos;
        const int h = digits(s, pos, 2);
        take(s, pos, u':');
        const int m = pos < s.size() ? digits(s, pos, 2) : 0;
        if (h < 0 || h > 14 || m < 0 || m > 59)
            return false;
        offsetSeconds = sign * (h * 3600 + m * 60);
        hasOffset = true;
    }
    if (pos != s.size())
        return false;
    time = QTime(hour, minute, second);
    return time.isValid();
}

std::optional<QDateTime> assemble(int year, int monthOfYear, int day, QStringView s, qsizetype pos)
{
    const QDate date(year, monthOfYear, day);
    if (!date.isValid() || year < 1900)
        return std::nullopt;
    QTime time;
    int offset = 0;
    bool hasOffset = false;
    if (!timeOfDay(s, pos, time, offset, hasOffset))
        return std::nullopt;
    if (hasOffset && offset != 0)
        return QDateTime(date, time, Qt::OffsetFromUTC, offset).toUTC();
    return QDateTime(date, time, Qt::UTC);
}

bool isNever(QStringView s)
{
    for (QStringView never : { u"never", u"never logged in", u"n/a", u"-", u"none", u"null" }) {
        if (s.compare(never, Qt::CaseInsensitive) == 0)
            return true;
    }
    return s.startsWith(u"0000-00-00");
}

} // namespace

std::optional<QDateTime> ImportValues::dateTime(QStringView text, bool unixTime)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty() || isNever(s))
        return QDateTime();
    qsizetype pos = 0;
    const int first = digits(s, pos, 12);
    if (first < 0 && !(unixTime && s.size() > 0)) {
        // "11 Jul 17 08:39" starts with a digit; nothing readable starts otherwise.
        return std::nullopt;
    }
    if (pos == s.size() && unixTime) {
        bool ok = false;
        const qint64 seconds = s.toLongLong(&ok);
        constexpr qint64 lastSecondOf9999 = 253402300799;
        if (!ok || seconds < 0 || seconds > lastSecondOf9999)
            return std::nullopt;
        return seconds == 0 ? QDateTime() : QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    }
    if (pos == 4 && pos < s.size() && (s[pos] == u'-' || s[pos] == u'/')) { // 2024-01-31, 2024/01/31
        const char16_t separator = s[pos].unicode();
        ++pos;
        const int m = digits(s, pos, 2);
        if (m < 0 || !take(s, pos, separator))
            return std::nullopt;
        const int d = digits(s, pos, 2);
        if (d < 0)
            return std::nullopt;
        return assemble(first, m, d, s, pos);
    }
    if (pos <= 2 && pos < s.size() && (s[pos] == u'/' || s[pos] == u'.')) { // 1/31/2024, 31.01.2024
        const char16_t separator = s[pos].unicode();
        ++pos;
        const int second = digits(s, pos, 2);
        if (second < 0 || !take(s, pos, separator))
            return std::nullopt;
        const int year = digits(s, pos, 4);
        if (year < 1000)
            return std::nullopt;
        return separator == u'/' ? assemble(year, first, second, s, pos)
                                 : assemble(year, second, first, s, pos);
    }
    if (pos <= 2 && take(s, pos, u' ')) { // 11 Jul 17 08:39
        const qsizetype start = pos;
        while (pos < s.size() && s[pos].isLetter())
            ++pos;
        const int m = month(s.sliced(start, pos - start));
        if (m == 0 || !take(s, pos, u' '))
            return std::nullopt;
        const qsizetype yearStart = pos;
        int year = digits(s, pos, 4);
        if (year < 0)
            return std::nullopt;
        if (pos - yearStart == 2)
            year += 2000;
        return assemble(year, m, first, s, pos);
    }
    return std::nullopt;
}

std::optional<bool> ImportValues::flag(QStringView text)
{
    const QStringView s = text.trimmed();
    for (QStringView yes : { u"1", u"true", u"yes", u"y", u"on", u"enabled", u"x" }) {
        if (s.compare(yes, Qt::CaseInsensitive) == 0)
            return true;
    }
    for (QStringView no : { u"0", u"false", u"no", u"n", u"off", u"disabled" }) {
        if (s.compare(no, Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

bool ImportValues::isEmptyFlag(QStringView text)
{
    return text.trimmed().isEmpty();
}

std::optional<AccountRole> ImportValues::role(QStringView text)
{
    const QString s = text.trimmed().toString().toLower().replace(u'-', u'_').replace(u' ', u'_');
    if (s.isEmpty())
        return std::nullopt;
    for (QStringView name : { u"admin", u"administrator", u"administrators", u"superadmin", u"super_admin",
                              u"owner", u"root", u"global_administrator", u"super_administrator" }) {
        if (s == name)
            return AccountRole::Admin;
    }
    for (QStringView name : { u"manager", u"shop_manager", u"store_manager" }) {
        if (s == name)
            return AccountRole::Manager;
    }
    for (QStringView name : { u"editor", u"author", u"contributor" }) {
        if (s == name)
            return AccountRole::Editor;
    }
    for (QStringView name :
         { u"read_only", u"readonly", u"viewer", u"reader", u"subscriber", u"customer", u"guest" }) {
        if (s == name)
            return AccountRole::ReadOnly;
    }
    return AccountRole::Custom;
}
