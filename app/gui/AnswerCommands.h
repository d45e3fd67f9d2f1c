#pragma once

#include "PlanCommand.h"
#include "providers/Answer.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// Undoable edits of providers' answers. They find answers by provider and question, not by id, so
// they stay right when an answer was recorded again in between. They never delete evidence: an
// undo that would take away an answer which has evidence files by now is refused.

// Records one answer, replacing the one on file for the same question (its evidence stays).
class SetAnswerCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetAnswerCommand)

public:
    // `before` is what the plan holds for the question now, if anything.
    SetAnswerCommand(Plan &plan, const Answer &after, const std::optional<Answer> &before);

protected:
    Status forward() override;
    Status backward() override;

private:
    Answer m_after;
    std::optional<Answer> m_before;
};

// Records several answers at once (a returned fill-in file): one transaction, one undo step.
class SetAnswersCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetAnswersCommand)

public:
    SetAnswersCommand(Plan &plan, const QString &providerName, const QList<Answer> &answers);

protected:
    Status forward() override;
    Status backward() override;

private:
    QList<Answer> m_after;
    QList<Answer> m_replaced; // the answers on file they replaced
    QStringList m_added; // question ids that had no answer before
    qint64 m_providerId = 0;
};

// Removes an answer that has no evidence files (one with evidence is removed directly, after the
// owner confirms, and cannot be undone).
class RemoveAnswerCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveAnswerCommand)

public:
    RemoveAnswerCommand(Plan &plan, const Answer &answer);

protected:
    Status forward() override;
    Status backward() override;

private:
    Answer m_answer;
};
