#pragma once

#include <QWidget>

class NoticeBanner;
class QLabel;
class QListWidget;
class QPushButton;

// What the window shows when no plan is open: why a plan is needed, New and Open, the recent
// plans, and — when a plan could not be opened — what went wrong and the way back to a plan.
class NoPlanPage final : public QWidget
{
    Q_OBJECT

public:
    explicit NoPlanPage(QWidget *parent = nullptr);

    // Shows why a plan did not open; `defaultPlanAction` names the button that opens or creates
    // the default plan (empty: no such button, e.g. when the default plan is the one that failed).
    void setProblem(const QString &message, const QString &defaultPlanAction);
    void clearProblem();
    void refreshRecent();

signals:
    void newRequested();
    void openRequested();
    void openPathRequested(const QString &path);
    void defaultPlanRequested();

private:
    NoticeBanner *m_problem;
    QListWidget *m_recent;
    QLabel *m_recentLabel;
};
