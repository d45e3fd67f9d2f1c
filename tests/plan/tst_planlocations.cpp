// Where plans live: the recent list and the last plan, kept in the user's settings.
#include "plan/PlanLocations.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPlanLocations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QString plan(const QString &name) const { return QDir(m_home.path()).filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Settings of our own, never the person's: test mode keeps them under HOME, which is ours.
        const QByteArray home = QFile::encodeName(m_home.path());
        qputenv("HOME", home);
        qputenv("XDG_CONFIG_HOME", home + "/.config");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"Storefort"_s);
        QCoreApplication::setApplicationName(u"StorefortPlanLocationsTest"_s);
    }
    void init()
    {
        QVERIFY(QSettings().fileName().startsWith(m_home.path()));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void noteOpenedPutsThePlanOnTop()
    {
        PlanLocations::noteOpened(plan(u"a.storefort"_s));
        PlanLocations::noteOpened(plan(u"b.storefort"_s));
        PlanLocations::noteOpened(plan(u"a.storefort"_s));
        QCOMPARE(PlanLocations::recentPlans(),
                 QStringList({ plan(u"a.storefort"_s), plan(u"b.storefort"_s) }));
        QCOMPARE(PlanLocations::lastPlan(), plan(u"a.storefort"_s));
    }

    void recentListKeepsTheNewest()
    {
        for (int i = 0; i < PlanLocations::recentKept + 3; ++i)
            PlanLocations::noteOpened(plan(u"%1.storefort"_s.arg(i)));
        const QStringList recent = PlanLocations::recentPlans();
        QCOMPARE(recent.size(), PlanLocations::recentKept);
        QCOMPARE(recent.first(), plan(u"%1.storefort"_s.arg(PlanLocations::recentKept + 2)));
    }

    void clearRecentKeepsTheLastPlan()
    {
        PlanLocations::noteOpened(plan(u"a.storefort"_s));
        PlanLocations::noteOpened(plan(u"b.storefort"_s));
        PlanLocations::clearRecent();
        QVERIFY(PlanLocations::recentPlans().isEmpty());
        QCOMPARE(PlanLocations::lastPlan(), plan(u"b.storefort"_s));
        // The list fills again from the next open.
        PlanLocations::noteOpened(plan(u"a.storefort"_s));
        QCOMPARE(PlanLocations::recentPlans(), QStringList({ plan(u"a.storefort"_s) }));
        // Clearing an empty list is no change.
        PlanLocations::clearRecent();
        PlanLocations::clearRecent();
        QVERIFY(PlanLocations::recentPlans().isEmpty());
        QCOMPARE(PlanLocations::lastPlan(), plan(u"a.storefort"_s));
    }

    void forgetDropsTheLastPlanToo()
    {
        PlanLocations::noteOpened(plan(u"a.storefort"_s));
        PlanLocations::noteOpened(plan(u"b.storefort"_s));
        PlanLocations::forget(plan(u"b.storefort"_s));
        QCOMPARE(PlanLocations::recentPlans(), QStringList({ plan(u"a.storefort"_s) }));
        QVERIFY(PlanLocations::lastPlan().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlanLocations)
#include "tst_planlocations.moc"
