#pragma once

// Small pieces of HTML the binder's sections share (internal to core/report).

#include "PagedDocument.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

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

// A paragraph in small grey print, e.g. "Nothing recorded yet."
QString note(const QString &text);
// A list of lines with tick boxes, for runbooks and checklists.
QString checklist(const QStringList &itemsHtml);
// A date in the locale's long-ish form ("29 Nov 2026"), or "—" when invalid.
QString date(const QLocale &locale, QDate date);
QString dateTime(const QLocale &locale, const QDateTime &time);

} // namespace BinderHtml
