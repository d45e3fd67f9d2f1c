#pragma once

#include "accounts/Confirmation.h"

#include <QDialog>

class PlanSession;
class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

// The confirmation letter to a developer or an agency: a preview, a PDF to send, the text for an
// email. A new letter (id 0) lets the owner choose whom to write to and records it; a letter on
// file is shown as it was written.
class ConfirmationLetterDialog final : public QDialog
{
    Q_OBJECT

public:
    ConfirmationLetterDialog(PlanSession &session, const ConfirmationLetter &letter,
                             QWidget *parent = nullptr);

    const ConfirmationLetter &letter() const { return m_letter; }
    bool isNew() const { return m_isNew; }

    void savePdf();
    void copyText();
    void openEmail();
    // Records a new letter in the plan and closes the dialog; errors are shown.
    void recordLetter();

private:
    void personChosen();
    void showStatus(const QString &text);

    PlanSession &m_session;
    ConfirmationLetter m_letter;
    bool m_isNew;
    QComboBox *m_person = nullptr;
    QTextBrowser *m_preview;
    QLabel *m_status;
    QPushButton *m_pdf;
    QPushButton *m_copy;
    QPushButton *m_email;
    QPushButton *m_record = nullptr;
};
