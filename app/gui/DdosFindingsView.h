#pragma once

#include "findings/Finding.h"

#include <QWidget>

class PlanSession;
class QLabel;
class QListWidget;
class QTextBrowser;
class QTimer;

// The "What to Fix" tab of DDoS readiness: what the DDoS rules find in the plan, the providers'
// answers and the latest probe, most severe first, and the chosen finding in full: what was seen,
// why it matters, what to do. Recomputed whenever any of those change.
class DdosFindingsView final : public QWidget
{
    Q_OBJECT

public:
    DdosFindingsView(PlanSession &session, QWidget *parent = nullptr);

    const QList<Finding> &findings() const { return m_findings; }
    QListWidget *list() const { return m_list; }
    // Recomputes at once (normally it waits for a burst of changes to end).
    void refresh();

signals:
    void findingsChanged(int count);

private:
    void showDetails(int row);

    PlanSession &m_session;
    QList<Finding> m_findings;
    QTimer *m_refreshTimer;
    QLabel *m_summary;
    QListWidget *m_list;
    QTextBrowser *m_details;
};
