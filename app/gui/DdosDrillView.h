#pragma once

#include <QWidget>

class PlanSession;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

// The "Drill" tab of DDoS readiness: when the team last walked through the plan (or never), notes
// on what the drill found, and a button for "we ran one today".
class DdosDrillView final : public QWidget
{
    Q_OBJECT

public:
    DdosDrillView(PlanSession &session, QWidget *parent = nullptr);

    QDateEdit *lastDrill() const { return m_date; }
    QPushButton *ranToday() const { return m_today; }

    void drillRanToday();
    void refresh();

    // The date edit's lowest date, shown as "Never".
    static QDate neverDate();

private:
    void dateChosen();
    void notesEdited();

    PlanSession &m_session;
    QLabel *m_status;
    QDateEdit *m_date;
    QLineEdit *m_notes;
    QPushButton *m_today;
    bool m_filling = false;
};
