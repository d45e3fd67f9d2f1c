#pragma once

#include "providers/Questionnaire.h"

#include <QDialog>
#include <QPointer>

class PlanSession;
class QLabel;
class QPushButton;
class QRadioButton;
class QTextBrowser;
class QThread;

// "Ask this provider": the letter with the questions that apply (all, or only the outstanding
// ones), as a preview, a PDF to attach, a fill-in file they can return, and an email. The PDF is
// rendered in a worker thread.
class LetterDialog final : public QDialog
{
    Q_OBJECT

public:
    LetterDialog(PlanSession &session, qint64 providerId, QWidget *parent = nullptr);
    ~LetterDialog() override;

    const Questionnaire &questionnaire() const { return m_questionnaire; }
    bool isWritingPdf() const { return !m_pdfWriter.isNull(); }

    void savePdf();
    void saveCsv();
    void copyEmail();
    void openEmail();

signals:
    void pdfFinished(bool ok);

private:
    void rebuild();
    void showStatus(const QString &text);

    PlanSession &m_session;
    qint64 m_providerId;
    Questionnaire m_questionnaire;
    QPointer<QThread> m_pdfWriter;

    QRadioButton *m_all;
    QRadioButton *m_outstanding;
    QTextBrowser *m_preview;
    QLabel *m_status;
    QPushButton *m_pdf;
    QPushButton *m_csv;
    QPushButton *m_copy;
    QPushButton *m_email;
};
