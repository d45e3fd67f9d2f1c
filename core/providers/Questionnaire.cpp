#include "Questionnaire.h"

#include "QuestionBank.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace {

// "Only if you answered 3 with “Yes” or “No”."
QString conditionNote(const Question &dependsOn, int number, const QStringList &values)
{
    QStringList shown;
    for (const QString &value : values)
        shown << QCoreApplication::translate("Questionnaire", "“%1”").arg(dependsOn.displayAnswer(value));
    return QCoreApplication::translate("Questionnaire", "Only if you answered %1 with %2.")
        .arg(number)
        .arg(shown.join(QCoreApplication::translate("Questionnaire", " or ")));
}

} // namespace

Questionnaire Questionnaire::build(const Plan &plan, qint64 providerId, Selection selection,
                                   const QDate &today)
{
    const std::optional<Provider> provider = plan.provider(providerId);
    if (!provider) {
        Questionnaire empty;
        empty.m_shopName = plan.shop().name;
        empty.m_selection = selection;
        empty.m_date = today;
        return empty;
    }
    return build(plan.shop().name, *provider, plan.answersOf(providerId), plan.answerMaxAgeMonths(),
                 selection, today);
}

Questionnaire Questionnaire::build(const QString &shopName, const Provider &provider,
                                   const QList<Answer> &answersOnFile, int maxAgeMonths, Selection selection,
                                   const QDate &today)
{
    Questionnaire result;
    result.m_shopName = shopName;
    result.m_provider = provider;
    result.m_selection = selection;
    result.m_date = today;

    QHash<QString, Answer> onFile;
    QHash<QString, QString> values;
    for (const Answer &answer : answersOnFile) {
        if (answer.providerId != provider.id && provider.id != 0)
            continue;
        onFile.insert(answer.questionId, answer);
        values.insert(answer.questionId, answer.value);
    }

    QHash<QString, int> numberOf;
    for (const Question *question : QuestionBank::builtIn().forKind(provider.kind)) {
        Item item;
        item.question = question;
        const auto found = onFile.constFind(question->id);
        if (found != onFile.constEnd())
            item.onFile = *found;
        item.state = stateOf(*question, item.onFile, maxAgeMonths, today);
        if (selection == Selection::Outstanding && item.state == State::Current)
            continue;

        if (question->condition) {
            const Question::Condition &condition = *question->condition;
            const int dependsOnNumber = numberOf.value(condition.questionId);
            const Question *dependsOn = QuestionBank::builtIn().find(condition.questionId);
            if (dependsOnNumber > 0 && dependsOn) {
                item.conditionNumber = dependsOnNumber;
                item.conditionNote = conditionNote(*dependsOn, dependsOnNumber, condition.values);
            } else if (!QuestionBank::conditionHolds(*question, values)) {
                // The question it depends on is not asked again, and its answer rules this one out.
                continue;
            }
        }

        item.number = int(result.m_items.size()) + 1;
        numberOf.insert(question->id, item.number);
        result.m_items.append(std::move(item));
    }
    return result;
}

Questionnaire::State Questionnaire::stateOf(const Question &question, const std::optional<Answer> &onFile,
                                            int maxAgeMonths, const QDate &today)
{
    if (!onFile || onFile->value.isEmpty())
        return State::Unanswered;
    if (onFile->questionVersion < question.version)
        return State::OlderVersion;
    const QDate given = onFile->givenOn.isValid() ? onFile->givenOn : onFile->enteredAt.date();
    if (!given.isValid() || given < today.addMonths(-maxAgeMonths))
        return State::Stale;
    return State::Current;
}

QStringList Questionnaire::questionIds() const
{
    QStringList ids;
    ids.reserve(m_items.size());
    for (const Item &item : m_items)
        ids << item.question->id;
    return ids;
}

const Questionnaire::Item *Questionnaire::item(const QString &questionId) const
{
    for (const Item &item : m_items) {
        if (item.question->id == questionId)
            return &item;
    }
    return nullptr;
}

Questionnaire::Progress Questionnaire::progress(const Provider &provider, const QList<Answer> &answersOnFile,
                                                int maxAgeMonths, const QDate &today)
{
    QHash<QString, QString> values;
    QHash<QString, const Answer *> byQuestion;
    for (const Answer &answer : answersOnFile) {
        if (answer.providerId != provider.id)
            continue;
        values.insert(answer.questionId, answer.value);
        byQuestion.insert(answer.questionId, &answer);
    }
    Progress progress;
    for (const Question *question : QuestionBank::builtIn().applicable(provider.kind, values)) {
        ++progress.applicable;
        const Answer *onFile = byQuestion.value(question->id);
        const State state
            = stateOf(*question, onFile ? std::optional<Answer>(*onFile) : std::nullopt, maxAgeMonths, today);
        if (onFile)
            ++progress.answered;
        if (state != State::Current)
            ++progress.outstanding;
        if (onFile && onFile->givenOn.isValid()
            && (!progress.oldest.isValid() || onFile->givenOn < progress.oldest))
            progress.oldest = onFile->givenOn;
    }
    return progress;
}
