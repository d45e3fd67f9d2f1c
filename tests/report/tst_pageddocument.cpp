// The printed-document engine: real PDFs written to a temporary folder and read back with poppler's
// pdftotext and pdfinfo. The page count, "Page k of n" on every page but the cover, the contents
// giving the page each section's heading is really on, sections that run on, Letter and A4, a
// refused folder that is left as it was, escaping, and text beyond ASCII.
#include "report/PagedDocument.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// The text of each page, as pdftotext -layout lays it out (pages end with a form feed).
QStringList pdfPages(const QString &pdf)
{
    QProcess process;
    process.start(u"pdftotext"_s, { u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s });
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QString pdfInfo(const QString &pdf, const QString &field)
{
    QProcess process;
    process.start(u"pdfinfo"_s, { pdf });
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(field + u':'))
            return line.mid(field.size() + 1).trimmed();
    }
    return {};
}

// pdftotext -layout spreads a line over columns; one space between words is enough to search in.
QString squeezed(const QString &text)
{
    static const QRegularExpression spaces(u"[ \\t]+"_s);
    return QString(text).replace(spaces, u" "_s);
}

bool hasLine(const QString &page, const QString &line)
{
    const QStringList lines = squeezed(page).split(u'\n');
    for (const QString &candidate : lines) {
        if (candidate.trimmed() == line)
            return true;
    }
    return false;
}

// The page number the contents give for a title: the line "title ... N".
int contentsNumber(const QString &contentsPage, const QString &title)
{
    const QRegularExpression row(u"^\\s*"_s + QRegularExpression::escape(title) + u"\\s+(\\d+)\\s*$"_s,
                                 QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = row.match(contentsPage);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString tableOfRows(const QString &label, int rows)
{
    QString html
        = u"<table width=\"100%\"><thead><tr><th>Item</th><th>Held by</th><th>Where</th></tr></thead>"_s;
    for (int r = 1; r <= rows; ++r)
        html += u"<tr><td>%1 row %2</td><td>Ana Owner</td><td>The safe in the back office</td></tr>"_s
                    .arg(label)
                    .arg(r);
    return html + u"</table>"_s;
}

PagedDocument::Options binderOptions()
{
    PagedDocument::Options options;
    options.title = u"Contingency binder: shop.example"_s;
    options.marking = u"Confidential"_s;
    options.footerNote = u"Printed 29 November 2026"_s;
    options.contentsTitle = u"Contents"_s;
    return options;
}

QString coverHtml()
{
    return u"<h1>Contingency binder</h1><p>For shop.example. Keep it in a drawer; take it out on the day "
           u"things go wrong.</p>"_s;
}

} // namespace

class TestPagedDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
                 "pdftotext (poppler-utils) is needed to read the PDFs back");
        QVERIFY2(!QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty(),
                 "pdfinfo (poppler-utils) is needed to read the PDFs back");
    }

    void pagesAndContents()
    {
        const QList<DocumentSection> sections {
            { u"Who to call first"_s, u"<p>Ana Owner, 0151 000 000.</p><p>The host: support line.</p>"_s },
            { u"Backups, all of them"_s,
              u"<p>Every backup and who has it.</p>"_s + tableOfRows(u"Backup"_s, 300) },
            { u"Certificate files"_s, u"<p>The .key, the .csr and the passphrase.</p>"_s, false },
            { u"Customer export"_s, tableOfRows(u"Export"_s, 120) },
            { u"Notes for the printer"_s, u"<p>Not in the contents.</p>"_s, true, false },
            { u"Last words"_s, u"<p>Runs on from the notes.</p>"_s, false },
        };
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pdf = dir.filePath(u"binder.pdf"_s);
        PagedDocument document(binderOptions(), coverHtml(), sections);
        const Result<int> written = document.writePdf(pdf);
        QVERIFY2(written, qPrintable(written.error()));

        const int pageCount = written.value();
        QCOMPARE(document.pageCount(), pageCount);
        QCOMPARE(pdfInfo(pdf, u"Pages"_s).toInt(), pageCount);
        QCOMPARE(pdfInfo(pdf, u"Title"_s), binderOptions().title);
        QCOMPARE(pdfInfo(pdf, u"Creator"_s), u"Storefort"_s);
        const QStringList pages = pdfPages(pdf);
        QCOMPARE(pages.size(), pageCount);
        QVERIFY2(pageCount > 10, "300 and 120 rows of table take several pages");

        // The cover: no header, no page number.
        QVERIFY(pages.at(0).contains(u"Contingency binder"_s));
        QVERIFY(!pages.at(0).contains(u"Page 1 of"_s));
        QVERIFY(!pages.at(0).contains(u"Confidential"_s));
        for (int k = 2; k <= pageCount; ++k) {
            const QString page = squeezed(pages.at(k - 1));
            QVERIFY2(page.contains(u"Page %1 of %2"_s.arg(k).arg(pageCount)), qPrintable(page));
            QVERIFY(page.contains(u"Contingency binder: shop.example"_s));
            QVERIFY(page.contains(u"Confidential"_s));
            QVERIFY(page.contains(u"Printed 29 November 2026"_s));
        }

        // The contents on page 2; each section's heading on the page the contents give, and on
        // sectionPages(); nowhere between the contents and that page.
        const QString contents = squeezed(pages.at(1));
        QVERIFY(hasLine(contents, u"Contents"_s));
        const QList<int> sectionPages = document.sectionPages();
        QCOMPARE(sectionPages.size(), sections.size());
        for (qsizetype i = 0; i < sections.size(); ++i) {
            const QString &title = sections.at(i).title;
            const int page = sectionPages.at(i);
            QVERIFY2(page >= 3 && page <= pageCount, qPrintable(title));
            QVERIFY2(hasLine(pages.at(page - 1), title),
                     qPrintable(u"%1 not on page %2:\n%3"_s.arg(title).arg(page).arg(pages.at(page - 1))));
            for (int earlier = 3; earlier < page; ++earlier)
                QVERIFY2(!hasLine(pages.at(earlier - 1), title), qPrintable(title));
            if (sections.at(i).inContents)
                QCOMPARE(contentsNumber(contents, title), page);
            else
                QVERIFY(!contents.contains(title));
        }
        // The long table spans pages, so the numbers after it are not just one per section.
        QCOMPARE(sectionPages.at(0), 3);
        QCOMPARE(sectionPages.at(1), 4);
        QVERIFY(sectionPages.at(3) >= sectionPages.at(1) + 4);
        QVERIFY(sectionPages.at(4) >= sectionPages.at(3) + 2);

        // Sections with newPage=false run on: on the page where the one before ends.
        int lastBackupRow = 0;
        for (int k = 1; k <= pageCount; ++k) {
            if (pages.at(k - 1).contains(u"Backup row 300 "_s))
                lastBackupRow = k;
        }
        QCOMPARE(sectionPages.at(2), lastBackupRow);
        QCOMPARE(sectionPages.at(5), sectionPages.at(4));
        // Every row made it onto paper, once.
        const QString all = pages.join(u'\n');
        for (int r : { 1, 2, 150, 299, 300 })
            QCOMPARE(all.count(u"Backup row %1 "_s.arg(r)), 1);
        QCOMPARE(all.count(u"Export row 120 "_s), 1);
    }

    void headingNeverAloneAtTheFootOfAPage()
    {
        // Fillers of every length up to a page and a half, so that in some the heading of the
        // section that runs on fits at the foot of a page and its table does not.
        QTemporaryDir dir;
        int moved = 0;
        for (int lines = 30; lines <= 75; ++lines) {
            QString filler;
            for (int k = 1; k <= lines; ++k)
                filler += u"<p>Filler line %1</p>"_s.arg(k);
            const QString pdf = dir.filePath(u"kept-%1.pdf"_s.arg(lines));
            PagedDocument document(
                binderOptions(), coverHtml(),
                { { u"Filler"_s, filler }, { u"Kept together"_s, tableOfRows(u"Kept"_s, 3), false } });
            QVERIFY(document.writePdf(pdf));
            const QStringList pages = pdfPages(pdf);
            // After the cover and the contents: the heading as a line of its own, the others as
            // the start of one.
            auto pageOf = [&](const QString &text, bool wholeLine) {
                for (qsizetype k = 2; k < pages.size(); ++k) {
                    if (wholeLine ? hasLine(pages.at(k), text) : squeezed(pages.at(k)).contains(text + u' '))
                        return int(k + 1);
                }
                return -1;
            };
            const int heading = pageOf(u"Kept together"_s, true);
            QVERIFY2(document.sectionPages().value(1) == heading, qPrintable(pdf));
            QVERIFY2(heading == pageOf(u"Kept row 1"_s, false),
                     qPrintable(u"%1 lines of filler"_s.arg(lines)));
            moved += heading > pageOf(u"Filler line %1"_s.arg(lines), false) ? 1 : 0;
        }
        QVERIFY2(moved > 0, "no filler length left the heading at the foot of a page");
    }

    void tableHeaderNeverAloneOnAPage()
    {
        // A spacer pushes a one-row table down the page until it no longer fits: the first
        // height at which the document grows is where the table's end meets the page's foot. The
        // page it grew by must hold the table's row, not just its header repeated.
        QTemporaryDir dir;
        auto write = [&](int spacer) {
            const QString pdf = dir.filePath(u"spacer-%1.pdf"_s.arg(spacer));
            PagedDocument document(binderOptions(), coverHtml(),
                                   { { u"Pushed"_s,
                                       u"<p style=\"margin-top: %1px\">Spacer</p>"_s.arg(spacer)
                                           + tableOfRows(u"Pushed"_s, 1) } });
            const Result<int> pages = document.writePdf(pdf);
            return std::make_pair(pages ? pages.value() : -1, pdf);
        };
        const int fits = write(0).first;
        QVERIFY(fits > 0);
        int low = 0;
        int high = 2000; // more than a page: the table is pushed over
        QVERIFY(write(high).first > fits);
        while (high - low > 1) {
            const int middle = (low + high) / 2;
            (write(middle).first > fits ? high : low) = middle;
        }
        const auto [grown, pdf] = write(high);
        QCOMPARE(grown, fits + 1);
        const QStringList pages = pdfPages(pdf);
        QCOMPARE(pages.size(), grown);
        QVERIFY2(squeezed(pages.last()).contains(u"Pushed row 1"_s),
                 qPrintable(u"spacer %1px: the last page holds only \"%2\""_s.arg(high).arg(
                     squeezed(pages.last()))));
    }

    void withoutContents()
    {
        PagedDocument::Options options = binderOptions();
        options.contentsTitle.clear();
        const QList<DocumentSection> sections {
            // Asks to run on, but the cover keeps its page to itself.
            { u"First steps"_s, u"<p>Start here.</p>"_s, false },
            { u"Second steps"_s, u"<p>Then here.</p>"_s, false },
            { u"Third steps"_s, u"<p>Then here.</p>"_s, true },
        };
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"plain.pdf"_s);
        PagedDocument document(options, coverHtml(), sections);
        const Result<int> written = document.writePdf(pdf);
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(written.value(), 3);
        QCOMPARE(document.sectionPages(), QList<int>({ 2, 2, 3 }));
        const QStringList pages = pdfPages(pdf);
        QCOMPARE(pages.size(), 3);
        QVERIFY(!pages.at(0).contains(u"First steps"_s));
        QVERIFY(hasLine(pages.at(1), u"First steps"_s));
        QVERIFY(hasLine(pages.at(1), u"Second steps"_s));
        QVERIFY(hasLine(pages.at(2), u"Third steps"_s));
        QVERIFY(squeezed(pages.at(2)).contains(u"Page 3 of 3"_s));
    }

    void coverOnly()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"cover.pdf"_s);
        PagedDocument document(binderOptions(), coverHtml(), {});
        const Result<int> written = document.writePdf(pdf);
        QVERIFY2(written, qPrintable(written.error()));
        // Contents that would list nothing are left out.
        QCOMPARE(written.value(), 1);
        QCOMPARE(pdfInfo(pdf, u"Pages"_s).toInt(), 1);
        QVERIFY(document.sectionPages().isEmpty());
        const QStringList pages = pdfPages(pdf);
        QCOMPARE(pages.size(), 1);
        QVERIFY(pages.first().contains(u"Contingency binder"_s));
        QVERIFY(!pages.first().contains(u"Page 1 of"_s));
    }

    void pageSizes()
    {
        QTemporaryDir dir;
        PagedDocument::Options letter = binderOptions();
        letter.pageSize = PagedDocument::pageSizeFor(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString letterPdf = dir.filePath(u"letter.pdf"_s);
        QVERIFY(PagedDocument(letter, coverHtml(), { { u"One"_s, u"<p>x</p>"_s } }).writePdf(letterPdf));
        QCOMPARE(pdfInfo(letterPdf, u"Page size"_s), u"612 x 792 pts (letter)"_s);

        PagedDocument::Options a4 = binderOptions();
        a4.pageSize = PagedDocument::pageSizeFor(QLocale(QLocale::German, QLocale::Germany));
        const QString a4Pdf = dir.filePath(u"a4.pdf"_s);
        QVERIFY(PagedDocument(a4, coverHtml(), { { u"One"_s, u"<p>x</p>"_s } }).writePdf(a4Pdf));
        // A4 is 595.276 x 841.89 points; Qt writes its media box in whole points.
        const QString a4Size = pdfInfo(a4Pdf, u"Page size"_s);
        QVERIFY2(a4Size == u"595 x 842 pts (A4)"_s || a4Size == u"595.276 x 841.89 pts (A4)"_s,
                 qPrintable(a4Size));
    }

    void pageSizeForLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<bool>("letter");
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << true;
        QTest::newRow("en_CA") << QLocale(QLocale::English, QLocale::Canada) << true;
        QTest::newRow("fr_CA") << QLocale(QLocale::French, QLocale::Canada) << true;
        QTest::newRow("es_MX") << QLocale(QLocale::Spanish, QLocale::Mexico) << true;
        QTest::newRow("fil_PH") << QLocale(QLocale::Filipino, QLocale::Philippines) << true;
        QTest::newRow("es_CL") << QLocale(QLocale::Spanish, QLocale::Chile) << true;
        QTest::newRow("es_CO") << QLocale(QLocale::Spanish, QLocale::Colombia) << true;
        QTest::newRow("es_VE") << QLocale(QLocale::Spanish, QLocale::Venezuela) << true;
        QTest::newRow("es_CR") << QLocale(QLocale::Spanish, QLocale::CostaRica) << true;
        QTest::newRow("es_GT") << QLocale(QLocale::Spanish, QLocale::Guatemala) << true;
        QTest::newRow("es_PR") << QLocale(QLocale::Spanish, QLocale::PuertoRico) << true;
        QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << false;
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << false;
        QTest::newRow("es_ES") << QLocale(QLocale::Spanish, QLocale::Spain) << false;
        QTest::newRow("es_AR") << QLocale(QLocale::Spanish, QLocale::Argentina) << false;
        QTest::newRow("en_AU") << QLocale(QLocale::English, QLocale::Australia) << false;
        QTest::newRow("C") << QLocale::c() << false;
    }

    void pageSizeForLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(bool, letter);
        QCOMPARE(PagedDocument::pageSizeFor(locale).id(), letter ? QPageSize::Letter : QPageSize::A4);
    }

    void unwritableFolderLeavesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A "folder" that is a file: refused whoever runs the test, root included.
        const QString notAFolder = dir.filePath(u"plain-file"_s);
        {
            QFile file(notAFolder);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a folder");
        }
        PagedDocument document(binderOptions(), coverHtml(), { { u"One"_s, u"<p>x</p>"_s } });
        const Result<int> refused = document.writePdf(notAFolder + u"/binder.pdf"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"binder.pdf"_s), qPrintable(refused.error()));
        QCOMPARE(document.pageCount(), 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList { u"plain-file"_s });

        QVERIFY(!document.writePdf(dir.filePath(u"missing/folder/binder.pdf"_s)));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList { u"plain-file"_s });

        // A read-only folder stops everyone but root.
        if (::geteuid() != 0) {
            const QString readOnly = dir.filePath(u"read-only"_s);
            QVERIFY(QDir().mkdir(readOnly));
            QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
            QVERIFY(!document.writePdf(readOnly + u"/binder.pdf"_s));
            QVERIFY(
                QDir(readOnly).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
            QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
    }

    void failedWriteKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"binder.pdf"_s);
        PagedDocument document(binderOptions(), coverHtml(), { { u"One"_s, u"<p>x</p>"_s } });
        QVERIFY(document.writePdf(pdf));
        const QByteArray before = [&] {
            QFile file(pdf);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY(before.startsWith("%PDF-"));
        // Nothing to print on: refused before a byte is written.
        QVERIFY(!document.paint(nullptr));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void paintOntoAnyPagedDevice()
    {
        // What the GUI does with a QPrinter: paint() onto a device it made itself.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"printed.pdf"_s);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        int painted = 0;
        {
            QPdfWriter writer(&file);
            writer.setResolution(1200); // QPdfWriter's own default, as high as a printer's
            PagedDocument document(binderOptions(), coverHtml(),
                                   { { u"One"_s, tableOfRows(u"Item"_s, 80) }, { u"Two"_s, u"<p>x</p>"_s } });
            const Result<int> result = document.paint(&writer);
            QVERIFY2(result, qPrintable(result.error()));
            painted = result.value();
            QCOMPARE(document.sectionPages().size(), 2);
        }
        file.close();
        QCOMPARE(pdfInfo(pdf, u"Pages"_s).toInt(), painted);
        const QStringList pages = pdfPages(pdf);
        QCOMPARE(pages.size(), painted);
        QVERIFY(squeezed(pages.last()).contains(u"Page %1 of %1"_s.arg(painted)));
        QVERIFY(hasLine(pages.last(), u"Two"_s));
        QCOMPARE(contentsNumber(squeezed(pages.at(1)), u"Two"_s), painted);
    }

    void escape()
    {
        QCOMPARE(PagedDocument::escape(u"Tom & Jerry <admin@shop.example> said \"hi\""_s),
                 u"Tom &amp; Jerry &lt;admin@shop.example&gt; said &quot;hi&quot;"_s);
        QCOMPARE(PagedDocument::escape(u"one\ntwo\r\nthree\rfour"_s), u"one<br/>two<br/>three<br/>four"_s);
        QCOMPARE(PagedDocument::escape(QString()), QString());
    }

    void escapedTextPrintsAsWritten()
    {
        const QString title = u"Backups & <restores> \"now\""_s;
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"escaped.pdf"_s);
        PagedDocument document(
            binderOptions(), coverHtml(),
            { { title, u"<p>"_s + PagedDocument::escape(u"a < b && c > d"_s) + u"</p>"_s } });
        QVERIFY(document.writePdf(pdf));
        const QStringList pages = pdfPages(pdf);
        QCOMPARE(pages.size(), 3);
        QVERIFY(hasLine(pages.at(2), title));
        QVERIFY(hasLine(pages.at(2), u"a < b && c > d"_s));
        QCOMPARE(contentsNumber(squeezed(pages.at(1)), title), 3);
    }

    void textBeyondAscii()
    {
        const QString german = u"Grüße aus Köln: Straße, Ärger, Öl, Übung"_s;
        const QString spanish = u"Año nuevo, niño, señal"_s;
        const QString price = u"Preis: 12,50 € im Monat"_s;
        // "fi" and "fl" stay letters (no ligature glyphs) so that search and copy find them.
        const QString ligatures = u"Certificate files, official flags"_s;
        PagedDocument::Options options = binderOptions();
        options.title = u"Notfallordner: Bäckerei Müller"_s;
        options.marking = u"Vertraulich"_s;
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"umlauts.pdf"_s);
        PagedDocument document(
            options, u"<h1>Notfallordner</h1>"_s,
            { { u"Überblick"_s,
                u"<p>%1</p><p>%2</p><p>%3</p><p>%4</p>"_s.arg(german, spanish, price, ligatures) } });
        QVERIFY(document.writePdf(pdf));
        const QStringList pages = pdfPages(pdf);
        QCOMPARE(pages.size(), 3);
        const QString body = squeezed(pages.at(2));
        QVERIFY2(body.contains(german), qPrintable(body));
        QVERIFY(body.contains(spanish));
        QVERIFY(body.contains(price));
        QVERIFY(body.contains(ligatures));
        QVERIFY(hasLine(body, u"Überblick"_s));
        QVERIFY(body.contains(u"Notfallordner: Bäckerei Müller"_s));
        QCOMPARE(pdfInfo(pdf, u"Title"_s), options.title);
    }
};

QTEST_MAIN(TestPagedDocument)
#include "tst_pageddocument.moc"
