#include "PlanSession.h"
#include "TlsPage.h"
#include "WelcomeWizardFixture.h"
#include "plan/PlanLocations.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTcpServer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
// A loopback port nothing listens on: a probe of it fails at once, and never leaves the machine.
quint16 closedLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// The key of a text's mnemonic ("&Web address:" -> "w"); empty when it has none ("Shop & team").
QString mnemonicOf(const QString &text)
{
    for (qsizetype at = text.indexOf(u'&'); at >= 0 && at + 1 < text.size();
         at = text.indexOf(u'&', at + 2)) {
        const QChar key = text.at(at + 1);
        if (key.isLetterOrNumber())
            return QString(key.toLower());
    }
    return {};
}

// Every control on `root` that takes the keyboard focus but has no name a screen reader can say.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        // A combo box's list lives in a popup window of its own: the combo box is what is named.
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(root)
            || widget->window() != root->window() || widget->objectName().startsWith(u"qt_"_s)
            || qobject_cast<QComboBox *>(widget->parentWidget()))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + u'#'
                           + widget->objectName());
    }
    return unnamed;
}
} // namespace

// The welcome's walk: what each page asks and checks, what Finish writes (as one undoable change)
// and Cancel does not, the first probe it starts, setting up again, and every control named and
// reached by keyboard. When the welcome is offered at all is tst_welcomeoffer's.
class TestWelcomeWizard : public QObject, public WelcomeWizardFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(start()); }
    void init() { QVERIFY(freshHome()); }

    void firstStartWalkWritesThePlanAsOneUndoStep();
    void cancelWritesNothing();
    void invalidInputKeepsNextDisabledAndSaysWhy();
    void firstProbeStartsOnTheEncryptionStep();
    void setUpAgainAddsOnlyWhatIsNew();
    void everyControlIsNamedAndReachedByKeyboard();
};

void TestWelcomeWizard::firstStartWalkWritesThePlanAsOneUndoStep()
{
    MainWindow window;
    window.setWelcomeOffered(true);
    window.openAtStart({});
    const QString path = window.session()->plan()->path();
    QCOMPARE(path, QFileInfo(PlanLocations::defaultPlanPath()).absoluteFilePath());
    const qsizetype entriesBefore = auditOf(path).size();

    WelcomeWizard *wizard = wizardOf(window);
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(WelcomeWizard::WelcomePageId));
    // What it will do and what it never does, in so many words.
    const QString will = field<QLabel>(wizard, u"welcomeWill"_s)->accessibleName();
    QVERIFY(will.contains(u"step by step"_s));
    QVERIFY(will.contains(u"encryption"_s));
    QVERIFY(will.contains(u"binder"_s));
    const QString never = field<QLabel>(wizard, u"welcomeNever"_s)->accessibleName();
    QVERIFY(never.contains(u"your own site"_s));
    QVERIFY(never.contains(u"keychain"_s));
    QCOMPARE(wizard->button(QWizard::CancelButton)->text(), u"&Not Now"_s);

    QVERIFY(next(wizard));
    QCOMPARE(wizard->currentId(), int(WelcomeWizard::ShopPageId));
    auto *name = field<QLineEdit>(wizard, u"wizardShopName"_s);
    QVERIFY(name->text().isEmpty()); // "My shop" is Storefort's, not the owner's
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    type(name, u"Corner Bakery"_s);
    type(field<QLineEdit>(wizard, u"wizardSite0"_s), u"Shop.Example"_s);
    field<QPushButton>(wizard, u"wizardAddSite"_s)->click();
    type(field<QLineEdit>(wizard, u"wizardSite1"_s), u"https://www.shop.example/"_s);
    auto *platform = field<QComboBox>(wizard, u"wizardPlatform"_s);
    platform->setCurrentIndex(platform->findData(u"shopify"_s));
    QVERIFY(next(wizard));

    QCOMPARE(wizard->currentId(), int(WelcomeWizard::TeamPageId));
    type(field<QLineEdit>(wizard, u"wizardPersonName0"_s), u"Ada Baker"_s);
    type(field<QLineEdit>(wizard, u"wizardPersonRole0"_s), u"Owner"_s);
    type(field<QLineEdit>(wizard, u"wizardPersonEmail0"_s), u"ada@corner.example"_s);
    field<QPushButton>(wizard, u"wizardAddPerson"_s)->click();
    type(field<QLineEdit>(wizard, u"wizardPersonName1"_s), u"Bob Coder"_s);
    type(field<QLineEdit>(wizard, u"wizardPersonRole1"_s), u"Web developer"_s);
    type(field<QLineEdit>(wizard, u"wizardPersonEmail1"_s), u"bob@agency.example"_s);
    auto *kind = field<QComboBox>(wizard, u"wizardPersonKind1"_s);
    kind->setCurrentIndex(kind->findData(int(Person::Kind::Developer)));
    // The first person named is the owner and "me" until the owner picks otherwise.
    QCOMPARE(field<QComboBox>(wizard, u"wizardOwner"_s)->currentText(), u"Ada Baker"_s);
    QCOMPARE(field<QComboBox>(wizard, u"wizardMe"_s)->currentText(), u"Ada Baker"_s);
    QVERIFY(next(wizard));

    QCOMPARE(wizard->currentId(), int(WelcomeWizard::ProvidersPageId));
    // The platform chosen is offered as the platform's provider.
    QCOMPARE(field<QLineEdit>(wizard, u"wizardProviderPlatform"_s)->text(), u"Shopify"_s);
    type(field<QLineEdit>(wizard, u"wizardProviderHost"_s), u"Hostly"_s);
    type(field<QLineEdit>(wizard, u"wizardProviderPayment"_s), u"PayFast"_s);
    type(field<QLineEdit>(wizard, u"wizardProviderDeveloper"_s), u"Pixel Agency"_s);
    // No CDN: the line stays empty and is skipped.
    QVERIFY(next(wizard));

    QCOMPARE(wizard->currentId(), int(WelcomeWizard::ReadyPageId));
    const QString summary = field<QLabel>(wizard, u"readySummary"_s)->accessibleName();
    QVERIFY2(summary.contains(u"Corner Bakery"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"https://shop.example"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"Bob Coder"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"Pixel Agency"_s), qPrintable(summary));
    auto *probe = field<QCheckBox>(wizard, u"probeNow"_s);
    QVERIFY(probe->isEnabled());
    QVERIFY(probe->isChecked()); // on by default when there is a site
    probe->click(); // never probe a real name from a test
    QVERIFY(!probe->isChecked());
    QVERIFY(auditOf(path).size() == entriesBefore); // nothing written before Finish
    wizard->button(QWizard::FinishButton)->click();
    QVERIFY(!wizard->isVisible());
    QVERIFY2(MessageBox::lastText().isEmpty(), qPrintable(MessageBox::lastText()));

    // The first step is in front.
    QVERIFY(window.findChild<QWidget *>(u"shopTeamPage"_s)->isVisibleTo(&window));
    QVERIFY(window.windowTitle().contains(u"Corner Bakery"_s));

    {
        auto file = readBack(path);
        QVERIFY(file);
        const ShopProfile &shop = file->shop();
        QCOMPARE(shop.name, u"Corner Bakery"_s);
        QCOMPARE(shop.siteUrls, QStringList({ u"https://shop.example"_s, u"https://www.shop.example/"_s }));
        QCOMPARE(shop.platform, ShopPlatform::Shopify);
        QCOMPARE(file->people().size(), 2);
        const Person ada = file->people().at(0);
        QCOMPARE(ada.name, u"Ada Baker"_s);
        QCOMPARE(ada.role, u"Owner"_s);
        QCOMPARE(ada.email, u"ada@corner.example"_s);
        QCOMPARE(ada.kind, Person::Kind::Staff);
        const Person bob = file->people().at(1);
        QCOMPARE(bob.name, u"Bob Coder"_s);
        QCOMPARE(bob.role, u"Web developer"_s);
        QCOMPARE(bob.email, u"bob@agency.example"_s);
        QCOMPARE(bob.kind, Person::Kind::Developer);
        QCOMPARE(shop.ownerPersonId, ada.id);
        QCOMPARE(shop.mePersonId, ada.id);
        QCOMPARE(file->providers().size(), 4);
        QCOMPARE(file->providers().at(0).name, u"Hostly"_s);
        QCOMPARE(file->providers().at(0).kind, ProviderKind::WebHost);
        QCOMPARE(file->providers().at(1).name, u"Shopify"_s);
        QCOMPARE(file->providers().at(1).kind, ProviderKind::Platform);
        QCOMPARE(file->providers().at(2).name, u"PayFast"_s);
        QCOMPARE(file->providers().at(2).kind, ProviderKind::Payment);
        QCOMPARE(file->providers().at(3).name, u"Pixel Agency"_s);
        QCOMPARE(file->providers().at(3).kind, ProviderKind::Developer);
        // Every edit is in the history: name, sites, platform, 2 people, owner, me, 4 providers.
        const QList<AuditEntry> entries = file->auditEntries().value();
        QCOMPARE(entries.size(), entriesBefore + 11);
        QVERIFY(file->verifyAudit().intact);
    }
    QVERIFY(WelcomeWizard::wasSeen(window.session()->plan()->planId()));

    // One Undo takes the whole setup back, as a change of its own in the history.
    auto *undo = window.findChild<QAction *>(u"undoAction"_s);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(u"Set Up the Shop"_s), qPrintable(undo->text()));
    undo->trigger();
    {
        auto file = readBack(path);
        QCOMPARE(file->shop().name, u"My shop"_s);
        QVERIFY(file->shop().siteUrls.isEmpty());
        QVERIFY(file->people().isEmpty());
        QVERIFY(file->providers().isEmpty());
        QVERIFY(file->auditEntries()->size() > entriesBefore + 11);
        QVERIFY(file->verifyAudit().intact);
    }
    QVERIFY(!undo->isEnabled()); // the setup was one step: nothing older to undo
    window.findChild<QAction *>(u"redoAction"_s)->trigger();
    QCOMPARE(readBack(path)->people().size(), 2);
    QVERIFY2(MessageBox::lastText().isEmpty(), qPrintable(MessageBox::lastText()));
}

void TestWelcomeWizard::cancelWritesNothing()
{
    const QString path = createPlan(u"cancel.storefort"_s, { .name = u"My shop"_s });
    const QList<AuditEntry> before = auditOf(path);
    QVERIFY(!before.isEmpty());
    {
        MainWindow window;
        window.setWelcomeOffered(true);
        window.openAtStart(path);
        WelcomeWizard *wizard = wizardOf(window);
        QVERIFY(wizard);
        QVERIFY(next(wizard));
        type(field<QLineEdit>(wizard, u"wizardShopName"_s), u"Never Written"_s);
        type(field<QLineEdit>(wizard, u"wizardSite0"_s), u"never.example"_s);
        QVERIFY(next(wizard));
        type(field<QLineEdit>(wizard, u"wizardPersonName0"_s), u"Nobody Written"_s);
        QVERIFY(next(wizard));
        type(field<QLineEdit>(wizard, u"wizardProviderHost"_s), u"No Host"_s);
        QVERIFY(next(wizard));
        QCOMPARE(wizard->button(QWizard::CancelButton)->text(), u"Cancel"_s);
        wizard->button(QWizard::CancelButton)->click();
        QVERIFY(!wizard->isVisible());
        QVERIFY(!window.findChild<QAction *>(u"undoAction"_s)->isEnabled());
        QVERIFY(WelcomeWizard::wasSeen(window.session()->plan()->planId()));
    }
    const QList<AuditEntry> after = auditOf(path);
    QCOMPARE(after.size(), before.size());
    QCOMPARE(after.last().id, before.last().id);
    auto file = readBack(path);
    QCOMPARE(file->shop().name, u"My shop"_s);
    QVERIFY(file->shop().siteUrls.isEmpty());
    QVERIFY(file->people().isEmpty());
    QVERIFY(file->providers().isEmpty());
}

void TestWelcomeWizard::invalidInputKeepsNextDisabledAndSaysWhy()
{
    MainWindow window;
    window.setWelcomeOffered(true);
    window.openAtStart({});
    const QString path = window.session()->plan()->path();
    const qsizetype entries = auditOf(path).size();
    WelcomeWizard *wizard = wizardOf(window);
    QVERIFY(wizard);
    QVERIFY(next(wizard));
    QAbstractButton *nextButton = wizard->button(QWizard::NextButton);

    type(field<QLineEdit>(wizard, u"wizardShopName"_s), u"Corner Bakery"_s);
    QVERIFY(nextButton->isEnabled());
    auto *site = field<QLineEdit>(wizard, u"wizardSite0"_s);
    type(site, u"not a site"_s);
    QVERIFY(!nextButton->isEnabled()); // at once, while typing
    QTest::keyClick(site, Qt::Key_Return); // leaving the field says why
    auto *message = field<QWidget>(wizard, u"wizardSiteMessage0"_s);
    QVERIFY(message->isVisibleTo(wizard));
    const QString expected = ShopProfile::checkSiteUrl(u"not a site"_s);
    QVERIFY(!expected.isEmpty());
    QVERIFY(!message->findChildren<QLabel *>().isEmpty());
    bool said = false;
    for (QLabel *label : message->findChildren<QLabel *>())
        said = said || label->text() == expected;
    QVERIFY(said);
    QCOMPARE(site->accessibleDescription(), expected);
    QVERIFY(!nextButton->isEnabled());
    QCOMPARE(wizard->currentId(), int(WelcomeWizard::ShopPageId)); // Return did not move on

    type(site, u"shop.example"_s);
    QVERIFY(!message->isVisibleTo(wizard)); // fixed: the message goes at once
    QVERIFY(nextButton->isEnabled());

    // An empty name is said at once too.
    auto *name = field<QLineEdit>(wizard, u"wizardShopName"_s);
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    QVERIFY(!nextButton->isEnabled());
    QVERIFY(field<QWidget>(wizard, u"wizardShopNameMessage"_s)->isVisibleTo(wizard));
    type(name, u"Corner Bakery"_s);
    QVERIFY(next(wizard));

    // The team: a line without a name, or with a bad e-mail, holds Next back and says why.
    auto *email = field<QLineEdit>(wizard, u"wizardPersonEmail0"_s);
    type(email, u"ada-at-example"_s);
    QVERIFY(!nextButton->isEnabled());
    QTest::keyClick(email, Qt::Key_Return);
    QVERIFY(field<QWidget>(wizard, u"wizardPersonNameMessage0"_s)->isVisibleTo(wizard));
    QVERIFY(field<QWidget>(wizard, u"wizardPersonEmailMessage0"_s)->isVisibleTo(wizard));
    QCOMPARE(email->accessibleDescription(), Person::checkEmail(u"ada-at-example"_s));
    type(field<QLineEdit>(wizard, u"wizardPersonName0"_s), u"Ada"_s);
    QVERIFY(!field<QWidget>(wizard, u"wizardPersonNameMessage0"_s)->isVisibleTo(wizard));
    QVERIFY(!nextButton->isEnabled());
    type(email, u"ada@example.com"_s);
    QVERIFY(!field<QWidget>(wizard, u"wizardPersonEmailMessage0"_s)->isVisibleTo(wizard));
    QVERIFY(nextButton->isEnabled());
    // An empty line is simply left out.
    field<QPushButton>(wizard, u"wizardAddPerson"_s)->click();
    QVERIFY(nextButton->isEnabled());

    wizard->button(QWizard::CancelButton)->click();
    QCOMPARE(auditOf(path).size(), entries);
}

void TestWelcomeWizard::firstProbeStartsOnTheEncryptionStep()
{
    const quint16 port = closedLoopbackPort();
    QVERIFY(port != 0);
    const QString site = u"https://127.0.0.1:%1"_s.arg(port);
    MainWindow window;
    window.setWelcomeOffered(true);
    window.openAtStart({});
    WelcomeWizard *wizard = wizardOf(window);
    QVERIFY(wizard);
    QVERIFY(next(wizard));
    type(field<QLineEdit>(wizard, u"wizardShopName"_s), u"Loopback Shop"_s);
    type(field<QLineEdit>(wizard, u"wizardSite0"_s), site);
    QVERIFY(next(wizard));
    QVERIFY(next(wizard));
    QVERIFY(next(wizard));
    auto *probe = field<QCheckBox>(wizard, u"probeNow"_s);
    QVERIFY(probe->isChecked());
    QVERIFY(field<QLabel>(wizard, u"probeNote"_s)->text().contains(site));
    wizard->button(QWizard::FinishButton)->click();

    auto *tls = window.findChild<TlsPage *>();
    QVERIFY(tls);
    QVERIFY(tls->isVisibleTo(&window));
    QVERIFY(tls->isProbing());
    QCOMPARE(window.findChild<QComboBox *>(u"tlsSite"_s)->currentText(), site);
    QCOMPARE(readBack(window.session()->plan()->path())->shop().siteUrls, QStringList { site });
    // The window's end cancels the probe and waits for it.
}

void TestWelcomeWizard::setUpAgainAddsOnlyWhatIsNew()
{
    const QString path = createPlan(u"again.storefort"_s, { .name = u"Corner Bakery"_s });
    {
        auto plan = Plan::open(path).value();
        QVERIFY(plan->setSiteUrls({ u"shop.example"_s }));
        const qint64 ada = plan->addPerson(Person { .name = u"Ada Baker"_s, .role = u"Owner"_s }).value();
        QVERIFY(plan->setOwner(ada));
        QVERIFY(plan->addProvider(Provider { .name = u"Hostly"_s, .kind = ProviderKind::WebHost }));
    }
    MainWindow window;
    window.setWelcomeOffered(true);
    window.openAtStart(path);
    QVERIFY(!wizardOf(window));
    window.showWelcomeWizard(WelcomeWizard::Start::Setup);
    WelcomeWizard *wizard = window.findChild<WelcomeWizard *>();
    QVERIFY(wizard);
    // The plan's answers are where the owner left them.
    QCOMPARE(field<QLineEdit>(wizard, u"wizardShopName"_s)->text(), u"Corner Bakery"_s);
    QCOMPARE(field<QLineEdit>(wizard, u"wizardSite0"_s)->text(), u"https://shop.example"_s);
    QVERIFY(next(wizard));
    QVERIFY(field<QLabel>(wizard, u"wizardExistingTeam"_s)->text().contains(u"Ada Baker"_s));
    QCOMPARE(field<QComboBox>(wizard, u"wizardOwner"_s)->currentText(), u"Ada Baker"_s);
    // Ada again (in other letters) is not added twice; Cleo is new.
    type(field<QLineEdit>(wizard, u"wizardPersonName0"_s), u"ada baker"_s);
    field<QPushButton>(wizard, u"wizardAddPerson"_s)->click();
    type(field<QLineEdit>(wizard, u"wizardPersonName1"_s), u"Cleo Clerk"_s);
    QVERIFY(next(wizard));
    type(field<QLineEdit>(wizard, u"wizardProviderHost"_s), u"hostly"_s);
    type(field<QLineEdit>(wizard, u"wizardProviderCdn"_s), u"EdgeWall"_s);
    QVERIFY(next(wizard));
    field<QCheckBox>(wizard, u"probeNow"_s)->setChecked(false);
    wizard->button(QWizard::FinishButton)->click();

    auto file = readBack(path);
    QCOMPARE(file->people().size(), 2);
    QCOMPARE(file->people().at(1).name, u"Cleo Clerk"_s);
    QCOMPARE(file->shop().ownerPersonId, file->people().at(0).id);
    QCOMPARE(file->providers().size(), 2);
    QCOMPARE(file->providers().at(1).name, u"EdgeWall"_s);
    QCOMPARE(file->providers().at(1).kind, ProviderKind::CdnDns);
}

void TestWelcomeWizard::everyControlIsNamedAndReachedByKeyboard()
{
    MainWindow window;
    window.setWelcomeOffered(true);
    window.openAtStart({});
    WelcomeWizard *wizard = wizardOf(window);
    QVERIFY(wizard);
    const QList<int> pages { WelcomeWizard::WelcomePageId, WelcomeWizard::ShopPageId,
                             WelcomeWizard::TeamPageId, WelcomeWizard::ProvidersPageId,
                             WelcomeWizard::ReadyPageId };
    for (int id : pages) {
        QCOMPARE(wizard->currentId(), id);
        QWidget *page = wizard->currentPage();
        if (id == WelcomeWizard::ShopPageId)
            field<QPushButton>(wizard, u"wizardAddSite"_s)->click(); // the extra lines too
        if (id == WelcomeWizard::TeamPageId)
            field<QPushButton>(wizard, u"wizardAddPerson"_s)->click();
        QCoreApplication::processEvents(); // a new line's fields are shown by a queued call
        const QStringList unnamed = unnamedControls(page);
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"page %1: "_s.arg(id) + unnamed.join(u", "_s)));
        // Every label with a mnemonic leads to its field.
        QStringList mnemonics;
        for (QLabel *label : page->findChildren<QLabel *>()) {
            const QString key = mnemonicOf(label->text());
            if (key.isEmpty() || label->textFormat() == Qt::RichText)
                continue;
            QVERIFY2(label->buddy(), qPrintable(label->text()));
            mnemonics.append(key);
        }
        for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
            if (const QString key = mnemonicOf(button->text()); !key.isEmpty())
                mnemonics.append(key);
        }
        // ... and none of them is taken twice on a page, nor by the wizard's own buttons.
        for (QWizard::WizardButton which :
             { QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton }) {
            const QString key = mnemonicOf(wizard->button(which)->text());
            if (wizard->button(which)->isVisible() && !key.isEmpty())
                mnemonics.append(key);
        }
        QStringList unique = mnemonics;
        unique.removeDuplicates();
        QVERIFY2(unique.size() == mnemonics.size(),
                 qPrintable(u"page %1: "_s.arg(id) + mnemonics.join(u' ')));
        if (id == WelcomeWizard::TeamPageId) {
            // Line by line: name, role, e-mail, kind, remove; then the next line; then the choices.
            QStringList order;
            QWidget *widget = field<QWidget>(wizard, u"wizardPersonName0"_s);
            for (int i = 0; i < 12; ++i) {
                order.append(widget->objectName());
                do
                    widget = widget->nextInFocusChain();
                while (!(widget->focusPolicy() & Qt::TabFocus) || widget->isHidden());
            }
            QCOMPARE(order,
                     QStringList({ u"wizardPersonName0"_s, u"wizardPersonRole0"_s, u"wizardPersonEmail0"_s,
                                   u"wizardPersonKind0"_s, u"wizardPersonRemove0"_s, u"wizardPersonName1"_s,
                                   u"wizardPersonRole1"_s, u"wizardPersonEmail1"_s, u"wizardPersonKind1"_s,
                                   u"wizardPersonRemove1"_s, u"wizardAddPerson"_s, u"wizardOwner"_s }));
        }
        if (id == WelcomeWizard::ShopPageId)
            type(field<QLineEdit>(wizard, u"wizardShopName"_s), u"Keyboard Shop"_s);
        if (id != WelcomeWizard::ReadyPageId)
            QVERIFY(next(wizard));
    }
    wizard->button(QWizard::CancelButton)->click();
}

QTEST_MAIN(TestWelcomeWizard)
#include "tst_welcomewizard.moc"
