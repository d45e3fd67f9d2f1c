#include "DdosFindingsView.h"

#include "PlanSession.h"
#include "ProviderFindingsView.h"
#include "contingency/ContingencyFindings.h"
#include "plan/Plan.h"

#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DdosFindingsView::DdosFindingsView(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_refreshTimer(new QTimer(this))
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_details(new QTextBrowser(this))
{
    setObjectName(u"ddosFindingsView"_s);
    m_summary->setObjectName(u"ddosFindingsSummary"_s);
    m_summary->setWordWrap(true);
    m_list->setObjectName(u"ddosFindingsList"_s);
    m_list->setAccessibleName(tr("What the DDoS checks found"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setUniformItemSizes(false);
    m_details->setObjectName(u"ddosFindingDetails"_s);
    m_details->setAccessibleName(tr("About the chosen finding"));
    m_details->setOpenLinks(false);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    // Edits come in bursts of signals (one edit may change the providers and the answers): recompute
    // once, when the burst is over.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &DdosFindingsView::refresh);
    Plan *plan = session.plan();
    for (auto signal : { &Plan::ddosPlanChanged, &Plan::providersChanged, &Plan::answersChanged,
                         &Plan::tlsProbesChanged, &Plan::peopleChanged, &Plan::shopChanged })
        connect(plan, signal, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_list, &QListWidget::currentRowChanged, this, &DdosFindingsView::showDetails);

    refresh();
}

void DdosFindingsView::refresh()
{
    m_refreshTimer->stop();
    const QString current
        = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_findings = DdosFindings::compute(*m_session.plan());
    m_list->clear();
    int currentRow = 0;
    int serious = 0;
    for (const Finding &finding : std::as_const(m_findings)) {
        if (finding.severity >= Severity::High)
            ++serious;
        // The severity in words first: the icon and colour only help the eye.
        auto *item = new QListWidgetItem(QIcon(ProviderFindingsView::iconPath(finding.severity)),
                                         tr("%1: %2").arg(Severities::name(finding.severity), finding.title),
                                         m_list);
        item->setForeground(ProviderFindingsView::colour(finding.severity));
        item->setToolTip(finding.evidence);
        const QString key = finding.id + u'|' + finding.subject;
        item->setData(Qt::UserRole, key);
        if (key == current)
            currentRow = m_list->count() - 1;
    }

    if (m_findings.isEmpty())
        m_summary->setText(tr("Nothing to fix: the shop is as ready for an attack as this plan can tell."));
    else if (serious == 0)
        m_summary->setText(tr("Nothing urgent. Choose a finding to see why it matters and what to do."));
    else
        m_summary->setText(tr("%n urgent thing(s) to sort out. Choose a finding to see why it matters and "
                              "what to do.",
                              nullptr, serious));

    m_list->setVisible(!m_findings.isEmpty());
    m_details->setVisible(!m_findings.isEmpty());
    if (!m_findings.isEmpty())
        m_list->setCurrentRow(currentRow);
    else
        m_details->clear();
    emit findingsChanged(int(m_findings.size()));
}

void DdosFindingsView::showDetails(int row)
{
    if (row < 0 || row >= m_findings.size()) {
        m_details->clear();
        return;
    }
    const Finding &f = m_findings.at(row);
    QString html = u"<h3>%1</h3><p><b style=\"color:%2\">%3</b></p>"_s.arg(
        f.title.toHtmlEscaped(), ProviderFindingsView::colour(f.severity).name(),
        tr("Severity: %1").arg(Severities::name(f.severity)).toHtmlEscaped());
    if (!f.evidence.isEmpty())
        html += u"<p><b>%1</b><br>%2</p>"_s.arg(tr("What was seen").toHtmlEscaped(),
                                                f.evidence.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    html += u"<p><b>%1</b><br>%2</p>"_s.arg(tr("Why it matters").toHtmlEscaped(), f.why.toHtmlEscaped());
    html += u"<p><b>%1</b><br>%2</p>"_s.arg(tr("What to do").toHtmlEscaped(), f.fix.toHtmlEscaped());
    html += u"<p><small>%1</small></p>"_s.arg(tr("Rule %1").arg(f.id).toHtmlEscaped());
    m_details->setHtml(html);
}
