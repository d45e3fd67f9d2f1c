#include "ProviderFindingsView.h"

#include "Appearance.h"

#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProviderFindingsView::ProviderFindingsView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_details(new QTextBrowser(this))
{
    setObjectName(u"providerFindingsView"_s);
    m_summary->setObjectName(u"providerFindingsSummary"_s);
    m_summary->setWordWrap(true);
    m_list->setObjectName(u"providerFindingsList"_s);
    m_list->setAccessibleName(tr("Findings about this provider"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_details->setObjectName(u"providerFindingDetails"_s);
    m_details->setAccessibleName(tr("About the chosen finding"));
    m_details->setOpenLinks(false);

    // The page's right half is narrow: the list above the chosen finding reads better than beside it.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_details, 3);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProviderFindingsView::showDetails);
    setFindings({});
}

QString ProviderFindingsView::iconPath(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
    case Severity::High:
        return u":/icons/status-error.svg"_s;
    case Severity::Medium:
    case Severity::Low:
        return u":/icons/status-warning.svg"_s;
    case Severity::Info:
        break;
    }
    return u":/icons/status-info.svg"_s;
}

QColor ProviderFindingsView::colour(Severity severity)
{
    // Picked for the palette in use, light or dark (Appearance); the words and icon say it too.
    switch (severity) {
    case Severity::Critical:
        return Appearance::toneColour(Appearance::Tone::Bad);
    case Severity::High:
        return Appearance::toneColour(Appearance::Tone::Serious);
    case Severity::Medium:
        return Appearance::toneColour(Appearance::Tone::Caution);
    case Severity::Low:
        return Appearance::toneColour(Appearance::Tone::Note);
    case Severity::Info:
        break;
    }
    return Appearance::toneColour(Appearance::Tone::Quiet);
}

void ProviderFindingsView::setFindings(const QList<Finding> &findings)
{
    const QString current
        = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_findings = findings;
    m_list->clear();
    int currentRow = 0;
    for (const Finding &finding : findings) {
        auto *item = new QListWidgetItem(QIcon(iconPath(finding.severity)),
                                         tr("%1: %2").arg(Severities::name(finding.severity), finding.title),
                                         m_list);
        item->setForeground(colour(finding.severity));
        const QString key = finding.id + u'|' + finding.subject;
        item->setData(Qt::UserRole, key);
        if (key == current)
            currentRow = m_list->count() - 1;
    }
    int serious = 0;
    for (const Finding &finding : findings) {
        if (finding.severity >= Severity::Medium)
            ++serious;
    }
    if (findings.isEmpty())
        m_summary->setText(tr("Nothing found: what is on file about this provider looks right."));
    else if (serious == 0)
        m_summary->setText(tr("Nothing serious: only small improvements. Choose one to read more."));
    else
        m_summary->setText(serious == 1
                               ? tr("1 thing to sort out with this provider. Choose a finding to see why and "
                                    "what to do.")
                               : tr("%Ln things to sort out with this provider. Choose a finding to see why "
                                    "and what to do.",
                                    nullptr, serious));
    m_list->setVisible(!findings.isEmpty());
    m_details->setVisible(!findings.isEmpty());
    if (!findings.isEmpty())
        m_list->setCurrentRow(currentRow);
    else
        m_details->clear();
}

void ProviderFindingsView::showDetails(int row)
{
    if (row < 0 || row >= m_findings.size()) {
        m_details->clear();
        return;
    }
    const Finding &f = m_findings.at(row);
    QString html = u"<h3>%1</h3><p><b style=\"color:%2\">%3</b></p>"_s.arg(
        f.title.toHtmlEscaped(), colour(f.severity).name(),
        tr("Severity: %1").arg(Severities::name(f.severity)).toHtmlEscaped());
    html += u"<p><b>%1</b><br>%2</p>"_s.arg(tr("Why it matters").toHtmlEscaped(), f.why.toHtmlEscaped());
    if (!f.evidence.isEmpty())
        html += u"<p><b>%1</b><br>%2</p>"_s.arg(tr("What is on file").toHtmlEscaped(),
                                                f.evidence.toHtmlEscaped());
    html += u"<p><b>%1</b><br>%2</p>"_s.arg(tr("What to do").toHtmlEscaped(), f.fix.toHtmlEscaped());
    html += u"<p><small>%1</small></p>"_s.arg(tr("Rule %1").arg(f.id).toHtmlEscaped());
    m_details->setHtml(html);
}
