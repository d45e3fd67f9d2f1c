#pragma once

#include <QWidget>

class PlanSession;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QTimer;

// The "Leavers" tab: the people who left and, for the chosen one, their checklist: every account
// they held, ticked off once it is disabled on its system or handed over to a colleague.
class LeaversView final : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        DoneColumn,
        SystemColumn,
        UserColumn,
        RoleColumn,
        ActionColumn,
        ColleagueColumn,
        DateColumn,
        ColumnCount
    };

    LeaversView(PlanSession &session, QWidget *parent = nullptr);

    QListWidget *leavers() const { return m_leavers; }
    QTableWidget *checklist() const { return m_checklist; }
    qint64 selectedLeaverId() const;
    void selectLeaver(qint64 personId);
    // The checklist's row of `accountId`, or -1.
    int rowOf(qint64 accountId) const;

    // Asks which active team member left, and when, and marks them as left.
    void markAsLeft();
    void refresh();

private:
    void showChecklist();
    void itemChanged(QTableWidgetItem *item);
    void actionChosen(int row);

    PlanSession &m_session;
    QTimer *m_refreshTimer;
    QLabel *m_intro;
    QListWidget *m_leavers;
    QPushButton *m_markLeft;
    QLabel *m_title;
    QLabel *m_progress;
    QTableWidget *m_checklist;
    bool m_filling = false;
};
