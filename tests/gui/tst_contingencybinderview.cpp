#include "BinderView.h"
#include "ContingencyPageFixture.h"
#include "FileDialog.h"
#include "RecoveryFindingsView.h"
#include "contingency/ContingencyFindings.h"

#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

// The "Contingency binder" step's findings, each leading to its item, and the binder: its preview,
// the PDF with the shop's name, and the calendar of reminders.
class TestContingencyBinderView : public QObject, public ContingencyPageFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(start()); }
    void init() { QVERIFY(createPlan()); }
    void cleanup() { closePage(); }
    void cleanupTestCase() { Clock::setClock(nullptr); }

    void findingsLeadToTheirItem();
    void binderSavesPdfWithTheShopsName();
    void binderPreviewAndCalendar();
};

void TestContingencyBinderView::findingsLeadToTheirItem()
{
    openPage();
    auto *tabs = child<QTabWidget>(m_page.get(), u"contingencyTabs"_s);
    tabs->setCurrentWidget(m_page->findings());
    const QList<Finding> findings = m_page->findings()->findings();
    const qint64 root = itemIdOf(u"root_account"_s);
    int row = -1;
    for (int i = 0; i < findings.size(); ++i) {
        if (RecoveryFindings::itemOf(findings.at(i)) == root)
            row = i;
    }
    QVERIFY(row >= 0);
    auto *list = child<QListWidget>(m_page.get(), u"recoveryFindingsList"_s);
    list->setCurrentRow(row);
    child<QPushButton>(m_page.get(), u"recoveryFindingShowItem"_s)->click();
    QCOMPARE(tabs->currentWidget(), itemsView());
    QCOMPARE(itemsView()->selectedItemId(), root);
    QCOMPARE(editor()->itemId(), root);

    // A holder named: "not recorded yet" goes, without a refresh by hand, and no "nobody holds it"
    // takes its place.
    auto rulesAboutRoot = [this, root] {
        QStringList ids;
        for (const Finding &f : m_page->findings()->findings()) {
            if (RecoveryFindings::itemOf(f) == root)
                ids.append(f.id);
        }
        return ids;
    };
    QCOMPARE(rulesAboutRoot(), QStringList { u"CONT-NOT-RECORDED"_s });
    const qint64 mia = addPerson(u"Mia Keller"_s);
    RecoveryItem item = *m_session->plan()->recoveryItem(root);
    item.holderPersonId = mia;
    QVERIFY(m_session->plan()->updateRecoveryItem(item));
    QTRY_VERIFY(!rulesAboutRoot().contains(u"CONT-NOT-RECORDED"_s));
    QVERIFY(rulesAboutRoot().contains(u"CONT-NO-LOCATION"_s));
    QVERIFY(!rulesAboutRoot().contains(u"CONT-NO-HOLDER"_s));

    // The item's link in the details is one click away from the item, too.
    tabs->setCurrentWidget(m_page->findings());
    auto *details = child<QTextBrowser>(m_page.get(), u"recoveryFindingDetails"_s);
    list->setCurrentRow(int(m_page->findings()->findings().size()) - 1);
    const qint64 last = RecoveryFindings::itemOf(m_page->findings()->findings().last());
    QVERIFY(details->toHtml().contains(u"item:%1"_s.arg(last)));
    emit details->anchorClicked(QUrl(u"item:%1"_s.arg(last)));
    QCOMPARE(tabs->currentWidget(), itemsView());
    QCOMPARE(itemsView()->selectedItemId(), last);
}

void TestContingencyBinderView::binderSavesPdfWithTheShopsName()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
             "pdftotext (poppler-utils) is needed to read the binder back");
    openPage();
    BinderView *binder = m_page->binder();
    QCOMPARE(binder->suggestedPdfName(), u"Kräuterladen Nord contingency binder 2025-06-16.pdf"_s);

    const QString pdf = m_dir.filePath(u"binder-out"_s); // the suffix is added
    FileDialog::setNextFileName(pdf);
    QSignalSpy saved(binder, &BinderView::pdfSaved);
    child<QPushButton>(m_page.get(), u"binderSavePdf"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 60000);
    QVERIFY2(saved.first().at(0).toBool(), qPrintable(child<QLabel>(binder, u"binderStatus"_s)->text()));
    QCOMPARE(saved.first().at(1).toString(), pdf + u".pdf"_s);
    QVERIFY(QFile::exists(pdf + u".pdf"_s));

    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, pdf + u".pdf"_s, u"-"_s });
    QVERIFY(pdftotext.waitForFinished(60000));
    QCOMPARE(pdftotext.exitCode(), 0);
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(u"Kräuterladen Nord"_s), qPrintable(text.left(400)));
    QVERIFY(child<QLabel>(binder, u"binderStatus"_s)->text().contains(u"is saved as"_s));

    // Cancelled: nothing is written.
    FileDialog::setNextFileName(QString());
    child<QPushButton>(m_page.get(), u"binderSavePdf"_s)->click();
    QVERIFY(!binder->isWriting());
    QCOMPARE(saved.size(), 1);
}

void TestContingencyBinderView::binderPreviewAndCalendar()
{
    openPage();
    m_page->show();
    auto *tabs = child<QTabWidget>(m_page.get(), u"contingencyTabs"_s);
    BinderView *binder = m_page->binder();
    QSignalSpy updated(binder, &BinderView::previewUpdated);
    tabs->setCurrentWidget(binder);
    QTRY_VERIFY_WITH_TIMEOUT(updated.size() >= 1, 60000);
    const int pages = binder->pageCount();
    QVERIFY(pages > 1);
    auto *pageLabel = child<QLabel>(binder, u"binderPageCount"_s);
    QVERIFY2(pageLabel->text() == u"Page 1 of %1"_s.arg(pages)
                 || pageLabel->text().startsWith(QString::number(pages) + u" page"_s),
             qPrintable(pageLabel->text()));

    // A burst of edits is laid out once, after the plan has been still for a moment.
    updated.clear();
    const qint64 backup = itemIdOf(u"backup"_s);
    for (const QString &place : { u"/srv/a"_s, u"/srv/b"_s, u"/srv/c"_s }) {
        RecoveryItem item = *m_session->plan()->recoveryItem(backup);
        item.location = place;
        QVERIFY(m_session->plan()->updateRecoveryItem(item));
    }
    QCOMPARE(pageLabel->text(), u"Updating…"_s);
    QCOMPARE(updated.size(), 0); // not laid out on every change
    QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 1, 60000);
    QVERIFY2(pageLabel->text().contains(QString::number(binder->pageCount())), qPrintable(pageLabel->text()));

    const QString ics = m_dir.filePath(u"reminders.ics"_s);
    FileDialog::setNextFileName(ics);
    QSignalSpy calendar(binder, &BinderView::calendarSaved);
    child<QPushButton>(binder, u"binderSaveCalendar"_s)->click();
    QCOMPARE(calendar.size(), 1);
    QVERIFY(calendar.first().at(0).toBool());
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(bytes.contains("END:VCALENDAR"));
}

QTEST_MAIN(TestContingencyBinderView)
#include "tst_contingencybinderview.moc"
