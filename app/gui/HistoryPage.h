#pragma once

#include "AuditWording.h"
#include "PlanStep.h"

#include <QWidget>

class HistoryModel;
class NoticeBanner;
class PlanSession;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

// "History": every change to the plan, who made it and when, with filters, and whether the
// chain of entries is intact.
class HistoryPage final : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPage(PlanSession &session, QWidget *parent = nullptr);

    static PlanStep step();

private:
    void reload();
    void fillFilters();
    void applyFilters();

    PlanSession &m_session;
    QList<HistoryRow> m_rows; // all of them, oldest first
    qint64 m_brokenEntryId = 0;
    NoticeBanner *m_status;
    QComboBox *m_area;
    QComboBox *m_person;
    QCheckBox *m_between;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_count;
    HistoryModel *m_model;
    QTableView *m_table;
};
