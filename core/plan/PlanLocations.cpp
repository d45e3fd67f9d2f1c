#include "PlanLocations.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

QString PlanLocations::dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString PlanLocations::defaultPlanPath()
{
    return QDir(dataFolder()).filePath(u"My shop.storefort"_s);
}

QString PlanLocations::backupFolder()
{
    return QDir(dataFolder()).filePath(u"copies"_s);
}

QStringList PlanLocations::recentPlans()
{
    return QSettings().value(u"plans/recent"_s).toStringList();
}

void PlanLocations::noteOpened(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentPlans();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > recentKept)
        recent.removeLast();
    QSettings settings;
    settings.setValue(u"plans/recent"_s, recent);
    settings.setValue(u"plans/last"_s, absolute);
}

void PlanLocations::forget(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentPlans();
    recent.removeAll(absolute);
    QSettings settings;
    settings.setValue(u"plans/recent"_s, recent);
    if (settings.value(u"plans/last"_s).toString() == absolute)
        settings.remove(u"plans/last"_s);
}

void PlanLocations::clearRecent()
{
    QSettings().remove(u"plans/recent"_s);
}

QString PlanLocations::lastPlan()
{
    return QSettings().value(u"plans/last"_s).toString();
}
