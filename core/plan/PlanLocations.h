#pragma once

#include <QString>
#include <QStringList>

// Where plans live on this computer: the default plan, the folder of rolling copies, and the
// recently opened plans (kept in the user's settings).
namespace PlanLocations {

QString dataFolder();
QString defaultPlanPath();
QString backupFolder();

QStringList recentPlans();
void noteOpened(const QString &path); // moves it to the top of the recent list and makes it the last plan
void forget(const QString &path);
void clearRecent(); // empties the recent list; the last plan stays the one to open at the next start
QString lastPlan();

inline constexpr int recentKept = 10;

} // namespace PlanLocations
