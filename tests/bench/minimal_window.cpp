// The benchmark's peer: a minimal Qt Widgets program that shows one window. With
// STOREFORT_QUIT_WHEN_SHOWN set it quits as soon as the window has been shown and painted,
// exactly as storefort does under the same variable.
#include <QApplication>
#include <QTimer>
#include <QWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1000, 700);
    window.show();
    if (qEnvironmentVariableIsSet("STOREFORT_QUIT_WHEN_SHOWN"))
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
