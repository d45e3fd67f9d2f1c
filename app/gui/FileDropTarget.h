#pragma once

#include <QList>
#include <QObject>
#include <QPoint>
#include <QUrl>

#include <functional>

class QDropEvent;
class QWidget;

// Lets files be dragged from a file manager onto a widget (an item view's viewport, say). A drag
// that carries URLs is taken in where `landsAt` says a drop could land and ignored elsewhere, so the
// cursor shows where letting go does something; a drag without URLs is ignored. A drop hands the
// URLs and where they landed to `dropped`, which decides what they mean and says so when they do not
// fit. The drop is always a copy (or a link): the file manager never deletes what was dragged.
class FileDropTarget final : public QObject
{
    Q_OBJECT

public:
    using LandsAt = std::function<bool(const QPoint &pos)>;
    using Dropped = std::function<void(const QList<QUrl> &urls, const QPoint &pos)>;

    // Watches `widget` (and accepts drops on it); goes with it.
    FileDropTarget(QWidget *widget, LandsAt landsAt, Dropped dropped);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Takes the drag in as a copy or a link when it lands and carries URLs; false (ignored) otherwise.
    bool take(QDropEvent *event, bool lands) const;

    QWidget *m_widget;
    LandsAt m_landsAt;
    Dropped m_dropped;
};
