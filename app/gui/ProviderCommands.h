#pragma once

#include "PlanCommand.h"
#include "providers/Answer.h"
#include "providers/Provider.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

// Undoable edits of the provider register.

class AddProviderCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddProviderCommand)

public:
    AddProviderCommand(Plan &plan, const Provider &provider);
    qint64 providerId() const { return m_provider.id; }

protected:
    Status forward() override;
    Status backward() override;

private:
    Provider m_provider; // its id is set once added, so a redo brings the same provider back
};

class EditProviderCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditProviderCommand)

public:
    // `before` is the provider as the plan has it now; `after` has the same id. `text` names the
    // change in the Edit menu; empty: "Edit <name>". The credential reference is left as the plan
    // has it: it follows the keychain, which cannot be undone.
    EditProviderCommand(Plan &plan, const Provider &before, const Provider &after, const QString &text = {});

protected:
    Status forward() override;
    Status backward() override;

private:
    Provider m_before;
    Provider m_after;
};

// Removes a provider with its answers and their evidence. Undo brings all of them back; the
// keychain entry is not the plan's, so the provider comes back without a stored credential.
class RemoveProviderCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveProviderCommand)

public:
    RemoveProviderCommand(Plan &plan, const Provider &provider);
    // Reads the answers and the evidence's bytes, so that undo can restore them; an error when
    // the evidence cannot be read (then nothing should be removed).
    Status prepare();

protected:
    Status forward() override;
    Status backward() override;

private:
    Provider m_provider;
    QList<Answer> m_answers;
    QHash<qint64, QByteArray> m_evidence; // attachment id -> bytes
};
