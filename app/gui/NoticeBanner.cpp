#include "NoticeBanner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {
QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() * (1 - amountOfB) + b.redF() * amountOfB,
                            a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB,
                            a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB);
}
} // namespace

NoticeBanner::NoticeBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setAccessibleName(tr("Notice"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *layout = new QHBoxLayout(this);
    const int margin = fontMetrics().height() / 2;
    layout->setContentsMargins(margin * 2, margin, margin * 2, margin);
    layout->setSpacing(margin * 2);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    m_buttons->setSpacing(margin);
}

void NoticeBanner::setMessage(Kind kind, const QString &headline, const QString &details)
{
    m_kind = kind;
    m_plainText = details.isEmpty() ? headline : headline + u' ' + details;
    QString html = u"<b>%1</b>"_s.arg(headline.toHtmlEscaped());
    if (!details.isEmpty())
        html += u" "_s + details.toHtmlEscaped();
    m_text->setText(html);
    setAccessibleDescription(m_plainText);
    m_text->setAccessibleName(m_plainText);
    // The icon follows the text's size, so it scales with the system font.
    const int size = fontMetrics().height() * 3 / 2;
    m_icon->setPixmap(QIcon(iconPath(kind)).pixmap(QSize(size, size), devicePixelRatioF()));
    update();
}

QPushButton *NoticeBanner::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    m_buttons->addWidget(button, 0, Qt::AlignVCenter);
    return button;
}

QPushButton *NoticeBanner::addDismissButton()
{
    QPushButton *dismiss = addButton(tr("&Dismiss"));
    connect(dismiss, &QPushButton::clicked, this, &QWidget::hide);
    return dismiss;
}

void NoticeBanner::clearButtons()
{
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QString NoticeBanner::iconPath(Kind kind)
{
    switch (kind) {
    case Kind::Positive:
        return u":/icons/status-ok.svg"_s;
    case Kind::Information:
        return u":/icons/status-info.svg"_s;
    case Kind::Warning:
        return u":/icons/status-warning.svg"_s;
    case Kind::Error:
        return u":/icons/status-error.svg"_s;
    }
    return {};
}

QColor NoticeBanner::accent() const
{
    // The same hues as the icons; the fill is mostly the window's own colour.
    switch (m_kind) {
    case Kind::Positive:
        return QColor(0x27, 0xae, 0x60);
    case Kind::Information:
        return QColor(0x3d, 0xae, 0xe9);
    case Kind::Warning:
        return QColor(0xf6, 0x74, 0x00);
    case Kind::Error:
        return QColor(0xda, 0x44, 0x53);
    }
    return palette().color(QPalette::Highlight);
}

void NoticeBanner::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor base = palette().color(QPalette::Window);
    painter.setPen(QPen(accent(), 1.5));
    painter.setBrush(mix(base, accent(), 0.16));
    const qreal radius = fontMetrics().height() / 3.0;
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), radius, radius);
    QFrame::paintEvent(event);
}
