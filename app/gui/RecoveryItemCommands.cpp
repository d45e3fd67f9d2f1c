#include "RecoveryItemCommands.h"

#include "plan/Plan.h"

#include <ranges>

namespace {
// The keychain reference as the plan holds it now: the keychain cannot be undone.
RecoveryItem withCurrentSecret(const Plan &plan, RecoveryItem item)
{
    if (const auto current = plan.recoveryItem(item.id))
        item.secretRef = current->secretRef;
    return item;
}
} // namespace

AddRecoveryItemCommand::AddRecoveryItemCommand(Plan &plan, const RecoveryItem &item)
    : PlanCommand(plan, tr("Add %1").arg(item.displayTitle()))
    , m_item(item)
{
    m_item.secretRef.clear(); // a new item has nothing in the keychain yet
    m_item.lastVerification.reset();
}

Status AddRecoveryItemCommand::forward()
{
    auto id = plan().addRecoveryItem(m_item);
    if (!id)
        return Error { id.error() };
    m_item.id = id.value();
    return Status::success();
}

Status AddRecoveryItemCommand::backward()
{
    return plan().removeRecoveryItem(m_item.id);
}

EditRecoveryItemCommand::EditRecoveryItemCommand(Plan &plan, const RecoveryItem &before,
                                                 const RecoveryItem &after, const QString &text)
    : PlanCommand(plan, text.isEmpty() ? tr("Edit %1").arg(before.displayTitle()) : text)
    , m_before(before)
    , m_after(after)
{ }

Status EditRecoveryItemCommand::forward()
{
    return plan().updateRecoveryItem(withCurrentSecret(plan(), m_after));
}

Status EditRecoveryItemCommand::backward()
{
    return plan().updateRecoveryItem(withCurrentSecret(plan(), m_before));
}

RemoveRecoveryItemCommand::RemoveRecoveryItemCommand(Plan &plan, const RecoveryItem &item)
    : PlanCommand(plan, tr("Remove %1").arg(item.displayTitle()))
    , m_item(item)
{
    // The keychain entry goes with the item; what comes back on undo has none.
    m_item.secretRef.clear();
    m_item.lastVerification.reset();
}

Status RemoveRecoveryItemCommand::prepare()
{
    auto verifications = plan().verificationsOf(m_item.id, 100000);
    if (!verifications)
        return Error { verifications.error() };
    m_verifications = verifications.value();
    return Status::success();
}

Status RemoveRecoveryItemCommand::forward()
{
    return plan().removeRecoveryItem(m_item.id);
}

Status RemoveRecoveryItemCommand::backward()
{
    // The plan keeps a free id, so the item comes back under the same one.
    auto id = plan().addRecoveryItem(m_item);
    if (!id)
        return Error { id.error() };
    m_item.id = id.value();
    // Oldest first, each with its own time and who made it.
    for (const Verification &v : std::views::reverse(m_verifications)) {
        if (auto recorded = plan().recordVerification(m_item.id, v); !recorded)
            return Error { recorded.error() };
    }
    return Status::success();
}
