#include "StepNavigatorDelegate.h"

#include "Appearance.h"
#include "review/Readiness.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace {

// The quieter second line: a little smaller than the title, never below 8 points.
QFont statusFont(const QFont &base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(std::max(8.0, font.pointSizeF() * 0.85));
    return font;
}

// One of the app's tones, so it stays readable on the navigator's background in light and dark
// palettes.
QColor markColour(StepState state, const QPalette &palette)
{
    switch (state) {
    case StepState::Done:
        return Appearance::toneColour(Appearance::Tone::Good, palette);
    case StepState::NeedsAttention:
        return Appearance::toneColour(Appearance::Tone::Serious, palette);
    case StepState::InProgress:
        return Appearance::toneColour(Appearance::Tone::Note, palette);
    case StepState::NotStarted:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

void paintMark(QPainter *painter, const QRect &iconRect, StepState state, const QPalette &palette)
{
    if (state == StepState::NotStarted)
        return;
    const int size = std::max(8, iconRect.width() / 2);
    const QRectF badge(iconRect.right() - size * 0.7, iconRect.bottom() - size * 0.7, size, size);
    const QColor colour = markColour(state, palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(palette.color(QPalette::Base), 1.5));
    painter->setBrush(colour);
    painter->drawEllipse(badge);
    QPen pen(palette.color(QPalette::Base), std::max(1.5, size / 7.0), Qt::SolidLine, Qt::RoundCap,
             Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const QPointF c = badge.center();
    const qreal r = size / 2.0;
    if (state == StepState::Done) {
        QPainterPath tick;
        tick.moveTo(c.x() - r * 0.45, c.y());
        tick.lineTo(c.x() - r * 0.1, c.y() + r * 0.35);
        tick.lineTo(c.x() + r * 0.45, c.y() - r * 0.35);
        painter->drawPath(tick);
    } else if (state == StepState::NeedsAttention) {
        painter->drawLine(QPointF(c.x(), c.y() - r * 0.5), QPointF(c.x(), c.y() + r * 0.1));
        painter->drawPoint(QPointF(c.x(), c.y() + r * 0.45));
    } else {
        // Half done: the left half filled with the background.
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(QPalette::Base));
        painter->drawPie(badge.adjusted(r * 0.35, r * 0.35, -r * 0.35, -r * 0.35), 90 * 16, 180 * 16);
    }
    painter->restore();
}

} // namespace

void StepNavigatorDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString status = index.data(StatusTextRole).toString();
    const int stateValue = index.data(StateRole).toInt();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // The background, the selection and the focus frame as the style draws them, without text or icon.
    const QString title = opt.text;
    const QIcon icon = opt.icon;
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int margin = opt.fontMetrics.height() / 3;
    const QSize iconSize = opt.decorationSize;
    const QRect content = opt.rect.adjusted(margin, 0, -margin, 0);
    const QRect iconRect(content.left(), content.top() + (content.height() - iconSize.height()) / 2,
                         iconSize.width(), iconSize.height());
    const bool selected = opt.state & QStyle::State_Selected;
    const QIcon::Mode mode = !(opt.state & QStyle::State_Enabled) ? QIcon::Disabled : QIcon::Normal;
    icon.paint(painter, iconRect, Qt::AlignCenter, mode);
    if (stateValue > 0)
        paintMark(painter, iconRect, StepState(stateValue - 1), opt.palette);

    const QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled)
        ? ((opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive)
        : QPalette::Disabled;
    const QColor textColour = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect textRect = content.adjusted(iconSize.width() + margin, 0, 0, 0);
    painter->save();
    painter->setPen(textColour);
    const QFontMetrics titleMetrics(opt.font);
    if (status.isEmpty()) {
        painter->setFont(opt.font);
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                          titleMetrics.elidedText(title, Qt::ElideRight, textRect.width()));
    } else {
        const QFont small = statusFont(opt.font);
        const QFontMetrics smallMetrics(small);
        const int total = titleMetrics.height() + smallMetrics.height();
        const int top = textRect.top() + (textRect.height() - total) / 2;
        painter->setFont(opt.font);
        painter->drawText(QRect(textRect.left(), top, textRect.width(), titleMetrics.height()),
                          Qt::AlignVCenter | Qt::AlignLeft,
                          titleMetrics.elidedText(title, Qt::ElideRight, textRect.width()));
        QColor quiet = textColour;
        if (!selected)
            quiet = opt.palette.color(group, QPalette::PlaceholderText);
        painter->setPen(quiet);
        painter->setFont(small);
        painter->drawText(
            QRect(textRect.left(), top + titleMetrics.height(), textRect.width(), smallMetrics.height()),
            Qt::AlignVCenter | Qt::AlignLeft,
            smallMetrics.elidedText(status, Qt::ElideRight, textRect.width()));
    }
    painter->restore();
}

QSize StepNavigatorDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics titleMetrics(opt.font);
    const QFontMetrics smallMetrics(statusFont(opt.font));
    const int margin = titleMetrics.height() / 3;
    // Every entry as tall as one with a status line, so the list does not jump when states arrive.
    const int height
        = std::max(opt.decorationSize.height(), titleMetrics.height() + smallMetrics.height()) + margin * 2;
    const int width = opt.decorationSize.width() + margin * 3
        + std::max(titleMetrics.horizontalAdvance(opt.text),
                   smallMetrics.horizontalAdvance(index.data(StatusTextRole).toString()));
    return { width, height };
}
