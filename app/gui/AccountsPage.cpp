#include "AccountsPage.h"

#include "AccessMatrixView.h"
#include "AccountFindingsView.h"
#include "AccountsTab.h"
#include "ConfirmationLettersView.h"
#include "CredentialHealthView.h"
#include "LeaversView.h"
#include "PageHeading.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PlanStep AccountsPage::step()
{
    return PlanStep {
        .id = u"accounts"_s,
        .order = 400,
        .title = [] { return tr("Accounts & access"); },
        .iconPath = u":/icons/step-accounts.svg"_s,
        .createPage = [](PlanSession &session, QWidget *parent) -> QWidget * {
            return new AccountsPage(session, parent);
        },
    };
}

AccountsPage::AccountsPage(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_accounts(new AccountsTab(session, m_tabs))
{
    setObjectName(u"accountsPage"_s);
    auto *heading = new PageHeading(
        tr("Accounts & access"),
        tr("Every account on your shop's systems is a way in, for the person it belongs to and for anyone "
           "who steals its password. Give each person an account of their own with only the access their "
           "work needs, and close accounts nobody uses."),
        this);

    m_tabs->setObjectName(u"accountsTabs"_s);
    m_tabs->setAccessibleName(tr("Accounts & access sections"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_accounts, tr("Accounts"));
    m_tabs->addTab(new AccountFindingsView(session, m_tabs), tr("Findings"));
    m_tabs->addTab(new AccessMatrixView(session, m_tabs), tr("Who Can See What"));
    m_tabs->addTab(new ConfirmationLettersView(session, m_tabs), tr("Developer Letters"));
    m_tabs->addTab(new LeaversView(session, m_tabs), tr("Leavers"));
    m_tabs->addTab(new CredentialHealthView(session, m_tabs), tr("Stored Passwords"));

    auto *layout = new QVBoxLayout(this);
    const int gap = fontMetrics().height();
    layout->setContentsMargins(gap, gap, gap, gap);
    layout->setSpacing(gap * 2 / 3);
    layout->addWidget(heading);
    layout->addWidget(m_tabs, 1);
}
