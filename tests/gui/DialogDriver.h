#pragma once

#include <QApplication>
#include <QDialog>
#include <QPushButton>
#include <QTimer>

#include <functional>
#include <memory>

// Drives the GUI tests' modal dialogs the way a person would: waits for the next one, lets `fill`
// set its fields, then clicks its button named `ok`. A dialog whose button is missing or disabled
// is cancelled with a warning (the test's own checks then fail), and no dialog within about four
// seconds ends the wait, so a test never hangs on a dialog.
inline void answerNextDialog(const QString &ok, std::function<void(QDialog *)> fill)
{
    auto *timer = new QTimer(qApp);
    auto deadline = std::make_shared<int>(200);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, deadline, ok, fill] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (--*deadline <= 0)
                timer->deleteLater();
            return;
        }
        timer->stop();
        timer->deleteLater();
        fill(dialog);
        auto *button = dialog->findChild<QPushButton *>(ok);
        if (!button || !button->isEnabled()) {
            qWarning("no enabled button %s: cancelling the dialog", qPrintable(ok));
            dialog->reject();
            return;
        }
        button->click();
    });
    timer->start(20);
}

// The child of `parent` named `name`, warning when there is none.
template<typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}
