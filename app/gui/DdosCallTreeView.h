#pragma once

#include "contingency/DdosPlan.h"

#include <QWidget>

class PlanSession;
class QLabel;
class QPushButton;
class QTableWidget;

// The "Who Calls Whom" tab of DDoS readiness: the call tree in the order the calls are made — the
// task, who makes the call, whom they reach, the channel and the contact — with buttons to add,
// edit, remove and reorder calls. Every change is one undoable edit of the plan.
class DdosCallTreeView final : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        TaskColumn,
        CallerColumn,
        ReachColumn,
        ChannelColumn,
        ContactColumn,
        ColumnCount
    };

    DdosCallTreeView(PlanSession &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    int selectedRow() const;
    void selectRow(int row);

    void addCall();
    void editCall();
    void removeCall();
    void moveCall(int by);
    void refresh();

private:
    void updateButtons();
    QString personName(qint64 id) const;
    QString reachName(const CallTreeEntry &entry) const;

    PlanSession &m_session;
    QLabel *m_intro;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
};
