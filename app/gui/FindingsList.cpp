#include "FindingsList.h"

#include "ProviderFindingsView.h"
#include "plan/Plan.h"

#include <QIcon>
#include <QLayout>
#include <QListWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FindingsList::FindingsList(const QString &prefix, const Texts &texts, QLayout *belowDetails, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_texts(texts)
    , m_refreshTimer(new QTimer(this))
    , m_list(new QListWidget(this))
    , m_details(new QTextBrowser(this))
{
    m_list->setObjectName(prefix + u"FindingsList"_s);
    m_list->setAccessibleName(texts.listName);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setUniformItemSizes(false);
    m_details->setObjectName(prefix + u"FindingDetails"_s);
    m_details->setAccessibleName(texts.detailsName);
    m_details->setOpenLinks(false);

    addWidget(m_list);
    if (belowDetails) {
        auto *right = new QWidget;
        auto *rightLayout = new QVBoxLayout(right);
        rightLayout->setContentsMargins(0, 0, 0, 0);
        rightLayout->addWidget(m_details, 1);
        rightLayout->addLayout(belowDetails);
        addWidget(right);
    } else {
        addWidget(m_details);
    }
    setChildrenCollapsible(false);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &FindingsList::refreshDue);
    connect(m_list, &QListWidget::currentRowChanged, this, &FindingsList::showDetails);
}

void FindingsList::refreshOn(Plan *plan, std::initializer_list<void (Plan::*)()> signalsOfPlan)
{
    for (auto signal : signalsOfPlan)
        connect(plan, signal, m_refreshTimer, qOverload<>(&QTimer::start));
}

void FindingsList::cancelRefresh()
{
    m_refreshTimer->stop();
}

void FindingsList::setFindings(const QList<Finding> &findings, const RowText &rowText)
{
    const QString current
        = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_findings = findings;
    m_list->clear();
    int currentRow = 0;
    for (const Finding &finding : std::as_const(m_findings)) {
        // The severity in words first: the icon and colour only help the eye.
        auto *item = new QListWidgetItem(QIcon(ProviderFindingsView::iconPath(finding.severity)),
                                         rowText(finding), m_list);
        item->setForeground(ProviderFindingsView::colour(finding.severity));
        item->setToolTip(finding.evidence);
        const QString key = finding.id + u'|' + finding.subject;
        item->setData(Qt::UserRole, key);
        if (key == current)
            currentRow = m_list->count() - 1;
    }
    m_list->setVisible(!m_findings.isEmpty());
    m_details->setVisible(!m_findings.isEmpty());
    if (!m_findings.isEmpty())
        m_list->setCurrentRow(currentRow);
    else
        m_details->clear();
}

void FindingsList::showDetails(int row)
{
    if (row < 0 || row >= m_findings.size()) {
        m_details->clear();
        emit currentFindingChanged(-1);
        return;
    }
    const Finding &f = m_findings.at(row);
    QString html = u"<h3>%1</h3><p><b style=\"color:%2\">%3</b></p>"_s.arg(
        f.title.toHtmlEscaped(), ProviderFindingsView::colour(f.severity).name(),
        m_texts.severity.arg(Severities::name(f.severity)).toHtmlEscaped());
    if (m_aboutHtml)
        html += m_aboutHtml(f);
    if (!f.evidence.isEmpty())
        html += u"<p><b>%1</b><br>%2</p>"_s.arg(m_texts.seen.toHtmlEscaped(),
                                                f.evidence.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    html += u"<p><b>%1</b><br>%2</p>"_s.arg(m_texts.why.toHtmlEscaped(), f.why.toHtmlEscaped());
    html += u"<p><b>%1</b><br>%2</p>"_s.arg(m_texts.fix.toHtmlEscaped(), f.fix.toHtmlEscaped());
    html += u"<p><small>%1</small></p>"_s.arg(m_texts.rule.arg(f.id).toHtmlEscaped());
    m_details->setHtml(html);
    emit currentFindingChanged(row);
}
