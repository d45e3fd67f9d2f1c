#pragma once

#include "ProviderKind.h"
#include "findings/Finding.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One question of the bank, as the data file gives it. Texts are the English source; the
// translated*() functions give them in the owner's language (QCoreApplication::translate with the
// "QuestionBank" context and the question id as disambiguation).
//
// Answers are kept as text, one form per type:
//   YesNo     "yes" | "no" | "unknown"
//   Choice    one choice key
//   Choices   choice keys joined by ';' (in the bank's order), or "none" (none of these)
//   Number    a decimal number with '.' ("14", "0.5"), in the question's unit
//   Date      yyyy-MM-dd
//   Text      anything
// Every type but Text also takes "unknown" (the provider cannot say).
class Question
{
public:
    enum class Type
    {
        YesNo,
        Choice,
        Choices,
        Number,
        Date,
        Text,
    };

    struct Choice
    {
        QString key; // stable, e.g. "tls13"
        QString text; // English, e.g. "TLS 1.3"
    };

    // The question only applies when another answer (same provider) is one of `values`
    // (for Choices answers: contains one of them).
    struct Condition
    {
        QString questionId;
        QStringList values;
    };

    // What a good answer is. Which members count depends on the type:
    //   YesNo: anyOf (e.g. ["yes"]); Choice: anyOf; Choices: anyOf (at least one of them chosen)
    //   and noneOf (none of them chosen); Number: min and/or max; Date: withinDays (not older than)
    //   or notBeforeDays/ afterToday for dates that must lie ahead (e.g. an expiry), Text: nothing.
    struct Expectation
    {
        QStringList anyOf;
        QStringList noneOf;
        std::optional<double> min;
        std::optional<double> max;
        std::optional<int> withinDays; // a Date no older than this many days
        bool inFuture = false; // a Date that must lie ahead (an expiry)
        bool isEmpty() const;
    };

    // How an answer measures up.
    enum class Verdict
    {
        Meets, // the answer is what good looks like
        FallsShort, // it is not
        Unknown, // "unknown", or the provider could not say
        NotJudged, // the question has no expectation (free text, facts)
    };

    QString id; // stable, e.g. "host.tls.versions"
    int version = 1; // raised when the question's meaning changes: older answers are asked again
    QString topic; // "encryption", "ddos", "backup", "access", "logging", "patching", "incident",
                   // "data", "payment", "testing", "development"
    QList<ProviderKind> kinds;
    Type type = Type::YesNo;
    QList<Choice> choices; // Choice / Choices
    QString unit; // Number: "days", "hours", "minutes", "months", ... (English, translatable)
    std::optional<Condition> condition;
    Expectation expected;
    Severity severity = Severity::Medium;
    QString text; // the question
    QString why; // why it matters, plain words
    QString good; // what good looks like, plain words

    bool appliesTo(ProviderKind kind) const { return kinds.contains(kind); }

    QString translatedText() const;
    QString translatedWhy() const;
    QString translatedGood() const;
    QString translatedUnit() const;
    QString translatedChoice(const QString &key) const; // the key itself when unknown

    // A plain-words problem with `answer` for this question's type (unknown choice key, not a
    // number, not a date, ...); empty when it is a valid answer. An empty answer is "not answered"
    // and is not valid here.
    QString checkAnswer(const QString &answer) const;
    // The answer in its canonical stored form (choices in bank order, trimmed, yes/no lowercase,
    // numbers without trailing zeros); the input unchanged when checkAnswer() fails.
    QString normalisedAnswer(const QString &answer) const;
    // The answer as the owner reads it, translated ("Yes", "TLS 1.2, TLS 1.3", "14 days", a
    // localised date).
    QString displayAnswer(const QString &answer) const;
    // How a valid answer measures up against the expectation, on `today` (for dates).
    Verdict judge(const QString &answer, const QDate &today) const;
    // What a provider may write in the answer column, for letters and fill-in files:
    // "yes / no / unknown", "one of: tls12, tls13", "a number of days", "a date (YYYY-MM-DD)".
    QString answerFormatHint() const;

    static QString typeKey(Type type); // "yesno", "choice", "choices", "number", "date", "text"
    static std::optional<Type> typeFromKey(const QString &key);
};
