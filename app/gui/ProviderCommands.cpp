#include "ProviderCommands.h"

#include "plan/Plan.h"

AddProviderCommand::AddProviderCommand(Plan &plan, const Provider &provider)
    : PlanCommand(plan, tr("Add %1").arg(provider.name.trimmed()))
    , m_provider(provider)
{ }

Status AddProviderCommand::forward()
{
    auto id = plan().addProvider(m_provider);
    if (!id)
        return Error { id.error() };
    m_provider.id = id.value();
    return Status::success();
}

Status AddProviderCommand::backward()
{
    return plan().removeProvider(m_provider.id);
}

EditProviderCommand::EditProviderCommand(Plan &plan, const Provider &before, const Provider &after,
                                         const QString &text)
    : PlanCommand(plan, text.isEmpty() ? tr("Edit %1").arg(before.name) : text)
    , m_before(before)
    , m_after(after)
{ }

namespace {
// The credential reference mirrors the keychain, which has no undo: an edit's undo and redo keep
// whatever reference the plan holds now.
Provider withCurrentCredential(const Plan &plan, Provider provider)
{
    if (const auto current = plan.provider(provider.id))
        provider.credentialRef = current->credentialRef;
    return provider;
}
} // namespace

Status EditProviderCommand::forward()
{
    return plan().updateProvider(withCurrentCredential(plan(), m_after));
}

Status EditProviderCommand::backward()
{
    return plan().updateProvider(withCurrentCredential(plan(), m_before));
}

RemoveProviderCommand::RemoveProviderCommand(Plan &plan, const Provider &provider)
    : PlanCommand(plan, tr("Remove %1").arg(provider.name))
    , m_provider(provider)
{
    // The keychain entry goes with the provider; what comes back on undo has none.
    m_provider.credentialRef.clear();
}

Status RemoveProviderCommand::prepare()
{
    m_answers = plan().answersOf(m_provider.id);
    m_evidence.clear();
    for (const Answer &answer : std::as_const(m_answers)) {
        for (const Attachment &attachment : answer.attachments) {
            auto data = plan().attachmentData(attachment.id);
            if (!data)
                return Error { data.error() };
            m_evidence.insert(attachment.id, data.value());
        }
    }
    return Status::success();
}

Status RemoveProviderCommand::forward()
{
    return plan().removeProvider(m_provider.id);
}

Status RemoveProviderCommand::backward()
{
    // The plan keeps a free id, so the answers below find their provider again.
    auto id = plan().addProvider(m_provider);
    if (!id)
        return Error { id.error() };
    m_provider.id = id.value();
    if (m_answers.isEmpty())
        return Status::success();
    QList<Answer> answers = m_answers;
    for (Answer &answer : answers) {
        answer.id = 0;
        answer.providerId = m_provider.id;
        answer.attachments.clear();
    }
    if (Status status = plan().setAnswers(answers); !status)
        return status;
    // Evidence hangs off the answers' new ids.
    for (const Answer &was : std::as_const(m_answers)) {
        const auto now = plan().answer(m_provider.id, was.questionId);
        if (!now)
            continue;
        for (const Attachment &attachment : was.attachments) {
            auto added = plan().addAttachment(now->id, attachment.fileName, m_evidence.value(attachment.id));
            if (!added)
                return Error { added.error() };
        }
    }
    // Answers and evidence now have new ids; a later undo/redo uses what the plan holds.
    m_answers = plan().answersOf(m_provider.id);
    QHash<qint64, QByteArray> evidence;
    for (const Answer &was : std::as_const(m_answers)) {
        for (const Attachment &attachment : was.attachments) {
            auto data = plan().attachmentData(attachment.id);
            if (data)
                evidence.insert(attachment.id, data.value());
        }
    }
    m_evidence = evidence;
    return Status::success();
}
