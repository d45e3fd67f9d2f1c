#pragma once

#include "Answer.h"
#include "Provider.h"
#include "Question.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class Plan;

// What Storefort asks one provider: the questions of the bank that apply to its kind, numbered as
// the letter, the email and the fill-in file show them. A value: it copies what it needs from the
// plan (the questions point into QuestionBank::builtIn(), which lives for the whole program), so it
// can be handed to a worker thread to render the letter.
class Questionnaire
{
public:
    enum class Selection
    {
        All, // every question for the provider's kind
        Outstanding, // only those not answered, or whose answer is due to be asked again
    };

    // Why a question is (or is not) outstanding.
    enum class State
    {
        Unanswered,
        Stale, // the answer is older than Plan::answerMaxAgeMonths()
        OlderVersion, // answered under an older version of the question
        Current, // answered and up to date
    };

    struct Item
    {
        int number = 0; // 1-based, as printed
        const Question *question = nullptr; // into QuestionBank::builtIn()
        State state = State::Unanswered;
        std::optional<Answer> onFile; // the answer the plan holds, if any
        // The question only applies after another answer: the number of that question in this
        // questionnaire (0: not in it, or no condition) and the plain-words note, translated, e.g.
        // "Only if you answered 3 with “Yes”." Empty when the question always applies.
        int conditionNumber = 0;
        QString conditionNote;
    };

    // The questionnaire for the provider `providerId` of `plan`, as of `today` (ages are measured
    // from it). Conditional questions are included with their note when the question they depend
    // on is asked too; when it is not (answered and current), they are included only when its
    // answer on file makes them apply. An unknown provider gives an empty questionnaire.
    static Questionnaire build(const Plan &plan, qint64 providerId, Selection selection, const QDate &today);
    // The same from parts, for callers that do not hold a Plan (tests, a preview of unsaved edits).
    static Questionnaire build(const QString &shopName, const Provider &provider,
                               const QList<Answer> &answersOnFile, int maxAgeMonths, Selection selection,
                               const QDate &today);

    // How far along a provider is: the questions that apply now (conditions as the answers on
    // file decide), how many of them are answered, how many are still to ask (never answered, or
    // due again), and the date the oldest of those answers was given. The GUI and the CLI both
    // count this way.
    struct Progress
    {
        int applicable = 0;
        int answered = 0;
        int outstanding = 0;
        QDate oldest;
    };
    static Progress progress(const Provider &provider, const QList<Answer> &answersOnFile, int maxAgeMonths,
                             const QDate &today);

    // Whether an answer on file is due to be asked again on `today`.
    static State stateOf(const Question &question, const std::optional<Answer> &onFile, int maxAgeMonths,
                         const QDate &today);

    const QString &shopName() const { return m_shopName; }
    const Provider &provider() const { return m_provider; }
    Selection selection() const { return m_selection; }
    const QDate &date() const { return m_date; }
    const QList<Item> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }
    // The question ids asked, in order.
    QStringList questionIds() const;
    // The item for a question id, or nullptr when it is not asked.
    const Item *item(const QString &questionId) const;

private:
    QString m_shopName;
    Provider m_provider;
    Selection m_selection = Selection::All;
    QDate m_date;
    QList<Item> m_items;
};
