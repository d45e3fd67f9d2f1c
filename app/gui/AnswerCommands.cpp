#include "AnswerCommands.h"

#include "plan/Plan.h"
#include "providers/QuestionBank.h"

namespace {
QString questionText(const QString &questionId)
{
    const Question *question = QuestionBank::builtIn().find(questionId);
    return question ? question->translatedText() : questionId;
}

// Takes an answer off the plan again, unless evidence was added to it in the meantime.
Status takeBack(Plan &plan, qint64 providerId, const QString &questionId)
{
    const std::optional<Answer> now = plan.answer(providerId, questionId);
    if (!now)
        return Status::success();
    if (!now->attachments.isEmpty())
        return Error { QCoreApplication::translate(
                           "SetAnswerCommand",
                           "The answer to “%1” has evidence files now, so it is not taken back. Remove the "
                           "answer itself if it should go.")
                           .arg(questionText(questionId)) };
    return plan.removeAnswer(now->id);
}
} // namespace

SetAnswerCommand::SetAnswerCommand(Plan &plan, const Answer &after, const std::optional<Answer> &before)
    : PlanCommand(plan, tr("Answer “%1”").arg(questionText(after.questionId)))
    , m_after(after)
    , m_before(before)
{ }

Status SetAnswerCommand::forward()
{
    auto id = plan().setAnswer(m_after);
    if (!id)
        return Error { id.error() };
    return Status::success();
}

Status SetAnswerCommand::backward()
{
    if (m_before)
        return plan().setAnswers({ *m_before }); // its evidence stayed with the question's answer
    return takeBack(plan(), m_after.providerId, m_after.questionId);
}

SetAnswersCommand::SetAnswersCommand(Plan &plan, const QString &providerName, const QList<Answer> &answers)
    : PlanCommand(plan, tr("Record %n answer(s) from %1", nullptr, int(answers.size())).arg(providerName))
    , m_after(answers)
    , m_providerId(answers.isEmpty() ? 0 : answers.first().providerId)
{
    for (const Answer &answer : answers) {
        if (std::optional<Answer> before = plan.answer(answer.providerId, answer.questionId))
            m_replaced << *before;
        else
            m_added << answer.questionId;
    }
}

Status SetAnswersCommand::forward()
{
    return plan().setAnswers(m_after);
}

Status SetAnswersCommand::backward()
{
    // Check first, so a refused undo changes nothing.
    for (const QString &questionId : std::as_const(m_added)) {
        const std::optional<Answer> now = plan().answer(m_providerId, questionId);
        if (now && !now->attachments.isEmpty())
            return takeBack(plan(), m_providerId, questionId);
    }
    if (!m_replaced.isEmpty()) {
        if (Status status = plan().setAnswers(m_replaced); !status)
            return status;
    }
    for (const QString &questionId : std::as_const(m_added)) {
        if (Status status = takeBack(plan(), m_providerId, questionId); !status)
            return status;
    }
    return Status::success();
}

RemoveAnswerCommand::RemoveAnswerCommand(Plan &plan, const Answer &answer)
    : PlanCommand(plan, tr("Remove the answer to “%1”").arg(questionText(answer.questionId)))
    , m_answer(answer)
{ }

Status RemoveAnswerCommand::forward()
{
    return takeBack(plan(), m_answer.providerId, m_answer.questionId);
}

Status RemoveAnswerCommand::backward()
{
    Answer answer = m_answer;
    answer.id = 0;
    answer.attachments.clear();
    return plan().setAnswers({ answer });
}
