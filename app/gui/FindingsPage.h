#pragma once

#include "PlanStep.h"

#include <QWidget>

class FindingDetail;
class FindingsFilterModel;
class FindingsRegisterModel;
class PlanSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// "All findings": every finding of every step in one list, most serious first, filtered by step,
// severity and state and searched by words; the chosen one in full below, with the way to the step
// where it is fixed. A finding can be accepted as a risk (with a reason and an expiry) and the
// acceptance withdrawn, both undoable; the list can be saved as a CSV file.
class FindingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPage(PlanSession &session, QWidget *parent = nullptr);

    static PlanStep step();

    FindingsRegisterModel *model() const { return m_model; }
    FindingsFilterModel *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    FindingDetail *detail() const { return m_detail; }

    // Shows the findings as the session's readiness tracker has them (it calls this when they change).
    void refresh();
    // Chooses the finding with this rule and subject; false when the list does not show it.
    bool selectFinding(const QString &ruleId, const QString &subject);
    // Asks for the chosen finding's acceptance (the dialog), or withdraws it.
    void acceptCurrent();
    void withdrawCurrent();
    // Asks where to, then writes the findings the list shows as CSV.
    void exportCsv();

private:
    void showCurrent();
    void updateCounts();
    void goToStep(const QString &stepId);
    int currentSourceRow() const;

    PlanSession &m_session;
    QLabel *m_summary;
    QComboBox *m_step;
    QComboBox *m_severity;
    QComboBox *m_state;
    QLineEdit *m_search;
    QLabel *m_count;
    QPushButton *m_export;
    FindingsRegisterModel *m_model;
    FindingsFilterModel *m_filter;
    QTableView *m_table;
    FindingDetail *m_detail;
};
