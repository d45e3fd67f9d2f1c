#include "AccountReviewFixture.h"
#include "ConfirmationLettersView.h"
#include "DialogDriver.h"
#include "FileDialog.h"
#include "LeaversView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// What follows an access review: letters asking developers to confirm their accounts, with the
// replies recorded, and the leavers' checklists.
class TestAccountReviewFollowups : public QObject, public AccountReviewFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(start()); }
    void init() { QVERIFY(createPlan()); }
    void cleanup() { m_session.reset(); }
    void cleanupTestCase() { Clock::setClock(nullptr); }

    void letterWrittenAndRepliesRecordedConfirmTheAccounts();
    void keepWithoutAReasonCannotBeSaved();
    void tickingALeaversAccountDisablesItAndClearsTheFinding();
    void markAsLeftPutsThePersonOnTheLeaversList();
};

void TestAccountReviewFollowups::letterWrittenAndRepliesRecordedConfirmTheAccounts()
{
    const qint64 shop = addSystem(u"Shop admin"_s);
    const qint64 host = addSystem(u"Hosting panel"_s, SystemKind::HostingPanel);
    addPerson(u"Olga Owner"_s, u"Owner"_s);
    const qint64 agency = addPerson(u"Pixelwerk Agency"_s, u"Built the theme"_s, Person::Kind::Agency);
    const qint64 a1 = addAccount(shop, u"pixelwerk"_s, { agency }, AccountRole::Admin);
    const qint64 a2 = addAccount(host, u"pw-deploy"_s, { agency }, AccountRole::Manager);
    QVERIFY(a1 && a2);
    PersonAccess access;
    access.personId = agency;
    access.projectEndedOn = today().addDays(-10);
    QVERIFY(plan().setPersonAccess(access));
    QVERIFY(hasFinding(findings(), u"ACC-DEV-UNCONFIRMED"_s));

    ConfirmationLettersView view(*m_session);
    view.resize(1100, 700);
    auto *intro = view.findChild<QLabel *>(u"lettersIntro"_s);
    QVERIFY(intro);
    QVERIFY2(intro->text().contains(u"Letters to write: Pixelwerk Agency"_s), qPrintable(intro->text()));
    const QString pdf = m_dir.filePath(u"letter.pdf"_s);
    answerNextDialog(u"confirmationLetterRecord"_s, [&](QDialog *dialog) {
        auto *preview = dialog->findChild<QTextBrowser *>(u"confirmationLetterPreview"_s);
        QVERIFY(preview);
        QVERIFY2(preview->toPlainText().contains(u"pw-deploy"_s), qPrintable(preview->toPlainText()));
        FileDialog::setNextFileName(pdf);
        dialog->findChild<QPushButton *>(u"confirmationLetterPdf"_s)->click();
    });
    view.writeLetter(agency);
    QCOMPARE(plan().confirmationLetters().size(), 1);
    const ConfirmationLetter letter = plan().confirmationLetters().first();
    QCOMPARE(letter.personId, agency);
    QCOMPARE(QSet<qint64>(letter.accountIds.cbegin(), letter.accountIds.cend()), QSet<qint64>({ a1, a2 }));
    QCOMPARE(letter.writtenOn, today());
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5) == "%PDF-");

    QCOMPARE(view.selectedLetterId(), letter.id);
    QVERIFY(!intro->text().contains(u"Letters to write"_s));
    QCOMPARE(view.accounts()->topLevelItemCount(), 2);
    QCOMPARE(view.letters()->topLevelItem(0)->text(3), u"0 of 2"_s);

    for (qint64 accountId : { a1, a2 }) {
        view.selectAccount(accountId);
        QCOMPARE(view.selectedAccountId(), accountId);
        answerNextDialog(u"replySave"_s, [](QDialog *dialog) {
            dialog->findChild<QRadioButton *>(u"replyKeep"_s)->setChecked(true);
            dialog->findChild<QLineEdit *>(u"replyReason"_s)->setText(u"Looks after the theme updates"_s);
        });
        view.recordReply();
    }
    QCOMPARE(plan().confirmations().size(), 2);
    QCOMPARE(plan().confirmations().first().reason, u"Looks after the theme updates"_s);
    QVERIFY(!hasFinding(findings(), u"ACC-DEV-UNCONFIRMED"_s));
    QTRY_COMPARE(view.letters()->topLevelItem(0)->text(3), u"2 of 2"_s);
    QCOMPARE(view.accounts()->topLevelItem(0)->text(3),
             AccountConfirmation::decisionName(AccountConfirmation::Decision::Keep));
}

void TestAccountReviewFollowups::keepWithoutAReasonCannotBeSaved()
{
    const qint64 shop = addSystem(u"Shop admin"_s);
    const qint64 dev = addPerson(u"Dan Developer"_s, u"Freelance developer"_s, Person::Kind::Developer);
    QVERIFY(addAccount(shop, u"dan"_s, { dev }, AccountRole::Admin));
    ConfirmationLetter letter;
    letter.personId = dev;
    letter.writtenOn = today();
    letter.accountIds
        = plan().accounts().isEmpty() ? QList<qint64>() : QList<qint64> { plan().accounts().first().id };
    const auto id = plan().addConfirmationLetter(letter);
    QVERIFY2(id, qPrintable(id.error()));
    PersonAccess access;
    access.personId = dev;
    access.projectEndedOn = today().addDays(-5);
    QVERIFY(plan().setPersonAccess(access));

    ConfirmationLettersView view(*m_session);
    QCOMPARE(view.selectedLetterId(), id.value());
    bool saveWasEnabled = true;
    answerNextDialog(u"replySave"_s, [&](QDialog *dialog) {
        dialog->findChild<QRadioButton *>(u"replyKeep"_s)->setChecked(true);
        dialog->findChild<QLineEdit *>(u"replyReason"_s)->setText(u"  "_s);
        saveWasEnabled = dialog->findChild<QPushButton *>(u"replySave"_s)->isEnabled();
        // "Remove" needs no reason.
        dialog->findChild<QRadioButton *>(u"replyRemove"_s)->setChecked(true);
    });
    view.recordReply();
    QVERIFY(!saveWasEnabled);
    QCOMPARE(plan().confirmations().size(), 1);
    QCOMPARE(plan().confirmations().first().decision, AccountConfirmation::Decision::Remove);
    QVERIFY(hasFinding(findings(), u"ACC-DEV-REMOVE-PENDING"_s));
}

void TestAccountReviewFollowups::tickingALeaversAccountDisablesItAndClearsTheFinding()
{
    const qint64 shop = addSystem(u"Shop admin"_s);
    const qint64 mail = addSystem(u"Email"_s, SystemKind::Email);
    const qint64 owner = addPerson(u"Olga Owner"_s, u"Owner"_s);
    const qint64 lena = addPerson(u"Lena Schmidt"_s, u"Packing"_s, Person::Kind::Staff, today().addDays(-5));
    const qint64 shopAccount = addAccount(shop, u"lena"_s, { lena });
    const qint64 mailbox = addAccount(mail, u"orders@shop.example"_s, { lena }, AccountRole::ReadOnly);
    QVERIFY(shopAccount && mailbox && owner);
    QVERIFY(hasFinding(findings(), u"ACC-LEFT-ACTIVE"_s));

    LeaversView view(*m_session);
    view.resize(1100, 700);
    QCOMPARE(view.leavers()->count(), 1);
    QCOMPARE(view.selectedLeaverId(), lena);
    auto *progress = view.findChild<QLabel *>(u"leaverProgress"_s);
    QCOMPARE(progress->text(), u"0 of 2 done"_s);

    // The shop account: disabled.
    int row = view.rowOf(shopAccount);
    QVERIFY(row >= 0);
    view.checklist()->item(row, LeaversView::DoneColumn)->setCheckState(Qt::Checked);
    QCOMPARE(plan().account(shopAccount)->status, AccountStatus::Disabled);
    QTRY_COMPARE(progress->text(), u"1 of 2 done"_s);
    QVERIFY(hasFinding(findings(), u"ACC-LEFT-ACTIVE"_s)); // the mailbox still works

    // The mailbox: handed over to the owner.
    row = view.rowOf(mailbox);
    auto *action = view.checklist()->findChild<QComboBox *>(u"leaverAction_%1"_s.arg(mailbox));
    auto *colleague = view.checklist()->findChild<QComboBox *>(u"leaverColleague_%1"_s.arg(mailbox));
    QVERIFY(action && colleague);
    action->setCurrentIndex(1);
    QCOMPARE(colleague->currentData().toLongLong(), owner);
    view.checklist()->item(row, LeaversView::DoneColumn)->setCheckState(Qt::Checked);
    QCOMPARE(plan().account(mailbox)->personIds, QList<qint64>({ owner }));
    QCOMPARE(plan().account(mailbox)->status, AccountStatus::Active);
    QTRY_COMPARE(progress->text(), u"2 of 2 done"_s);
    QVERIFY(!hasFinding(findings(), u"ACC-LEFT-ACTIVE"_s));
    QVERIFY(view.leavers()->item(0)->text().contains(u"all done"_s));

    // Unticking puts the shop account back.
    row = view.rowOf(shopAccount);
    view.checklist()->item(row, LeaversView::DoneColumn)->setCheckState(Qt::Unchecked);
    QCOMPARE(plan().account(shopAccount)->status, AccountStatus::Active);
    QTRY_COMPARE(progress->text(), u"1 of 2 done"_s);
    QVERIFY(hasFinding(findings(), u"ACC-LEFT-ACTIVE"_s));
}

void TestAccountReviewFollowups::markAsLeftPutsThePersonOnTheLeaversList()
{
    const qint64 shop = addSystem(u"Shop admin"_s);
    addPerson(u"Olga Owner"_s, u"Owner"_s);
    const qint64 tom = addPerson(u"Tom Temp"_s, u"Christmas help"_s);
    QVERIFY(addAccount(shop, u"tom"_s, { tom }));

    LeaversView view(*m_session);
    QCOMPARE(view.leavers()->count(), 0);
    answerNextDialog(u"markLeftSave"_s, [&](QDialog *dialog) {
        auto *person = dialog->findChild<QComboBox *>(u"markLeftPerson"_s);
        QVERIFY(person);
        person->setCurrentIndex(person->findData(tom));
        dialog->findChild<QDateEdit *>(u"markLeftOn"_s)->setDate(today().addDays(-1));
    });
    view.markAsLeft();
    QCOMPARE(plan().person(tom)->status, Person::Status::Left);
    QCOMPARE(plan().person(tom)->leftOn, today().addDays(-1));
    QTRY_COMPARE(view.leavers()->count(), 1);
    QCOMPARE(view.selectedLeaverId(), tom);
    QCOMPARE(view.checklist()->rowCount(), 1);
    QVERIFY(hasFinding(findings(), u"ACC-LEFT-ACTIVE"_s));
}

QTEST_MAIN(TestAccountReviewFollowups)
#include "tst_accountreviewfollowups.moc"
