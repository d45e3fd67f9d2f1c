#pragma once

#include "StepRegistry.h"

#include <QSplitter>

class PlanSession;
class QListWidget;
class QMenu;
class QStackedWidget;
enum class StepState;

// An open plan on screen: the navigator with the plan's steps down the side and the chosen step's
// page beside it. Each page is built from the registry the first time it is shown and destroyed
// before the plan closes; the last step shown is remembered.
class PlanView final : public QSplitter
{
    Q_OBJECT

public:
    PlanView(StepRegistry steps, QWidget *parent = nullptr);

    // Builds a page for each step; `goMenu` gets an entry for each (Ctrl+1, Ctrl+2, ...).
    void showPlan(PlanSession &session, QMenu *goMenu);
    void clear();
    void showStep(const QString &id);
    void focusNavigator();

signals:
    void stepShown(const QString &id);

private:
    void showPage(int row);
    QWidget *createPage(int row);
    // Each step's state and completion in the navigator, from the session's readiness tracker.
    void showStates();
    // "In progress · 60 %".
    static QString stateText(StepState state, int completion);

    StepRegistry m_steps;
    PlanSession *m_session = nullptr;
    QList<bool> m_built;
    QListWidget *m_navigator;
    QStackedWidget *m_pages;
};
