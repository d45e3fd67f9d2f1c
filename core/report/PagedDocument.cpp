#include "report/PagedDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

// The resolution QTextDocument lays out at when it has no paint device (exported by QtGui, and what
// QTextDocument::print() itself scales from).
Q_GUI_EXPORT int qt_defaultDpiY();

namespace {

// Anchors that find our own headings again after QTextDocument has parsed the HTML (the cover and
// the sections may have <h1>s of their own).
const QString contentsAnchor = u"storefort-contents"_s;
const QString sectionAnchorPrefix = u"storefort-section-"_s;

// Black on white, structure by rules and weight rather than by colour, so that it reads the same
// printed in grey. Tables are ruled between rows rather than boxed in a full grid: as readable, and a
// tenth of the drawing for a long table.
const QString styleSheet = uR"(
body { color: #000000; }
h1 { font-size: 16pt; font-weight: bold; margin-top: 0px; margin-bottom: 10px; }
h2 { font-size: 13pt; font-weight: bold; margin-top: 14px; margin-bottom: 6px; }
h3 { font-size: 11pt; font-weight: bold; margin-top: 10px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 6px; }
ul, ol { margin-top: 0px; margin-bottom: 6px; }
table { margin-top: 2px; margin-bottom: 12px; }
th { font-weight: bold; text-align: left; vertical-align: top; padding: 4px; background-color: #e4e4e4;
     border-bottom-width: 1px; border-bottom-style: solid; border-bottom-color: #000000; }
td { vertical-align: top; padding: 4px;
     border-bottom-width: 1px; border-bottom-style: solid; border-bottom-color: #8c8c8c; }
table.contents { margin-top: 8px; }
table.contents td { padding: 5px; border-bottom-style: dotted; border-bottom-color: #8c8c8c; }
.small, small { font-size: 8pt; }
.muted { color: #404040; }
)"_s;

constexpr qreal bodyPointSize = 10;
constexpr qreal marginalPointSize = 8;
constexpr int maxLayoutRounds = 6;

struct PageGeometry
{
    QRectF header; // the band above the text: title, marking, rule (device pixels)
    QRectF content; // where the document's pages go
    QRectF footer; // the band below the text: note, page numbers
    QSizeF scale; // from layout units to device pixels
    QSizeF pageSize; // content, in layout units
};

PageGeometry geometryFor(const QPagedPaintDevice *device, const QFont &marginalFont)
{
    const QRectF area(0, 0, device->width(), device->height());
    const qreal mm = device->logicalDpiY() / 25.4;
    const qreal line = QFontMetricsF(marginalFont, device).height();
    const qreal band = line + 4 * mm; // the text, a gap to the rule and to the body
    PageGeometry g;
    g.header = QRectF(area.left(), area.top(), area.width(), line);
    g.footer = QRectF(area.left(), area.bottom() - line, area.width(), line);
    g.content = area.adjusted(0, band, 0, -band);
    // Laid out without a paint device, in the units of the default resolution, and scaled onto the
    // device when drawn: with the device's own resolution QTextDocument measures fonts three times
    // slower, and a binder of a big plan has tens of thousands of table cells.
    const qreal layoutDpi = qt_defaultDpiY() > 0 ? qt_defaultDpiY() : 96;
    g.scale = QSizeF(device->logicalDpiX() / layoutDpi, device->logicalDpiY() / layoutDpi);
    g.pageSize = QSizeF(g.content.width() / g.scale.width(), g.content.height() / g.scale.height());
    return g;
}

void setUpDocument(QTextDocument &doc, const QFont &font, const QSizeF &pageSize)
{
    doc.setUndoRedoEnabled(false);
    doc.setDocumentMargin(0);
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(styleSheet);
    // Unhinted, fractional advances: the layout is scaled up onto the device, and hinted widths
    // would come out uneven there.
    doc.setUseDesignMetrics(true);
    doc.setPageSize(pageSize);
}

// Where the first line of a block is drawn, in document coordinates. A block that does not fit at
// the foot of a page keeps its position there and has its lines moved to the next page, so the
// block's own top is not where its text is.
qreal textMiddle(const QTextDocument &doc, const QTextBlock &block)
{
    const QRectF rect = doc.documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return rect.top();
    const QTextLine first = layout->lineAt(0);
    return rect.top() + first.y() + first.height() / 2;
}

int pageIndexOf(const QTextDocument &doc, const QTextBlock &block)
{
    return std::max(0, int(std::floor(textMiddle(doc, block) / doc.pageSize().height())));
}

QString headingHtml(const QString &anchor, const QString &title, bool newPage)
{
    return (newPage ? u"<h1 style=\"page-break-before: always;\">"_s : u"<h1>"_s) + u"<a name=\""_s + anchor
        + u"\">"_s + PagedDocument::escape(title) + u"</a></h1>"_s;
}

// Our <h1>s, found by their anchors: the contents' heading, and the heading of each section
// (index: the section's, value: its block).
struct Headings
{
    QTextBlock contents;
    QHash<qsizetype, QTextBlock> sections;
};

Headings findHeadings(const QTextDocument &doc)
{
    Headings found;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 1)
            continue;
        const QStringList names = block.begin().fragment().charFormat().anchorNames();
        for (const QString &name : names) {
            if (name == contentsAnchor) {
                found.contents = block;
            } else if (name.startsWith(sectionAnchorPrefix)) {
                bool ok = false;
                const qsizetype index = QStringView(name).sliced(sectionAnchorPrefix.size()).toLongLong(&ok);
                if (ok)
                    found.sections.insert(index, block);
            }
        }
    }
    return found;
}

// A section that starts on a new page and those that run on after it: one document each, so that
// a heading moved to the next page lays out again only its own part, and the front can be laid
// out again without the body.
struct BodyPart
{
    std::unique_ptr<QTextDocument> doc;
    QList<qsizetype> sections;
    QList<QTextBlock> headings; // one for each of sections
    int firstPage = 0; // 0-based, counting the cover and the contents
    int pageCount = 0;
};

// A heading left alone at the foot of a page, its section's text starting on the next one, is moved
// to that next page. Returns whether one moved (the layout below it is then stale). One at a time:
// moving a heading shifts what follows by part of a page, which may leave another one alone, or
// not any more. Each move gives one more heading a page break, so the moves come to an end.
bool keepAHeadingWithItsText(BodyPart &part)
{
    for (qsizetype i = 1; i < part.headings.size(); ++i) {
        const QTextBlock heading = part.headings.at(i);
        if (!heading.isValid()
            || heading.blockFormat().pageBreakPolicy().testFlag(QTextFormat::PageBreak_AlwaysBefore))
            continue;
        const QTextBlock next = heading.next();
        const bool nextIsOwnText = next.isValid()
            && (i + 1 >= part.headings.size() || !part.headings.at(i + 1).isValid()
                || next.position() < part.headings.at(i + 1).position());
        if (!nextIsOwnText || pageIndexOf(*part.doc, next) <= pageIndexOf(*part.doc, heading))
            continue;
        QTextBlockFormat format = heading.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(heading).setBlockFormat(format);
        return true;
    }
    // The same for the sections' own subheadings (<h2>, <h3>).
    for (QTextBlock block = part.doc->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 2 || level > 3
            || block.blockFormat().pageBreakPolicy().testFlag(QTextFormat::PageBreak_AlwaysBefore))
            continue;
        const QTextBlock next = block.next();
        if (!next.isValid() || pageIndexOf(*part.doc, next) <= pageIndexOf(*part.doc, block))
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
        return true;
    }
    return false;
}

QTextTable *contentsTable(const QTextDocument &doc)
{
    const QTextBlock heading = findHeadings(doc).contents;
    if (!heading.isValid() || !heading.next().isValid())
        return nullptr;
    return QTextCursor(heading.next()).currentTable();
}

// Writes the page numbers into the contents' second column: the rows keep their height, so
// nothing below them moves.
void fillContents(QTextDocument &doc, QTextTable *table, const QList<int> &rowPages)
{
    QTextCursor cursor(&doc);
    cursor.beginEditBlock();
    for (int row = 0; row < table->rows() && row < rowPages.size(); ++row) {
        const QTextTableCell cell = table->cellAt(row, 1);
        cursor.setPosition(cell.firstCursorPosition().position());
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        const QTextCharFormat format = cursor.charFormat();
        cursor.insertText(QString::number(rowPages.at(row)), format);
    }
    cursor.endEditBlock();
}

// One line of small print across the page: the left text (cut short with an ellipsis before it
// would run into the right one) and the right text; the header has a thin rule under it.
void drawMarginal(QPainter &painter, const QRectF &band, const QFont &font, const QString &left,
                  const QString &right, bool ruleBelow)
{
    painter.save();
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QFontMetricsF metrics(font, painter.device());
    const qreal rightWidth = metrics.horizontalAdvance(right);
    const qreal gap = metrics.averageCharWidth() * 3;
    const QString leftText
        = metrics.elidedText(left, Qt::ElideRight, std::max<qreal>(0, band.width() - rightWidth - gap));
    painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, leftText);
    painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, right);
    if (ruleBelow) {
        const qreal mm = painter.device()->logicalDpiY() / 25.4;
        QPen pen(Qt::black);
        pen.setWidthF(0.25 * mm);
        painter.setPen(pen);
        const qreal y = band.bottom() + 1.5 * mm;
        painter.drawLine(QPointF(band.left(), y), QPointF(band.right(), y));
    }
    painter.restore();
}

// Draws page `index` of a paginated document into the page's content rectangle.
void drawDocumentPage(QPainter &painter, const QTextDocument &doc, int index, const PageGeometry &g)
{
    const QSizeF page = doc.pageSize();
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    const QRectF pageRect(0, index * page.height(), page.width(), page.height());
    // Lines moved to the next page start exactly at this page's foot, and QTextLayout draws a line
    // that touches the clip: held half a unit clear of the edges, so that none is drawn on a page
    // it is not on (clipped away it would not show, but would still be in the PDF's text).
    context.clip = pageRect.adjusted(0, 0.5, 0, -0.5);
    painter.save();
    painter.translate(g.content.topLeft());
    painter.scale(g.scale.width(), g.scale.height());
    painter.translate(0, -index * page.height());
    painter.setClipRect(pageRect);
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
}

QFont documentFont()
{
    QFont font;
    font.setPointSizeF(bodyPointSize);
    // Text in scripts that need no shaping (Latin, Greek, Cyrillic, ...) is not shaped: no
    // ligatures, so that the "fi" in "Certificate" stays two letters for search and copy in a PDF
    // reader, and a fifth less time for a long binder. Scripts that need shaping still get it.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// The space after a table goes to the block that follows it. Left on the table, a bottom margin
// that does not fit at the foot of a page carries the table over to the next page, where only its
// repeated header row would stand; space at the top of a page is harmless.
void moveTableSpaceToNextBlock(QTextDocument &doc)
{
    const QList<QTextFrame *> frames = doc.rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->format().bottomMargin() <= 0)
            continue;
        QTextTableFormat format = table->format();
        const qreal space = format.bottomMargin();
        format.setBottomMargin(0);
        table->setFormat(format);
        QTextCursor after(&doc);
        after.setPosition(table->lastPosition() + 1);
        QTextBlockFormat block = after.blockFormat();
        block.setTopMargin(block.topMargin() + space);
        after.setBlockFormat(block);
    }
}

// Lays out a part of the body, each heading left alone at the foot of a page moved to the next.
void layOut(BodyPart &part, const QList<DocumentSection> &sections, const QSizeF &pageSize)
{
    part.doc = std::make_unique<QTextDocument>();
    setUpDocument(*part.doc, documentFont(), pageSize);
    QString html = u"<html><body>"_s;
    for (qsizetype index : std::as_const(part.sections)) {
        const DocumentSection &section = sections.at(index);
        html
            += headingHtml(sectionAnchorPrefix + QString::number(index), section.title, false) + section.html;
    }
    part.doc->setHtml(html + u"</body></html>"_s);
    moveTableSpaceToNextBlock(*part.doc);
    const Headings found = findHeadings(*part.doc);
    for (qsizetype index : std::as_const(part.sections))
        part.headings.append(found.sections.value(index));
    while (keepAHeadingWithItsText(part)) { }
    part.pageCount = part.doc->pageCount();
}

} // namespace

QPageSize PagedDocument::pageSizeFor(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::PuertoRico:
    case QLocale::ElSalvador:
    case QLocale::Nicaragua:
    case QLocale::Panama:
    case QLocale::DominicanRepublic:
    case QLocale::Belize:
    case QLocale::UnitedStatesOutlyingIslands:
    case QLocale::UnitedStatesVirginIslands:
    case QLocale::AmericanSamoa:
    case QLocale::Guam:
    case QLocale::NorthernMarianaIslands:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

PagedDocument::PagedDocument(Options options, QString coverHtml, QList<DocumentSection> sections)
    : m_options(std::move(options))
    , m_coverHtml(std::move(coverHtml))
    , m_sections(std::move(sections))
{ }

QString PagedDocument::escape(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(u"\r\n"_s, u"<br/>"_s);
    escaped.replace(u'\r', u"<br/>"_s);
    escaped.replace(u'\n', u"<br/>"_s);
    return escaped;
}

Result<int> PagedDocument::paint(QPagedPaintDevice *device) const
{
    m_sectionPages.clear();
    m_pageCount = 0;
    if (!device)
        return Error { QCoreApplication::translate("PagedDocument", "There is nothing to print on.") };

    // A printer may refuse our margins (some cannot print that close to the edge); it then keeps
    // its own, and the pages are laid out on what it has.
    device->setPageLayout(
        QPageLayout(m_options.pageSize, QPageLayout::Portrait, m_options.marginsMm, QPageLayout::Millimeter));

    QPainter painter;
    if (!painter.begin(device))
        return Error { QCoreApplication::translate(
            "PagedDocument", "Could not start printing: the printer or file is not ready.") };

    const QFont bodyFont = documentFont();
    QFont marginalFont = bodyFont;
    marginalFont.setPointSizeF(marginalPointSize);
    const PageGeometry g = geometryFor(device, marginalFont);

    // The body: laid out once, each heading alone at the foot of a page moved to the next.
    std::vector<BodyPart> parts;
    for (qsizetype i = 0; i < m_sections.size(); ++i) {
        if (parts.empty() || m_sections.at(i).newPage)
            parts.emplace_back();
        parts.back().sections.append(i);
    }
    for (BodyPart &part : parts)
        layOut(part, m_sections, g.pageSize);

    // The front: the cover, and the contents with the page each section starts on. Filling in the
    // numbers lays out these few pages again; the body stays as it is.
    QTextDocument front;
    setUpDocument(front, bodyFont, g.pageSize);
    QList<qsizetype> contentsRows; // the section of each row of the contents
    QString html = u"<html><body>"_s + m_coverHtml;
    QString rows;
    for (qsizetype i = 0; i < m_sections.size() && !m_options.contentsTitle.isEmpty(); ++i) {
        if (!m_sections.at(i).inContents)
            continue;
        contentsRows.append(i);
        // A placeholder for the number; the row's height does not depend on it.
        rows += u"<tr><td>"_s + escape(m_sections.at(i).title)
            + u"</td><td align=\"right\" width=\"12%\">0</td></tr>"_s;
    }
    // Contents that would list nothing are left out.
    if (!rows.isEmpty())
        html += headingHtml(contentsAnchor, m_options.contentsTitle, true)
            + u"<table class=\"contents\" width=\"100%\" cellspacing=\"0\">"_s + rows + u"</table>"_s;
    front.setHtml(html + u"</body></html>"_s);

    int frontPageCount = front.pageCount();
    QList<int> pages(m_sections.size(), 0);
    for (int round = 0; round < maxLayoutRounds; ++round) {
        int firstPage = frontPageCount;
        for (BodyPart &part : parts) {
            part.firstPage = firstPage;
            for (qsizetype k = 0; k < part.sections.size(); ++k) {
                const QTextBlock heading = part.headings.at(k);
                pages[part.sections.at(k)]
                    = firstPage + (heading.isValid() ? pageIndexOf(*part.doc, heading) : 0) + 1;
            }
            firstPage += part.pageCount;
        }
        QTextTable *table = contentsTable(front);
        if (!table)
            break;
        QList<int> rowPages;
        for (qsizetype index : std::as_const(contentsRows))
            rowPages.append(pages.at(index));
        fillContents(front, table, rowPages);
        // Checked all the same: a contents a page longer would move every section by a page.
        const int after = front.pageCount();
        if (after == frontPageCount)
            break;
        frontPageCount = after;
    }

    int pageCount = frontPageCount;
    for (const BodyPart &part : parts)
        pageCount += part.pageCount;
    const BodyPart *part = nullptr;
    auto nextPart = parts.cbegin();
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device->newPage()) {
            painter.end();
            return Error { QCoreApplication::translate("PagedDocument",
                                                       "Could not print page %1: the printer or file stopped "
                                                       "accepting pages.")
                               .arg(page + 1) };
        }
        // The cover alone has neither header nor footer.
        if (page > 0) {
            drawMarginal(painter, g.header, marginalFont, m_options.title, m_options.marking, true);
            drawMarginal(painter, g.footer, marginalFont, m_options.footerNote,
                         QCoreApplication::translate("PagedDocument", "Page %1 of %2")
                             .arg(QString::number(page + 1), QString::number(pageCount)),
                         false);
        }
        if (page < frontPageCount) {
            drawDocumentPage(painter, front, page, g);
            continue;
        }
        while (nextPart != parts.cend() && nextPart->firstPage <= page)
            part = &*nextPart++;
        drawDocumentPage(painter, *part->doc, page - part->firstPage, g);
    }
    if (!painter.end())
        return Error { QCoreApplication::translate(
            "PagedDocument", "Could not finish printing: the printer or file is not ready.") };

    m_sectionPages = pages;
    m_pageCount = pageCount;
    return pageCount;
}

Result<int> PagedDocument::writePdf(const QString &path) const
{
    const QString shownPath = QFileInfo(path).absoluteFilePath();
    // Written whole or not at all: a failed write leaves neither a half file nor a stray temporary.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { QCoreApplication::translate("PagedDocument", "Could not save the PDF to %1: %2")
                           .arg(shownPath, file.errorString()) };
    Result<int> painted = Error {};
    {
        QPdfWriter writer(&file);
        // Fine enough for print; the text stays text whatever the resolution.
        writer.setResolution(300);
        writer.setTitle(m_options.title);
        writer.setCreator(m_options.creator);
        painted = paint(&writer);
    }
    if (!painted) {
        file.cancelWriting();
        return Error { QCoreApplication::translate("PagedDocument", "Could not save the PDF to %1: %2")
                           .arg(shownPath, painted.error()) };
    }
    if (!file.commit()) {
        m_sectionPages.clear();
        m_pageCount = 0;
        return Error { QCoreApplication::translate("PagedDocument", "Could not save the PDF to %1: %2")
                           .arg(shownPath, file.errorString()) };
    }
    return painted;
}
