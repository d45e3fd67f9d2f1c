#include "AccessMatrixModel.h"
#include "AccessMatrixView.h"
#include "AccountFindingsView.h"
#include "AccountReviewFixture.h"
#include "AccountRulesDialog.h"
#include "ConfirmationLetterDialog.h"
#include "ConfirmationLettersView.h"
#include "DialogDriver.h"
#include "LeaversView.h"
#include "PersonAccessDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPalette>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

// The account review views: the findings list and the rules dialog, and who can see what with the
// access review. Developer letters and leavers' checklists: tst_accountreviewfollowups.
class TestAccountReviewViews : public QObject, public AccountReviewFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(start()); }
    void init() { QVERIFY(createPlan()); }
    void cleanup() { m_session.reset(); }
    void cleanupTestCase() { Clock::setClock(nullptr); }

    void findingsListALeaversCriticalFindingFirst();
    void aThresholdChangedInTheRulesSettingsChangesTheFindings();
    void matrixShowsReachBeyondNeedInWordsAndColour();
    void accessReviewIsRecordedWithItsDate();
    void screenshots();
};

void TestAccountReviewViews::findingsListALeaversCriticalFindingFirst()
{
    const qint64 shop = addSystem(u"Shop admin"_s);
    const qint64 owner = addPerson(u"Olga Owner"_s, u"Owner"_s);
    const qint64 lena = addPerson(u"Lena Schmidt"_s, u"Packing"_s, Person::Kind::Staff, today().addDays(-20));
    QVERIFY(addAccount(shop, u"olga"_s, { owner }, AccountRole::Admin));
    QVERIFY(addAccount(shop, u"lena"_s, { lena }));

    AccountFindingsView view(*m_session);
    view.resize(1100, 700);
    QVERIFY(!view.findings().isEmpty());
    QCOMPARE(view.findings().first().id, u"ACC-LEFT-ACTIVE"_s);
    QCOMPARE(view.findings().first().severity, Severity::Critical);
    auto *list = view.findChild<QListWidget *>(u"accountFindingsList"_s);
    QVERIFY(list);
    QCOMPARE(list->count(), view.findings().size());
    // Severity in words and an icon, and whom it is about.
    QVERIFY2(list->item(0)->text().startsWith(Severities::name(Severity::Critical)),
             qPrintable(list->item(0)->text()));
    QVERIFY(list->item(0)->text().contains(u"Lena Schmidt"_s));
    QVERIFY(!list->item(0)->icon().isNull());
    auto *critical = view.findChild<QLabel *>(u"accountFindingsCount_critical"_s);
    QVERIFY(critical);
    QVERIFY2(critical->text().endsWith(u": 1"_s), qPrintable(critical->text()));
    auto *details = view.findChild<QTextBrowser *>(u"accountFindingDetails"_s);
    QVERIFY(details);
    QVERIFY(details->toPlainText().contains(u"Why it matters"_s));
    QVERIFY(details->toPlainText().contains(u"What to do"_s));

    // A burst of changes is recomputed once, after it.
    Person back = *plan().person(lena);
    back.status = Person::Status::Active;
    back.leftOn = {};
    QVERIFY(plan().updatePerson(back));
    QVERIFY(hasFinding(view.findings(), u"ACC-LEFT-ACTIVE"_s)); // not yet: waits for the burst to end
    QTRY_VERIFY(!hasFinding(view.findings(), u"ACC-LEFT-ACTIVE"_s));
}

void TestAccountReviewViews::aThresholdChangedInTheRulesSettingsChangesTheFindings()
{
    const qint64 shop = addSystem(u"Shop admin"_s);
    const qint64 sam = addPerson(u"Sam Seasonal"_s, u"Christmas help"_s);
    Account a;
    a.systemId = shop;
    a.userName = u"sam"_s;
    a.personIds = { sam };
    a.role = AccountRole::Editor;
    a.reach = AccountRoles::usualReach(a.role);
    a.mfa = YesNoUnknown::Yes;
    a.lastLogin = m_clock.currentUtc().addDays(-100);
    a.lastPasswordChange = m_clock.currentUtc().addDays(-100);
    QVERIFY(plan().addAccount(a));

    AccountFindingsView view(*m_session);
    QVERIFY(hasFinding(view.findings(), u"ACC-INACTIVE"_s));

    // Settings… opens the app's Settings on the Rules tab.
    answerNextDialog(u"settingsOk"_s, [](QDialog *dialog) {
        auto *inactive = dialog->findChild<QSpinBox *>(u"settingsInactiveDays"_s);
        QVERIFY(inactive);
        QCOMPARE(inactive->value(), 90);
        QCOMPARE(inactive->minimum(), 1);
        QCOMPARE(inactive->maximum(), 3650);
        inactive->setValue(120);
    });
    view.editRules();
    QCOMPARE(plan().accountRules().inactiveDays, 120);
    QTRY_VERIFY(!hasFinding(view.findings(), u"ACC-INACTIVE"_s));

    // "Restore defaults" (under More Account Rules…) brings the 90 days back, and with them the finding.
    answerNextDialog(u"settingsOk"_s, [](QDialog *settings) {
        answerNextDialog(u"rulesSave"_s, [](QDialog *dialog) {
            auto *defaults = dialog->findChild<QPushButton *>(u"rulesDefaults"_s);
            QVERIFY(defaults);
            defaults->click();
            QCOMPARE(dialog->findChild<QSpinBox *>(u"rulesInactiveDays"_s)->value(), 90);
        });
        auto *more = settings->findChild<QPushButton *>(u"settingsMoreRules"_s);
        QVERIFY(more);
        more->click();
        QCOMPARE(settings->findChild<QSpinBox *>(u"settingsInactiveDays"_s)->value(), 90);
    });
    view.editRules();
    QCOMPARE(plan().accountRules(), AccountRules());
    QTRY_VERIFY(hasFinding(view.findings(), u"ACC-INACTIVE"_s));
}

void TestAccountReviewViews::matrixShowsReachBeyondNeedInWordsAndColour()
{
    const qint64 shop = addSystem(u"Shop admin"_s);
    const qint64 mail = addSystem(u"Email"_s, SystemKind::Email);
    const qint64 mia = addPerson(u"Mia Manager"_s, u"Runs the shop"_s);
    const qint64 pia = addPerson(u"Pia Packer"_s, u"Warehouse"_s, Person::Kind::Staff, today().addDays(-3));
    QVERIFY(
        addAccount(shop, u"mia"_s, { mia }, AccountRole::Manager,
                   DataReach(DataKind::OrdersAndHabits) | DataKind::ProductLists | DataKind::CustomerData));
    QVERIFY(
        addAccount(shop, u"mia.admin"_s, { mia }, AccountRole::Admin, DataReach(DataKind::CostsAndPrices)));
    QVERIFY(addAccount(mail, u"pia"_s, { pia }, AccountRole::ReadOnly, DataReach(DataKind::OrdersAndHabits)));

    AccessMatrixView view(*m_session);
    view.resize(1100, 700);
    AccessMatrixModel *model = view.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 2);
    int miaRow = -1;
    int piaRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->personIdAt(row) == mia)
            miaRow = row;
        if (model->personIdAt(row) == pia)
            piaRow = row;
    }
    QVERIFY(miaRow >= 0 && piaRow >= 0);
    QCOMPARE(model->index(miaRow, AccessMatrixModel::RoleColumn).data().toString(), u"Runs the shop"_s);
    QVERIFY(model->index(piaRow, AccessMatrixModel::NameColumn).data().toString().contains(u"left"_s));
    QVERIFY(model->index(piaRow, AccessMatrixModel::NameColumn).data(Qt::BackgroundRole).isValid());
    // Two accounts on the shop: the highest role, and how many.
    const QModelIndex shopCell = model->index(miaRow, model->firstSystemColumn());
    QCOMPARE(shopCell.data().toString(), u"%1 ×2"_s.arg(AccountRoles::name(AccountRole::Admin)));
    QVERIFY(shopCell.data(Qt::ToolTipRole).toString().contains(u"mia.admin"_s));

    const int costs = model->columnOf(DataKind::CostsAndPrices);
    QVERIFY(costs > 0);
    auto *headline = view.findChild<QLabel *>(u"accessMatrixHeadline"_s);
    QVERIFY(headline);
    QVERIFY2(headline->text().startsWith(
                 u"1 person can see customers’ buying habits, 1 product lists, 1 purchase"_s),
             qPrintable(headline->text()));

    // Mia's work needs orders and products only: costs are beyond it, in words and in colour.
    answerNextDialog(u"personAccessSave"_s, [](QDialog *dialog) {
        auto *said = dialog->findChild<QGroupBox *>(u"personNeedsSaid"_s);
        QVERIFY(said);
        QVERIFY(!said->isChecked()); // not said yet
        said->setChecked(true);
        dialog->findChild<QCheckBox *>(u"personNeeds_orders"_s)->setChecked(true);
        dialog->findChild<QCheckBox *>(u"personNeeds_products"_s)->setChecked(true);
        dialog->findChild<QCheckBox *>(u"personNeeds_customers"_s)->setChecked(true);
        QVERIFY(!dialog->findChild<QCheckBox *>(u"personProjectEnded"_s)); // staff, not a developer
    });
    view.editPersonAccess(miaRow);
    QVERIFY(plan().personAccess(mia).needs.has_value());
    QCOMPARE(*plan().personAccess(mia).needs,
             DataReach(DataKind::OrdersAndHabits) | DataKind::ProductLists | DataKind::CustomerData);
    QTRY_COMPARE(model->index(miaRow, costs).data().toString(), u"⚠ beyond need"_s);
    QVERIFY(model->index(miaRow, costs).data(Qt::BackgroundRole).value<QColor>().isValid());
    const int orders = model->columnOf(DataKind::OrdersAndHabits);
    QCOMPARE(model->index(miaRow, orders).data().toString(), u"✓"_s);
    QVERIFY(!model->index(miaRow, orders).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model->index(miaRow, model->columnOf(DataKind::Payments)).data().toString(), QString());
}

void TestAccountReviewViews::accessReviewIsRecordedWithItsDate()
{
    AccessMatrixView view(*m_session);
    auto *label = view.findChild<QLabel *>(u"accessReviewDate"_s);
    QVERIFY(label);
    QCOMPARE(label->text(), u"Last access review: never"_s);
    answerNextDialog(u"accessReviewSave"_s, [this](QDialog *dialog) {
        auto *on = dialog->findChild<QDateEdit *>(u"accessReviewOn"_s);
        QVERIFY(on);
        QCOMPARE(on->date(), today());
        on->setDate(today().addDays(-1));
    });
    view.recordAccessReview();
    QCOMPARE(plan().accessReviewedOn(), today().addDays(-1));
    QTRY_COMPARE(
        label->text(),
        u"Last access review: %1"_s.arg(QLocale().toString(today().addDays(-1), QLocale::LongFormat)));
}

// Not a check: with STOREFORT_SHOTS set to a folder, writes pictures of the four views over a
// realistic plan, for looking at.
void TestAccountReviewViews::screenshots()
{
    const QString folder = qEnvironmentVariable("STOREFORT_SHOTS");
    if (folder.isEmpty())
        QSKIP("STOREFORT_SHOTS is not set");
    QVERIFY(QDir().mkpath(folder));

    const qint64 shop = addSystem(u"Shop admin (Shopware)"_s);
    const qint64 host = addSystem(u"Hosting panel"_s, SystemKind::HostingPanel);
    const qint64 mail = addSystem(u"Google Workspace"_s, SystemKind::Email);
    const qint64 pay = addSystem(u"Payments (Stripe)"_s, SystemKind::Payment);
    const qint64 olga = addPerson(u"Olga Owner"_s, u"Owner"_s);
    const qint64 mia = addPerson(u"Mia Manager"_s, u"Runs the shop"_s);
    const qint64 ben = addPerson(u"Ben Books"_s, u"Bookkeeper"_s);
    const qint64 pia = addPerson(u"Pia Packer"_s, u"Warehouse"_s);
    const qint64 lena
        = addPerson(u"Lena Schmidt"_s, u"Customer service"_s, Person::Kind::Staff, today().addDays(-12));
    const qint64 agency = addPerson(u"Pixelwerk Agency"_s, u"Built the theme"_s, Person::Kind::Agency);

    addAccount(shop, u"olga"_s, { olga }, AccountRole::Admin);
    addAccount(shop, u"admin"_s, { olga }, AccountRole::Admin);
    addAccount(shop, u"mia"_s, { mia }, AccountRole::Manager, DataKinds::everything());
    addAccount(shop, u"ben"_s, { ben }, AccountRole::ReadOnly,
               DataReach(DataKind::CostsAndPrices) | DataKind::Payments);
    addAccount(shop, u"pia"_s, { pia }, AccountRole::Editor,
               DataReach(DataKind::OrdersAndHabits) | DataKind::CustomerData);
    addAccount(shop, u"lena"_s, { lena }, AccountRole::Manager);
    addAccount(shop, u"pixelwerk"_s, { agency }, AccountRole::Admin);
    addAccount(shop, u"pw-support"_s, { agency }, AccountRole::Editor);
    addAccount(shop, u"info"_s, { mia, pia }, AccountRole::Editor);
    addAccount(host, u"olga"_s, { olga }, AccountRole::Admin);
    addAccount(host, u"pw-deploy"_s, { agency }, AccountRole::Admin, DataReach(DataKind::CodeAndDeployment));
    addAccount(host, u"ftp-backup"_s, {}, AccountRole::Custom);
    for (const auto &[name, person] :
         std::initializer_list<std::pair<QString, qint64>> { { u"olga@shop.example"_s, olga },
                                                             { u"mia@shop.example"_s, mia },
                                                             { u"ben@shop.example"_s, ben },
                                                             { u"pia@shop.example"_s, pia },
                                                             { u"lena@shop.example"_s, lena } })
        addAccount(mail, name, { person }, AccountRole::ReadOnly, DataReach(DataKind::CustomerData));
    addAccount(mail, u"orders@shop.example"_s, { mia, pia, lena }, AccountRole::ReadOnly,
               DataReach(DataKind::OrdersAndHabits) | DataKind::CustomerData);
    addAccount(pay, u"olga@shop.example"_s, { olga }, AccountRole::Admin);
    addAccount(pay, u"ben@shop.example"_s, { ben }, AccountRole::ReadOnly, DataReach(DataKind::Payments));
    addAccount(pay, u"lena@shop.example"_s, { lena }, AccountRole::ReadOnly, DataReach(DataKind::Payments));
    for (int i = 1; i <= 20; ++i)
        addAccount(shop, u"customer-service-%1"_s.arg(i), {}, AccountRole::Editor);

    PersonAccess benNeeds;
    benNeeds.personId = ben;
    benNeeds.needs = DataReach(DataKind::CostsAndPrices) | DataKind::Payments;
    QVERIFY(plan().setPersonAccess(benNeeds));
    PersonAccess piaNeeds;
    piaNeeds.personId = pia;
    piaNeeds.needs = DataReach(DataKind::OrdersAndHabits) | DataKind::CustomerData;
    QVERIFY(plan().setPersonAccess(piaNeeds));
    PersonAccess miaNeeds;
    miaNeeds.personId = mia;
    miaNeeds.needs = DataReach(DataKind::OrdersAndHabits) | DataKind::CustomerData | DataKind::ProductLists;
    QVERIFY(plan().setPersonAccess(miaNeeds));
    PersonAccess agencyAccess;
    agencyAccess.personId = agency;
    agencyAccess.projectEndedOn = today().addDays(-40);
    QVERIFY(plan().setPersonAccess(agencyAccess));

    ConfirmationLetter letter;
    letter.personId = agency;
    letter.writtenOn = today().addDays(-35);
    for (const Account &a : plan().accounts()) {
        if (a.personIds.contains(agency))
            letter.accountIds.append(a.id);
    }
    const auto letterId = plan().addConfirmationLetter(letter);
    QVERIFY(letterId);
    AccountConfirmation reply;
    reply.accountId = letter.accountIds.first();
    reply.personId = agency;
    reply.letterId = letterId.value();
    reply.decision = AccountConfirmation::Decision::Keep;
    reply.reason = u"We look after the theme updates every month"_s;
    reply.repliedOn = today().addDays(-30);
    QVERIFY(plan().recordConfirmation(reply));
    LeaverStep step;
    step.personId = lena;
    step.accountId = plan().accounts().at(5).id;
    step.doneOn = today().addDays(-11);
    QVERIFY2(plan().completeLeaverStep(step), "leaver step");

    // Lena's payments login was closed on Stripe itself, without a tick here.
    for (const Account &a : plan().accountsOf(pay)) {
        if (a.personIds.contains(lena)) {
            Account closed = a;
            closed.status = AccountStatus::Disabled;
            QVERIFY(plan().updateAccount(closed));
        }
    }

    QCOMPARE(plan().people().size(), 6);
    const auto shoot = [&](QWidget &widget, const QString &name) {
        widget.resize(1100, 700);
        widget.show();
        QCoreApplication::processEvents();
        QVERIFY(widget.grab().save(QDir(folder).filePath(name)));
    };
    AccountFindingsView findingsView(*m_session);
    shoot(findingsView, u"acc-findings.png"_s);
    AccessMatrixView matrix(*m_session);
    shoot(matrix, u"acc-matrix.png"_s);
    ConfirmationLettersView letters(*m_session);
    shoot(letters, u"acc-letters.png"_s);
    LeaversView leavers(*m_session);
    shoot(leavers, u"acc-leavers.png"_s);

    const auto shootDialog = [&](QDialog &dialog, const QString &name) {
        dialog.show();
        QCoreApplication::processEvents();
        QVERIFY(dialog.grab().save(QDir(folder).filePath(name)));
        dialog.hide();
    };
    // The matrix's colours again on a dark theme: the words must stay readable on them.
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    QApplication::setPalette(dark);
    {
        AccessMatrixView darkMatrix(*m_session);
        shoot(darkMatrix, u"acc-matrix-dark.png"_s);
    }
    QApplication::setPalette(light);

    AccountRulesDialog rules(plan().accountRules());
    shootDialog(rules, u"acc-rules-dialog.png"_s);
    PersonAccessDialog agencyDialog(*plan().person(agency), plan().personAccess(agency));
    shootDialog(agencyDialog, u"acc-person-access.png"_s);
    ConfirmationLetterDialog letterDialog(*m_session, ConfirmationLetter { 0, agency, {}, {} });
    shootDialog(letterDialog, u"acc-letter-dialog.png"_s);
}

QTEST_MAIN(TestAccountReviewViews)
#include "tst_accountreviewviews.moc"
