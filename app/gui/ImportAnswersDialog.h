#pragma once

#include "providers/Answer.h"
#include "providers/QuestionnaireImport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

// What a returned fill-in file would record, before anything changes: how many answers it holds,
// each answer (new, or what it replaces), and every problem with its line. The owner records all
// of it when the file is clean, or only the valid rows, or nothing.
class ImportAnswersDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportAnswersDialog(const QuestionnaireImport &import, const QString &fileName,
                        const QString &providerName, QWidget *parent = nullptr);

    // The answers to record, once accepted: every valid row that changes something.
    QList<Answer> answersToRecord() const;
    QPushButton *recordAllButton() const { return m_recordAll; }
    QPushButton *recordValidButton() const { return m_recordValid; }
    QTreeWidget *answersList() const { return m_answers; }
    QTreeWidget *errorsList() const { return m_errors; }

private:
    QuestionnaireImport m_import;
    QTreeWidget *m_answers;
    QTreeWidget *m_errors;
    QPushButton *m_recordAll;
    QPushButton *m_recordValid;
};
