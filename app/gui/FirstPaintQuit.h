#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

// For the start-up benchmark (tests/bench/bench_startup): when STOREFORT_QUIT_WHEN_SHOWN is set,
// quits the application right after `window` has been painted for the first time. The benchmark's
// peer program uses the very same class, so both are timed to the same moment.
class FirstPaintQuit final : public QObject
{
public:
    static void installIfRequested(QWidget *window)
    {
        if (qEnvironmentVariableIsSet("STOREFORT_QUIT_WHEN_SHOWN"))
            window->installEventFilter(new FirstPaintQuit(window));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The window paints first and its children within the same update: quit after all of it.
        if (event->type() == QEvent::Paint && watched == parent()) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
        }
        return false;
    }

private:
    explicit FirstPaintQuit(QWidget *window)
        : QObject(window)
    { }
};
