#pragma once

#include "Question.h"
#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>

// The bank of questions Storefort asks providers (resources/questions/question-bank.json, built
// into the core as :/storefort/question-bank.json). The file carries its own version; each
// question carries its own too.
class QuestionBank
{
public:
    // The bank built into this program. Loaded once; a broken built-in bank is a build error
    // (tst_questionbank), so this never fails at run time.
    static const QuestionBank &builtIn();
    // Parses and checks a bank: unique ids, known kinds/types/severities, choices for choice
    // types, expectations that fit the type, conditions on existing earlier questions with valid
    // values, non-empty texts.
    static Result<QuestionBank> fromJson(const QByteArray &json);

    int version() const { return m_version; }
    const QList<Question> &questions() const { return m_questions; }
    const Question *find(const QString &id) const;

    // The questions for a kind of provider, in bank order, conditions not considered.
    QList<const Question *> forKind(ProviderKind kind) const;
    // Whether `question`'s condition holds given a provider's answers (question id -> stored
    // answer); a question without a condition always applies.
    static bool conditionHolds(const Question &question, const QHash<QString, QString> &answers);
    // The questions that apply to a provider of `kind` with these answers: kind matches and the
    // condition holds.
    QList<const Question *> applicable(ProviderKind kind, const QHash<QString, QString> &answers) const;

private:
    int m_version = 0;
    QList<Question> m_questions;
    QHash<QString, qsizetype> m_index;
};
