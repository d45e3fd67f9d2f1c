#pragma once

#include <QStyledItemDelegate>

// Draws a navigator entry as the step's icon and title with a second, quieter line saying where the
// step stands ("In progress · 60 %", "Needs attention") and a small mark on the icon (a tick, an
// exclamation mark, a half circle). The words carry the meaning; the mark and its tint only help.
class StepNavigatorDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role
    {
        StatusTextRole = Qt::UserRole + 10, // the second line; empty: none
        StateRole, // int(StepState) + 1; 0: the step has no state (dashboard, history)
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
