#include "TlsGradeView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// The badge's own colours: white text on these darker tones stays above 4.5:1 contrast, in light
// and dark themes alike.
QColor badgeColour(const QString &letter)
{
    if (letter.startsWith(u'A'))
        return QColor(0x1b, 0x7a, 0x3d);
    if (letter == u"B"_s)
        return QColor(0x6b, 0x6a, 0x00);
    if (letter == u"C"_s || letter == u"D"_s || letter == u"E"_s)
        return QColor(0xa8, 0x4a, 0x00);
    if (letter.isEmpty() || letter == u"…"_s)
        return QColor(0x5f, 0x63, 0x68);
    return QColor(0xb0, 0x1e, 0x2d); // F, T, M
}
} // namespace

TlsGradeView::TlsGradeView(QWidget *parent)
    : QWidget(parent)
    , m_badge(new QLabel(this))
    , m_sentence(new QLabel(this))
    , m_reasons(new QLabel(this))
    , m_ignoringTrust(new QLabel(this))
{
    m_badge->setObjectName(u"tlsGradeLetter"_s);
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setTextFormat(Qt::PlainText);
    QFont big = m_badge->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    m_badge->setFont(big);
    const int side = QFontMetrics(big).height() * 3 / 2;
    m_badge->setFixedSize(side * 5 / 4, side);
    m_badge->setAutoFillBackground(true);

    m_sentence->setObjectName(u"tlsGradeSentence"_s);
    m_sentence->setWordWrap(true);
    m_sentence->setTextFormat(Qt::PlainText);
    QFont bold = m_sentence->font();
    bold.setBold(true);
    m_sentence->setFont(bold);
    m_reasons->setObjectName(u"tlsGradeReasons"_s);
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::PlainText);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_ignoringTrust->setObjectName(u"tlsGradeIgnoringTrust"_s);
    m_ignoringTrust->setWordWrap(true);
    m_ignoringTrust->setTextFormat(Qt::PlainText);

    auto *words = new QVBoxLayout;
    words->setContentsMargins(0, 0, 0, 0);
    words->addWidget(m_sentence);
    words->addWidget(m_reasons);
    words->addWidget(m_ignoringTrust);
    words->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(fontMetrics().height());
    layout->addWidget(m_badge, 0, Qt::AlignTop);
    layout->addLayout(words, 1);
    clear();
}

QString TlsGradeView::letter() const
{
    return m_badge->text();
}

void TlsGradeView::paintBadge(const QString &letter)
{
    m_badge->setText(letter);
    QPalette palette = m_badge->palette();
    palette.setColor(QPalette::Window, badgeColour(letter));
    palette.setColor(QPalette::WindowText, Qt::white);
    m_badge->setPalette(palette);
    m_badge->setAccessibleName(letter.isEmpty() || letter == u"…"_s ? tr("No grade yet")
                                                                    : tr("Grade %1").arg(letter));
}

void TlsGradeView::setGrade(const TlsGrade::Grade &grade)
{
    paintBadge(grade.letter);
    m_sentence->setText(meaning(grade.letter));
    QStringList lines;
    for (const TlsGrade::Reason &reason : grade.reasons)
        lines.append(u"• "_s + reason.text);
    m_reasons->setText(lines.join(u'\n'));
    m_reasons->setVisible(!lines.isEmpty());
    const bool differs
        = grade.graded() && !grade.letterIgnoringTrust.isEmpty() && grade.letterIgnoringTrust != grade.letter;
    m_ignoringTrust->setText(
        differs
            ? tr("Once browsers trust the certificate, the site would get %1.").arg(grade.letterIgnoringTrust)
            : QString());
    m_ignoringTrust->setVisible(differs);
    setAccessibleDescription(m_sentence->text());
}

void TlsGradeView::setFirstLook(const QString &summary)
{
    paintBadge(u"…"_s);
    m_sentence->setText(tr("First look — the grade follows when the probe is done."));
    m_reasons->setText(summary);
    m_reasons->setVisible(!summary.isEmpty());
    m_ignoringTrust->hide();
}

void TlsGradeView::clear()
{
    paintBadge(QString());
    m_sentence->clear();
    m_reasons->clear();
    m_reasons->hide();
    m_ignoringTrust->hide();
}

QString TlsGradeView::meaning(const QString &letter)
{
    if (letter == u"A+"_s)
        return tr("Excellent: your site's encryption is as good as it gets.");
    if (letter == u"A"_s)
        return tr("Good: your site's encryption protects your visitors well.");
    if (letter == u"A-"_s)
        return tr("Good, with a few things to tidy up.");
    if (letter == u"B"_s)
        return tr("Fair: visitors are protected, but some settings are out of date.");
    if (letter == u"C"_s || letter == u"D"_s || letter == u"E"_s)
        return tr("Weak: some settings put your visitors' data at risk.");
    if (letter == u"F"_s)
        return tr("Failing: attackers may be able to read or change what visitors send to your shop.");
    if (letter == u"T"_s)
        return tr("Browsers warn your visitors: they do not trust the site's certificate.");
    if (letter == u"M"_s)
        return tr("Browsers warn your visitors: the certificate is for a different name.");
    return tr("The probe learned too little to give a grade.");
}
