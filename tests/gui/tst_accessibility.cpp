#include "GuiTestHome.h"
#include "MessageBox.h"
#include "PlanSession.h"
#include "PlanView.h"
#include "StepRegistry.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

// Parts of Qt's own widgets that are reached through their owner (a spin box's line edit, a tab
// bar's scroll arrows, a scroll area's bars): what a screen reader names is the owner.
bool isInnerPart(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    if (qobject_cast<const QScrollBar *>(widget))
        return true;
    if (parent && (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)))
        return true;
    if (parent && qobject_cast<const QTabBar *>(parent) && qobject_cast<const QToolButton *>(widget))
        return true;
    if (widget->objectName().startsWith(u"qt_"_s))
        return true;
    return false;
}

// Not a control: a label says its own text (and an empty one says nothing to say), and a plain
// scroll area only holds a page of controls that are checked one by one.
bool isNotAControl(const QWidget *widget)
{
    return qobject_cast<const QLabel *>(widget) || widget->metaObject() == &QScrollArea::staticMetaObject;
}

QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        path.prepend(
            w->objectName().isEmpty()
                ? QString::fromLatin1(w->metaObject()->className())
                : u"%1#%2"_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName()));
        if (path.size() > 4)
            break;
    }
    return path.join(u" > "_s);
}

// Every control on `root` (in every tab) that takes the keyboard focus but has no name for a screen
// reader: no text of its own, no buddy label, no accessible name.
QStringList unnamedControls(QWidget *root)
{
    // Show every tab once, so that controls on later tabs are laid out and counted as reachable.
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            tabs->setCurrentIndex(i);
        tabs->setCurrentIndex(0);
    }
    QStringList unnamed;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        // On the keyboard's path (Tab reaches it), in this window (not a combo box's or a date
        // edit's pop-up, which Qt names itself).
        if (!(widget->focusPolicy() & Qt::TabFocus) || widget->window() != root->window())
            continue;
        if (isInnerPart(widget) || isNotAControl(widget))
            continue;
        // Hidden on purpose (not just on a tab that is not in front).
        if (widget->isHidden())
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            unnamed.append(describe(widget));
    }
    return unnamed;
}

} // namespace

// Every page of the plan, walked widget by widget: a control the keyboard can reach must have a
// name a screen reader can say. Fails with the list of those that have none.
class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { Clock::setClock(nullptr); }
    void everyPageNamesEveryControl_data();
    void everyPageNamesEveryControl();

private:
    GuiTestHome m_home;
    FixedClock m_clock { QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC) };
    QTemporaryDir m_dir;
};

void TestAccessibility::initTestCase()
{
    QVERIFY(m_home.start());
    Clock::setClock(&m_clock);
    QAccessible::setActive(true);
}

void TestAccessibility::everyPageNamesEveryControl_data()
{
    QTest::addColumn<QString>("step");
    for (const PlanStep &step : StepRegistry::standard().steps())
        QTest::newRow(qPrintable(step.id)) << step.id;
}

void TestAccessibility::everyPageNamesEveryControl()
{
    QFETCH(QString, step);
    PlanSession session;
    QVERIFY(session.create(m_dir.filePath(step + u".storefort"_s), u"Tiny Tea"_s));
    Person owner;
    owner.name = u"Ada Owner"_s;
    QVERIFY(session.plan()->addPerson(owner));
    // Something on each list, so that the panes showing a chosen entry are built and checked too.
    Provider host;
    host.name = u"Hostly"_s;
    host.kind = ProviderKind::WebHost;
    QVERIFY(session.plan()->addProvider(host));
    System admin;
    admin.name = u"Shop admin"_s;
    QVERIFY(session.plan()->addSystem(admin));
    PlanView view(StepRegistry::standard());
    QMenu go;
    view.showPlan(session, &go);
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showStep(step);
    QWidget *page = view.findChild<QStackedWidget *>(u"stepPages"_s)->currentWidget();
    QVERIFY(page);
    const QStringList unnamed = unnamedControls(page);
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n  "_s + unnamed.join(u"\n  "_s)));
    view.clear();
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
