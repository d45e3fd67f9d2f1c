#include "../secrets/SecretStoreTestSupport.h"
#include "../tls/OpensslServers.h"
#include "AccountsFilterModel.h"
#include "AccountsModel.h"
#include "AccountsPage.h"
#include "AccountsTab.h"
#include "AnswerDialog.h"
#include "ContingencyPage.h"
#include "CredentialBox.h"
#include "CredentialHealthView.h"
#include "DashboardPage.h"
#include "DdosCallDialog.h"
#include "DdosCallTreeView.h"
#include "DdosFrontView.h"
#include "DdosPage.h"
#include "EndToEndFixture.h"
#include "FileDialog.h"
#include "GuiTestHome.h"
#include "ImportAccountsDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PlanSession.h"
#include "ProvidersModel.h"
#include "ProvidersPage.h"
#include "QuestionnaireModel.h"
#include "QuestionnaireView.h"
#include "ReadinessTracker.h"
#include "RecoveryItemsModel.h"
#include "RecoveryItemsView.h"
#include "ReviewPage.h"
#include "ScoreGauge.h"
#include "TlsPage.h"
#include "WelcomeWizardFixture.h"
#include "plan/Plan.h"
#include "plan/PlanLocations.h"
#include "providers/QuestionBank.h"
#include "secrets/KeychainSecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace EndToEnd;

// A new owner's first afternoon with Storefort, in the app's own window against real parts: the
// welcome on the first start, the site's encryption probed on a local `openssl s_server`, a host's
// answer and its portal password (kept in a throw-away gnome-keyring), the accounts from a CSV
// export dropped on the table, the CDN and a call in the DDoS plan, a backup folder and a git
// repository checked, the score risen, and the binder printed and read back with pdftotext. Each
// step is reached the way the owner reaches it: the welcome's end, the "Next" at a step's foot, or
// the navigator. The functions run in order, on one window; a failed one stops the walk.
class TestEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_walking = m_walking && !QTest::currentTestFailed(); }
    void cleanupTestCase();

    void welcomeSetsUpTheShopAndProbesIt();
    void encryptionGradesTheLocalServer();
    void providersKeepAnAnswerAndThePortalPassword();
    void accountsComeFromACsvDroppedOnTheTable();
    void ddosPlanNamesTheCdnAndACall();
    void binderChecksTheBackupsAndTheCode();
    void dashboardShowsTheScoreRisen();
    void reviewPrintsTheBinder();

private:
    Plan *plan() const { return m_window->session()->plan(); }
    qint64 providerNamed(const QString &name) const;
    // Clicks the row of the table whose `column` shows `text`; false when no row does.
    static bool clickRow(QTableView *table, int column, const QString &text);
    static void showTabOf(QWidget *inside);
    void checkRecoveryItem(const QString &builtIn, const QString &location);

    GuiTestHome m_home;
    OpensslServers m_servers;
    QTemporaryDir m_parts; // the backups, the code, the export, the printed binder
    QString m_site;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Walk> m_walk;
    QString m_path;
    int m_scoreBefore = -1;
    QHash<QString, int> m_statesBefore;
    QString m_binderText;
    QString m_codeCommit;
    bool m_walking = true;

    const QByteArray m_secret = leakCanary() + "-Hostly-portal-7f3Kq!";
    const QString m_codeSubject = u"First version of the Corner Bakery shop"_s;
    const QStringList m_walkSteps { u"shop-team"_s, u"tls"_s,  u"providers"_s,
                                    u"accounts"_s,  u"ddos"_s, u"binder"_s };
};

void TestEndToEnd::initTestCase()
{
    QVERIFY(m_home.start());
    QVERIFY(m_parts.isValid());
    // The keychain: without a Secret Service this walk cannot be made, and under
    // run-with-private-keyring.sh that is a failure, never a skip.
    {
        KeychainSecretStore store;
        const auto probed = probeStore(store);
        if (!probed || !probed->ok()) {
            if (qEnvironmentVariableIsSet("STOREFORT_PRIVATE_KEYRING"))
                QFAIL(QByteArray("the private keyring is not available: " + describeResult(probed))
                          .constData());
            QSKIP("No Secret Service here; run with tests/secrets/run-with-private-keyring.sh");
        }
    }
    for (const QString &program : { u"git"_s, u"pdftotext"_s })
        QVERIFY2(!QStandardPaths::findExecutable(program).isEmpty(), qPrintable(program + u" is needed"_s));
    const QString problem = m_servers.setUp();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // TLS 1.2 and 1.3 with a self-signed certificate: no browser trusts it.
    const OpensslServers::Server server = m_servers.start(
        u"127.0.0.1"_s, { u"-www"_s, u"-min_protocol"_s, u"TLSv1.2"_s, u"-max_protocol"_s, u"TLSv1.3"_s });
    QVERIFY(server.port != 0);
    m_site = u"https://127.0.0.1:%1"_s.arg(server.port);
    QVERIFY(makeBackupFolder(m_parts.filePath(u"corner-backups"_s)));
    QVERIFY(makeCodeRepository(m_parts.filePath(u"corner-shop-code"_s), m_parts.filePath(u"remote.git"_s),
                               m_codeSubject));
    m_codeCommit
        = run(m_parts.filePath(u"corner-shop-code"_s), u"git"_s, { u"rev-parse"_s, u"HEAD"_s }).left(12);
    QCOMPARE(m_codeCommit.size(), 12);
    QVERIFY(QFile::copy(QStringLiteral(STOREFORT_E2E_FIXTURES "/endtoend_wordpress_users.csv"),
                        m_parts.filePath(u"users.csv"_s)));
    MessageBox::clearLastText();
}

// The walk goes from its start, step by step: a step on its own, or after one that failed, is not run.
void TestEndToEnd::init()
{
    QVERIFY2(m_walking, "an earlier step of the walk failed");
    QVERIFY2(m_window || QTest::currentTestFunction() == "welcomeSetsUpTheShopAndProbesIt"_ba,
             "the walk starts with the welcome: run the whole test");
}

void TestEndToEnd::cleanupTestCase()
{
    m_walk.reset();
    m_window.reset(); // before the servers: a probe still running is cancelled and joined
    m_servers.stopAll();
}

qint64 TestEndToEnd::providerNamed(const QString &name) const
{
    for (const Provider &provider : plan()->providers()) {
        if (provider.name == name)
            return provider.id;
    }
    return 0;
}

bool TestEndToEnd::clickRow(QTableView *table, int column, const QString &text)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data().toString() != text)
            continue;
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier,
                          table->visualRect(index).center());
        return table->selectionModel()->isRowSelected(row, {});
    }
    qWarning("no row shows %s", qPrintable(text));
    return false;
}

// Brings the tab that holds `inside` to the front, as the owner clicks it.
void TestEndToEnd::showTabOf(QWidget *inside)
{
    for (QWidget *up = inside; up; up = up->parentWidget()) {
        if (auto *tabs
            = qobject_cast<QTabWidget *>(up->parentWidget() ? up->parentWidget()->parentWidget() : nullptr)) {
            tabs->setCurrentWidget(up);
            return;
        }
    }
}

void TestEndToEnd::welcomeSetsUpTheShopAndProbesIt()
{
    // The first start: no plan yet, so the app makes one in the home and greets the owner.
    m_window = std::make_unique<MainWindow>();
    m_window->setWelcomeOffered(true);
    m_window->resize(1400, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openAtStart({});
    QVERIFY(plan());
    m_path = plan()->path();
    QCOMPARE(m_path, QFileInfo(PlanLocations::defaultPlanPath()).absoluteFilePath());
    QVERIFY(m_path.startsWith(m_home.path()));
    m_walk = std::make_unique<Walk>(m_window.get());
    QVERIFY(m_walk->view());
    m_scoreBefore = m_window->session()->readiness()->readiness().score;
    QCOMPARE(m_walk->status(u"dashboard"_s), u"Score %1 of 100"_s.arg(m_scoreBefore));
    for (const QString &id : m_walkSteps)
        m_statesBefore.insert(id, m_walk->state(id));

    QPointer<WelcomeWizard> wizard = wizardOf(*m_window); // it opens by a queued call
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(WelcomeWizard::WelcomePageId));
    QVERIFY(next(wizard));
    type(field<QLineEdit>(wizard, u"wizardShopName"_s), u"Corner Bakery"_s);
    type(field<QLineEdit>(wizard, u"wizardSite0"_s), m_site);
    auto *platform = field<QComboBox>(wizard, u"wizardPlatform"_s);
    platform->setCurrentIndex(platform->findData(u"woocommerce"_s));
    QVERIFY(next(wizard));

    type(field<QLineEdit>(wizard, u"wizardPersonName0"_s), u"Ada Baker"_s);
    type(field<QLineEdit>(wizard, u"wizardPersonRole0"_s), u"Owner"_s);
    type(field<QLineEdit>(wizard, u"wizardPersonEmail0"_s), u"ada@corner.example"_s);
    QTest::mouseClick(field<QPushButton>(wizard, u"wizardAddPerson"_s), Qt::LeftButton);
    type(field<QLineEdit>(wizard, u"wizardPersonName1"_s), u"Bob Coder"_s);
    type(field<QLineEdit>(wizard, u"wizardPersonRole1"_s), u"Web developer"_s);
    type(field<QLineEdit>(wizard, u"wizardPersonEmail1"_s), u"bob@agency.example"_s);
    auto *kind = field<QComboBox>(wizard, u"wizardPersonKind1"_s);
    kind->setCurrentIndex(kind->findData(int(Person::Kind::Developer)));
    QCOMPARE(field<QComboBox>(wizard, u"wizardOwner"_s)->currentText(), u"Ada Baker"_s);
    QCOMPARE(field<QComboBox>(wizard, u"wizardMe"_s)->currentText(), u"Ada Baker"_s);
    QVERIFY(next(wizard));

    type(field<QLineEdit>(wizard, u"wizardProviderHost"_s), u"Hostly Hosting"_s);
    type(field<QLineEdit>(wizard, u"wizardProviderCdn"_s), u"EdgeShield"_s);
    QVERIFY(next(wizard));

    QCOMPARE(wizard->currentId(), int(WelcomeWizard::ReadyPageId));
    auto *probe = field<QCheckBox>(wizard, u"probeNow"_s);
    QVERIFY(probe->isEnabled());
    QVERIFY(probe->isChecked()); // offered, and the owner lets it run: it is the local server
    QVERIFY(field<QLabel>(wizard, u"probeNote"_s)->text().contains(m_site));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!wizard || !wizard->isVisible());
    QVERIFY2(MessageBox::lastText().isEmpty(), qPrintable(MessageBox::lastText()));

    // Written, and the Encryption step is in front with the probe running.
    QCOMPARE(plan()->shop().name, u"Corner Bakery"_s);
    QCOMPARE(plan()->shop().siteUrls, QStringList { m_site });
    QCOMPARE(plan()->people().size(), 2);
    QVERIFY(providerNamed(u"Hostly Hosting"_s) && providerNamed(u"EdgeShield"_s));
    QCOMPARE(m_walk->item(u"tls"_s), m_walk->navigator()->currentItem());
    auto *tls = m_walk->page<TlsPage>();
    QVERIFY(tls);
    QVERIFY(tls->isProbing());
}

void TestEndToEnd::encryptionGradesTheLocalServer()
{
    auto *tls = m_walk->page<TlsPage>();
    QVERIFY(tls);
    QTRY_VERIFY_WITH_TIMEOUT(!tls->isProbing(), 150000);
    auto *grade = child<QLabel>(tls, u"tlsGradeLetter"_s);
    // A self-signed certificate: no browser trusts it, whatever else the server does well.
    QCOMPARE(grade->text(), u"T"_s);
    const QString reasons = child<QLabel>(tls, u"tlsGradeReasons"_s)->text();
    QVERIFY2(reasons.contains(u"self-signed"_s), qPrintable(reasons));
    const auto kept = plan()->tlsProbes();
    QVERIFY(kept);
    QCOMPARE(kept->size(), 1);
    QCOMPARE(kept->first().grade, grade->text());
    QCOMPARE(kept->first().ip, u"127.0.0.1"_s);

    QVERIFY(m_walk->next(u"Providers"_s));
    QVERIFY(m_walk->page<ProvidersPage>());
}

void TestEndToEnd::providersKeepAnAnswerAndThePortalPassword()
{
    auto *page = m_walk->page<ProvidersPage>();
    QVERIFY(page);
    const qint64 host = providerNamed(u"Hostly Hosting"_s);
    QVERIFY(
        clickRow(child<QTableView>(page, u"providersTable"_s), ProvidersModel::Name, u"Hostly Hosting"_s));
    QCOMPARE(page->selectedProviderId(), host);

    // The host's answer about attacks, recorded through the questionnaire.
    auto *questions = page->findChild<QuestionnaireView *>();
    QVERIFY(questions);
    showTabOf(questions);
    QVERIFY(questions->isVisible());
    // The question is clicked in its topic, opened the way the owner opens it.
    const QModelIndex question = questions->model()->indexOf(u"host.ddos.action"_s);
    QVERIFY(question.isValid());
    questions->tree()->expand(question.parent());
    questions->tree()->scrollTo(question);
    QTest::mouseClick(questions->tree()->viewport(), Qt::LeftButton, Qt::NoModifier,
                      questions->tree()->visualRect(question).center());
    QCOMPARE(questions->selectedQuestionId(), u"host.ddos.action"_s);
    QTest::mouseClick(child<QPushButton>(questions, u"questionAnswer"_s), Qt::LeftButton);
    auto *dialog = questions->findChild<AnswerDialog *>();
    QVERIFY(dialog);
    auto *choice = child<QComboBox>(dialog, u"answerChoice"_s);
    choice->setCurrentIndex(choice->findData(u"filter"_s));
    type(child<QLineEdit>(dialog, u"answerAnsweredBy"_s), u"Jana Kraus"_s); // in place of the name offered
    QTest::mouseClick(child<QPushButton>(dialog, u"answerOk"_s), Qt::LeftButton);
    QTRY_VERIFY(!questions->findChild<AnswerDialog *>());
    const auto answer = plan()->answer(host, u"host.ddos.action"_s);
    QVERIFY(answer);
    QCOMPARE(answer->value, u"filter"_s);
    QCOMPARE(answer->answeredBy, u"Jana Kraus"_s);

    // The portal's password goes into the keychain, never into the plan.
    auto *box = page->findChild<CredentialBox *>();
    QVERIFY(box);
    showTabOf(box);
    QVERIFY(box->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(box, u"credentialStore"_s)->isEnabled(), keychainTimeoutMs);
    QSignalSpy finished(box, &CredentialBox::operationFinished);
    answerNextDialog(u"secretOk"_s, [this](QDialog *secretDialog) {
        child<QLineEdit>(secretDialog, u"secretField"_s)->setText(QString::fromUtf8(m_secret));
    });
    QTest::mouseClick(child<QPushButton>(box, u"credentialStore"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, keychainTimeoutMs);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(!plan()->provider(host)->credentialRef.isEmpty());
    QVERIFY(!child<QLabel>(box, u"credentialState"_s)->text().isEmpty());
    QVERIFY(!holdsSecret(planBytes(m_path), m_secret));

    QVERIFY(m_walk->next(u"Accounts & access"_s));
    QVERIFY(m_walk->page<AccountsPage>());
}

void TestEndToEnd::accountsComeFromACsvDroppedOnTheTable()
{
    auto *page = m_walk->page<AccountsPage>();
    QVERIFY(page);
    AccountsTab *tab = page->accountsTab();
    // The system first, as the empty step asks.
    answerNextDialog(u"systemOk"_s, [](QDialog *dialog) {
        auto *kind = child<QComboBox>(dialog, u"systemKind"_s);
        kind->setCurrentIndex(kind->findData(int(SystemKind::ShopAdmin)));
        child<QLineEdit>(dialog, u"systemName"_s)->setText(u"WooCommerce admin"_s);
    });
    QTest::mouseClick(child<QPushButton>(tab, u"addFirstSystem"_s), Qt::LeftButton);
    QCOMPARE(plan()->systems().size(), 1);
    const qint64 system = plan()->systems().first().id;

    // The export dragged from the file manager onto the table (the note standing in for it while
    // there are no accounts); the import opens with the file, compares, and is applied.
    QWidget *target
        = tab->table()->isVisible() ? tab->table()->viewport() : child<QWidget>(tab, u"noAccounts"_s);
    QVERIFY(target && target->isVisible());
    int compared = -1;
    answerNextDialog(u"importApply"_s, [&compared](QDialog *dialog) {
        auto *import = qobject_cast<ImportAccountsDialog *>(dialog);
        QVERIFY(import);
        QCOMPARE(child<QLineEdit>(import, u"importFile"_s)->text(), u"users.csv"_s);
        QSignalSpy done(import, &ImportAccountsDialog::comparisonFinished);
        QTest::mouseClick(child<QPushButton>(import, u"importCompare"_s), Qt::LeftButton);
        QVERIFY(done.wait(30000));
        QVERIFY(done.first().first().toBool());
        compared = int(import->sync().added.size());
    });
    QVERIFY(dropFile(target, m_parts.filePath(u"users.csv"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(compared, 3, 30000);
    QTRY_COMPARE(plan()->accountsOf(system).size(), 3);
    QVERIFY(tab->table()->isVisible());
    QStringList shown;
    for (int row = 0; row < tab->filterModel()->rowCount(); ++row)
        shown.append(tab->filterModel()->index(row, AccountsModel::UserName).data().toString());
    shown.sort();
    QCOMPARE(shown, QStringList({ u"ada.admin"_s, u"bob.dev"_s, u"cleo.shop"_s }));

    // The portal password stored on the Providers step is listed with the stored passwords.
    auto *stored = page->findChild<CredentialHealthView *>();
    QVERIFY(stored);
    showTabOf(stored);
    QSignalSpy checked(stored, &CredentialHealthView::checkFinished);
    QTest::mouseClick(child<QPushButton>(stored, u"credentialHealthCheck"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 4 * keychainTimeoutMs);
    QVERIFY(checked.first().at(0).toBool());
    auto *table = child<QTableWidget>(stored, u"credentialHealthTable"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, CredentialHealthView::EntryColumn)->text(), u"Portal of Hostly Hosting"_s);
    page->tabs()->setCurrentIndex(0);

    QVERIFY(m_walk->next(u"DDoS readiness"_s));
    QVERIFY(m_walk->page<DdosPage>());
}

void TestEndToEnd::ddosPlanNamesTheCdnAndACall()
{
    auto *page = m_walk->page<DdosPage>();
    QVERIFY(page);
    const qint64 cdn = providerNamed(u"EdgeShield"_s);
    const qint64 host = providerNamed(u"Hostly Hosting"_s);
    QComboBox *cdnChoice = page->frontView()->cdnProvider();
    QVERIFY(cdnChoice->findData(cdn) > 0);
    cdnChoice->setCurrentIndex(cdnChoice->findData(cdn));
    QCOMPARE(plan()->ddosPlan().cdnProviderId, cdn);

    // Who calls the host when the shop is under attack.
    showTabOf(page->callTreeView());
    const qint64 ada = plan()->shop().ownerPersonId;
    answerNextDialog(u"ddosCallOk"_s, [ada, host](QDialog *dialog) {
        auto *task = child<QComboBox>(dialog, u"ddosCallTask"_s);
        task->setCurrentIndex(0);
        emit task->activated(0);
        auto *reach = child<QComboBox>(dialog, u"ddosCallReach"_s);
        QCOMPARE(reach->currentData().toString(), DdosCallDialog::providerKey(host));
        auto *caller = child<QComboBox>(dialog, u"ddosCallCaller"_s);
        caller->setCurrentIndex(caller->findData(ada));
        child<QLineEdit>(dialog, u"ddosCallContact"_s)->setText(u"+49 30 555 0199"_s);
    });
    QTest::mouseClick(child<QPushButton>(page, u"ddosAddCall"_s), Qt::LeftButton);
    QCOMPARE(plan()->ddosPlan().callTree.size(), 1);
    QCOMPARE(plan()->ddosPlan().callTree.first().calleeProviderId, host);
    QCOMPARE(plan()->ddosPlan().callTree.first().callerPersonId, ada);
    QCOMPARE(page->callTreeView()->table()->rowCount(), 1);

    QVERIFY(m_walk->next(u"Contingency binder"_s));
    QVERIFY(m_walk->page<ContingencyPage>());
}

// Selects a built-in recovery item in the table, types where it is kept, checks it, and waits.
void TestEndToEnd::checkRecoveryItem(const QString &builtIn, const QString &location)
{
    auto *page = m_walk->page<ContingencyPage>();
    QVERIFY(page);
    RecoveryItemsView *items = page->items();
    qint64 id = 0;
    for (const RecoveryItem &item : plan()->recoveryItems())
        id = item.builtIn == builtIn ? item.id : id;
    QVERIFY(id);
    auto *table = child<QTableView>(page, u"recoveryItemsTable"_s);
    QVERIFY(clickRow(table, RecoveryItemsModel::Title, plan()->recoveryItem(id)->displayTitle()));
    QCOMPARE(items->selectedItemId(), id);
    auto *where = child<QLineEdit>(page, u"recoveryLocation"_s);
    where->selectAll();
    QTest::keyClicks(where, location);
    QTest::keyClick(where, Qt::Key_Return);
    QCOMPARE(plan()->recoveryItem(id)->location, location);

    QSignalSpy finished(items, &RecoveryItemsView::checkingFinished);
    QTest::mouseClick(child<QPushButton>(page, u"recoveryVerify"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const auto verified = plan()->recoveryItem(id)->lastVerification;
    QVERIFY(verified);
    QStringList checks;
    for (const VerificationCheck &check : verified->checks)
        checks.append(CheckOutcomes::name(check.outcome) + u": "_s + check.text);
    QVERIFY2(verified->outcome() == CheckOutcome::Passed, qPrintable(checks.join(u'\n')));
    const int row = qobject_cast<RecoveryItemsModel *>(table->model())->rowOf(id);
    QCOMPARE(table->model()->index(row, RecoveryItemsModel::Status).data().toString(), u"Passed"_s);
}

void TestEndToEnd::binderChecksTheBackupsAndTheCode()
{
    checkRecoveryItem(u"backup"_s, m_parts.filePath(u"corner-backups"_s));
    if (QTest::currentTestFailed())
        return;
    checkRecoveryItem(u"code"_s, m_parts.filePath(u"corner-shop-code"_s));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_walk->next(u"Review & export"_s));
    QVERIFY(m_walk->page<ReviewPage>());
}

void TestEndToEnd::dashboardShowsTheScoreRisen()
{
    m_walk->click(u"dashboard"_s);
    auto *page = m_walk->page<DashboardPage>();
    QVERIFY(page);
    ReadinessTracker *tracker = m_window->session()->readiness();
    auto *gauge = child<ScoreGauge>(page, u"scoreGauge"_s);
    QTRY_COMPARE(gauge->score(), tracker->readiness().score);
    QVERIFY2(gauge->score() > m_scoreBefore,
             qPrintable(u"%1 -> %2"_s.arg(m_scoreBefore).arg(gauge->score())));
    QCOMPARE(m_walk->status(u"dashboard"_s), u"Score %1 of 100"_s.arg(gauge->score()));
    // Every step walked shows a state of its own now, and the shop and its team are done.
    for (const QString &id : m_walkSteps) {
        const int after = m_walk->state(id);
        QVERIFY2(after != m_statesBefore.value(id), qPrintable(u"%1 still %2"_s.arg(id, m_walk->status(id))));
        QVERIFY2(after != int(StepState::NotStarted) + 1, qPrintable(id));
    }
    QCOMPARE(m_walk->state(u"shop-team"_s), int(StepState::Done) + 1);
}

void TestEndToEnd::reviewPrintsTheBinder()
{
    m_walk->click(u"review"_s);
    auto *page = m_walk->page<ReviewPage>();
    QVERIFY(page);
    const QString binder = m_parts.filePath(u"Corner Bakery binder.pdf"_s);
    FileDialog::setNextFileName(binder);
    QSignalSpy saved(page, &ReviewPage::binderSaved);
    QTest::mouseClick(child<QPushButton>(page, u"saveBinderButton"_s), Qt::LeftButton);
    QVERIFY(saved.wait(120000));
    QVERIFY(saved.first().at(0).toBool());
    QCOMPARE(saved.first().at(1).toString(), binder);
    m_binderText = pdfText(binder);
    QVERIFY(!m_binderText.isEmpty());
    if (qEnvironmentVariableIsSet("STOREFORT_E2E_SHOW_BINDER"))
        qDebug().noquote() << m_binderText;

    const Question *asked = QuestionBank::builtIn().find(u"host.ddos.action"_s);
    QVERIFY(asked);
    const struct
    {
        const char *what;
        QString text;
    } expected[] = {
        { "the shop's name", u"Corner Bakery"_s },
        { "the host", u"Hostly Hosting"_s },
        { "the CDN", u"EdgeShield"_s },
        { "who answered for the host", u"Jana Kraus"_s },
        { "the host's answer", asked->displayAnswer(u"filter"_s) },
        { "the owner", u"Ada Baker"_s },
        { "the developer", u"Bob Coder"_s },
        { "the call to the host", u"+49 30 555 0199"_s },
        { "an imported admin account", u"ada.admin"_s },
        { "the encryption grade's site", u"127.0.0.1"_s },
        { "the backup folder", m_parts.filePath(u"corner-backups"_s) },
        { "the newest backup", u"corner-bakery-new.sql"_s },
        { "the code's repository", m_parts.filePath(u"corner-shop-code"_s) },
        { "the code's last change", m_codeSubject },
        { "the code's last commit", m_codeCommit },
    };
    for (const auto &item : expected)
        QVERIFY2(printed(m_binderText, item.text),
                 qPrintable(QString::fromLatin1(item.what) + u": "_s + item.text));

    // The commit is looked up by its hash: printed whole, never broken across lines.
    QVERIFY2(m_binderText.contains(m_codeCommit), qPrintable(m_codeCommit));

    // The password is in the keychain, and nowhere on paper or in the plan file.
    QVERIFY(!holdsSecret(m_binderText.toUtf8(), m_secret));
    QVERIFY(!m_binderText.contains(u"SfLeakCanary"_s));
    QFile pdf(binder);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(!holdsSecret(pdf.readAll(), m_secret));
    QVERIFY(!holdsSecret(planBytes(m_path), m_secret));
    QVERIFY2(MessageBox::lastText().isEmpty(), qPrintable(MessageBox::lastText()));
}

QTEST_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
