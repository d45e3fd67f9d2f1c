#pragma once

#include <QMessageBox>

#include <optional>

// Every message box of the app goes through here, so a test can answer it instead of a person
// (as KeePassXC's MessageBox does): setNextAnswer() makes the next box return at once.
class MessageBox
{
public:
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title,
                                                   const QString &text);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton critical(QWidget *parent, const QString &title, const QString &text);
    // Asks a yes/no question; `yesText` names the action on the button ("Remove", ...).
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                const QString &yesText);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last box asked, answered by a person or by setNextAnswer(); for tests.
    static QString lastText();
    static void clearLastText();

private:
    static QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                           const QString &text, QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton,
                                           const QString &yesText = {});

    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastText;
};
