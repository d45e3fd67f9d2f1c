#include "../secrets/SecretStoreTestSupport.h"
#include "CertificationsEditor.h"
#include "CredentialBox.h"
#include "DialogDriver.h"
#include "GuiTestHome.h"
#include "MessageBox.h"
#include "NoticeBanner.h"
#include "PlanSession.h"
#include "ProviderDetail.h"
#include "ProvidersModel.h"
#include "ProvidersPage.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "providers/ProviderFindings.h"
#include "providers/QuestionBank.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/NoSecretStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

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

bool contains(const QByteArray &haystack, const QByteArray &secret)
{
    return haystack.contains(secret) || haystack.contains(QString::fromUtf8(secret).toUtf8().toBase64())
        || haystack.contains(QByteArray(reinterpret_cast<const char *>(QString::fromUtf8(secret).utf16()),
                                        QString::fromUtf8(secret).size() * 2));
}
} // namespace

// The "Providers" step: the register with its counts, the dialog, undo, certifications and the
// portal credential in the keychain (or the plain state when there is none).
class TestProvidersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase() { Clock::setClock(nullptr); }

    void emptyStateAddsTheFirstProviderThroughTheDialog();
    void countsAndAgeFollowTheAnswers();
    void editUndoRedo();
    void removeAsksAndUndoBringsAnswersBack();
    void certificationsSayWhenTheyRunOut();
    void noKeychainIsSaidPlainlyAndTheRestSaves();
    void keychainStoreRevealCopyRemoveWithoutLeaks();

private:
    void openPage(SecretStore *store = nullptr);
    qint64 addHost(const QString &name = u"Hostinga GmbH"_s);
    QString cell(int row, int column) const;
    int applicableForHost() const;

    GuiTestHome m_home;
    FixedClock m_clock { QDateTime(QDate(2025, 6, 16), QTime(10, 0), Qt::UTC) };
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PlanSession> m_session;
    std::unique_ptr<ProvidersPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestProvidersPage::initTestCase()
{
    QVERIFY(m_home.start());
    Clock::setClock(&m_clock);
}

void TestProvidersPage::init()
{
    m_home.reset();
    MessageBox::clearLastText();
    m_path = m_dir.filePath(u"%1.storefort"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_session = std::make_unique<PlanSession>();
    QVERIFY(m_session->create(m_path, u"Provider shop"_s));
}

void TestProvidersPage::cleanup()
{
    m_tester.reset();
    m_page.reset();
    m_session.reset();
}

void TestProvidersPage::openPage(SecretStore *store)
{
    if (store)
        m_session->setSecretStore(store);
    m_page = std::make_unique<ProvidersPage>(*m_session);
    m_page->resize(1100, 700);
    auto *table = child<QTableView>(m_page.get(), u"providersTable"_s);
    QVERIFY(table);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

qint64 TestProvidersPage::addHost(const QString &name)
{
    Provider p;
    p.name = name;
    p.kind = ProviderKind::WebHost;
    p.supportPhone = u"+49 30 1234567"_s;
    p.supportEmail = u"support@hostinga.example"_s;
    auto id = m_session->plan()->addProvider(p);
    return id ? id.value() : 0;
}

QString TestProvidersPage::cell(int row, int column) const
{
    auto *table = m_page->findChild<QTableView *>(u"providersTable"_s);
    return table->model()->index(row, column).data().toString();
}

int TestProvidersPage::applicableForHost() const
{
    return int(QuestionBank::builtIn().applicable(ProviderKind::WebHost, {}).size());
}

void TestProvidersPage::emptyStateAddsTheFirstProviderThroughTheDialog()
{
    openPage(new NoSecretStore);
    auto *stack = m_page->findChild<QStackedWidget *>();
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget()->objectName(), u"providersEmpty"_s);

    answerNextDialog(u"providerOk"_s, [](QDialog *dialog) {
        // The first provider is offered as the web host.
        QCOMPARE(child<QComboBox>(dialog, u"providerKind"_s)->currentText(),
                 ProviderKinds::name(ProviderKind::WebHost));
        child<QLineEdit>(dialog, u"providerName"_s)->setText(u"Hostinga GmbH"_s);
        child<QLineEdit>(dialog, u"providerServices"_s)->setText(u"Web server and database"_s);
        child<QLineEdit>(dialog, u"providerPhone"_s)->setText(u"+49 30 1234567"_s);
        child<QLineEdit>(dialog, u"providerEmail"_s)->setText(u"support@hostinga.example"_s);
        child<QLineEdit>(dialog, u"providerPortal"_s)->setText(u"https://portal.hostinga.example"_s);
        child<QCheckBox>(dialog, u"providerAllHours"_s)->setChecked(true);
        child<QLineEdit>(dialog, u"providerAccount"_s)->setText(u"K-4711"_s);
        child<QLineEdit>(dialog, u"providerEscalation"_s)->setText(u"Jana Kraus, +49 30 7654321"_s);
        child<QCheckBox>(dialog, u"providerContractStartKnown"_s)->setChecked(true);
        child<QDateEdit>(dialog, u"providerContractStart"_s)->setDate(QDate(2023, 1, 1));
        child<QPlainTextEdit>(dialog, u"providerNotes"_s)->setPlainText(u"Ask for Jana."_s);
    });
    child<QPushButton>(m_page.get(), u"addFirstProvider"_s)->click();

    QCOMPARE(m_session->plan()->providers().size(), 1);
    const Provider saved = m_session->plan()->providers().first();
    QCOMPARE(saved.name, u"Hostinga GmbH"_s);
    QCOMPARE(saved.kind, ProviderKind::WebHost);
    QCOMPARE(saved.contractStart, QDate(2023, 1, 1));
    QVERIFY(!saved.contractEnd.isValid()); // "no date" stays no date
    QVERIFY(saved.support24x7);
    QCOMPARE(saved.accountId, u"K-4711"_s);
    QCOMPARE(stack->currentWidget()->objectName(), u"providersSplit"_s);
    QCOMPARE(cell(0, ProvidersModel::Name), u"Hostinga GmbH"_s);
    QCOMPARE(cell(0, ProvidersModel::Kind), ProviderKinds::name(ProviderKind::WebHost));
    QCOMPARE(cell(0, ProvidersModel::Answered), u"0"_s);
    QCOMPARE(cell(0, ProvidersModel::Outstanding), QString::number(applicableForHost()));
    QVERIFY(applicableForHost() > 0);
    QCOMPARE(m_page->selectedProviderId(), saved.id);
    // The detail shows the support line and the portal as a link.
    const QString support = child<QLabel>(m_page.get(), u"providerSupport"_s)->text();
    QVERIFY2(support.contains(u"+49 30 1234567"_s) && support.contains(u"24 hours"_s), qPrintable(support));
    QVERIFY(child<QLabel>(m_page.get(), u"providerContact"_s)
                ->text()
                .contains(u"href=\"https://portal.hostinga.example"_s));
    // The findings badge counts what ProviderFindings says about this provider.
    int expected = 0;
    for (const Finding &f : ProviderFindings::compute(*m_session->plan()))
        expected += ProviderFindings::providerOf(f) == saved.id ? 1 : 0;
    QCOMPARE(cell(0, ProvidersModel::Findings), QString::number(expected));
    QVERIFY(expected > 0); // nothing answered yet
}

void TestProvidersPage::countsAndAgeFollowTheAnswers()
{
    const qint64 id = addHost();
    openPage(new NoSecretStore);
    QCOMPARE(cell(0, ProvidersModel::OldestAnswer), u"—"_s);
    const QList<const Question *> questions = QuestionBank::builtIn().applicable(ProviderKind::WebHost, {});
    const Question *yesNo = nullptr;
    for (const Question *q : questions) {
        if (q->type == Question::Type::YesNo && !q->condition) {
            yesNo = q;
            break;
        }
    }
    QVERIFY(yesNo);
    Answer answer;
    answer.providerId = id;
    answer.questionId = yesNo->id;
    answer.value = u"yes"_s;
    answer.answeredBy = u"Jana Kraus"_s;
    answer.givenOn = QDate(2025, 3, 10); // three months before the fixed today
    QVERIFY(m_session->plan()->setAnswer(answer));
    const int applicable
        = int(QuestionBank::builtIn().applicable(ProviderKind::WebHost, { { yesNo->id, u"yes"_s } }).size());
    QCOMPARE(cell(0, ProvidersModel::Answered), u"1"_s);
    QCOMPARE(cell(0, ProvidersModel::Outstanding), QString::number(applicable - 1));
    QCOMPARE(cell(0, ProvidersModel::OldestAnswer), u"3 months"_s);

    // A shorter answer age set on the page makes the answer due again, and the plan keeps it.
    auto *age = m_page->findChild<QSpinBox *>(u"answerAge"_s);
    QVERIFY(age);
    QCOMPARE(age->value(), 12);
    age->setValue(2);
    emit age->editingFinished();
    QCOMPARE(m_session->plan()->answerMaxAgeMonths(), 2);
    QCOMPARE(cell(0, ProvidersModel::Outstanding), QString::number(applicable));

    QCOMPARE(ProvidersModel::ageInWords(QDate(2025, 6, 15), QDate(2025, 6, 16)), u"1 day"_s);
    QCOMPARE(ProvidersModel::ageInWords(QDate(2025, 5, 26), QDate(2025, 6, 16)), u"3 weeks"_s);
    QCOMPARE(ProvidersModel::ageInWords(QDate(2022, 6, 1), QDate(2025, 6, 16)), u"3 years"_s);
}

void TestProvidersPage::editUndoRedo()
{
    const qint64 id = addHost();
    openPage(new NoSecretStore);
    m_page->selectProvider(id);
    answerNextDialog(u"providerOk"_s, [](QDialog *dialog) {
        child<QLineEdit>(dialog, u"providerName"_s)->setText(u"Hostinga AG"_s);
        // A broken address is refused at the field, then fixed.
        auto *email = child<QLineEdit>(dialog, u"providerEmail"_s);
        email->setText(u"not an address"_s);
        QVERIFY(!dialog->findChild<QPushButton *>(u"providerOk"_s)->isEnabled());
        email->setText(u"help@hostinga.example"_s);
    });
    child<QPushButton>(m_page.get(), u"editProvider"_s)->click();
    QCOMPARE(m_session->plan()->provider(id)->name, u"Hostinga AG"_s);
    QCOMPARE(cell(0, ProvidersModel::Name), u"Hostinga AG"_s);
    QCOMPARE(m_session->undoStack()->count(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(cell(0, ProvidersModel::Name), u"Hostinga GmbH"_s);
    QCOMPARE(m_session->plan()->provider(id)->supportEmail, u"support@hostinga.example"_s);
    m_session->undoStack()->redo();
    QCOMPARE(cell(0, ProvidersModel::Name), u"Hostinga AG"_s);
    QCOMPARE(m_page->selectedProviderId(), id);
}

void TestProvidersPage::removeAsksAndUndoBringsAnswersBack()
{
    const qint64 first = addHost();
    const qint64 id = addHost(u"Paynow"_s);
    Answer answer;
    answer.providerId = id;
    answer.questionId = QuestionBank::builtIn().applicable(ProviderKind::WebHost, {}).first()->id;
    const Question *q = QuestionBank::builtIn().find(answer.questionId);
    answer.value = q->type == Question::Type::YesNo ? u"yes"_s : u"unknown"_s;
    if (!q->checkAnswer(answer.value).isEmpty())
        answer.value = q->type == Question::Type::Text ? u"on file"_s : q->choices.value(0).key;
    answer.answeredBy = u"Support"_s;
    answer.givenOn = QDate(2025, 6, 1);
    const auto answerId = m_session->plan()->setAnswer(answer);
    QVERIFY2(answerId, qPrintable(answerId.error()));
    QVERIFY(m_session->plan()->addAttachment(answerId.value(), u"reply.pdf"_s, "%PDF-1.4 reply"));
    openPage(new NoSecretStore);
    m_page->selectProvider(id);

    MessageBox::setNextAnswer(QMessageBox::No);
    child<QPushButton>(m_page.get(), u"removeProvider"_s)->click();
    QVERIFY(MessageBox::lastText().contains(u"Paynow"_s));
    QVERIFY(MessageBox::lastText().contains(u"answer"_s));
    QCOMPARE(m_session->plan()->providers().size(), 2);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(m_page.get(), u"removeProvider"_s)->click();
    QCOMPARE(m_session->plan()->providers().size(), 1);
    QVERIFY(m_session->plan()->answersOf(id).isEmpty());
    QCOMPARE(m_page->selectedProviderId(), first);

    m_session->undoStack()->undo();
    QCOMPARE(m_session->plan()->providers().size(), 2);
    QVERIFY(m_session->plan()->provider(id)); // same id
    const QList<Answer> back = m_session->plan()->answersOf(id);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().attachments.size(), 1);
    QCOMPARE(m_session->plan()->attachmentData(back.first().attachments.first().id).value(),
             "%PDF-1.4 reply");
    m_session->undoStack()->redo();
    QVERIFY(!m_session->plan()->provider(id));
}

void TestProvidersPage::certificationsSayWhenTheyRunOut()
{
    const qint64 id = addHost();
    openPage(new NoSecretStore);
    m_page->selectProvider(id);
    auto *editor = m_page->findChild<CertificationsEditor *>();
    QVERIFY(editor);
    auto *list = child<QTreeWidget>(editor, u"certificationsList"_s);
    QCOMPARE(list->topLevelItemCount(), 0);

    answerNextDialog(u"certificationOk"_s, [](QDialog *dialog) {
        auto *kind = child<QComboBox>(dialog, u"certificationKind"_s);
        kind->setCurrentIndex(kind->findData(int(Certification::Kind::Iso27001)));
        child<QCheckBox>(dialog, u"certificationHasExpiry"_s)->setChecked(true);
        child<QDateEdit>(dialog, u"certificationExpires"_s)->setDate(QDate(2025, 6, 28));
    });
    child<QPushButton>(editor, u"addCertification"_s)->click();
    QCOMPARE(m_session->plan()->provider(id)->certifications.size(), 1);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), Certification::kindName(Certification::Kind::Iso27001));
    QCOMPARE(list->topLevelItem(0)->text(1), u"Expires in 12 days"_s);

    // "Other" needs its name; an expired one says so.
    answerNextDialog(u"certificationOk"_s, [](QDialog *dialog) {
        auto *kind = child<QComboBox>(dialog, u"certificationKind"_s);
        kind->setCurrentIndex(kind->findData(int(Certification::Kind::Other)));
        QVERIFY(!dialog->findChild<QPushButton *>(u"certificationOk"_s)->isEnabled());
        child<QLineEdit>(dialog, u"certificationName"_s)->setText(u"BSI C5"_s);
        child<QDateEdit>(dialog, u"certificationExpires"_s)->setDate(QDate(2025, 1, 31));
    });
    child<QPushButton>(editor, u"addCertification"_s)->click();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(1)->text(0), u"BSI C5"_s);
    QVERIFY2(list->topLevelItem(1)->text(1).startsWith(u"Expired on"_s),
             qPrintable(list->topLevelItem(1)->text(1)));
    QCOMPARE(CertificationsEditor::expiryText({}, QDate(2025, 6, 16)), u"No expiry date on file"_s);
    QCOMPARE(CertificationsEditor::expiryText(QDate(2025, 6, 16), QDate(2025, 6, 16)), u"Expires today"_s);

    // Undo takes the last one back off; remove asks nothing and is undone too.
    m_session->undoStack()->undo();
    QCOMPARE(list->topLevelItemCount(), 1);
    list->setCurrentItem(list->topLevelItem(0));
    child<QPushButton>(editor, u"removeCertification"_s)->click();
    QCOMPARE(m_session->plan()->provider(id)->certifications.size(), 0);
    m_session->undoStack()->undo();
    QCOMPARE(m_session->plan()->provider(id)->certifications.size(), 1);
}

void TestProvidersPage::noKeychainIsSaidPlainlyAndTheRestSaves()
{
    const qint64 id = addHost();
    openPage(new NoSecretStore);
    m_page->selectProvider(id);
    auto *box = m_page->findChild<CredentialBox *>();
    QVERIFY(box);
    auto *notice = child<NoticeBanner>(box, u"credentialStoreNotice"_s);
    QTRY_VERIFY(notice->isVisibleTo(m_page.get()) || !notice->isHidden());
    QVERIFY2(notice->text().contains(u"cannot be stored on this computer"_s), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(u"No keychain"_s), qPrintable(notice->text()));
    QVERIFY(!child<QPushButton>(box, u"credentialStore"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(box, u"credentialReveal"_s)->isEnabled());

    // The user name still saves into the plan, and so does the rest of the provider.
    auto *user = child<QLineEdit>(box, u"credentialUser"_s);
    QVERIFY(user->isEnabled());
    user->setText(u"shop-owner@example.org"_s);
    emit user->editingFinished();
    QCOMPARE(m_session->plan()->provider(id)->credentialUser, u"shop-owner@example.org"_s);
    QVERIFY(m_session->plan()->provider(id)->credentialRef.isEmpty());
    answerNextDialog(u"providerOk"_s, [](QDialog *dialog) {
        child<QLineEdit>(dialog, u"providerHours"_s)->setText(u"Mon–Fri 8–18"_s);
    });
    child<QPushButton>(m_page.get(), u"providerEditDetails"_s)->click();
    QCOMPARE(m_session->plan()->provider(id)->supportHours, u"Mon–Fri 8–18"_s);
    QCOMPARE(m_session->plan()->provider(id)->credentialUser, u"shop-owner@example.org"_s);
}

void TestProvidersPage::keychainStoreRevealCopyRemoveWithoutLeaks()
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
    const qint64 id = addHost();
    openPage(store);
    m_page->selectProvider(id);
    auto *box = m_page->findChild<CredentialBox *>();
    QVERIFY(box);
    box->setSecretTimeoutMs(400);
    QVERIFY(child<NoticeBanner>(box, u"credentialStoreNotice"_s)->isHidden());
    QSignalSpy finished(box, &CredentialBox::operationFinished);
    const QByteArray secret = leakCanary() + "-portal-Pa55word!";

    // Store through the dialog: the field hides what is typed.
    answerNextDialog(u"secretOk"_s, [&secret](QDialog *dialog) {
        auto *field = child<QLineEdit>(dialog, u"secretField"_s);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        field->setText(QString::fromUtf8(secret));
    });
    child<QPushButton>(box, u"credentialStore"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, keychainTimeoutMs);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const SecretRef ref(m_session->plan()->planId(), u"provider"_s, QString::number(id), u"portal"_s);
    QCOMPARE(m_session->plan()->provider(id)->credentialRef, ref.key());
    const auto inKeychain = readSecret(*store, ref);
    QVERIFY2(inKeychain && inKeychain->ok(), describeResult(inKeychain).constData());
    QCOMPARE(inKeychain->secret(), secret);

    // Reveal: shown, then hidden again after the timeout.
    auto *revealed = child<QLabel>(box, u"credentialRevealed"_s);
    child<QPushButton>(box, u"credentialReveal"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, keychainTimeoutMs);
    QCOMPARE(revealed->text(), QString::fromUtf8(secret));
    QVERIFY(!revealed->isHidden());
    QTRY_VERIFY(revealed->isHidden());
    QVERIFY(revealed->text().isEmpty());

    // Copy: on the clipboard, marked secret, cleared after the timeout.
    QClipboard *clipboard = QApplication::clipboard();
    child<QPushButton>(box, u"credentialCopy"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, keychainTimeoutMs);
    QCOMPARE(clipboard->text(), QString::fromUtf8(secret));
    QVERIFY(clipboard->mimeData()->hasFormat(CredentialBox::secretHintFormat()));
    QCOMPARE(clipboard->mimeData()->data(CredentialBox::secretHintFormat()), "secret");
    QTRY_VERIFY(clipboard->text().isEmpty());
    // Something the owner copied since is left alone.
    child<QPushButton>(box, u"credentialCopy"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, keychainTimeoutMs);
    clipboard->setText(u"an order number"_s);
    QTest::qWait(700);
    QCOMPARE(clipboard->text(), u"an order number"_s);

    // The secret is nowhere in the plan: not in the file, its journal, nor the audit trail.
    QVERIFY(!contains(planBytes(m_path), secret));
    const auto audit = m_session->plan()->auditEntries();
    QVERIFY(audit);
    for (const AuditEntry &entry : audit.value()) {
        for (const QString &text : { entry.oldValue, entry.newValue, entry.field, entry.entityId })
            QVERIFY2(!text.contains(QString::fromUtf8(secret)), qPrintable(entry.field));
    }

    // Remove asks, then deletes it from the keychain and the plan forgets the reference.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(box, u"credentialRemove"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 5, keychainTimeoutMs);
    QVERIFY(finished.last().at(0).toBool());
    QVERIFY(m_session->plan()->provider(id)->credentialRef.isEmpty());
    auto gone = readSecret(*store, ref);
    QVERIFY(gone);
    QCOMPARE(gone->outcome(), SecretResult::Outcome::NotFound);

    // Removing the provider takes its keychain entry with it.
    box->storeSecretValue(secret);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 6, keychainTimeoutMs);
    QCOMPARE(m_session->plan()->provider(id)->credentialRef, ref.key());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(m_page.get(), u"removeProvider"_s)->click();
    QVERIFY(MessageBox::lastText().contains(u"keychain"_s));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto r = readSecret(*store, ref);
            return r && r->outcome() == SecretResult::Outcome::NotFound;
        }(),
        keychainTimeoutMs);
    QVERIFY(!contains(planBytes(m_path), secret));
}

QTEST_MAIN(TestProvidersPage)
#include "tst_providerspage.moc"
