#include "FindingDetail.h"

#include "ProviderFindingsView.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString paragraph(const QString &heading, const QString &text)
{
    return u"<p><b>%1</b><br>%2</p>"_s.arg(heading.toHtmlEscaped(),
                                           text.toHtmlEscaped().replace(u'\n', u"<br>"_s));
}
} // namespace

FindingDetail::FindingDetail(QWidget *parent)
    : QWidget(parent)
    , m_text(new QTextBrowser(this))
    , m_goToStep(new QPushButton(this))
    , m_accept(new QPushButton(tr("&Accept as a Risk…"), this))
    , m_withdraw(new QPushButton(tr("&Withdraw Acceptance"), this))
{
    setObjectName(u"findingDetail"_s);
    m_text->setObjectName(u"findingDetailText"_s);
    m_text->setAccessibleName(tr("About the chosen finding"));
    m_text->setOpenLinks(false);
    m_goToStep->setObjectName(u"findingGoToStep"_s);
    m_goToStep->setToolTip(tr("Open the step of the plan where this finding is fixed"));
    m_accept->setObjectName(u"findingAccept"_s);
    m_accept->setToolTip(tr("Say why the shop carries this risk for now, and until when"));
    m_withdraw->setObjectName(u"findingWithdraw"_s);
    m_withdraw->setToolTip(tr("The finding counts again as open"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_goToStep);
    buttons->addStretch();
    buttons->addWidget(m_accept);
    buttons->addWidget(m_withdraw);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);

    connect(m_goToStep, &QPushButton::clicked, this, [this] {
        if (m_finding)
            emit goToStepRequested(PlanAreas::key(m_finding->area));
    });
    connect(m_accept, &QPushButton::clicked, this, &FindingDetail::acceptRequested);
    connect(m_withdraw, &QPushButton::clicked, this, &FindingDetail::withdrawRequested);
    showFinding(std::nullopt, {}, false);
}

QString FindingDetail::acceptanceText(const FindingAcceptance &a)
{
    const QLocale locale;
    const QString on = locale.toString(a.acceptedOn, QLocale::ShortFormat);
    if (!a.expiresOn.isValid())
        return tr("Accepted as a risk by %1 on %2, with no expiry.").arg(a.acceptedBy, on);
    return tr("Accepted as a risk until %1 by %2 on %3.")
        .arg(locale.toString(a.expiresOn, QLocale::ShortFormat), a.acceptedBy, on);
}

QString FindingDetail::acceptanceHtml(const FindingAcceptance &a)
{
    return u"<table border=\"1\" cellpadding=\"6\" cellspacing=\"0\" width=\"100%\"><tr><td><b>%1</b>"
           u"<br>%2</td></tr></table>"_s.arg(
               acceptanceText(a).toHtmlEscaped(),
               tr("Reason: %1").arg(a.reason).toHtmlEscaped().replace(u'\n', u"<br>"_s));
}

void FindingDetail::showFinding(const std::optional<PlanFinding> &finding, const QString &subjectName,
                                bool canEdit)
{
    m_finding = finding;
    m_goToStep->setVisible(finding.has_value());
    m_accept->setVisible(finding.has_value());
    m_withdraw->setVisible(finding && finding->isAccepted());
    if (!finding) {
        m_text->setHtml(u"<p>%1</p>"_s.arg(
            tr("Choose a finding to see why it matters, what was seen and how to fix it.").toHtmlEscaped()));
        return;
    }
    const Finding &f = finding->finding;
    const QString step = PlanAreas::name(finding->area);
    // A step's own "&" ("Shop & team") is not a mnemonic.
    m_goToStep->setText(tr("G&o to %1").arg(QString(step).replace(u'&', u"&&"_s)));
    m_goToStep->setAccessibleName(tr("Go to %1").arg(step));
    m_accept->setText(finding->isAccepted() ? tr("&Change Acceptance…") : tr("&Accept as a Risk…"));
    m_accept->setEnabled(canEdit);
    m_withdraw->setEnabled(canEdit);

    QString html = u"<h3>%1</h3><p><b style=\"color:%2\">%3</b></p>"_s.arg(
        f.title.toHtmlEscaped(), ProviderFindingsView::colour(f.severity).name(),
        tr("Severity: %1").arg(Severities::name(f.severity)).toHtmlEscaped());
    html += u"<p>%1"_s.arg(tr("Step: %1").arg(step).toHtmlEscaped());
    if (!subjectName.isEmpty())
        html += u"<br>"_s + tr("About: %1").arg(subjectName).toHtmlEscaped();
    html += u"</p>"_s;
    if (const auto &a = finding->acceptance)
        html += acceptanceHtml(*a);
    html += paragraph(tr("Why it matters"), f.why);
    if (!f.evidence.isEmpty())
        html += paragraph(tr("What was seen"), f.evidence);
    html += paragraph(tr("How to fix it"), f.fix);
    html += u"<p><small>%1</small></p>"_s.arg(tr("Rule %1").arg(f.id).toHtmlEscaped());
    m_text->setHtml(html);
}
