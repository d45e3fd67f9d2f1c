#pragma once

#include "findings/Finding.h"

#include <QWidget>

class FindingsList;
class PlanSession;
class QLabel;
class QPushButton;

// The "Findings" tab of the contingency binder: what is missing or doubtful about the recovery
// items, most severe first, and beside the list the chosen finding in full, with a link to its item.
class RecoveryFindingsView final : public QWidget
{
    Q_OBJECT

public:
    explicit RecoveryFindingsView(PlanSession &session, QWidget *parent = nullptr);

    const QList<Finding> &findings() const;
    // Recomputes at once (normally it waits for a burst of changes to end).
    void refresh();
    // Asks for the item of the finding in that row.
    void showItemOf(int row);

signals:
    void itemRequested(qint64 itemId);
    void countChanged(int count);

private:
    PlanSession &m_session;
    QLabel *m_summary;
    QPushButton *m_showItem;
    FindingsList *m_findingsList = nullptr;
};
