#include "ContingencyPage.h"

#include "BinderView.h"
#include "PageHeading.h"
#include "RecoveryFindingsView.h"
#include "RecoveryItemsView.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PlanStep ContingencyPage::step()
{
    return PlanStep {
        .id = u"binder"_s,
        .order = 600,
        .title = [] { return tr("Contingency binder"); },
        .iconPath = u":/icons/step-binder.svg"_s,
        .createPage = [](PlanSession &session, QWidget *parent) -> QWidget * {
            return new ContingencyPage(session, parent);
        },
    };
}

ContingencyPage::ContingencyPage(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_items(new RecoveryItemsView(session, m_tabs))
    , m_findings(new RecoveryFindingsView(session, m_tabs))
    , m_binder(new BinderView(session, m_tabs))
{
    setObjectName(u"contingencyPage"_s);
    auto *heading = new PageHeading(
        tr("Contingency binder"),
        tr("On a bad day you need a recent backup, the keys and the people to call at hand. Note who holds "
           "each thing and where it is; Storefort checks what it can from the real files, and prints a "
           "binder to keep in a drawer."),
        this);

    m_tabs->setObjectName(u"contingencyTabs"_s);
    m_tabs->setAccessibleName(tr("Contingency binder sections"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_items, tr("Recovery Items"));
    const int findingsTab = m_tabs->addTab(m_findings, tr("Findings"));
    m_tabs->addTab(m_binder, tr("Binder"));
    auto showCount = [this, findingsTab](int count) {
        m_tabs->setTabText(findingsTab, count > 0 ? tr("Findings (%1)").arg(count) : tr("Findings"));
    };
    connect(m_findings, &RecoveryFindingsView::countChanged, this, showCount);
    showCount(int(m_findings->findings().size()));
    connect(m_findings, &RecoveryFindingsView::itemRequested, this, &ContingencyPage::showItem);

    auto *layout = new QVBoxLayout(this);
    const int gap = fontMetrics().height();
    layout->setContentsMargins(gap, gap, gap, gap);
    layout->setSpacing(gap * 2 / 3);
    layout->addWidget(heading);
    layout->addWidget(m_tabs, 1);
}

void ContingencyPage::showItem(qint64 itemId)
{
    m_tabs->setCurrentWidget(m_items);
    m_items->selectItem(itemId);
}
