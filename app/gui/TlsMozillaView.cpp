#include "TlsMozillaView.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TlsMozillaView::TlsMozillaView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_deviations(new QLabel(this))
{
    setObjectName(u"tlsMozillaView"_s);
    m_summary->setObjectName(u"tlsMozillaSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_deviations->setObjectName(u"tlsMozillaDeviations"_s);
    m_deviations->setAccessibleName(tr("Differences from Mozilla's intermediate profile"));
    m_deviations->setWordWrap(true);
    m_deviations->setTextFormat(Qt::RichText);
    m_deviations->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_deviations->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_deviations);
    layout->addStretch();
    clear();
}

void TlsMozillaView::clear()
{
    m_summary->clear();
    m_deviations->clear();
    m_deviations->hide();
}

void TlsMozillaView::setVerdict(const MozillaIntermediate::Verdict &verdict)
{
    clear();
    const QString about
        = tr("Mozilla's \"intermediate\" profile is the setup most hosts promise: TLS 1.2 and "
             "1.3 only, modern ciphers, sound keys.");
    if (verdict.compliant && verdict.deviations.isEmpty())
        m_summary->setText(tr("The site meets Mozilla's intermediate profile.") + u' ' + about);
    else if (verdict.compliant)
        m_summary->setText(tr("The site meets Mozilla's intermediate profile; a few recommendations remain.")
                           + u' ' + about);
    else
        m_summary->setText(tr("The site does not meet Mozilla's intermediate profile.") + u' ' + about);

    const int icon = fontMetrics().height();
    QString html = u"<table cellspacing=\"0\" cellpadding=\"3\">"_s;
    QStringList plain;
    for (const MozillaIntermediate::Deviation &d : verdict.deviations) {
        const QString kind = d.required ? tr("Required") : tr("Recommended");
        const QString path = d.required ? u":/icons/status-warning.svg"_s : u":/icons/status-info.svg"_s;
        html += u"<tr><td valign=\"top\"><img src=\"%1\" width=\"%2\" height=\"%2\"></td>"
                u"<td valign=\"top\"><b>%3</b></td><td valign=\"top\">%4</td></tr>"_s.arg(
                    path, QString::number(icon), kind.toHtmlEscaped(), d.text.toHtmlEscaped());
        plain.append(tr("%1: %2").arg(kind, d.text));
    }
    html += u"</table>"_s;
    m_deviations->setText(html);
    m_deviations->setAccessibleDescription(plain.join(u'\n'));
    m_deviations->setVisible(!verdict.deviations.isEmpty());
}
