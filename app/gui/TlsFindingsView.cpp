#include "TlsFindingsView.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString iconPath(TlsFindings::Severity severity)
{
    switch (severity) {
    case TlsFindings::Severity::Critical:
    case TlsFindings::Severity::High:
        return u":/icons/status-error.svg"_s;
    case TlsFindings::Severity::Medium:
    case TlsFindings::Severity::Low:
        return u":/icons/status-warning.svg"_s;
    case TlsFindings::Severity::Info:
        return u":/icons/status-info.svg"_s;
    }
    return {};
}
} // namespace

TlsFindingsView::TlsFindingsView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_details(new QTextBrowser(this))
{
    setObjectName(u"tlsFindingsView"_s);
    m_summary->setObjectName(u"tlsFindingsSummary"_s);
    m_summary->setWordWrap(true);
    m_list->setObjectName(u"tlsFindingsList"_s);
    m_list->setAccessibleName(tr("Findings"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_details->setObjectName(u"tlsFindingDetails"_s);
    m_details->setAccessibleName(tr("About the chosen finding"));
    m_details->setOpenLinks(false);
    m_details->setMinimumHeight(fontMetrics().height() * 10);

    auto *split = new QHBoxLayout;
    split->addWidget(m_list, 2);
    split->addWidget(m_details, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(split, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &TlsFindingsView::showDetails);
}

QString TlsFindingsView::severityName(TlsFindings::Severity severity)
{
    switch (severity) {
    case TlsFindings::Severity::Critical:
        return tr("Critical");
    case TlsFindings::Severity::High:
        return tr("High");
    case TlsFindings::Severity::Medium:
        return tr("Medium");
    case TlsFindings::Severity::Low:
        return tr("Low");
    case TlsFindings::Severity::Info:
        return tr("Note");
    }
    return {};
}

void TlsFindingsView::setFindings(const QList<TlsFindings::Finding> &findings)
{
    m_findings = findings;
    m_list->clear();
    for (const TlsFindings::Finding &finding : findings) {
        auto *item
            = new QListWidgetItem(QIcon(iconPath(finding.severity)),
                                  tr("%1: %2").arg(severityName(finding.severity), finding.title), m_list);
        item->setData(Qt::UserRole, finding.id);
    }
    int serious = 0;
    for (const TlsFindings::Finding &finding : findings) {
        if (finding.severity >= TlsFindings::Severity::Medium)
            ++serious;
    }
    if (findings.isEmpty())
        m_summary->setText(tr("Nothing to fix: the probe found no problems."));
    else if (serious == 0)
        m_summary->setText(tr("Nothing serious: only small improvements. Choose one to read more."));
    else
        m_summary->setText(serious == 1 ? tr("1 thing to fix. Choose a finding to see why and what to ask "
                                             "your host to do.")
                                        : tr("%Ln things to fix. Choose a finding to see why and what to ask "
                                             "your host to do.",
                                             nullptr, serious));
    m_list->setVisible(!findings.isEmpty());
    m_details->setVisible(!findings.isEmpty());
    if (!findings.isEmpty())
        m_list->setCurrentRow(0);
    else
        m_details->clear();
}

void TlsFindingsView::setPending(const QString &text)
{
    m_findings.clear();
    m_list->clear();
    m_details->clear();
    m_list->hide();
    m_details->hide();
    m_summary->setText(text);
}

void TlsFindingsView::showDetails(int row)
{
    if (row < 0 || row >= m_findings.size()) {
        m_details->clear();
        return;
    }
    const TlsFindings::Finding &f = m_findings.at(row);
    QString html = u"<h3>%1</h3><p>%2</p>"_s.arg(
        f.title.toHtmlEscaped(), tr("Severity: %1").arg(severityName(f.severity)).toHtmlEscaped());
    html += u"<p><b>%1</b><br>%2</p>"_s.arg(tr("Why it matters").toHtmlEscaped(), f.why.toHtmlEscaped());
    if (!f.evidence.isEmpty())
        html += u"<p><b>%1</b><br>%2</p>"_s.arg(tr("What the probe saw").toHtmlEscaped(),
                                                f.evidence.toHtmlEscaped());
    html += u"<p><b>%1</b><br>%2</p>"_s.arg(tr("What to do").toHtmlEscaped(), f.fix.toHtmlEscaped());
    html += u"<p><small>%1</small></p>"_s.arg(tr("Rule %1").arg(f.id).toHtmlEscaped());
    m_details->setHtml(html);
}
