#include "../secrets/SecretStoreTestSupport.h"
#include "ContingencyPageFixture.h"
#include "NoticeBanner.h"
#include "RecoveryFindingsView.h"
#include "RecoveryItemSecretBox.h"
#include "RecoveryItemsModel.h"
#include "StepRegistry.h"
#include "secrets/KeychainSecretStore.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
// Everything in the plan's folder that SQLite may have written to.
QByteArray planBytes(const QString &path)
{
    QByteArray all;
    for (const QString &suffix : { QString(), u"-wal"_s, u"-journal"_s, u"-shm"_s }) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

// The secret as UTF-8, as UTF-16 (how Qt hands text to SQLite's *16 calls) and as base64.
bool holds(const QByteArray &haystack, const QByteArray &secret)
{
    const QString text = QString::fromUtf8(secret);
    return haystack.contains(secret) || haystack.contains(secret.toBase64())
        || haystack.contains(QByteArray(reinterpret_cast<const char *>(text.utf16()),
                                        text.size() * qsizetype(sizeof(char16_t))));
}
} // namespace

// The "Contingency binder" step's recovery items: the list and the editor, verification in the
// background from real files, confirmation by hand, and the root password kept only in the keychain.
// The findings and the binder: tst_contingencybinderview.
class TestContingencyPage : public QObject, public ContingencyPageFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(start()); }
    void init() { QVERIFY(createPlan()); }
    void cleanup() { closePage(); }
    void cleanupTestCase() { Clock::setClock(nullptr); }

    void stepIsRegistered();
    void newPlanListsTheBuiltInItemsNotChecked();
    void holderAndLocationAreSavedAndUndone();
    void typingIsKeptWhenThePlanCloses();
    void verifyChecksRealBackupFiles();
    void dueItemsAreCheckedInTheBackgroundOnOpening();
    void ownItemIsAddedConfirmedByHandAndRemoved();
    void builtInItemsAreNotOfferedForRemoval();
    void keychainRootPasswordStaysOutOfThePlan();
};

void TestContingencyPage::stepIsRegistered()
{
    const StepRegistry registry = StepRegistry::standard(); // find() points into it
    const PlanStep *step = registry.find(u"binder"_s);
    QVERIFY(step);
    QCOMPARE(step->order, 600);
    QCOMPARE(step->title(), u"Contingency binder"_s);
    QCOMPARE(step->iconPath, u":/icons/step-binder.svg"_s);
}

void TestContingencyPage::newPlanListsTheBuiltInItemsNotChecked()
{
    openPage();
    auto *table = child<QTableView>(m_page.get(), u"recoveryItemsTable"_s);
    QCOMPARE(table->model()->rowCount(), 7);
    for (int row = 0; row < 7; ++row) {
        QCOMPARE(cell(row, RecoveryItemsModel::Status), u"Not checked"_s);
        QCOMPARE(cell(row, RecoveryItemsModel::Holder), u"Nobody yet"_s);
        QCOMPARE(cell(row, RecoveryItemsModel::LastVerified), u"Never"_s);
    }
    QCOMPARE(cell(0, RecoveryItemsModel::Title), m_session->plan()->recoveryItems().first().displayTitle());
    // Nothing has a place yet, so nothing is checked in the background.
    QVERIFY(!itemsView()->isChecking());
    QVERIFY(child<QWidget>(m_page.get(), u"recoveryCheckingNote"_s)->isHidden());
    // The first item is chosen, with why it matters.
    QCOMPARE(editor()->itemId(), itemIdOf(u"backup"_s));
    QCOMPARE(child<QLabel>(m_page.get(), u"recoveryItemWhy"_s)->text(),
             m_session->plan()->recoveryItem(itemIdOf(u"backup"_s))->why());
    auto *tabs = child<QTabWidget>(m_page.get(), u"contingencyTabs"_s);
    QCOMPARE(tabs->count(), 3);
    // Every built-in item has nobody and nowhere: the findings say so.
    QVERIFY(m_page->findings()->findings().size() >= 7);
    QVERIFY(tabs->tabText(1).startsWith(u"Findings ("_s));
}

void TestContingencyPage::holderAndLocationAreSavedAndUndone()
{
    const qint64 mia = addPerson(u"Mia Keller"_s);
    Provider host;
    host.name = u"Hostinga GmbH"_s;
    host.kind = ProviderKind::WebHost;
    QVERIFY(m_session->plan()->addProvider(host));
    openPage();
    const qint64 backup = itemIdOf(u"backup"_s);
    itemsView()->selectItem(backup);
    QCOMPARE(editor()->itemId(), backup);

    auto *holder = child<QComboBox>(m_page.get(), u"recoveryHolder"_s);
    QCOMPARE(holder->currentText(), u"Nobody yet"_s);
    QVERIFY(holder->findText(u"Hostinga GmbH (provider)"_s) > 0);
    const int miaRow = holder->findText(u"Mia Keller"_s);
    QVERIFY(miaRow > 0);
    holder->setCurrentIndex(miaRow);
    emit holder->activated(miaRow);
    QCOMPARE(m_session->plan()->recoveryItem(backup)->holderPersonId, mia);

    auto *location = child<QLineEdit>(m_page.get(), u"recoveryLocation"_s);
    const QString folder = m_dir.filePath(u"backups"_s);
    location->setText(folder);
    emit location->editingFinished();
    QCOMPARE(m_session->plan()->recoveryItem(backup)->location, folder);
    QCOMPARE(cell(0, RecoveryItemsModel::Holder), u"Mia Keller"_s);
    QCOMPARE(m_session->undoStack()->count(), 2);

    // Undo puts both back, one at a time; the editor follows.
    m_session->undoStack()->undo();
    QVERIFY(m_session->plan()->recoveryItem(backup)->location.isEmpty());
    QCOMPARE(location->text(), QString());
    m_session->undoStack()->undo();
    QCOMPARE(m_session->plan()->recoveryItem(backup)->holderPersonId, 0);
    QCOMPARE(holder->currentText(), u"Nobody yet"_s);
    QCOMPARE(cell(0, RecoveryItemsModel::Holder), u"Nobody yet"_s);
    m_session->undoStack()->redo();
    m_session->undoStack()->redo();
    QCOMPARE(m_session->plan()->recoveryItem(backup)->holderPersonId, mia);
    QCOMPARE(location->text(), folder);

    // In the file: reopened, the plan has both.
    m_tester.reset();
    m_page.reset();
    m_session->close();
    auto reopened = Plan::open(m_path);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    const auto saved = reopened.value()->recoveryItem(backup);
    QVERIFY(saved);
    QCOMPARE(saved->holderPersonId, mia);
    QCOMPARE(saved->location, folder);
}

void TestContingencyPage::typingIsKeptWhenThePlanCloses()
{
    openPage();
    const qint64 code = itemIdOf(u"code"_s);
    itemsView()->selectItem(code);
    // Typed, and the plan closed before the fields lost focus.
    child<QLineEdit>(m_page.get(), u"recoveryHowToReach"_s)->setText(u"Ask Jonas, +49 170 555 0101"_s);
    child<QPlainTextEdit>(m_page.get(), u"recoveryNotes"_s)->setPlainText(u"Mirror on the office NAS"_s);
    m_tester.reset();
    m_page.reset();
    const auto item = m_session->plan()->recoveryItem(code);
    QCOMPARE(item->howToReach, u"Ask Jonas, +49 170 555 0101"_s);
    QCOMPARE(item->notes, u"Mirror on the office NAS"_s);
}

void TestContingencyPage::verifyChecksRealBackupFiles()
{
    const QString folder = m_dir.filePath(u"verify-backups"_s);
    QVERIFY(QDir().mkpath(folder));
    const QByteArray dump(64 * 1024, 'x');
    const QDateTime now = Clock::now();
    QVERIFY(writeFile(folder + u"/shop-2025-06-16.sql"_s, dump, now.addSecs(-600)));
    QVERIFY(writeFile(folder + u"/shop-2025-06-06.sql"_s, dump, now.addDays(-10)));

    openPage();
    const qint64 backup = itemIdOf(u"backup"_s);
    itemsView()->selectItem(backup);
    auto *location = child<QLineEdit>(m_page.get(), u"recoveryLocation"_s);
    location->setText(folder);
    emit location->editingFinished();

    QSignalSpy changed(m_session->plan(), &Plan::recoveryItemsChanged);
    QSignalSpy finished(itemsView(), &RecoveryItemsView::checkingFinished);
    child<QPushButton>(m_page.get(), u"recoveryVerify"_s)->click();
    // Running in the background: the note says so while it lasts.
    QTRY_VERIFY(m_session->plan()->recoveryItem(backup)->lastVerification.has_value());
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(changed.size() >= 1);

    const Verification v = *m_session->plan()->recoveryItem(backup)->lastVerification;
    QVERIFY(!v.byHand);
    QCOMPARE(v.at, now);
    QVERIFY(v.check(u"backup.newest.age"_s));
    QCOMPARE(v.check(u"backup.newest.age"_s)->outcome, CheckOutcome::Passed);
    QCOMPARE(v.check(u"backup.reference"_s)->outcome, CheckOutcome::Passed);
    QCOMPARE(v.outcome(), CheckOutcome::Passed);

    // The list and the editor show it: the word, when, and each check with its outcome.
    QCOMPARE(cell(0, RecoveryItemsModel::Status), u"Passed"_s);
    QCOMPARE(cell(0, RecoveryItemsModel::LastVerified), u"Today"_s);
    auto *checks = child<QWidget>(m_page.get(), u"recoveryChecks"_s);
    const QList<QLabel *> rows = checks->findChildren<QLabel *>(u"recoveryCheck"_s);
    QCOMPARE(rows.size(), v.checks.size());
    bool sawNewest = false;
    for (const QLabel *row : rows) {
        if (row->property("checkCode").toString() == u"backup.newest.age") {
            sawNewest = true;
            QVERIFY2(row->text().startsWith(u"Passed: "_s) && row->text().contains(u"shop-2025-06-16.sql"_s),
                     qPrintable(row->text()));
        }
    }
    QVERIFY(sawNewest);
    QVERIFY(
        child<QLabel>(m_page.get(), u"recoveryLastCheck"_s)->text().startsWith(u"Passed — verified by"_s));
    QVERIFY(child<QWidget>(m_page.get(), u"recoveryCheckingNote"_s)->isHidden());

    // A second check a day later: the first goes to the history.
    m_clock.advance(86400);
    child<QPushButton>(m_page.get(), u"recoveryVerify"_s)->click();
    QTRY_COMPARE(finished.size(), 2);
    auto *history = child<QTreeWidget>(m_page.get(), u"recoveryHistory"_s);
    QVERIFY(history->isHidden());
    child<QToolButton>(m_page.get(), u"recoveryHistoryToggle"_s)->click();
    QVERIFY(!history->isHidden());
    QCOMPARE(history->topLevelItemCount(), 1);
    QCOMPARE(history->topLevelItem(0)->text(2), u"Passed"_s);
    // The newest backup is a day old by now.
    QCOMPARE(m_session->plan()->recoveryItem(backup)->lastVerification->outcome(), CheckOutcome::Failed);
    QCOMPARE(cell(0, RecoveryItemsModel::Status), u"Failed"_s);
}

void TestContingencyPage::dueItemsAreCheckedInTheBackgroundOnOpening()
{
    const QString folder = m_dir.filePath(u"due-backups"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(writeFile(folder + u"/only.tar"_s, QByteArray(), Clock::now()));
    const qint64 backup = itemIdOf(u"backup"_s);
    RecoveryItem item = *m_session->plan()->recoveryItem(backup);
    item.location = folder;
    QVERIFY(m_session->plan()->updateRecoveryItem(item));

    // Opening the plan starts the checks; the page, built after, shows them running.
    m_session->close();
    QVERIFY(m_session->open(m_path));
    openPage();
    // Only the item with a place is due; the page does not wait for it.
    QVERIFY(itemsView()->isChecking());
    auto *note = child<NoticeBanner>(m_page.get(), u"recoveryCheckingNote"_s);
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().startsWith(u"Checking 1 item"_s), qPrintable(note->text()));
    QSignalSpy finished(itemsView(), &RecoveryItemsView::checkingFinished);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(m_session->plan()->recoveryItem(backup)->lastVerification);
    QCOMPARE(m_session->plan()->recoveryItem(backup)->lastVerification->outcome(), CheckOutcome::Failed);
    for (const RecoveryItem &other : m_session->plan()->recoveryItems()) {
        if (other.id != backup)
            QVERIFY(!other.lastVerification);
    }
    QVERIFY(note->isHidden());
    QCOMPARE(cell(0, RecoveryItemsModel::Status), u"Failed"_s);

    // Verified today, so opening again checks nothing.
    m_tester.reset();
    m_page.reset();
    m_session->close();
    QVERIFY(m_session->open(m_path));
    openPage();
    QVERIFY(!itemsView()->isChecking());
}

void TestContingencyPage::ownItemIsAddedConfirmedByHandAndRemoved()
{
    openPage();
    answerNextDialog(u"recoveryItemOk"_s, [](QDialog *dialog) {
        QCOMPARE(child<QComboBox>(dialog, u"recoveryItemKind"_s)->currentText(), u"Other"_s);
        child<QLineEdit>(dialog, u"recoveryItemTitle"_s)->setText(u"Domain transfer code"_s);
    });
    child<QPushButton>(m_page.get(), u"addRecoveryItem"_s)->click();
    QCOMPARE(m_session->plan()->recoveryItems().size(), 8);
    const RecoveryItem own = m_session->plan()->recoveryItems().last();
    QCOMPARE(own.title, u"Domain transfer code"_s);
    QCOMPARE(own.kind, RecoveryKind::Other);
    QCOMPARE(itemsView()->selectedItemId(), own.id);
    // An own item of kind Other: no Verify, but Confirm by Hand and Remove.
    QVERIFY(child<QPushButton>(m_page.get(), u"recoveryVerify"_s)->isHidden());
    QVERIFY(child<QPushButton>(m_page.get(), u"removeRecoveryItem"_s)->isEnabled());

    answerNextDialog(u"confirmOk"_s, [](QDialog *dialog) {
        child<QLineEdit>(dialog, u"confirmNote"_s)->setText(u"In the office safe, envelope B"_s);
    });
    child<QPushButton>(m_page.get(), u"recoveryConfirm"_s)->click();
    const auto confirmed = m_session->plan()->recoveryItem(own.id)->lastVerification;
    QVERIFY(confirmed);
    QVERIFY(confirmed->byHand);
    QCOMPARE(confirmed->at, Clock::now());
    QCOMPARE(confirmed->outcome(), CheckOutcome::Passed);
    QVERIFY(confirmed->summary().contains(u"In the office safe, envelope B"_s));
    QVERIFY(!confirmed->by.isEmpty());
    QCOMPARE(cell(7, RecoveryItemsModel::Status), u"Passed"_s);
    QVERIFY(child<QLabel>(m_page.get(), u"recoveryLastCheck"_s)->text().contains(u"confirmed by hand"_s));

    // Removed after asking; undo brings it back with its confirmation.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(m_page.get(), u"removeRecoveryItem"_s)->click();
    QVERIFY(MessageBox::lastText().contains(u"Domain transfer code"_s));
    QCOMPARE(m_session->plan()->recoveryItems().size(), 7);
    m_session->undoStack()->undo();
    QCOMPARE(m_session->plan()->recoveryItems().size(), 8);
    const auto back = m_session->plan()->recoveryItem(own.id);
    QVERIFY(back);
    QVERIFY(back->lastVerification && back->lastVerification->byHand);
    QCOMPARE(back->lastVerification->summary(), confirmed->summary());
}

void TestContingencyPage::builtInItemsAreNotOfferedForRemoval()
{
    openPage();
    auto *remove = child<QPushButton>(m_page.get(), u"removeRecoveryItem"_s);
    for (const RecoveryItem &item : m_session->plan()->recoveryItems()) {
        itemsView()->selectItem(item.id);
        QCOMPARE(itemsView()->selectedItemId(), item.id);
        QVERIFY2(!remove->isEnabled(), qPrintable(item.builtIn));
        // Asked anyway (a shortcut, a stale click): nothing is asked and nothing goes.
        itemsView()->removeItem();
        QVERIFY(MessageBox::lastText().isEmpty());
    }
    QCOMPARE(m_session->plan()->recoveryItems().size(), 7);
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void TestContingencyPage::keychainRootPasswordStaysOutOfThePlan()
{
    auto *store = new KeychainSecretStore;
    const auto probed = probeStore(*store);
    if (!probed || !probed->ok()) {
        const bool required = qEnvironmentVariableIsSet("STOREFORT_PRIVATE_KEYRING");
        delete store;
        if (required)
            QFAIL(QByteArray("the private keyring is not available: " + describeResult(probed)).constData());
        QSKIP("No Secret Service here; run with tests/secrets/run-with-private-keyring.sh");
    }
    const qint64 mia = addPerson(u"Mia Keller"_s);
    openPage(store);
    const qint64 root = itemIdOf(u"root_account"_s);
    itemsView()->selectItem(root);
    auto *box = editor()->secretBox();
    QVERIFY(!box->isHidden());
    QCOMPARE(box->title(), u"Root password"_s);

    auto *user = child<QLineEdit>(box, u"recoverySecretUser"_s);
    user->setText(u"root"_s);
    emit user->editingFinished();
    QCOMPARE(m_session->plan()->recoveryItem(root)->secretUser, u"root"_s);
    auto *holder = child<QComboBox>(m_page.get(), u"recoveryHolder"_s);
    const int miaRow = holder->findData(QString(u"person/"_s + QString::number(mia)));
    holder->setCurrentIndex(miaRow);
    emit holder->activated(miaRow);

    QSignalSpy finished(box, &RecoveryItemSecretBox::operationFinished);
    const QByteArray secret = leakCanary() + "-root-T0ugh&Long!";
    answerNextDialog(u"secretOk"_s, [&secret](QDialog *dialog) {
        auto *field = child<QLineEdit>(dialog, u"secretField"_s);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        field->setText(QString::fromUtf8(secret));
        child<QLineEdit>(dialog, u"secretRepeat"_s)->setText(QString::fromUtf8(secret));
    });
    child<QPushButton>(box, u"recoverySecretStore"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, keychainTimeoutMs);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    // The plan holds the reference only; the keychain holds the secret.
    const SecretRef ref = RecoveryItemSecretBox::referenceFor(m_session->plan()->planId(), root);
    QCOMPARE(m_session->plan()->recoveryItem(root)->secretRef, ref.key());
    const auto inKeychain = readSecret(*store, ref);
    QVERIFY2(inKeychain && inKeychain->ok(), describeResult(inKeychain).constData());
    QCOMPARE(inKeychain->secret(), secret);
    const QByteArray bytes = planBytes(m_path);
    QVERIFY(bytes.contains(ref.key().toUtf8()));
    QVERIFY(!holds(bytes, secret));
    QVERIFY(!holds(bytes, leakCanary()));
    const QString state = child<QLabel>(box, u"recoverySecretState"_s)->text();
    QVERIFY2(state.contains(u"stored in the keychain of "_s) && state.endsWith(u" on this computer."_s),
             qPrintable(state));
    QVERIFY(!state.contains(QString::fromUtf8(secret)));
    QCOMPARE(child<QPushButton>(box, u"recoverySecretStore"_s)->text(), u"Re&place…"_s);

    // Verify: the password is found in the keychain (without being shown anywhere).
    QSignalSpy checked(itemsView(), &RecoveryItemsView::checkingFinished);
    child<QPushButton>(m_page.get(), u"recoveryVerify"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, keychainTimeoutMs);
    const auto v = m_session->plan()->recoveryItem(root)->lastVerification;
    QVERIFY(v);
    QVERIFY(v->check(u"root.secret"_s));
    QCOMPARE(v->check(u"root.secret"_s)->outcome, CheckOutcome::Passed);
    QCOMPARE(v->check(u"root.holder"_s)->outcome, CheckOutcome::Passed);
    QVERIFY(!holds(planBytes(m_path), leakCanary()));

    // Replacing it keeps the reference and notes the change.
    answerNextDialog(u"secretOk"_s, [&secret](QDialog *dialog) {
        const QString again = QString::fromUtf8(secret) + u"-2"_s;
        child<QLineEdit>(dialog, u"secretField"_s)->setText(again);
        child<QLineEdit>(dialog, u"secretRepeat"_s)->setText(again);
    });
    child<QPushButton>(box, u"recoverySecretStore"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, keychainTimeoutMs);
    QVERIFY(finished.at(1).at(0).toBool());
    QCOMPARE(m_session->plan()->recoveryItem(root)->secretRef, ref.key());
    QVERIFY(!holds(planBytes(m_path), leakCanary()));

    // Removed: out of the keychain, and the plan forgets the reference.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(box, u"recoverySecretRemove"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, keychainTimeoutMs);
    QVERIFY(finished.at(2).at(0).toBool());
    QVERIFY(m_session->plan()->recoveryItem(root)->secretRef.isEmpty());
    const auto gone = readSecret(*store, ref);
    QVERIFY(gone);
    QCOMPARE(gone->outcome(), SecretResult::Outcome::NotFound);
}

QTEST_MAIN(TestContingencyPage)
#include "tst_contingencypage.moc"
