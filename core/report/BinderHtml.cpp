#include "BinderHtml.h"

using namespace Qt::StringLiterals;

namespace BinderHtml {

Table::Table(const QStringList &headers, const QList<int> &widthsPercent)
{
    m_html = u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>"_s;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        m_html += i < widthsPercent.size() ? u"<th align=\"left\" width=\"%1%\">"_s.arg(widthsPercent.at(i))
                                           : u"<th align=\"left\">"_s;
        m_html += esc(headers.at(i)) + u"</th>"_s;
    }
    m_html += u"</tr></thead><tbody>"_s;
}

void Table::row(const QStringList &cells)
{
    m_html += u"<tr>"_s;
    for (const QString &cell : cells)
        m_html += u"<td valign=\"top\">"_s + cell + u"</td>"_s;
    m_html += u"</tr>"_s;
    ++m_rows;
}

QString Table::html() const
{
    return m_html + u"</tbody></table>"_s;
}

QString facts(const QList<std::pair<QString, QString>> &rows, int labelPercent, int widthPercent)
{
    QString html
        = u"<table width=\"%1%\" align=\"center\" cellspacing=\"0\" cellpadding=\"4\">"_s.arg(widthPercent);
    for (const auto &[label, value] : rows)
        html += u"<tr><td width=\"%1%\"><b>"_s.arg(labelPercent) + esc(label) + u"</b></td><td>"_s + value
            + u"</td></tr>"_s;
    return html + u"</table>"_s;
}

QString note(const QString &text)
{
    return u"<p class=\"note\"><i>"_s + esc(text) + u"</i></p>"_s;
}

QString bullets(const QStringList &itemsHtml)
{
    if (itemsHtml.isEmpty())
        return QStringLiteral("—");
    QString html;
    for (const QString &item : itemsHtml)
        html
            += u"<p style=\"margin-left:10px; text-indent:-10px; margin-top:0px; margin-bottom:2px\">\u2022 "_s
            + item + u"</p>"_s;
    return html;
}

QString checklist(const QStringList &itemsHtml)
{
    // One paragraph per line with a hanging indent: a line that breaks across pages keeps its box
    // with its first line (a table row would leave the box on one page and the text on the next).
    QString html;
    for (const QString &item : itemsHtml)
        html += u"<p style=\"margin-left:22px; text-indent:-22px; margin-top:3px; margin-bottom:3px\">"
                u"<span style=\"font-size:12pt\">"_s
            + QString(QChar(tickBox)) + u"</span>&nbsp;&nbsp;"_s + item + u"</p>"_s;
    return html;
}

QString date(const QLocale &locale, QDate date)
{
    return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QStringLiteral("—");
}

QString dateTime(const QLocale &locale, const QDateTime &time)
{
    return time.isValid() ? locale.toString(time.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}

} // namespace BinderHtml
