#pragma once

#include "providers/Answer.h"

#include <QDialog>

#include <optional>

class AnswerEditor;
class FieldMessage;
class Question;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

// Records a provider's answer to one question by hand: the answer in a field that fits its type,
// who gave it, when, and notes. Save stays disabled while something is missing or wrong, and the
// problem is shown at its field in plain words.
class AnswerDialog final : public QDialog
{
    Q_OBJECT

public:
    // `onFile` is the answer the plan holds (to change it); `answeredBy` prefills who answered.
    AnswerDialog(const Question &question, qint64 providerId, const std::optional<Answer> &onFile,
                 const QString &answeredBy, QWidget *parent = nullptr);

    // The answer as entered, ready for Plan::setAnswer (enteredAt is the plan's to set).
    Answer answer() const;
    AnswerEditor *editor() const { return m_editor; }

private:
    void validate();

    const Question &m_question;
    Answer m_original;
    int m_onFileVersion = 0; // the question's version the answer on file was given under
    bool m_touched = false;
    AnswerEditor *m_editor;
    QLineEdit *m_answeredBy;
    QDateEdit *m_givenOn;
    QPlainTextEdit *m_notes;
    FieldMessage *m_answerMessage;
    FieldMessage *m_answeredByMessage;
    FieldMessage *m_givenOnMessage;
    QDialogButtonBox *m_buttons;
};
