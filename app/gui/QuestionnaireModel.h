#pragma once

#include "providers/Answer.h"
#include "providers/Question.h"
#include "providers/Questionnaire.h"

#include <QStandardItemModel>

#include <optional>

class Plan;

// A provider's questionnaire as a tree: the topics, and under each the questions that apply to
// the provider now (conditional ones once their condition holds), with the answer on file, its
// verdict, who gave it and when, whether it is due to be asked again, and its evidence.
class QuestionnaireModel final : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        QuestionColumn,
        AnswerColumn,
        VerdictColumn,
        OnFileColumn,
        EvidenceColumn,
        ColumnCount
    };
    enum Role
    {
        QuestionIdRole = Qt::UserRole + 1, // on question rows only
        TopicRole, // on topic rows: the topic's key
    };
    enum class Filter
    {
        All,
        Outstanding, // not answered, or due to be asked again
        FallingShort,
    };

    // One question as the view shows it.
    struct Row
    {
        const Question *question = nullptr;
        std::optional<Answer> answer;
        std::optional<Question::Verdict> verdict; // answered ones only
        Questionnaire::State state = Questionnaire::State::Unanswered;
        bool outstanding() const { return state != Questionnaire::State::Current; }
    };

    explicit QuestionnaireModel(const Plan &plan, QObject *parent = nullptr);

    void setProvider(qint64 providerId);
    qint64 providerId() const { return m_providerId; }
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    // Reads the plan again (after answersChanged / providersChanged).
    void reload();

    // Every applicable question, whatever the filter.
    const QList<Row> &rows() const { return m_rows; }
    const Row *row(const QString &questionId) const;
    QModelIndex indexOf(const QString &questionId) const;
    int outstandingCount() const;
    int fallingShortCount() const;

    static QString topicName(const QString &topic);
    static QString verdictText(Question::Verdict verdict);
    static QString verdictIcon(Question::Verdict verdict);
    // "Given by Jane at Acme on 3 March 2026 · entered 5 March 2026"
    static QString provenance(const Answer &answer, const QString &providerName);
    static QString stateText(Questionnaire::State state); // empty for current answers
    static QString longDate(const QDate &date); // "3 March 2026", in the owner's language

private:
    bool passes(const Row &row) const;

    const Plan &m_plan;
    qint64 m_providerId = 0;
    Filter m_filter = Filter::All;
    QList<Row> m_rows;
};
