#pragma once

#include <QWidget>

class PlanSession;
class QLabel;
class QPushButton;
class QTableView;
class TeamModel;

// The team as a table with Add, Edit and Remove. Every change is an undoable edit of the plan.
class TeamEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit TeamEditor(PlanSession &session, QWidget *parent = nullptr);

    void addPerson();
    void editPerson();
    void removePerson();

private:
    qint64 selectedPersonId() const;
    void updateState();

    PlanSession &m_session;
    TeamModel *m_model;
    QTableView *m_table;
    QLabel *m_emptyHint;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};
