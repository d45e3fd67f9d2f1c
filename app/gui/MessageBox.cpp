#include "MessageBox.h"

#include <QPushButton>

std::optional<QMessageBox::StandardButton> MessageBox::s_nextAnswer;
QString MessageBox::s_lastText;

QMessageBox::StandardButton MessageBox::information(QWidget *parent, const QString &title,
                                                    const QString &text)
{
    return ask(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    return ask(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    return ask(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 const QString &yesText)
{
    // Cancel is the default: a stray Return never removes anything.
    return ask(parent, QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel,
               QMessageBox::Cancel, yesText);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

void MessageBox::clearLastText()
{
    s_lastText.clear();
}

QMessageBox::StandardButton MessageBox::ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton, const QString &yesText)
{
    s_lastText = text;
    if (s_nextAnswer)
        return *std::exchange(s_nextAnswer, std::nullopt);

    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextFormat(Qt::PlainText);
    if (!yesText.isEmpty())
        box.button(QMessageBox::Yes)->setText(yesText);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}
