#pragma once

#include "PlanCommand.h"
#include "contingency/RecoveryItem.h"
#include "contingency/Verification.h"

#include <QCoreApplication>
#include <QList>

// Undoable edits of the recovery items. The keychain reference follows the keychain, which has no
// undo: an edit's undo and redo keep whatever reference the plan holds at the time.

class AddRecoveryItemCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddRecoveryItemCommand)

public:
    AddRecoveryItemCommand(Plan &plan, const RecoveryItem &item);
    qint64 itemId() const { return m_item.id; }

protected:
    Status forward() override;
    Status backward() override;

private:
    RecoveryItem m_item; // its id is set once added, so a redo brings the same item back
};

class EditRecoveryItemCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditRecoveryItemCommand)

public:
    // `before` is the item as the plan has it now; `after` has the same id. `text` names the change
    // in the Edit menu; empty: "Edit <title>".
    EditRecoveryItemCommand(Plan &plan, const RecoveryItem &before, const RecoveryItem &after,
                            const QString &text = {});

protected:
    Status forward() override;
    Status backward() override;

private:
    RecoveryItem m_before;
    RecoveryItem m_after;
};

// Removes one of the owner's own items. Undo brings it back with its verifications; its keychain
// entry is not the plan's, so it comes back without a stored secret.
class RemoveRecoveryItemCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveRecoveryItemCommand)

public:
    RemoveRecoveryItemCommand(Plan &plan, const RecoveryItem &item);
    // Reads the item's verifications, so that undo can restore them; an error when they cannot be
    // read (then nothing should be removed).
    Status prepare();

protected:
    Status forward() override;
    Status backward() override;

private:
    RecoveryItem m_item;
    QList<Verification> m_verifications; // newest first
};
