#include "DdosPage.h"

#include "DdosCallTreeView.h"
#include "DdosDrillView.h"
#include "DdosFindingsView.h"
#include "DdosFrontView.h"
#include "DdosStepsView.h"
#include "PageHeading.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PlanStep DdosPage::step()
{
    return PlanStep {
        .id = u"ddos"_s,
        .order = 500,
        .title = [] { return tr("DDoS readiness"); },
        .iconPath = u":/icons/step-ddos.svg"_s,
        .createPage
        = [](PlanSession &session, QWidget *parent) -> QWidget * { return new DdosPage(session, parent); },
    };
}

DdosPage::DdosPage(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_front(new DdosFrontView(session, m_tabs))
    , m_callTree(new DdosCallTreeView(session, m_tabs))
    , m_steps(new DdosStepsView(session, m_tabs))
    , m_drill(new DdosDrillView(session, m_tabs))
    , m_findings(new DdosFindingsView(session, m_tabs))
{
    setObjectName(u"ddosPage"_s);
    auto *heading = new PageHeading(
        tr("DDoS readiness"),
        tr("In a DDoS attack, a flood of traffic makes your shop unreachable for customers, for hours or "
           "days. What you prepare before an attack works in minutes; what you have to arrange during one "
           "takes hours. Decide now who stands in front of the shop, who calls whom, and what is switched on "
           "in advance."),
        this);

    m_tabs->setObjectName(u"ddosTabs"_s);
    m_tabs->setAccessibleName(tr("DDoS readiness sections"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_front, tr("In Front of the Shop"));
    m_tabs->addTab(m_callTree, tr("Who Calls Whom"));
    m_tabs->addTab(m_steps, tr("Prepared in Advance"));
    m_tabs->addTab(m_drill, tr("Drill"));
    const int findingsTab = m_tabs->addTab(m_findings, QString());
    // The count in the tab's name says there is something to fix without opening it.
    auto nameFindingsTab = [this, findingsTab](int count) {
        m_tabs->setTabText(findingsTab, count == 0 ? tr("What to Fix") : tr("What to Fix (%1)").arg(count));
    };
    connect(m_findings, &DdosFindingsView::findingsChanged, this, nameFindingsTab);
    nameFindingsTab(int(m_findings->findings().size()));

    auto *layout = new QVBoxLayout(this);
    const int gap = fontMetrics().height();
    layout->setContentsMargins(gap, gap, gap, gap);
    layout->setSpacing(gap * 2 / 3);
    layout->addWidget(heading);
    layout->addWidget(m_tabs, 1);
}
