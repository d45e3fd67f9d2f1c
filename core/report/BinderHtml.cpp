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

QString note(const QString &text)
{
    return u"<p class=\"note\"><i>"_s + esc(text) + u"</i></p>"_s;
}

QString checklist(const QStringList &itemsHtml)
{
    QString html = u"<table cellspacing=\"0\" cellpadding=\"3\">"_s;
    for (const QString &item : itemsHtml)
        html += u"<tr><td valign=\"top\" width=\"22\"><span style=\"font-size:13pt\">"_s
            + QString(QChar(tickBox)) + u"</span></td><td valign=\"top\">"_s + item + u"</td></tr>"_s;
    return html + u"</table>"_s;
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
