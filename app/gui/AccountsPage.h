#pragma once

#include "PlanStep.h"

#include <QWidget>

class AccountsTab;
class PlanSession;
class QTabWidget;

// "Accounts & access": who can get into the shop. The register of the shop's systems and their
// accounts, and (in further tabs) what the hygiene rules find, who needs what access, letters to
// developers and leavers' checklists.
class AccountsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsPage(PlanSession &session, QWidget *parent = nullptr);

    static PlanStep step();

    // The step's tabs; "Accounts" is the first. Other parts of the step add theirs here.
    QTabWidget *tabs() const { return m_tabs; }
    AccountsTab *accountsTab() const { return m_accounts; }

private:
    QTabWidget *m_tabs;
    AccountsTab *m_accounts;
};
