#pragma once

#include <QIcon>
#include <QString>

#include <functional>

class PlanSession;
class QWidget;

// One step of the security plan as the navigator shows it. A page class describes its step with
// a static `step()` and StepRegistry::standard() lists it; the page is built for each open plan
// and destroyed when the plan closes, so it may keep references to the session's plan.
struct PlanStep
{
    QString id; // stable ("shop-team"): remembered in the settings as the last step shown
    int order = 0; // place in the navigator, lowest first; steps leave gaps of 100
    std::function<QString()> title; // asked each time, so it is in the current language
    QString iconPath; // a resource, e.g. ":/icons/step-shop.svg"
    std::function<QWidget *(PlanSession &session, QWidget *parent)> createPage;
    // A step of the walk (Shop & team ... Review & export): its page ends with the way to the next
    // one. The dashboard, the findings and the history are places to look, not steps to take.
    bool partOfWalk = true;
};
