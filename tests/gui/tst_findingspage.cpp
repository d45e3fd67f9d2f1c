#include "ContingencyPage.h"
#include "DdosPage.h"
#include "DialogDriver.h"
#include "FileDialog.h"
#include "FindingsFilterModel.h"
#include "FindingsPageFixture.h"
#include "PlanView.h"
#include "StepRegistry.h"
#include "common/Csv.h"
#include "review/PlanFindings.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextBrowser>

#include <optional>
#include <set>

using namespace Qt::StringLiterals;

// "All findings": every step's findings in one list with filters and a search, the list following
// the plan, the CSV export of the rows shown, and the way to the step where a finding is fixed.
// Accepting a finding as a risk is tst_findingacceptance's.
class TestFindingsPage : public QObject, public FindingsPageFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(start()); }
    void init() { QVERIFY(createPlan()); }
    void cleanup() { closePage(); }
    void cleanupTestCase() { Clock::setClock(nullptr); }

    void stepDescribesThePage();
    void findingsOfEveryStepAreListedWithTheirStep();
    void filtersAndSearchNarrowTheList();
    void listFollowsThePlan();
    void csvExportWritesTheRowsShown();
    void exportToUnwritablePlaceShowsMessageAndWritesNothing();
    void goToStepShowsTheStepWhereItIsFixed();

private:
    QStringList shownAreas() const;
    std::optional<Finding> findingOf(const QString &ruleId) const;
};

QStringList TestFindingsPage::shownAreas() const
{
    std::set<QString> areas;
    const QAbstractItemModel *model = m_page->table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        areas.insert(model->index(row, 0).data(FindingsRegisterModel::AreaKeyRole).toString());
    return QStringList(areas.begin(), areas.end());
}

std::optional<Finding> TestFindingsPage::findingOf(const QString &ruleId) const
{
    for (const PlanFinding &f : PlanFindings::compute(plan())) {
        if (f.finding.id == ruleId)
            return f.finding;
    }
    return std::nullopt;
}

void TestFindingsPage::stepDescribesThePage()
{
    const PlanStep step = FindingsPage::step();
    QCOMPARE(step.id, u"findings"_s);
    QCOMPARE(step.order, 650);
    QCOMPARE(step.title(), u"All findings"_s);
    QCOMPARE(step.iconPath, u":/icons/step-findings.svg"_s);
    QVERIFY(QFile::exists(step.iconPath));
    QVERIFY(!QIcon(step.iconPath).pixmap(24, 24).isNull());
    QVERIFY(!step.partOfWalk);

    // Between the binder and the history in the navigator.
    StepRegistry registry;
    registry.add(ContingencyPage::step());
    registry.add(FindingsPage::step());
    registry.add(DdosPage::step());
    QStringList ids;
    for (const PlanStep &s : registry.steps())
        ids.append(s.id);
    QCOMPARE(ids, (QStringList { u"ddos"_s, u"binder"_s, u"findings"_s }));
    QWidget *page = registry.find(u"findings"_s)->createPage(*m_session, nullptr);
    QVERIFY(qobject_cast<FindingsPage *>(page));
    delete page;
}

void TestFindingsPage::findingsOfEveryStepAreListedWithTheirStep()
{
    openPage();
    const QList<PlanFinding> expected = PlanFindings::compute(plan());
    QCOMPARE(m_page->table()->model()->rowCount(), expected.size());
    QCOMPARE(shownAreas(),
             (QStringList { u"accounts"_s, u"binder"_s, u"ddos"_s, u"providers"_s, u"shop-team"_s }));

    // Each row: severity in words with an icon, the title, its step, what it is about, open.
    for (int row = 0; row < expected.size(); ++row) {
        const QModelIndex index = m_page->table()->model()->index(row, 0);
        const int sourceRow = m_page->model()->rowOf(index.data(FindingsRegisterModel::KeyRole).toString());
        QVERIFY(sourceRow >= 0);
        const PlanFinding &pf = m_page->model()->findingAt(sourceRow);
        QCOMPARE(cell(row, FindingsRegisterModel::SeverityColumn), Severities::name(pf.finding.severity));
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(cell(row, FindingsRegisterModel::Title), pf.finding.title);
        QCOMPARE(cell(row, FindingsRegisterModel::Step), PlanAreas::name(PlanAreas::ofFinding(pf.finding)));
        QCOMPARE(cell(row, FindingsRegisterModel::State), u"Open"_s);
    }
    // Most serious first.
    for (int row = 1; row < expected.size(); ++row)
        QVERIFY(m_page->table()->model()->index(row - 1, 0).data(FindingsRegisterModel::SeverityRole).toInt()
                >= m_page->table()->model()->index(row, 0).data(FindingsRegisterModel::SeverityRole).toInt());

    // What a finding is about, in the owner's words.
    QVERIFY(rowOf(u"PROV-NO-CONTACT"_s) >= 0);
    QCOMPARE(cell(rowOf(u"PROV-NO-CONTACT"_s), FindingsRegisterModel::Subject), u"Hostinga GmbH"_s);

    // The first finding is chosen and shown in full.
    QVERIFY(m_page->detail()->finding());
    const Finding &first = m_page->detail()->finding()->finding;
    const QString detail = m_page->detail()->text()->toPlainText();
    QVERIFY2(detail.contains(first.title) && detail.contains(first.why) && detail.contains(first.fix),
             qPrintable(detail));
    QVERIFY(detail.contains(u"Why it matters"_s) && detail.contains(u"How to fix it"_s));
    QVERIFY(m_page->findChild<QLabel *>(u"findingsSummary"_s)->text().contains(u"open"_s));

    // Every control can be named by a screen reader.
    const auto widgets = m_page->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->focusPolicy() & Qt::TabFocus && !w->isHidden() && !qobject_cast<QAbstractButton *>(w)
            && w->accessibleName().isEmpty() && !w->objectName().startsWith(u"qt_"_s) && w->parent()
            && !qobject_cast<QComboBox *>(w->parent()))
            QFAIL(qPrintable(u"no accessible name: "_s + w->objectName() + u" "_s
                             + QString::fromLatin1(w->metaObject()->className())));
    }
}

void TestFindingsPage::filtersAndSearchNarrowTheList()
{
    const auto noSite = findingOf(u"SHOP-NO-SITE"_s);
    QVERIFY(noSite);
    QVERIFY(plan().acceptFinding({ .ruleId = noSite->id,
                                   .subject = noSite->subject,
                                   .reason = u"The site goes live next month"_s,
                                   .acceptedOn = QDate(2025, 6, 1),
                                   .expiresOn = QDate(2025, 12, 31) }));
    openPage();
    QAbstractItemModel *table = m_page->table()->model();
    const int all = table->rowCount();
    QVERIFY(all > 5);
    auto *step = m_page->findChild<QComboBox *>(u"findingsStepFilter"_s);
    auto *severity = m_page->findChild<QComboBox *>(u"findingsSeverityFilter"_s);
    auto *state = m_page->findChild<QComboBox *>(u"findingsStateFilter"_s);
    auto *search = m_page->findChild<QLineEdit *>(u"findingsSearch"_s);
    auto *count = m_page->findChild<QLabel *>(u"findingsCount"_s);
    QVERIFY(step && severity && state && search && count);
    QCOMPARE(count->text(), QString());

    // By step.
    step->setCurrentIndex(step->findData(u"ddos"_s));
    QVERIFY(table->rowCount() > 0 && table->rowCount() < all);
    QCOMPARE(shownAreas(), QStringList { u"ddos"_s });
    QCOMPARE(count->text(), u"Showing %1 of %2"_s.arg(table->rowCount()).arg(all));
    // The chosen finding follows the list.
    QCOMPARE(m_page->detail()->finding()->area, PlanArea::Ddos);
    step->setCurrentIndex(0);
    QCOMPARE(table->rowCount(), all);

    // By severity.
    const int medium
        = int(std::count_if(m_page->model()->findings().cbegin(), m_page->model()->findings().cend(),
                            [](const PlanFinding &f) { return f.finding.severity == Severity::Medium; }));
    QVERIFY(medium > 0);
    severity->setCurrentIndex(severity->findData(int(Severity::Medium)));
    QCOMPARE(table->rowCount(), medium);
    for (int row = 0; row < table->rowCount(); ++row)
        QCOMPARE(cell(row, FindingsRegisterModel::SeverityColumn), u"Medium"_s);
    severity->setCurrentIndex(0);

    // By state: the accepted one apart, with its end date.
    state->setCurrentIndex(state->findData(int(FindingsFilterModel::StateFilter::Accepted)));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(cell(0, FindingsRegisterModel::Title), m_page->detail()->finding()->finding.title);
    QCOMPARE(cell(0, FindingsRegisterModel::State),
             u"Accepted until %1"_s.arg(QLocale().toString(QDate(2025, 12, 31), QLocale::ShortFormat)));
    state->setCurrentIndex(state->findData(int(FindingsFilterModel::StateFilter::Open)));
    QCOMPARE(table->rowCount(), all - 1);
    QCOMPARE(rowOf(u"SHOP-NO-SITE"_s), -1);
    state->setCurrentIndex(0);

    // By words, in any text of the finding (the acceptance's reason too), every word must be found.
    search->setText(u"hostinga"_s);
    QVERIFY(table->rowCount() > 0 && table->rowCount() < all);
    for (int row = 0; row < table->rowCount(); ++row)
        QVERIFY(
            table->index(row, 0).data(FindingsRegisterModel::SearchRole).toString().contains(u"Hostinga"_s));
    QVERIFY(shownAreas().contains(u"providers"_s));
    QVERIFY(!shownAreas().contains(u"binder"_s));
    search->setText(u"  live   NEXT "_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(cell(0, FindingsRegisterModel::Step), u"Shop & team"_s);
    search->setText(u"live nowhere-to-be-found"_s);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!m_page->detail()->finding());
    QVERIFY(!m_page->findChild<QPushButton *>(u"findingsExport"_s)->isEnabled());

    // Filters together.
    search->clear();
    step->setCurrentIndex(step->findData(u"binder"_s));
    severity->setCurrentIndex(severity->findData(int(Severity::Critical)));
    for (int row = 0; row < table->rowCount(); ++row) {
        QCOMPARE(cell(row, FindingsRegisterModel::Step), u"Contingency binder"_s);
        QCOMPARE(cell(row, FindingsRegisterModel::SeverityColumn), u"Critical"_s);
    }
}

void TestFindingsPage::listFollowsThePlan()
{
    openPage();
    QVERIFY(rowOf(u"SHOP-NO-OWNER"_s) >= 0);
    QVERIFY(chooseFinding(u"PROV-NO-CONTACT"_s));
    Person owner;
    owner.name = u"Mia Keller"_s;
    const auto id = plan().addPerson(owner);
    QVERIFY(id);
    QVERIFY(plan().setOwner(id.value()));
    QTRY_COMPARE(rowOf(u"SHOP-NO-OWNER"_s), -1);
    QCOMPARE(m_page->table()->model()->rowCount(), PlanFindings::compute(plan()).size());
    // The finding chosen before stays chosen.
    QCOMPARE(m_page->detail()->finding()->finding.id, u"PROV-NO-CONTACT"_s);
}

void TestFindingsPage::csvExportWritesTheRowsShown()
{
    openPage();
    QVERIFY(chooseFinding(u"DDOS-NO-CDN"_s));
    answerNextDialog(u"acceptFindingOk"_s, [](QDialog *dialog) {
        dialog->findChild<QPlainTextEdit *>(u"acceptFindingReason"_s)->setPlainText(u"=CDN from July"_s);
    });
    m_page->acceptCurrent();
    QCOMPARE(plan().acceptances().size(), 1);
    QTRY_VERIFY(m_page->detail()->finding()->isAccepted());

    auto *step = m_page->findChild<QComboBox *>(u"findingsStepFilter"_s);
    step->setCurrentIndex(step->findData(u"ddos"_s));
    const int shown = m_page->table()->model()->rowCount();
    QVERIFY(shown > 1);
    const QString path = m_dir.filePath(u"ddos-findings"_s);
    FileDialog::setNextFileName(path);
    m_page->findChild<QPushButton *>(u"findingsExport"_s)->click();
    QVERIFY(MessageBox::lastText().isEmpty());

    QFile file(path + u".csv"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const auto table = CsvReader::read(file.readAll());
    QVERIFY2(table, qPrintable(table.error()));
    QCOMPARE(table->records.size(), shown);
    const int stepColumn = table->column({ u"Step"_s });
    const int ruleColumn = table->column({ u"Rule"_s });
    const int stateColumn = table->column({ u"State"_s });
    const int reasonColumn = table->column({ u"Reason"_s });
    const int untilColumn = table->column({ u"Accepted until"_s });
    QVERIFY(stepColumn >= 0 && ruleColumn >= 0 && stateColumn >= 0 && reasonColumn >= 0 && untilColumn >= 0);
    for (int row = 0; row < shown; ++row) {
        const QStringList &fields = table->records.at(row).fields;
        QCOMPARE(fields.at(stepColumn), u"DDoS readiness"_s);
        // In the order the list shows them.
        QCOMPARE(fields.at(ruleColumn),
                 m_page->table()
                     ->model()
                     ->index(row, 0)
                     .data(FindingsRegisterModel::KeyRole)
                     .toString()
                     .section(u'|', 0, 0));
        const bool accepted = fields.at(ruleColumn) == u"DDOS-NO-CDN";
        QCOMPARE(fields.at(stateColumn), accepted ? u"accepted"_s : u"open"_s);
        if (accepted) {
            // A reason that looks like a formula is kept from running in a spreadsheet.
            QCOMPARE(fields.at(reasonColumn), u"'=CDN from July"_s);
            QCOMPARE(fields.at(untilColumn), u"2025-12-16"_s);
        }
    }
}

void TestFindingsPage::exportToUnwritablePlaceShowsMessageAndWritesNothing()
{
    openPage();
    // A folder that is a file: no one can write under it, not even root.
    const QString notAFolder = m_dir.filePath(u"not-a-folder"_s);
    {
        QFile blocker(notAFolder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.write("x");
    }
    const QString path = notAFolder + u"/findings.csv"_s;
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_page->exportCsv();
    QVERIFY2(MessageBox::lastText().startsWith(u"The findings could not be written to “%1”"_s.arg(path)),
             qPrintable(MessageBox::lastText()));
    QVERIFY(!QFile::exists(path));
    QFile blocker(notAFolder);
    QVERIFY(blocker.open(QIODevice::ReadOnly));
    QCOMPARE(blocker.readAll(), QByteArray("x"));
}

void TestFindingsPage::goToStepShowsTheStepWhereItIsFixed()
{
    StepRegistry registry;
    registry.add(DdosPage::step());
    registry.add(ContingencyPage::step());
    registry.add(FindingsPage::step());
    PlanView view(registry);
    QMenu goMenu;
    view.resize(1280, 800);
    view.showPlan(*m_session, &goMenu);
    QSignalSpy shown(&view, &PlanView::stepShown);
    QSignalSpy requested(m_session.get(), &PlanSession::stepRequested);
    view.showStep(u"findings"_s);
    auto *page = view.findChild<FindingsPage *>();
    QVERIFY(page);
    QCOMPARE(shown.last().at(0).toString(), u"findings"_s);

    // The button names the step and takes the owner there.
    const QAbstractItemModel *model = page->table()->model();
    int cont = -1;
    for (int row = 0; row < model->rowCount() && cont < 0; ++row) {
        if (model->index(row, 0).data(FindingsRegisterModel::AreaKeyRole).toString() == u"binder")
            cont = row;
    }
    QVERIFY(cont >= 0);
    page->table()->setCurrentIndex(model->index(cont, 0));
    auto *go = page->findChild<QPushButton *>(u"findingGoToStep"_s);
    QCOMPARE(go->text(), u"G&o to Contingency binder"_s);
    QCOMPARE(go->accessibleName(), u"Go to Contingency binder"_s);
    go->click();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.last().at(0).toString(), u"binder"_s);
    QCOMPARE(shown.last().at(0).toString(), u"binder"_s);

    // Enter on a row goes to its step too.
    view.showStep(u"findings"_s);
    int ddos = -1;
    for (int row = 0; row < model->rowCount() && ddos < 0; ++row) {
        if (model->index(row, 0).data(FindingsRegisterModel::AreaKeyRole).toString() == u"ddos")
            ddos = row;
    }
    QVERIFY(ddos >= 0);
    page->table()->setCurrentIndex(model->index(ddos, 0));
    emit page->table()->activated(model->index(ddos, 0));
    QCOMPARE(requested.last().at(0).toString(), u"ddos"_s);
    QCOMPARE(shown.last().at(0).toString(), u"ddos"_s);
    // A step the navigator does not list: asked for, nothing else happens.
    const int before = int(shown.size());
    m_session->requestStep(u"shop-team"_s);
    QCOMPARE(shown.size(), before);
    view.clear();
}

QTEST_MAIN(TestFindingsPage)
#include "tst_findingspage.moc"
