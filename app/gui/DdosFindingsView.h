#pragma once

#include "findings/Finding.h"

#include <QWidget>

class FindingsList;
class PlanSession;
class QLabel;
class QListWidget;

// The "What to Fix" tab of DDoS readiness: what the DDoS rules find in the plan, the providers'
// answers and the latest probe, most severe first, and the chosen finding in full: what was seen,
// why it matters, what to do. Recomputed whenever any of those change.
class DdosFindingsView final : public QWidget
{
    Q_OBJECT

public:
    DdosFindingsView(PlanSession &session, QWidget *parent = nullptr);

    const QList<Finding> &findings() const;
    QListWidget *list() const;
    // Recomputes at once (normally it waits for a burst of changes to end).
    void refresh();

signals:
    void findingsChanged(int count);

private:
    PlanSession &m_session;
    QLabel *m_summary;
    FindingsList *m_findingsList;
};
