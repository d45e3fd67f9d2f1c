#include "AcceptFindingDialog.h"
#include "DdosFindingsView.h"
#include "DialogDriver.h"
#include "FieldMessage.h"
#include "FindingsList.h"
#include "FindingsPageFixture.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// Accepting a finding as a risk, and withdrawing it: from "All findings" (saved, undone and redone,
// withdrawn with Delete), the dialog's checks (a reason, an end not in the past), and from a step's
// own findings list.
class TestFindingAcceptance : public QObject, public FindingsPageFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(start()); }
    void init() { QVERIFY(createPlan()); }
    void cleanup() { closePage(); }
    void cleanupTestCase() { Clock::setClock(nullptr); }

    void acceptingIsSavedUndoneAndRedone();
    void dialogRequiresReasonAndRefusesPastExpiry();
    void acceptanceWithoutExpiryIsWithdrawnWithDelete();
    void stepFindingsListAcceptsAndShowsAccepted();
};

void TestFindingAcceptance::acceptingIsSavedUndoneAndRedone()
{
    openPage();
    QVERIFY(chooseFinding(u"PROV-NO-CONTACT"_s));
    const Finding finding = m_page->detail()->finding()->finding;
    auto *accept = m_page->findChild<QPushButton *>(u"findingAccept"_s);
    QVERIFY(accept->isVisible() || !accept->isHidden());
    QVERIFY(accept->isEnabled());
    QCOMPARE(accept->text(), u"&Accept as a Risk…"_s);
    QVERIFY(m_page->findChild<QPushButton *>(u"findingWithdraw"_s)->isHidden());

    const QDate today(2025, 6, 16);
    bool checked = false;
    answerNextDialog(u"acceptFindingOk"_s, [&](QDialog *dialog) {
        auto *ok = dialog->findChild<QPushButton *>(u"acceptFindingOk"_s);
        QVERIFY(ok && !ok->isEnabled()); // no reason yet
        auto *until = dialog->findChild<QDateEdit *>(u"acceptFindingUntil"_s);
        QCOMPARE(until->date(), today.addMonths(6));
        QVERIFY(!dialog->findChild<QCheckBox *>(u"acceptFindingNoExpiry"_s)->isChecked());
        QVERIFY(dialog->findChild<QLabel *>(u"acceptFindingIntro"_s)->text().contains(finding.title));
        dialog->findChild<QPlainTextEdit *>(u"acceptFindingReason"_s)
            ->setPlainText(u"  The host's contact is in the contract binder.  "_s);
        QVERIFY(ok->isEnabled());
        checked = true;
    });
    accept->click();
    QVERIFY(checked);

    // Written, with the plan's actor, today, six months on.
    QCOMPARE(plan().acceptances().size(), 1);
    const FindingAcceptance a = plan().acceptances().first();
    QCOMPARE(a.ruleId, finding.id);
    QCOMPARE(a.subject, finding.subject);
    QCOMPARE(a.reason, u"The host's contact is in the contract binder."_s);
    QCOMPARE(a.acceptedBy, plan().actor().member.isEmpty() ? plan().actor().osUser : plan().actor().member);
    QVERIFY(!a.acceptedBy.isEmpty());
    QCOMPARE(a.acceptedOn, today);
    QCOMPARE(a.expiresOn, today.addMonths(6));

    // The row shows it at once, still chosen, with the reason in the details.
    const QString until
        = u"Accepted until %1"_s.arg(QLocale().toString(today.addMonths(6), QLocale::ShortFormat));
    QTRY_COMPARE(cell(rowOf(finding.id), FindingsRegisterModel::State), until);
    QCOMPARE(m_page->detail()->finding()->finding.id, finding.id);
    QVERIFY(
        m_page->detail()->text()->toPlainText().contains(u"The host's contact is in the contract binder."_s));
    QVERIFY(m_page->detail()->text()->toPlainText().contains(u"Accepted as a risk until"_s));
    QVERIFY(!m_page->findChild<QPushButton *>(u"findingWithdraw"_s)->isHidden());
    QCOMPARE(accept->text(), u"&Change Acceptance…"_s);
    QVERIFY(m_page->findChild<QLabel *>(u"findingsSummary"_s)->text().contains(u"1 accepted as a risk"_s));

    // Undo withdraws it, redo accepts it again.
    QCOMPARE(m_session->undoStack()->count(), 1);
    m_session->undoStack()->undo();
    QVERIFY(plan().acceptances().isEmpty());
    QTRY_COMPARE(cell(rowOf(finding.id), FindingsRegisterModel::State), u"Open"_s);
    m_session->undoStack()->redo();
    QCOMPARE(plan().acceptances().size(), 1);
    QCOMPARE(plan().acceptances().first().reason, a.reason);
    QCOMPARE(plan().acceptances().first().expiresOn, a.expiresOn);
    QTRY_COMPARE(cell(rowOf(finding.id), FindingsRegisterModel::State), until);

    // In the file.
    m_filterTester.reset();
    m_sourceTester.reset();
    m_page.reset();
    m_session->close();
    auto reopened = Plan::open(m_path);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    QCOMPARE(reopened.value()->acceptances().size(), 1);
    FindingAcceptance saved = reopened.value()->acceptances().first();
    saved.id = a.id;
    QCOMPARE(saved, a);
    QVERIFY(reopened.value()->acceptanceFor(finding, today));
}

void TestFindingAcceptance::dialogRequiresReasonAndRefusesPastExpiry()
{
    const Finding finding { .id = u"DDOS-NO-CDN"_s, .severity = Severity::High, .title = u"No CDN"_s };
    const QDate today(2025, 6, 16);
    AcceptFindingDialog dialog(finding, std::nullopt, u"Mia"_s, today);
    auto *ok = dialog.findChild<QPushButton *>(u"acceptFindingOk"_s);
    auto *reason = dialog.findChild<QPlainTextEdit *>(u"acceptFindingReason"_s);
    auto *until = dialog.findChild<QDateEdit *>(u"acceptFindingUntil"_s);
    auto *noExpiry = dialog.findChild<QCheckBox *>(u"acceptFindingNoExpiry"_s);
    auto *message = dialog.findChild<FieldMessage *>(u"acceptFindingUntilMessage"_s);
    QVERIFY(ok && reason && until && noExpiry && message);
    QVERIFY(!reason->accessibleName().isEmpty() && !until->accessibleName().isEmpty());

    // The reason is required: blanks are not one.
    QVERIFY(!ok->isEnabled());
    reason->setPlainText(u"   \n "_s);
    QVERIFY(!ok->isEnabled());
    reason->setPlainText(u"Until the CDN contract starts in July"_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.reason(), u"Until the CDN contract starts in July"_s);

    // An end in the past is refused, with words under the date; today is still fine.
    until->setDate(today.addDays(-1));
    QCOMPARE(until->date(), today.addDays(-1));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!message->isHidden());
    QVERIFY(message->message().contains(u"passed"_s));
    until->setDate(today);
    QVERIFY(ok->isEnabled());
    QVERIFY(message->isHidden());

    // No expiry: the date does not count.
    until->setDate(today.addYears(-1));
    QVERIFY(!ok->isEnabled());
    noExpiry->setChecked(true);
    QVERIFY(!until->isEnabled());
    QVERIFY(ok->isEnabled());
    QVERIFY(!dialog.expiresOn().isValid());
    noExpiry->setChecked(false);
    QVERIFY(!ok->isEnabled());

    // Through the page: a past date cannot be accepted, and nothing is written.
    openPage();
    QVERIFY(chooseFinding(u"DDOS-NO-CDN"_s));
    QTest::ignoreMessage(QtWarningMsg, "no enabled button acceptFindingOk: cancelling the dialog");
    answerNextDialog(u"acceptFindingOk"_s, [&](QDialog *d) {
        d->findChild<QPlainTextEdit *>(u"acceptFindingReason"_s)->setPlainText(u"Because"_s);
        d->findChild<QDateEdit *>(u"acceptFindingUntil"_s)->setDate(today.addMonths(-2));
    });
    m_page->findChild<QPushButton *>(u"findingAccept"_s)->click();
    QVERIFY(plan().acceptances().isEmpty());
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void TestFindingAcceptance::acceptanceWithoutExpiryIsWithdrawnWithDelete()
{
    openPage();
    QVERIFY(chooseFinding(u"SHOP-NO-OWNER"_s));
    const Finding finding = m_page->detail()->finding()->finding;
    answerNextDialog(u"acceptFindingOk"_s, [](QDialog *dialog) {
        dialog->findChild<QPlainTextEdit *>(u"acceptFindingReason"_s)->setPlainText(u"I am the owner"_s);
        dialog->findChild<QCheckBox *>(u"acceptFindingNoExpiry"_s)->setChecked(true);
    });
    m_page->acceptCurrent();
    QCOMPARE(plan().acceptances().size(), 1);
    QVERIFY(!plan().acceptances().first().expiresOn.isValid());
    QTRY_COMPARE(cell(rowOf(finding.id), FindingsRegisterModel::State), u"Accepted, no expiry"_s);

    // Delete on the table withdraws it; undo brings it back as it was.
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->table()->setFocus();
    QCOMPARE(m_page->detail()->finding()->finding.id, finding.id);
    QTest::keyClick(m_page->table(), Qt::Key_Delete);
    QVERIFY(plan().acceptances().isEmpty());
    QTRY_COMPARE(cell(rowOf(finding.id), FindingsRegisterModel::State), u"Open"_s);
    QCOMPARE(m_session->undoStack()->count(), 2);
    QCOMPARE(m_session->undoStack()->undoText(), u"Withdraw the acceptance of “%1”"_s.arg(finding.title));
    m_session->undoStack()->undo();
    QCOMPARE(plan().acceptances().size(), 1);
    QCOMPARE(plan().acceptances().first().reason, u"I am the owner"_s);
    QTRY_COMPARE(cell(rowOf(finding.id), FindingsRegisterModel::State), u"Accepted, no expiry"_s);
    // Delete on an open finding changes nothing.
    QVERIFY(chooseFinding(u"DDOS-NO-CDN"_s));
    QTest::keyClick(m_page->table(), Qt::Key_Delete);
    QCOMPARE(plan().acceptances().size(), 1);
}

void TestFindingAcceptance::stepFindingsListAcceptsAndShowsAccepted()
{
    // As in the app: the window holds the session, and the step's findings view is inside it.
    m_session->close();
    QWidget window;
    auto *session = new PlanSession(&window);
    session->setSecretStore(new NoSecretStore);
    QVERIFY(session->open(m_path));
    auto *view = new DdosFindingsView(*session, &window);
    auto *list = view->findChild<FindingsList *>();
    QVERIFY(list);
    int row = -1;
    for (int i = 0; i < list->findings().size(); ++i) {
        if (list->findings().at(i).id == u"DDOS-NO-CDN")
            row = i;
    }
    QVERIFY(row >= 0);
    list->list()->setCurrentRow(row);
    auto *accept = list->acceptButton();
    QCOMPARE(accept->objectName(), u"ddosFindingAccept"_s);
    QVERIFY(!accept->isHidden());
    QVERIFY(accept->isEnabled());
    QVERIFY(list->withdrawButton()->isHidden());
    // The list's context menu offers it too.
    QCOMPARE(list->list()->contextMenuPolicy(), Qt::ActionsContextMenu);
    QAction *acceptAction = list->list()->actions().value(0);
    QVERIFY(acceptAction && acceptAction->isEnabled());
    QCOMPARE(acceptAction->text(), u"Accept as a Risk…"_s);

    answerNextDialog(u"acceptFindingOk"_s, [](QDialog *dialog) {
        dialog->findChild<QPlainTextEdit *>(u"acceptFindingReason"_s)
            ->setPlainText(u"CDN contract from July"_s);
    });
    acceptAction->trigger();
    QCOMPARE(session->plan()->acceptances().size(), 1);
    QCOMPARE(session->plan()->acceptances().first().ruleId, u"DDOS-NO-CDN"_s);
    QCOMPARE(session->undoStack()->count(), 1);

    // Shown as accepted, still chosen, with the reason.
    const QString until = QLocale().toString(QDate(2025, 12, 16), QLocale::ShortFormat);
    QCOMPARE(list->list()->currentItem()->data(Qt::UserRole).toString().section(u'|', 0, 0),
             u"DDOS-NO-CDN"_s);
    QVERIFY2(list->list()->currentItem()->text().endsWith(u" — accepted until "_s + until),
             qPrintable(list->list()->currentItem()->text()));
    QVERIFY(list->details()->toPlainText().contains(u"CDN contract from July"_s));
    QVERIFY(!list->withdrawButton()->isHidden());
    QCOMPARE(accept->text(), u"&Change Acceptance…"_s);

    // Undone from the Edit menu: the list follows.
    session->undoStack()->undo();
    QVERIFY(session->plan()->acceptances().isEmpty());
    QTRY_VERIFY(!list->list()->currentItem()->text().contains(u"accepted"_s));
    QVERIFY(list->withdrawButton()->isHidden());
    session->undoStack()->redo();
    QTRY_VERIFY(list->list()->currentItem()->text().contains(u"accepted until"_s));
    // Withdrawn with its button.
    list->withdrawButton()->click();
    QVERIFY(session->plan()->acceptances().isEmpty());
    QVERIFY(!list->list()->currentItem()->text().contains(u"accepted"_s));
    delete view;
    session->close();
}

QTEST_MAIN(TestFindingAcceptance)
#include "tst_findingacceptance.moc"
