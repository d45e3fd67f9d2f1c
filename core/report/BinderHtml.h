#pragma once

// Small pieces of HTML the binder's sections share (internal to core/report).

#include "PagedDocument.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <utility>

class Plan;
struct Finding;

namespace BinderHtml {

// An empty tick box and a ticked one, as printed (DejaVu has both glyphs).
inline constexpr char16_t tickBox = u'\u2610';
inline constexpr char16_t ticked = u'\u2611';

inline QString esc(const QString &text)
{
    return PagedDocument::escape(text);
}

// Plain text in bold, or in small print, escaped.
inline QString bold(const QString &text)
{
    return QStringLiteral("<b>") + esc(text) + QStringLiteral("</b>");
}
inline QString small(const QString &text)
{
    return QStringLiteral("<small>") + esc(text) + QStringLiteral("</small>");
}

// A table with a header row; cells are HTML already (escape text with esc()).
class Table
{
public:
    explicit Table(const QStringList &headers, const QList<int> &widthsPercent = {});
    void row(const QStringList &cells);
    bool isEmpty() const { return m_rows == 0; }
    QString html() const;

private:
    QString m_html;
    int m_rows = 0;
};

// A table of facts without a header: one row per label (plain text, in bold) and its value (HTML
// already). Centred when narrower than the page.
QString facts(const QList<std::pair<QString, QString>> &rows, int labelPercent = 28, int widthPercent = 100);
// A paragraph in small grey print, e.g. "Nothing recorded yet."
QString note(const QString &text);
// A list of lines with bullets and a hanging indent (fits a table cell; "—" when empty).
QString bullets(const QStringList &itemsHtml);
// A list of lines with tick boxes, for runbooks and checklists.
QString checklist(const QStringList &itemsHtml);
// A date in the locale's long-ish form ("29 Nov 2026"), or "—" when invalid.
QString date(const QLocale &locale, QDate date);
QString dateTime(const QLocale &locale, const QDateTime &time);

} // namespace BinderHtml
