#pragma once

#include "providers/Answer.h"

#include <QPointer>
#include <QWidget>

class EvidenceList;
class NoticeBanner;
class PlanSession;
class QComboBox;
class QLabel;
class QPushButton;
class QThread;
class QTreeView;
class QuestionnaireModel;

// A provider's questionnaire, answer by answer: every question that applies, grouped by topic,
// with the answer on file, its verdict, who gave it and when, and its evidence. From here the owner
// records answers by hand, asks the provider (letter, email, fill-in file) and imports the file
// they return. Every answer is an undoable edit of the plan.
class QuestionnaireView final : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionnaireView(PlanSession &session, QWidget *parent = nullptr);
    ~QuestionnaireView() override;

    void setProvider(qint64 providerId);
    qint64 providerId() const { return m_providerId; }

    QuestionnaireModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    EvidenceList *evidence() const { return m_evidence; }
    QString selectedQuestionId() const;
    void selectQuestion(const QString &questionId);

    // The actions of the page's buttons; the dialogs open window-modal and record when accepted.
    void answerSelected();
    void removeSelectedAnswer();
    void askProvider();
    void importReturnedFile();
    void importFile(const QString &path); // reads and checks it in a worker, then shows what it holds
    bool isImporting() const { return !m_importer.isNull(); }

    // Records an answer as an undoable edit; false (with the reason shown) when the plan refuses it.
    bool recordAnswer(const Answer &answer);
    bool recordAnswers(const QList<Answer> &answers);

signals:
    void importChecked(); // the returned file was read: its dialog is open, or it was refused

private:
    void reload();
    void showDetails();
    void updateActions();
    QString suggestedAnsweredBy() const;

    PlanSession &m_session;
    qint64 m_providerId = 0;
    QuestionnaireModel *m_model;
    QPointer<QThread> m_importer;

    QLabel *m_summary;
    QComboBox *m_filter;
    QPushButton *m_ask;
    QPushButton *m_import;
    NoticeBanner *m_notice;
    QTreeView *m_tree;
    QLabel *m_empty;
    QWidget *m_details;
    QLabel *m_question;
    QLabel *m_why;
    QLabel *m_good;
    QLabel *m_onFile;
    QPushButton *m_answer;
    QPushButton *m_remove;
    EvidenceList *m_evidence;
};
