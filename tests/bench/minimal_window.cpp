// The benchmark's peer: a minimal Qt Widgets program that shows one window. With
// STOREFORT_QUIT_WHEN_SHOWN set it quits as soon as the window has been painted for the first
// time, through the same FirstPaintQuit as storefort.
#include "FirstPaintQuit.h"

#include <QApplication>
#include <QWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1000, 700);
    FirstPaintQuit::installIfRequested(&window);
    window.show();
    return app.exec();
}
