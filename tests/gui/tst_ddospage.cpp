#include "DdosCallDialog.h"
#include "DdosCallTreeView.h"
#include "DdosDrillView.h"
#include "DdosFindingsView.h"
#include "DdosFrontView.h"
#include "DdosPage.h"
#include "DdosPlanCommand.h"
#include "DdosStepsView.h"
#include "DialogDriver.h"
#include "GuiTestHome.h"
#include "MessageBox.h"
#include "PlanSession.h"
#include "common/Clock.h"
#include "contingency/ContingencyFindings.h"
#include "plan/Plan.h"
#include "providers/QuestionBank.h"
#include "tls/TlsProbeJson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

QStringList ruleIds(const QList<Finding> &findings)
{
    QStringList ids;
    for (const Finding &f : findings)
        ids.append(f.id);
    return ids;
}

// The rule ids the findings list shows, read from its items' keys ("RULE|subject").
QStringList listedRules(DdosFindingsView *view)
{
    view->refresh();
    QStringList ids;
    for (int row = 0; row < view->list()->count(); ++row)
        ids.append(view->list()->item(row)->data(Qt::UserRole).toString().section(u'|', 0, 0));
    return ids;
}

// Every text in a tree widget, top-level and child rows, column by column.
QString treeText(QTreeWidget *tree)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = tree->topLevelItem(i);
        texts.append(top->text(0));
        for (int c = 0; c < top->childCount(); ++c) {
            for (int column = 0; column < tree->columnCount(); ++column)
                texts.append(top->child(c)->text(column));
        }
    }
    return texts.join(u'\n');
}

} // namespace

// The "DDoS readiness" step: what stands in front of the shop, who calls whom, the steps prepared in
// advance, the drill, and the findings, each written to the plan file through an undoable edit.
class TestDdosPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase() { Clock::setClock(nullptr); }

    void stepBuildsForANewPlan();
    void recordingTheCdnClearsTheFindingAndIsWritten();
    void probeAndHostAnswersAreShown();
    void addCallThroughTheDialogMoveAndRemove();
    void tickingAStepWritesTheDateAndUndoes();
    void ownStepsComeAndGoStandardOnesStay();
    void drillButtonRecordsToday();
    void reopenedPlanShowsEverything();
    void readOnlyPlanChangesNothing();

private:
    void openPage();
    // Closes the page and the session, and opens the plan file again in a fresh session.
    void reopen();
    qint64 addProvider(const QString &name, ProviderKind kind, const QString &phone = {},
                       const QString &email = {});
    qint64 addPerson(const QString &name);
    const DdosPlan &ddos() const { return m_session->plan()->ddosPlan(); }

    GuiTestHome m_home;
    FixedClock m_clock { QDateTime(QDate(2024, 12, 1), QTime(10, 0), Qt::UTC) };
    QDate m_today;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PlanSession> m_session;
    std::unique_ptr<DdosPage> m_page;
};

void TestDdosPage::initTestCase()
{
    QVERIFY(m_home.start());
    Clock::setClock(&m_clock);
    m_today = Clock::now().toLocalTime().date();
}

void TestDdosPage::init()
{
    m_home.reset();
    MessageBox::clearLastText();
    m_path = m_dir.filePath(u"%1.storefort"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_session = std::make_unique<PlanSession>();
    QVERIFY(m_session->create(m_path, u"Tiny Tea"_s));
}

void TestDdosPage::cleanup()
{
    m_page.reset();
    m_session.reset();
}

void TestDdosPage::openPage()
{
    m_page = std::make_unique<DdosPage>(*m_session);
    m_page->resize(1100, 700);
}

void TestDdosPage::reopen()
{
    m_page.reset();
    m_session.reset();
    m_session = std::make_unique<PlanSession>();
    QVERIFY(m_session->open(m_path));
    QVERIFY(!m_session->plan()->isReadOnly());
}

qint64 TestDdosPage::addProvider(const QString &name, ProviderKind kind, const QString &phone,
                                 const QString &email)
{
    Provider p;
    p.name = name;
    p.kind = kind;
    p.supportPhone = phone;
    p.supportEmail = email;
    auto id = m_session->plan()->addProvider(p);
    return id ? id.value() : 0;
}

qint64 TestDdosPage::addPerson(const QString &name)
{
    Person p;
    p.name = name;
    p.phone = u"+49 170 1234567"_s;
    auto id = m_session->plan()->addPerson(p);
    return id ? id.value() : 0;
}

void TestDdosPage::stepBuildsForANewPlan()
{
    const PlanStep step = DdosPage::step();
    QCOMPARE(step.id, u"ddos"_s);
    QCOMPARE(step.order, 500);
    QCOMPARE(step.title(), u"DDoS readiness"_s);
    QVERIFY(!QIcon(step.iconPath).pixmap(24, 24).isNull());
    QWidget *built = step.createPage(*m_session, nullptr);
    QVERIFY(qobject_cast<DdosPage *>(built));
    delete built;

    openPage();
    QCOMPARE(m_page->tabs()->count(), 5);
    QCOMPARE(m_page->tabs()->widget(0), m_page->frontView());
    QCOMPARE(m_page->tabs()->widget(4), m_page->findingsView());

    // The six standard steps, each with its why and nothing prepared.
    const auto &rows = m_page->stepsView()->rows();
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.size(), DdosPlan::standardSteps().size());
    for (const DdosStepsView::Row &row : rows) {
        QVERIFY(!row.prepared->isChecked());
        QVERIFY(!row.prepared->text().isEmpty());
        QVERIFY(!row.why->text().isEmpty());
        QVERIFY(!row.remove); // standard steps cannot be removed
        QVERIFY(!row.preparedOn->isVisibleTo(row.box));
    }
    QCOMPARE(rows.first().prepared->text(), ddos().steps.first().displayTitle());
    QCOMPARE(rows.first().why->text(), ddos().steps.first().why());

    // The findings of an empty plan, as the core computes them, and the count in the tab's name.
    const QStringList listed = listedRules(m_page->findingsView());
    QVERIFY(listed.contains(u"DDOS-NO-CDN"_s));
    QVERIFY(listed.contains(u"DDOS-NO-CALL-TREE"_s));
    QCOMPARE(listed, ruleIds(DdosFindings::compute(*m_session->plan())));
    QVERIFY(m_page->tabs()->tabText(4).contains(QString::number(listed.size())));

    // Nothing probed, nobody answered, nothing recorded: said in words.
    QVERIFY(child<QLabel>(m_page.get(), u"ddosProbeSeen"_s)->text().contains(u"Not probed yet"_s));
    QCOMPARE(m_page->frontView()->cdnProvider()->currentText(), u"None recorded"_s);
    QVERIFY(treeText(m_page->frontView()->hostAnswers()).contains(u"No host, platform or CDN"_s));
    QCOMPARE(m_page->callTreeView()->table()->rowCount(), 0);
    QVERIFY(!child<QPushButton>(m_page.get(), u"ddosEditCall"_s)->isEnabled());
    QCOMPARE(m_page->drillView()->lastDrill()->text(), u"Never"_s);

    // Every control a screen reader meets has a name.
    for (QWidget *w : m_page->findChildren<QWidget *>()) {
        if (qobject_cast<QComboBox *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QDateEdit *>(w)
            || qobject_cast<QTableWidget *>(w) || qobject_cast<QTreeWidget *>(w)
            || qobject_cast<QListWidget *>(w) || qobject_cast<QCheckBox *>(w)) {
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                continue; // a date edit's own line edit
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
}

void TestDdosPage::recordingTheCdnClearsTheFindingAndIsWritten()
{
    addProvider(u"Hostinga GmbH"_s, ProviderKind::WebHost);
    const qint64 cdnId = addProvider(u"Cloudflare"_s, ProviderKind::CdnDns);
    openPage();
    QVERIFY(listedRules(m_page->findingsView()).contains(u"DDOS-NO-CDN"_s));

    QComboBox *cdn = m_page->frontView()->cdnProvider();
    QCOMPARE(cdn->itemData(1).toLongLong(), cdnId); // CDNs first
    cdn->setCurrentIndex(cdn->findData(cdnId));
    QCOMPARE(ddos().cdnProviderId, cdnId);
    QVERIFY(!listedRules(m_page->findingsView()).contains(u"DDOS-NO-CDN"_s));
    QCOMPARE(m_session->undoStack()->undoText(), u"Record Cloudflare as the CDN"_s);

    auto *notes = child<QLineEdit>(m_page.get(), u"ddosCdnNotes"_s);
    notes->setText(u"  In front of tinytea.example since 2024  "_s);
    emit notes->editingFinished();
    QCOMPARE(ddos().cdnNotes, u"In front of tinytea.example since 2024"_s);
    QCOMPARE(notes->text(), u"In front of tinytea.example since 2024"_s);

    // Undo takes the notes back, then the CDN; the combo and the findings follow.
    m_session->undoStack()->undo();
    QVERIFY(ddos().cdnNotes.isEmpty());
    QVERIFY(notes->text().isEmpty());
    m_session->undoStack()->undo();
    QCOMPARE(ddos().cdnProviderId, qint64(0));
    QCOMPARE(cdn->currentText(), u"None recorded"_s);
    QVERIFY(listedRules(m_page->findingsView()).contains(u"DDOS-NO-CDN"_s));
    m_session->undoStack()->redo();
    m_session->undoStack()->redo();
    QCOMPARE(cdn->currentData().toLongLong(), cdnId);

    // In the file: open it again.
    reopen();
    QCOMPARE(ddos().cdnProviderId, cdnId);
    QCOMPARE(ddos().cdnNotes, u"In front of tinytea.example since 2024"_s);
    QVERIFY(!ruleIds(DdosFindings::compute(*m_session->plan())).contains(u"DDOS-NO-CDN"_s));
}

void TestDdosPage::probeAndHostAnswersAreShown()
{
    const qint64 hostId = addProvider(u"Hostinga GmbH"_s, ProviderKind::WebHost);
    addProvider(u"PayNow"_s, ProviderKind::Payment); // not asked about attacks: not listed
    openPage();
    QTreeWidget *answers = m_page->frontView()->hostAnswers();
    QVERIFY(treeText(answers).contains(u"Hostinga GmbH"_s));
    QVERIFY(treeText(answers).contains(u"No answer on file — ask in the Providers step."_s));
    QVERIFY(!treeText(answers).contains(u"PayNow"_s));
    QVERIFY(listedRules(m_page->findingsView()).contains(u"DDOS-HOST-NO-ANSWER"_s));

    Answer protection;
    protection.providerId = hostId;
    protection.questionId = u"host.ddos.protection"_s;
    protection.value = u"no"_s;
    protection.answeredBy = u"Support"_s;
    protection.givenOn = QDate(2024, 11, 20);
    QVERIFY(m_session->plan()->setAnswer(protection));
    Answer minutes = protection;
    minutes.questionId = u"host.ddos.contact-minutes"_s;
    minutes.value = u"30"_s;
    QVERIFY(m_session->plan()->setAnswer(minutes));

    const QString text = treeText(answers);
    QVERIFY2(text.contains(u"Absorbs or filters attacks"_s), qPrintable(text));
    QVERIFY(text.contains(QuestionBank::builtIn().find(u"host.ddos.protection"_s)->displayAnswer(u"no"_s)));
    QVERIFY(text.contains(u"30"_s));
    QVERIFY(text.contains(QLocale().toString(QDate(2024, 11, 20), QLocale::ShortFormat)));
    QVERIFY(!text.contains(u"No answer on file"_s));
    QStringList listed = listedRules(m_page->findingsView());
    QVERIFY(!listed.contains(u"DDOS-HOST-NO-ANSWER"_s));
    QVERIFY(listed.contains(u"DDOS-HOST-NO-PROTECTION"_s)); // "no", and nothing in front

    // A probe that saw Cloudflare: said by name, and the shop is no longer unprotected.
    TlsProbeResult probe;
    probe.host = u"tinytea.example"_s;
    probe.ip = u"192.0.2.10"_s;
    probe.finishedAt = m_clock.currentUtc();
    probe.http.cdn = u"Cloudflare"_s;
    QVERIFY(m_session->plan()->addTlsProbe(TlsProbeJson::toRecord(probe)));
    QVERIFY(child<QLabel>(m_page.get(), u"ddosProbeSeen"_s)->text().contains(u"Cloudflare"_s));
    listed = listedRules(m_page->findingsView());
    QVERIFY(!listed.contains(u"DDOS-NO-CDN"_s));
    QVERIFY(!listed.contains(u"DDOS-HOST-NO-PROTECTION"_s));
}

void TestDdosPage::addCallThroughTheDialogMoveAndRemove()
{
    const qint64 hostId = addProvider(u"Hostinga GmbH"_s, ProviderKind::WebHost, u"+49 30 999 0"_s,
                                      u"abuse@hostinga.example"_s);
    const qint64 annaId = addPerson(u"Anna Berg"_s);
    openPage();
    DdosCallTreeView *view = m_page->callTreeView();

    // A suggested task picks whom it reaches and how; the contact comes from the provider.
    answerNextDialog(u"ddosCallOk"_s, [&](QDialog *dialog) {
        QVERIFY(!child<QPushButton>(dialog, u"ddosCallOk"_s)->isEnabled()); // no task yet
        auto *task = child<QComboBox>(dialog, u"ddosCallTask"_s);
        task->setCurrentIndex(0);
        emit task->activated(0);
        auto *reach = child<QComboBox>(dialog, u"ddosCallReach"_s);
        QCOMPARE(reach->currentData().toString(), DdosCallDialog::providerKey(hostId));
        QCOMPARE(child<QComboBox>(dialog, u"ddosCallChannel"_s)->currentText(), u"Phone"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"ddosCallContact"_s)->text(), u"+49 30 999 0"_s);
        auto *caller = child<QComboBox>(dialog, u"ddosCallCaller"_s);
        caller->setCurrentIndex(caller->findData(annaId));
    });
    child<QPushButton>(m_page.get(), u"ddosAddCall"_s)->click();
    QCOMPARE(ddos().callTree.size(), 1);
    CallTreeEntry first = ddos().callTree.first();
    QCOMPARE(first.task, u"Call the host's emergency line"_s);
    QCOMPARE(first.callerPersonId, annaId);
    QCOMPARE(first.calleeProviderId, hostId);
    QCOMPARE(first.calleePersonId, qint64(0));
    QCOMPARE(first.channel, u"Phone"_s);
    QCOMPARE(first.contact, u"+49 30 999 0"_s);
    QCOMPARE(view->table()->rowCount(), 1);
    QCOMPARE(view->table()->item(0, DdosCallTreeView::CallerColumn)->text(), u"Anna Berg"_s);
    QCOMPARE(view->table()->item(0, DdosCallTreeView::ReachColumn)->text(), u"Hostinga GmbH"_s);
    QStringList listed = listedRules(m_page->findingsView());
    QVERIFY(!listed.contains(u"DDOS-NO-CALL-TREE"_s));
    QVERIFY(listed.contains(u"DDOS-NO-CUSTOMER-CALL"_s));

    // A call of the owner's own words to customers; the contact the owner typed stays theirs.
    answerNextDialog(u"ddosCallOk"_s, [&](QDialog *dialog) {
        auto *task = child<QComboBox>(dialog, u"ddosCallTask"_s);
        task->setEditText(u"Post on the shop's Instagram"_s);
        auto *reach = child<QComboBox>(dialog, u"ddosCallReach"_s);
        reach->setCurrentIndex(reach->findData(DdosCallDialog::customersKey()));
        child<QComboBox>(dialog, u"ddosCallChannel"_s)->setEditText(u"Social media"_s);
        child<QLineEdit>(dialog, u"ddosCallContact"_s)->setText(u"@tinytea"_s);
    });
    child<QPushButton>(m_page.get(), u"ddosAddCall"_s)->click();
    QCOMPARE(ddos().callTree.size(), 2);
    const CallTreeEntry second = ddos().callTree.at(1);
    QCOMPARE(second.task, u"Post on the shop's Instagram"_s);
    QCOMPARE(second.calleeProviderId, qint64(0));
    QCOMPARE(second.calleePersonId, qint64(0));
    QCOMPARE(second.callerPersonId, qint64(0));
    QCOMPARE(second.contact, u"@tinytea"_s);
    QCOMPARE(view->table()->item(1, DdosCallTreeView::ReachColumn)->text(), u"Customers"_s);
    QCOMPARE(view->table()->item(1, DdosCallTreeView::CallerColumn)->text(), u"Not decided yet"_s);
    QVERIFY(!listedRules(m_page->findingsView()).contains(u"DDOS-NO-CUSTOMER-CALL"_s));
    QCOMPARE(view->selectedRow(), 1);

    // Customers first, then undo puts the host first again.
    QVERIFY(child<QPushButton>(m_page.get(), u"ddosCallUp"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(m_page.get(), u"ddosCallDown"_s)->isEnabled());
    child<QPushButton>(m_page.get(), u"ddosCallUp"_s)->click();
    QCOMPARE(ddos().callTree.at(0).task, second.task);
    QCOMPARE(ddos().callTree.at(1).task, first.task);
    QCOMPARE(view->selectedRow(), 0); // the moved call stays chosen
    m_session->undoStack()->undo();
    QCOMPARE(ddos().callTree.at(0).task, first.task);

    // Editing through the dialog keeps what was not changed.
    view->selectRow(0);
    answerNextDialog(u"ddosCallOk"_s, [&](QDialog *dialog) {
        QCOMPARE(child<QComboBox>(dialog, u"ddosCallTask"_s)->currentText(), first.task);
        QCOMPARE(child<QLineEdit>(dialog, u"ddosCallContact"_s)->text(), first.contact);
        child<QLineEdit>(dialog, u"ddosCallContact"_s)->setText(u"+49 30 999 1"_s);
    });
    child<QPushButton>(m_page.get(), u"ddosEditCall"_s)->click();
    QCOMPARE(ddos().callTree.at(0).contact, u"+49 30 999 1"_s);
    QCOMPARE(ddos().callTree.at(0).calleeProviderId, hostId);
    QCOMPARE(ddos().callTree.at(0).callerPersonId, annaId);

    // Remove, and undo brings the call back.
    view->selectRow(0);
    child<QPushButton>(m_page.get(), u"ddosRemoveCall"_s)->click();
    QCOMPARE(ddos().callTree.size(), 1);
    QCOMPARE(view->table()->rowCount(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(ddos().callTree.size(), 2);
    QCOMPARE(ddos().callTree.at(0).task, first.task);
    QCOMPARE(ddos().callTree.at(0).contact, u"+49 30 999 1"_s);

    reopen();
    QCOMPARE(ddos().callTree.size(), 2);
    QCOMPARE(ddos().callTree.at(0).task, first.task);
    QCOMPARE(ddos().callTree.at(0).callerPersonId, annaId);
    QCOMPARE(ddos().callTree.at(0).calleeProviderId, hostId);
    QCOMPARE(ddos().callTree.at(0).contact, u"+49 30 999 1"_s);
    QCOMPARE(ddos().callTree.at(1).task, second.task);
    QCOMPARE(ddos().callTree.at(1).channel, u"Social media"_s);
}

void TestDdosPage::tickingAStepWritesTheDateAndUndoes()
{
    openPage();
    const DdosStepsView::Row row = m_page->stepsView()->rows().at(2);
    const qint64 id = row.id;
    QVERIFY(!row.preparedOn->isVisibleTo(row.box));
    row.prepared->click();
    QVERIFY(ddos().steps.at(2).prepared);
    QCOMPARE(ddos().steps.at(2).id, id);
    QCOMPARE(ddos().steps.at(2).preparedOn, m_today);
    // The same controls show it: ticking builds nothing again.
    QCOMPARE(m_page->stepsView()->rows().at(2).prepared, row.prepared);
    QVERIFY(row.prepared->isChecked());
    QVERIFY(row.preparedOn->isVisibleTo(row.box));
    QCOMPARE(row.preparedOn->date(), m_today);
    QVERIFY(child<QLabel>(m_page.get(), u"ddosStepsProgress"_s)->text().contains(u"1 of 6"_s));

    row.notes->setText(u"Firewall allows only the CDN's ranges"_s);
    emit row.notes->editingFinished();
    QCOMPARE(ddos().steps.at(2).notes, u"Firewall allows only the CDN's ranges"_s);

    m_session->undoStack()->undo(); // the notes
    QVERIFY(ddos().steps.at(2).notes.isEmpty());
    QVERIFY(row.notes->text().isEmpty());
    QVERIFY(ddos().steps.at(2).prepared);
    m_session->undoStack()->undo(); // the tick
    QVERIFY(!ddos().steps.at(2).prepared);
    QVERIFY(!ddos().steps.at(2).preparedOn.isValid());
    QVERIFY(!row.prepared->isChecked());
    QVERIFY(!row.preparedOn->isVisibleTo(row.box));
    m_session->undoStack()->redo();
    QVERIFY(row.prepared->isChecked());

    reopen();
    QVERIFY(ddos().steps.at(2).prepared);
    QCOMPARE(ddos().steps.at(2).preparedOn, m_today);
}

void TestDdosPage::ownStepsComeAndGoStandardOnesStay()
{
    openPage();
    DdosStepsView *view = m_page->stepsView();
    auto *add = child<QPushButton>(m_page.get(), u"ddosAddStep"_s);
    QVERIFY(!add->isEnabled()); // nothing to add yet
    view->newStepTitle()->setText(u"A second DNS provider is set up"_s);
    QVERIFY(add->isEnabled());
    add->click();
    QCOMPARE(ddos().steps.size(), 7);
    QCOMPARE(ddos().steps.last().title, u"A second DNS provider is set up"_s);
    QVERIFY(ddos().steps.last().builtIn.isEmpty());
    QVERIFY(view->newStepTitle()->text().isEmpty());
    QCOMPARE(view->rows().size(), 7);
    QVERIFY(view->rows().last().remove);
    QVERIFY(!view->rows().last().why->isVisibleTo(view->rows().last().box)); // no why for the owner's own
    int removable = 0;
    for (const DdosStepsView::Row &row : view->rows())
        removable += row.remove ? 1 : 0;
    QCOMPARE(removable, 1);

    // The owner's own step is not a standard one: it does not count as open.
    QVERIFY(child<QLabel>(m_page.get(), u"ddosStepsProgress"_s)->text().contains(u"0 of 6"_s));

    view->rows().last().remove->click();
    QCOMPARE(ddos().steps.size(), 6);
    QCOMPARE(view->rows().size(), 6);
    m_session->undoStack()->undo();
    QCOMPARE(ddos().steps.size(), 7);
    QCOMPARE(view->rows().last().prepared->text(), u"A second DNS provider is set up"_s);
    m_session->undoStack()->undo();
    QCOMPARE(ddos().steps.size(), 6);
}

void TestDdosPage::drillButtonRecordsToday()
{
    openPage();
    DdosDrillView *view = m_page->drillView();
    QVERIFY(listedRules(m_page->findingsView()).contains(u"DDOS-DRILL-OLD"_s));
    QCOMPARE(view->lastDrill()->text(), u"Never"_s);
    QVERIFY(view->ranToday()->isEnabled());
    view->ranToday()->click();
    QCOMPARE(ddos().lastDrill, m_today);
    QCOMPARE(view->lastDrill()->date(), m_today);
    QVERIFY(!view->ranToday()->isEnabled()); // already today
    QVERIFY(!listedRules(m_page->findingsView()).contains(u"DDOS-DRILL-OLD"_s));
    QVERIFY(child<QLabel>(m_page.get(), u"ddosDrillStatus"_s)->text().contains(u"today"_s));

    auto *notes = child<QLineEdit>(m_page.get(), u"ddosDrillNotes"_s);
    notes->setText(u"Host's night line went to voicemail"_s);
    emit notes->editingFinished();
    QCOMPARE(ddos().drillNotes, u"Host's night line went to voicemail"_s);

    // A date typed in; the lowest date means never.
    view->lastDrill()->setDate(QDate(2024, 3, 5));
    emit view->lastDrill()->editingFinished();
    QCOMPARE(ddos().lastDrill, QDate(2024, 3, 5));
    view->lastDrill()->setDate(DdosDrillView::neverDate());
    emit view->lastDrill()->editingFinished();
    QVERIFY(!ddos().lastDrill.isValid());

    m_session->undoStack()->undo();
    QCOMPARE(ddos().lastDrill, QDate(2024, 3, 5));
    m_session->undoStack()->undo();
    QCOMPARE(ddos().lastDrill, m_today);
    m_session->undoStack()->undo();
    QVERIFY(ddos().drillNotes.isEmpty());
    m_session->undoStack()->undo();
    QVERIFY(!ddos().lastDrill.isValid());
    QCOMPARE(view->lastDrill()->text(), u"Never"_s);
    m_session->undoStack()->redo();
    QCOMPARE(ddos().lastDrill, m_today);

    reopen();
    QCOMPARE(ddos().lastDrill, m_today);
}

void TestDdosPage::reopenedPlanShowsEverything()
{
    const qint64 cdnId = addProvider(u"Cloudflare"_s, ProviderKind::CdnDns, u"+1 888 99 33"_s);
    const qint64 annaId = addPerson(u"Anna Berg"_s);
    openPage();
    m_page->frontView()->cdnProvider()->setCurrentIndex(m_page->frontView()->cdnProvider()->findData(cdnId));
    answerNextDialog(u"ddosCallOk"_s, [&](QDialog *dialog) {
        child<QComboBox>(dialog, u"ddosCallTask"_s)->setEditText(u"Call the CDN"_s);
        auto *reach = child<QComboBox>(dialog, u"ddosCallReach"_s);
        reach->setCurrentIndex(reach->findData(DdosCallDialog::providerKey(cdnId)));
        auto *caller = child<QComboBox>(dialog, u"ddosCallCaller"_s);
        caller->setCurrentIndex(caller->findData(annaId));
    });
    child<QPushButton>(m_page.get(), u"ddosAddCall"_s)->click();
    QCOMPARE(ddos().callTree.size(), 1);
    QCOMPARE(ddos().callTree.first().contact, u"+1 888 99 33"_s); // filled in from the provider
    m_page->stepsView()->rows().at(0).prepared->click();
    m_page->drillView()->ranToday()->click();
    const DdosPlan saved = ddos();

    reopen();
    QCOMPARE(ddos(), saved);
    openPage();
    QCOMPARE(m_page->frontView()->cdnProvider()->currentData().toLongLong(), cdnId);
    QTableWidget *table = m_page->callTreeView()->table();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, DdosCallTreeView::TaskColumn)->text(), u"Call the CDN"_s);
    QCOMPARE(table->item(0, DdosCallTreeView::CallerColumn)->text(), u"Anna Berg"_s);
    QCOMPARE(table->item(0, DdosCallTreeView::ReachColumn)->text(), u"Cloudflare"_s);
    QCOMPARE(table->item(0, DdosCallTreeView::ContactColumn)->text(), u"+1 888 99 33"_s);
    QVERIFY(m_page->stepsView()->rows().at(0).prepared->isChecked());
    QCOMPARE(m_page->stepsView()->rows().at(0).preparedOn->date(), m_today);
    QCOMPARE(m_page->drillView()->lastDrill()->date(), m_today);
    const QStringList listed = listedRules(m_page->findingsView());
    QVERIFY(!listed.contains(u"DDOS-NO-CDN"_s));
    QVERIFY(!listed.contains(u"DDOS-NO-CALL-TREE"_s));
    QVERIFY(!listed.contains(u"DDOS-DRILL-OLD"_s));
    QCOMPARE(listed, ruleIds(DdosFindings::compute(*m_session->plan())));
}

void TestDdosPage::readOnlyPlanChangesNothing()
{
    // A second session finds the plan locked by the first and opens it read-only.
    PlanSession other;
    QVERIFY(other.open(m_path));
    QVERIFY(other.plan()->isReadOnly());
    DdosPage page(other);
    QVERIFY(!page.frontView()->cdnProvider()->isEnabled());
    QVERIFY(!page.stepsView()->rows().first().prepared->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(u"ddosAddCall"_s)->isEnabled());
    QVERIFY(!page.drillView()->ranToday()->isEnabled());
    QSignalSpy refused(&other, &PlanSession::editFailed);
    page.drillView()->drillRanToday(); // asked anyway: the page does nothing
    QCOMPARE(refused.count(), 0);
    // An edit that reaches the plan all the same is refused with the plan's message, and nothing is
    // written or put on the undo stack.
    DdosPlan after = other.plan()->ddosPlan();
    after.lastDrill = m_today;
    QVERIFY(!DdosPlanCommand::push(other, after, u"Record a drill today"_s));
    QCOMPARE(refused.count(), 1);
    QVERIFY(refused.first().first().toString().contains(u"read-only"_s));
    QVERIFY(!other.plan()->ddosPlan().lastDrill.isValid());
    QCOMPARE(other.undoStack()->count(), 0);
    QVERIFY(!ddos().lastDrill.isValid());
}

QTEST_MAIN(TestDdosPage)
#include "tst_ddospage.moc"
