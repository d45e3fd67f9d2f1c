#pragma once

#include "PlanStep.h"

#include <QWidget>

class PlanSession;
class QLabel;
class QListWidget;
class QPushButton;
class ReadinessPartsView;
class ScoreGauge;
class ScoreHistoryChart;

// "Where you stand": the readiness score and what it is made of, step by step; its history; the
// most serious open findings and what is due or overdue, each one click from where it is handled;
// and the last probe's grade. Kept current by the session's ReadinessTracker.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    static PlanStep step();

    explicit DashboardPage(PlanSession &session, QWidget *parent = nullptr);

    // How many of the most serious open findings are listed.
    static constexpr int topFindings = 5;
    // Due dates further ahead than this are not listed.
    static constexpr int dueWithinDays = 30;

private:
    void refresh();
    QString headline(int score) const;

    PlanSession &m_session;
    ScoreGauge *m_gauge;
    QLabel *m_headline;
    QLabel *m_summary;
    QLabel *m_probe;
    QPushButton *m_continue;
    ReadinessPartsView *m_parts;
    QListWidget *m_findings;
    QListWidget *m_due;
    ScoreHistoryChart *m_chart;
    QString m_continueStep;
};
