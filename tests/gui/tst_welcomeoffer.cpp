#include "PlanSession.h"
#include "WelcomeWizardFixture.h"

#include <QAction>
#include <QCheckBox>

using namespace Qt::StringLiterals;

// When the welcome is offered: only on a plan with nothing of the owner's in it, only in the app's
// window, not again once finished or put off with "Not Now", and always from the menu.
class TestWelcomeOffer : public QObject, public WelcomeWizardFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(start()); }
    void init() { QVERIFY(freshHome()); }

    void blankMeansNothingOfTheOwnersYet();
    void welcomeDoesNotComeBackAfterFinish();
    void notNowIsRememberedAndTheMenuOpensTheSetup();
    void planThatIsNotBlankNeverShowsIt();
    void windowWithoutTheWelcomeNeverShowsIt();
};

void TestWelcomeOffer::blankMeansNothingOfTheOwnersYet()
{
    auto blank
        = [this](const QString &file, const ShopProfile &profile, const std::function<void(Plan &)> &fill) {
              const QString path = createPlan(file, profile);
              auto plan = Plan::open(path);
              if (!plan)
                  return false;
              if (fill)
                  fill(*plan.value());
              return WelcomeWizard::isBlank(*plan.value());
          };
    QVERIFY(blank(u"a.storefort"_s, { .name = u"My shop"_s }, {}));
    QVERIFY(blank(u"Corner Bakery.storefort"_s, { .name = u"Corner Bakery"_s }, {})); // File > New
    QVERIFY(!blank(u"b.storefort"_s, { .name = u"Corner Bakery"_s }, {}));
    QVERIFY(!blank(u"c.storefort"_s, { .name = u"My shop"_s },
                   [](Plan &plan) { QVERIFY(plan.setSiteUrls({ u"shop.example"_s })); }));
    QVERIFY(!blank(u"d.storefort"_s, { .name = u"My shop"_s },
                   [](Plan &plan) { QVERIFY(plan.addPerson(Person { .name = u"Ada"_s })); }));
    QVERIFY(!blank(u"e.storefort"_s, { .name = u"My shop"_s },
                   [](Plan &plan) { QVERIFY(plan.addProvider(Provider { .name = u"Hostly"_s })); }));
}

void TestWelcomeOffer::welcomeDoesNotComeBackAfterFinish()
{
    const QString path = createPlan(u"finished.storefort"_s, { .name = u"My shop"_s });
    {
        MainWindow window;
        window.setWelcomeOffered(true);
        window.openAtStart(path);
        WelcomeWizard *wizard = wizardOf(window);
        QVERIFY(wizard);
        QVERIFY(next(wizard));
        type(field<QLineEdit>(wizard, u"wizardShopName"_s), u"Tea Corner"_s);
        QVERIFY(next(wizard));
        QVERIFY(next(wizard));
        QVERIFY(next(wizard));
        QVERIFY(!field<QCheckBox>(wizard, u"probeNow"_s)->isEnabled()); // no site: nothing to probe
        wizard->button(QWizard::FinishButton)->click();
        QCOMPARE(readBack(path)->shop().name, u"Tea Corner"_s);
        // Taken back: the plan is blank again, yet the owner has been through the welcome.
        window.findChild<QAction *>(u"undoAction"_s)->trigger();
        QCOMPARE(readBack(path)->shop().name, u"My shop"_s);
    }
    MainWindow again;
    again.setWelcomeOffered(true);
    again.openAtStart(path);
    QVERIFY(again.session()->plan());
    QVERIFY(WelcomeWizard::isBlank(*again.session()->plan()));
    QVERIFY(!wizardOf(again));
}

void TestWelcomeOffer::notNowIsRememberedAndTheMenuOpensTheSetup()
{
    const QString path = createPlan(u"later.storefort"_s, { .name = u"My shop"_s });
    const qsizetype entries = auditOf(path).size();
    {
        MainWindow window;
        window.setWelcomeOffered(true);
        window.openAtStart(path);
        WelcomeWizard *wizard = wizardOf(window);
        QVERIFY(wizard);
        QAbstractButton *notNow = wizard->button(QWizard::CancelButton);
        QCOMPARE(notNow->text(), u"&Not Now"_s);
        notNow->click();
        QVERIFY(!wizard->isVisible());
    }
    QCOMPARE(auditOf(path).size(), entries);

    MainWindow window;
    window.setWelcomeOffered(true);
    window.openAtStart(path);
    QVERIFY(WelcomeWizard::isBlank(*window.session()->plan()));
    QVERIFY(!wizardOf(window));

    // On demand it opens again, straight at the shop: the welcome has been said.
    auto *setUp = window.findChild<QAction *>(u"setUpAgainAction"_s);
    QVERIFY(setUp);
    QVERIFY(setUp->isEnabled());
    QVERIFY(setUp->text().contains(u"Set Up the Shop Again"_s));
    setUp->trigger();
    WelcomeWizard *wizard = window.findChild<WelcomeWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(WelcomeWizard::ShopPageId));
    QVERIFY(!wizard->page(WelcomeWizard::WelcomePageId));
    wizard->button(QWizard::CancelButton)->click();
    QCOMPARE(auditOf(path).size(), entries);
}

void TestWelcomeOffer::planThatIsNotBlankNeverShowsIt()
{
    ShopProfile profile { .name = u"Corner Bakery"_s };
    const QString named = createPlan(u"named.storefort"_s, profile);
    const QString withSite = createPlan(u"site.storefort"_s, { .name = u"My shop"_s });
    QVERIFY(Plan::open(withSite).value()->setSiteUrls({ u"shop.example"_s }));
    const QString withPerson = createPlan(u"person.storefort"_s, { .name = u"My shop"_s });
    QVERIFY(Plan::open(withPerson).value()->addPerson(Person { .name = u"Ada"_s }));
    for (const QString &path : { named, withSite, withPerson }) {
        MainWindow window;
        window.setWelcomeOffered(true);
        window.openAtStart(path);
        QVERIFY(window.session()->plan());
        QVERIFY2(!wizardOf(window), qPrintable(path));
        QVERIFY(!WelcomeWizard::wasSeen(window.session()->plan()->planId()));
        // It is still there for the asking.
        QVERIFY(window.findChild<QAction *>(u"setUpAgainAction"_s)->isEnabled());
    }
}

void TestWelcomeOffer::windowWithoutTheWelcomeNeverShowsIt()
{
    // Windows that tests and tools build leave the welcome off: only the app turns it on.
    MainWindow window;
    window.openAtStart({});
    QVERIFY(window.session()->plan());
    QVERIFY(WelcomeWizard::isDue(*window.session()->plan()));
    QVERIFY(!wizardOf(window));
}

QTEST_MAIN(TestWelcomeOffer)
#include "tst_welcomeoffer.moc"
