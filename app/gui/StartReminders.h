#pragma once

#include "review/DueDates.h"

#include <QObject>

class NoticeBanner;
class Plan;
class PlanSession;

// Reminders when a plan opens: what has fallen due since the plan was last opened on this computer
// (a certificate that runs out, answers to ask again, a backup check, the access review, the drill),
// said once in a banner with the way to the dashboard, and not again on the next start. The first
// time a plan is opened here there is nothing "since" yet: the dashboard lists what is due.
class StartReminders final : public QObject
{
    Q_OBJECT

public:
    StartReminders(PlanSession &session, NoticeBanner *banner, QObject *parent = nullptr);

    // What of `due` (the plan's DueDates) to remind of today, and notes today as the plan's last
    // start (QSettings, per plan id).
    static QList<DueItem> takeDue(const Plan &plan, const QList<DueItem> &due, QDate today);
    static QString lastStartKey(const Plan &plan);

private:
    void planOpened();

    PlanSession &m_session;
    NoticeBanner *m_banner;
};
