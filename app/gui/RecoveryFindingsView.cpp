#include "RecoveryFindingsView.h"

#include "PlanSession.h"
#include "ProviderFindingsView.h"
#include "contingency/ContingencyFindings.h"
#include "plan/Plan.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RecoveryFindingsView::RecoveryFindingsView(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_refreshTimer(new QTimer(this))
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_details(new QTextBrowser(this))
    , m_showItem(new QPushButton(tr("&Show Item"), this))
{
    setObjectName(u"recoveryFindingsView"_s);
    m_summary->setObjectName(u"recoveryFindingsSummary"_s);
    m_summary->setWordWrap(true);
    m_list->setObjectName(u"recoveryFindingsList"_s);
    m_list->setAccessibleName(tr("What is missing or doubtful about the recovery items"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setUniformItemSizes(false);
    m_details->setObjectName(u"recoveryFindingDetails"_s);
    m_details->setAccessibleName(tr("About the chosen finding"));
    m_details->setOpenLinks(false);
    m_showItem->setObjectName(u"recoveryFindingShowItem"_s);
    m_showItem->setToolTip(tr("Go to the item this finding is about"));

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showItem);
    buttons->addStretch();
    rightLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    // Edits come in bursts of signals: recompute once, when the burst is over.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &RecoveryFindingsView::refresh);
    Plan *plan = session.plan();
    for (auto signal : { &Plan::recoveryItemsChanged, &Plan::peopleChanged, &Plan::providersChanged })
        connect(plan, signal, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_list, &QListWidget::currentRowChanged, this, &RecoveryFindingsView::showDetails);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showItemOf(m_list->row(item)); });
    connect(m_showItem, &QPushButton::clicked, this, [this] { showItemOf(m_list->currentRow()); });
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"item")
            emit itemRequested(url.path().toLongLong());
    });

    refresh();
}

void RecoveryFindingsView::refresh()
{
    m_refreshTimer->stop();
    const Plan &plan = *m_session.plan();
    const QString current
        = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_findings = RecoveryFindings::compute(plan);
    Severities::sort(m_findings);
    m_list->clear();
    int currentRow = 0;
    int serious = 0;
    for (const Finding &finding : std::as_const(m_findings)) {
        if (finding.severity >= Severity::High)
            ++serious;
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
        m_summary->setText(tr("Nothing found: every recovery item has a holder and a place, and its last "
                              "check went well."));
    else if (serious == 0)
        m_summary->setText(tr("Nothing urgent. Choose a finding to see why it matters and what to do; "
                              "“Show Item” takes you to the item."));
    else
        m_summary->setText(
            tr("%n urgent thing(s) to sort out before a bad day comes. Choose a finding to see "
               "why it matters and what to do; “Show Item” takes you to the item.",
               nullptr, serious));
    m_list->setVisible(!m_findings.isEmpty());
    m_details->setVisible(!m_findings.isEmpty());
    m_showItem->setVisible(!m_findings.isEmpty());
    if (!m_findings.isEmpty())
        m_list->setCurrentRow(currentRow);
    else
        m_details->clear();
    emit countChanged(int(m_findings.size()));
}

void RecoveryFindingsView::showItemOf(int row)
{
    if (row < 0 || row >= m_findings.size())
        return;
    if (const qint64 id = RecoveryFindings::itemOf(m_findings.at(row)))
        emit itemRequested(id);
}

void RecoveryFindingsView::showDetails(int row)
{
    if (row < 0 || row >= m_findings.size()) {
        m_details->clear();
        m_showItem->setEnabled(false);
        return;
    }
    const Finding &f = m_findings.at(row);
    const qint64 itemId = RecoveryFindings::itemOf(f);
    const auto item = m_session.plan()->recoveryItem(itemId);
    m_showItem->setEnabled(item.has_value());
    QString html = u"<h3>%1</h3><p><b style=\"color:%2\">%3</b></p>"_s.arg(
        f.title.toHtmlEscaped(), ProviderFindingsView::colour(f.severity).name(),
        tr("Severity: %1").arg(Severities::name(f.severity)).toHtmlEscaped());
    if (item)
        html += u"<p><b>%1</b> <a href=\"item:%2\">%3</a></p>"_s.arg(
            tr("About:").toHtmlEscaped(), QString::number(itemId), item->displayTitle().toHtmlEscaped());
    if (!f.evidence.isEmpty())
        html += u"<p><b>%1</b><br>%2</p>"_s.arg(tr("What was seen").toHtmlEscaped(),
                                                f.evidence.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    html += u"<p><b>%1</b><br>%2</p>"_s.arg(tr("Why it matters").toHtmlEscaped(), f.why.toHtmlEscaped());
    html += u"<p><b>%1</b><br>%2</p>"_s.arg(tr("What to do").toHtmlEscaped(), f.fix.toHtmlEscaped());
    html += u"<p><small>%1</small></p>"_s.arg(tr("Rule %1").arg(f.id).toHtmlEscaped());
    m_details->setHtml(html);
}
