#pragma once

#include <QList>
#include <QWidget>

#include <optional>

class Question;
class QAbstractButton;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

// The field for one answer, fitting the question's type: Yes / No / Unknown buttons, a list to
// choose one from, boxes to tick (with "None of these"), a number with its unit, a date, or free
// text. value() gives the answer in its stored form (see Question).
class AnswerEditor final : public QWidget
{
    Q_OBJECT

public:
    AnswerEditor(const Question &question, QWidget *parent = nullptr);

    // Nothing while the owner has not given an answer yet.
    std::optional<QString> value() const;
    void setValue(const QString &stored);
    // The widget to mark with a problem and to give focus first.
    QWidget *focusField() const;

signals:
    void changed();

private:
    void exclusiveToggled(QCheckBox *box, bool on);
    void addUnknownBox(QLayout *layout);

    const Question &m_question;
    QList<QRadioButton *> m_yesNo;
    QComboBox *m_choice = nullptr;
    QList<QCheckBox *> m_choices;
    QCheckBox *m_none = nullptr;
    QCheckBox *m_unknown = nullptr; // choices, numbers, dates: the provider could not say
    QLineEdit *m_number = nullptr;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_text = nullptr;
};
