#pragma once

#include <QWidget>

class AccessMatrixModel;
class PlanSession;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

// The "Who can see what" tab: the access matrix (people against systems and kinds of data), a
// line on who reaches the data a shop owner cares most about, and the access review's date.
class AccessMatrixView final : public QWidget
{
    Q_OBJECT

public:
    AccessMatrixView(PlanSession &session, QWidget *parent = nullptr);

    AccessMatrixModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Opens "what their work needs" for the person on `row` and saves it.
    void editPersonAccess(int row);
    // Asks for the date of the review (today by default) and records it.
    void recordAccessReview();
    void refresh();

private:
    void fitColumns();

    PlanSession &m_session;
    AccessMatrixModel *m_model;
    QTimer *m_refreshTimer;
    QLabel *m_headline;
    QLabel *m_review;
    QPushButton *m_recordReview;
    QTableView *m_table;
};
