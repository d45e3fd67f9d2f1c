#include "Question.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString unknownKey = u"unknown"_s;
const QString noneKey = u"none"_s;

// The bank's texts live in the data file, so they are looked up by their English source and the
// disambiguation that cmake/QuestionBankStrings.cmake hands to lupdate.
QString translateBankText(const QString &english, const QString &disambiguation)
{
    if (english.isEmpty())
        return {};
    const QByteArray source = english.toUtf8();
    const QByteArray comment = disambiguation.toUtf8();
    return QCoreApplication::translate("QuestionBank", source.constData(), comment.constData());
}

QString quoted(const QString &text)
{
    return QCoreApplication::translate("Question", "“%1”").arg(text);
}

bool isNumber(const QString &text)
{
    static const QRegularExpression pattern(u"^[0-9]+(\\.[0-9]+)?$"_s);
    return pattern.match(text).hasMatch();
}

// "007.50" -> "7.5", "14.0" -> "14".
QString canonicalNumber(const QString &text)
{
    QString integer = text.section(u'.', 0, 0);
    QString fraction = text.section(u'.', 1);
    while (integer.size() > 1 && integer.startsWith(u'0'))
        integer.remove(0, 1);
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (fraction.isEmpty())
        return integer;
    return integer + u'.' + fraction;
}

QDate parseDate(const QString &text)
{
    static const QRegularExpression pattern(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    if (!pattern.match(text).hasMatch())
        return {};
    return QDate::fromString(text, u"yyyy-MM-dd"_s);
}

QStringList splitChoices(const QString &text)
{
    static const QRegularExpression separator(u"[;,]"_s);
    QStringList parts;
    const QStringList raw = text.split(separator);
    for (const QString &part : raw) {
        const QString trimmed = part.trimmed().toLower();
        if (!trimmed.isEmpty())
            parts << trimmed;
    }
    return parts;
}

} // namespace

bool Question::Expectation::isEmpty() const
{
    return anyOf.isEmpty() && noneOf.isEmpty() && !min && !max && !withinDays && !inFuture;
}

QString Question::translatedText() const
{
    return translateBankText(text, id);
}

QString Question::translatedWhy() const
{
    return translateBankText(why, id + u":why"_s);
}

QString Question::translatedGood() const
{
    return translateBankText(good, id + u":good"_s);
}

QString Question::translatedUnit() const
{
    return translateBankText(unit, u"unit"_s);
}

QString Question::translatedChoice(const QString &key) const
{
    for (const Choice &choice : choices) {
        if (choice.key == key)
            return translateBankText(choice.text, id + u":choice:"_s + key);
    }
    return key;
}

QString Question::checkAnswer(const QString &answer) const
{
    const QString trimmed = answer.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("Question", "There is no answer yet.");
    if (type == Type::Text)
        return {};
    const QString lower = trimmed.toLower();
    if (lower == unknownKey)
        return {};

    switch (type) {
    case Type::YesNo:
        if (lower == u"yes"_s || lower == u"no"_s)
            return {};
        return QCoreApplication::translate("Question", "%1 is not one of the choices: %2.")
            .arg(quoted(trimmed), u"yes, no, unknown"_s);
    case Type::Choice: {
        QStringList keys;
        for (const Choice &choice : choices) {
            if (choice.key == lower)
                return {};
            keys << choice.key;
        }
        keys << unknownKey;
        return QCoreApplication::translate("Question", "%1 is not one of the choices: %2.")
            .arg(quoted(trimmed), keys.join(u", "_s));
    }
    case Type::Choices: {
        if (lower == noneKey)
            return {};
        const QStringList parts = splitChoices(lower);
        if (parts.isEmpty())
            return QCoreApplication::translate("Question", "There is no answer yet.");
        for (const QString &part : parts) {
            if (part == noneKey || part == unknownKey)
                return QCoreApplication::translate("Question", "%1 cannot be combined with other choices.")
                    .arg(quoted(part));
            const bool known = std::any_of(choices.cbegin(), choices.cend(),
                                           [&part](const Choice &choice) { return choice.key == part; });
            if (!known) {
                QStringList keys;
                for (const Choice &choice : choices)
                    keys << choice.key;
                keys << noneKey << unknownKey;
                return QCoreApplication::translate("Question", "%1 is not one of the choices: %2.")
                    .arg(quoted(part), keys.join(u", "_s));
            }
        }
        return {};
    }
    case Type::Number:
        if (isNumber(trimmed))
            return {};
        return QCoreApplication::translate("Question",
                                           "%1 is not a number. Write it with digits only, and a point "
                                           "before any decimals, for example 14 or 0.5.")
            .arg(quoted(trimmed));
    case Type::Date:
        if (parseDate(trimmed).isValid())
            return {};
        return QCoreApplication::translate("Question",
                                           "%1 is not a date. Write it as year-month-day, for example "
                                           "2024-03-31.")
            .arg(quoted(trimmed));
    case Type::Text:
        break;
    }
    return {};
}

QString Question::normalisedAnswer(const QString &answer) const
{
    if (!checkAnswer(answer).isEmpty())
        return answer;
    const QString trimmed = answer.trimmed();
    if (type == Type::Text)
        return trimmed;
    const QString lower = trimmed.toLower();
    if (lower == unknownKey)
        return unknownKey;

    switch (type) {
    case Type::YesNo:
    case Type::Choice:
        return lower;
    case Type::Choices: {
        if (lower == noneKey)
            return noneKey;
        const QStringList parts = splitChoices(lower);
        QStringList ordered;
        for (const Choice &choice : choices) {
            if (parts.contains(choice.key))
                ordered << choice.key;
        }
        return ordered.join(u';');
    }
    case Type::Number:
        return canonicalNumber(trimmed);
    case Type::Date:
    case Type::Text:
        break;
    }
    return trimmed;
}

QString Question::displayAnswer(const QString &answer) const
{
    const QString trimmed = answer.trimmed();
    if (trimmed.isEmpty() || !checkAnswer(trimmed).isEmpty())
        return trimmed;
    if (type == Type::Text)
        return trimmed;
    const QString value = normalisedAnswer(trimmed);
    if (value == unknownKey)
        return QCoreApplication::translate("QuestionBank", "Unknown");

    switch (type) {
    case Type::YesNo:
        return value == u"yes"_s ? QCoreApplication::translate("QuestionBank", "Yes")
                                 : QCoreApplication::translate("QuestionBank", "No");
    case Type::Choice:
        return translatedChoice(value);
    case Type::Choices: {
        if (value == noneKey)
            return QCoreApplication::translate("QuestionBank", "None of these");
        QStringList shown;
        const QStringList keys = value.split(u';');
        for (const QString &key : keys)
            shown << translatedChoice(key);
        return shown.join(u", "_s);
    }
    case Type::Number: {
        const int decimals = value.contains(u'.') ? int(value.section(u'.', 1).size()) : 0;
        const QString number = QLocale().toString(value.toDouble(), 'f', decimals);
        if (unit.isEmpty())
            return number;
        // Whole numbers of the bank's units read with the right plural ("1 day", "14 days").
        if (decimals == 0) {
            const int n = value.toInt();
            if (unit == u"days"_s)
                return QCoreApplication::translate("QuestionBank", "%n day(s)", nullptr, n);
            if (unit == u"hours"_s)
                return QCoreApplication::translate("QuestionBank", "%n hour(s)", nullptr, n);
            if (unit == u"minutes"_s)
                return QCoreApplication::translate("QuestionBank", "%n minute(s)", nullptr, n);
            if (unit == u"months"_s)
                return QCoreApplication::translate("QuestionBank", "%n month(s)", nullptr, n);
        }
        return number + u' ' + translatedUnit();
    }
    case Type::Date:
        return QLocale().toString(parseDate(value), QLocale::ShortFormat);
    case Type::Text:
        break;
    }
    return trimmed;
}

Question::Verdict Question::judge(const QString &answer, const QDate &today) const
{
    if (type == Type::Text || expected.isEmpty())
        return Verdict::NotJudged;
    if (!checkAnswer(answer).isEmpty())
        return Verdict::Unknown;
    const QString value = normalisedAnswer(answer);
    if (value == unknownKey)
        return Verdict::Unknown;

    switch (type) {
    case Type::YesNo:
    case Type::Choice:
        if (!expected.anyOf.isEmpty() && !expected.anyOf.contains(value))
            return Verdict::FallsShort;
        return Verdict::Meets;
    case Type::Choices: {
        const QStringList chosen = value == noneKey ? QStringList() : value.split(u';');
        const auto anyChosen = [&chosen](const QStringList &keys) {
            return std::any_of(keys.cbegin(), keys.cend(),
                               [&chosen](const QString &key) { return chosen.contains(key); });
        };
        if (!expected.anyOf.isEmpty() && !anyChosen(expected.anyOf))
            return Verdict::FallsShort;
        if (anyChosen(expected.noneOf))
            return Verdict::FallsShort;
        return Verdict::Meets;
    }
    case Type::Number: {
        const double number = value.toDouble();
        if ((expected.min && number < *expected.min) || (expected.max && number > *expected.max))
            return Verdict::FallsShort;
        return Verdict::Meets;
    }
    case Type::Date: {
        const QDate date = parseDate(value);
        if (expected.withinDays && date.daysTo(today) > *expected.withinDays)
            return Verdict::FallsShort;
        if (expected.inFuture && date <= today)
            return Verdict::FallsShort;
        return Verdict::Meets;
    }
    case Type::Text:
        break;
    }
    return Verdict::NotJudged;
}

QString Question::answerFormatHint() const
{
    QStringList keys;
    for (const Choice &choice : choices)
        keys << choice.key;
    switch (type) {
    case Type::YesNo:
        return u"yes / no / unknown"_s;
    case Type::Choice:
        keys << unknownKey;
        return QCoreApplication::translate("Question", "one of: %1").arg(keys.join(u", "_s));
    case Type::Choices:
        return QCoreApplication::translate("Question",
                                           "one or more of: %1, separated by “;” (or: none, unknown)")
            .arg(keys.join(u"; "_s));
    case Type::Number:
        if (unit.isEmpty())
            return QCoreApplication::translate("Question", "a number");
        return QCoreApplication::translate("Question", "a number of %1").arg(translatedUnit());
    case Type::Date:
        return QCoreApplication::translate("Question", "a date (YYYY-MM-DD)");
    case Type::Text:
        break;
    }
    return QCoreApplication::translate("Question", "free text");
}

QString Question::typeKey(Type type)
{
    switch (type) {
    case Type::YesNo:
        return u"yesno"_s;
    case Type::Choice:
        return u"choice"_s;
    case Type::Choices:
        return u"choices"_s;
    case Type::Number:
        return u"number"_s;
    case Type::Date:
        return u"date"_s;
    case Type::Text:
        break;
    }
    return u"text"_s;
}

std::optional<Question::Type> Question::typeFromKey(const QString &key)
{
    static const Type all[]
        = { Type::YesNo, Type::Choice, Type::Choices, Type::Number, Type::Date, Type::Text };
    for (Type type : all) {
        if (typeKey(type) == key)
            return type;
    }
    return std::nullopt;
}
