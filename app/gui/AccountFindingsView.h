#pragma once

#include "findings/Finding.h"

#include <QWidget>

class FindingsList;
class PlanSession;
class QLabel;
class QPushButton;

// The "Findings" tab of Accounts & access: what the account hygiene rules find in the register,
// most severe first, with a count per severity, and beside the list the chosen finding in full:
// what is on file, why it matters, what to do. The rules' thresholds are edited from here.
class AccountFindingsView final : public QWidget
{
    Q_OBJECT

public:
    AccountFindingsView(PlanSession &session, QWidget *parent = nullptr);

    const QList<Finding> &findings() const;
    // Opens Settings on its Rules tab (the plan's thresholds), which saves them when the owner accepts.
    void editRules();
    // Recomputes at once (normally it waits for a burst of changes to end).
    void refresh();

private:
    QString subjectName(const QString &subject) const;

    PlanSession &m_session;
    QLabel *m_summary;
    QList<QLabel *> m_countIcons;
    QList<QLabel *> m_counts; // by severity, most severe first
    QPushButton *m_settings;
    FindingsList *m_findingsList;
};
