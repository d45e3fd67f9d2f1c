#include "DdosFindingsView.h"

#include "FindingsList.h"
#include "PlanSession.h"
#include "contingency/ContingencyFindings.h"
#include "plan/Plan.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

DdosFindingsView::DdosFindingsView(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_findingsList(new FindingsList(u"ddos"_s,
                                      { tr("What the DDoS checks found"), tr("About the chosen finding"),
                                        tr("Severity: %1"), tr("What was seen"), tr("Why it matters"),
                                        tr("What to do"), tr("Rule %1") },
                                      nullptr, this))
{
    setObjectName(u"ddosFindingsView"_s);
    m_summary->setObjectName(u"ddosFindingsSummary"_s);
    m_summary->setWordWrap(true);
    m_findingsList->setStretchFactor(0, 2);
    m_findingsList->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_findingsList, 1);

    // Edits come in bursts of signals (one edit may change the providers and the answers): recompute
    // once, when the burst is over.
    connect(m_findingsList, &FindingsList::refreshDue, this, &DdosFindingsView::refresh);
    m_findingsList->refreshOn(session,
                              { &Plan::ddosPlanChanged, &Plan::providersChanged, &Plan::answersChanged,
                                &Plan::tlsProbesChanged, &Plan::peopleChanged, &Plan::shopChanged });

    refresh();
}

const QList<Finding> &DdosFindingsView::findings() const
{
    return m_findingsList->findings();
}

QListWidget *DdosFindingsView::list() const
{
    return m_findingsList->list();
}

void DdosFindingsView::refresh()
{
    m_findingsList->cancelRefresh();
    const QList<Finding> findings = DdosFindings::compute(*m_session.plan());
    m_findingsList->setFindings(findings, [this](const Finding &finding) {
        return tr("%1: %2").arg(Severities::name(finding.severity), finding.title);
    });
    const auto serious = std::count_if(findings.cbegin(), findings.cend(),
                                       [](const Finding &f) { return f.severity >= Severity::High; });

    if (findings.isEmpty())
        m_summary->setText(tr("Nothing to fix: the shop is as ready for an attack as this plan can tell."));
    else if (serious == 0)
        m_summary->setText(tr("Nothing urgent. Choose a finding to see why it matters and what to do."));
    else
        m_summary->setText(tr("%n urgent thing(s) to sort out. Choose a finding to see why it matters and "
                              "what to do.",
                              nullptr, int(serious)));
    emit findingsChanged(int(findings.size()));
}
