#pragma once

#include "common/Result.h"

#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;

// One section of a printed document: a heading the table of contents lists, and its body as the
// HTML subset QTextDocument renders (tables, lists, <b>, <i>, <span style="...">).
struct DocumentSection
{
    QString title; // plain text; the section's heading and its line in the contents
    QString html; // the body, without the heading
    bool newPage = true; // start on a new page
    bool inContents = true;
};

// A document for the printer and for PDF, laid out by QTextDocument (core: no Widgets): a cover
// page, a table of contents with the page each section starts on, then the sections; every page
// but the cover with a header (title left, a marking such as "Confidential" right) and a footer
// "Page k of n" (translated) with the date. Black on white; readable when printed in grey.
class PagedDocument
{
public:
    struct Options
    {
        QString title; // the header's left part and the PDF's title
        QString marking; // the header's right part, e.g. "Confidential"
        QString footerNote; // left of the page numbers, e.g. "Printed 29 November 2026"
        QString contentsTitle; // heading of the table of contents; empty: no contents page
        QPageSize pageSize = QPageSize(QPageSize::A4);
        QMarginsF marginsMm = QMarginsF(18, 20, 18, 20);
        QString creator = QStringLiteral("Storefort");
    };

    // The page size for a locale: Letter where Letter is the usual paper (US, Canada, Mexico,
    // the Philippines, Chile, Colombia, ...), else A4.
    static QPageSize pageSizeFor(const QLocale &locale);

    PagedDocument(Options options, QString coverHtml, QList<DocumentSection> sections);

    // Lays out and paints every page onto device (a QPdfWriter, or a QPrinter from the GUI).
    // Returns the number of pages painted.
    Result<int> paint(QPagedPaintDevice *device) const;
    // Writes a PDF file (through a temporary file, so a failed write leaves no half file).
    Result<int> writePdf(const QString &path) const;
    // The page (1-based, counting the cover) each section starts on, as the contents lists them;
    // valid after paint() / writePdf().
    const QList<int> &sectionPages() const { return m_sectionPages; }
    int pageCount() const { return m_pageCount; }

    // Escapes text for the HTML of a section (& < > " and line breaks as <br>).
    static QString escape(const QString &text);

private:
    Options m_options;
    QString m_coverHtml;
    QList<DocumentSection> m_sections;
    mutable QList<int> m_sectionPages;
    mutable int m_pageCount = 0;
};
