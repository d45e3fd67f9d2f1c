#include "FileDropTarget.h"

#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QWidget>

FileDropTarget::FileDropTarget(QWidget *widget, LandsAt landsAt, Dropped dropped)
    : QObject(widget)
    , m_widget(widget)
    , m_landsAt(std::move(landsAt))
    , m_dropped(std::move(dropped))
{
    widget->setAcceptDrops(true);
    widget->installEventFilter(this);
}

bool FileDropTarget::take(QDropEvent *event, bool lands) const
{
    const QMimeData *data = event->mimeData();
    if (!lands || !data || !data->hasUrls()) {
        event->ignore();
        return false;
    }
    // Never a move: a file manager deletes what was moved once the drop is taken.
    if (event->possibleActions().testFlag(Qt::CopyAction))
        event->setDropAction(Qt::CopyAction);
    else if (event->possibleActions().testFlag(Qt::LinkAction))
        event->setDropAction(Qt::LinkAction);
    else {
        event->ignore();
        return false;
    }
    event->accept();
    return true;
}

bool FileDropTarget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_widget)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
        // Taken in anywhere, so that the moves follow; each move then says whether it lands.
        take(static_cast<QDragEnterEvent *>(event), true);
        return true;
    case QEvent::DragMove: {
        auto *move = static_cast<QDragMoveEvent *>(event);
        take(move, m_landsAt(move->position().toPoint()));
        return true;
    }
    case QEvent::DragLeave:
        event->accept();
        return true;
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QPoint pos = drop->position().toPoint();
        if (take(drop, m_landsAt(pos)))
            m_dropped(drop->mimeData()->urls(), pos);
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}
