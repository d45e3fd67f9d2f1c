#pragma once

#include <QList>
#include <QWidget>

class PlanSession;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

// The "Prepared in Advance" tab of DDoS readiness: each step against attacks with a tick box, why
// it matters, the date it was prepared (today when ticked) and notes; the owner's own steps can be
// added and removed, the standard ones only ticked.
class DdosStepsView final : public QWidget
{
    Q_OBJECT

public:
    DdosStepsView(PlanSession &session, QWidget *parent = nullptr);

    // One step's controls, in plan order.
    struct Row
    {
        qint64 id = 0;
        QWidget *box = nullptr;
        QCheckBox *prepared = nullptr;
        QLabel *why = nullptr;
        QLabel *preparedOnLabel = nullptr;
        QDateEdit *preparedOn = nullptr;
        QLineEdit *notes = nullptr;
        QPushButton *remove = nullptr; // the owner's own steps only
    };
    const QList<Row> &rows() const { return m_rows; }
    QLineEdit *newStepTitle() const { return m_newTitle; }

    void addStep();
    void refresh();

private:
    void rebuild();
    void fill(const Row &row);
    void ticked(qint64 id, bool prepared);
    void dateChosen(qint64 id, QDate date);
    void notesEdited(qint64 id);
    void removeStep(qint64 id);

    PlanSession &m_session;
    QLabel *m_progress;
    QVBoxLayout *m_list;
    QList<Row> m_rows;
    QLineEdit *m_newTitle;
    QPushButton *m_add;
};
