#include "ScoreHistoryChart.h"

#include "ScoreGauge.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

ScoreHistoryChart::ScoreHistoryChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Readiness score over time"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ScoreHistoryChart::setHistory(const QList<ReadinessRecord> &records, const QDateTime &now)
{
    m_records = records;
    m_now = now;
    setAccessibleDescription(summary());
    update();
}

QString ScoreHistoryChart::summary() const
{
    if (m_records.isEmpty())
        return tr("No score has been kept yet.");
    const QLocale locale;
    const ReadinessRecord &first = m_records.constFirst();
    const ReadinessRecord &last = m_records.constLast();
    if (m_records.size() == 1)
        return tr("%1 since %2.")
            .arg(first.score)
            .arg(locale.toString(first.at.toLocalTime().date(), QLocale::ShortFormat));
    return tr("From %1 on %2 to %3 on %4; the score changed %n time(s).", nullptr, int(m_records.size() - 1))
        .arg(first.score)
        .arg(locale.toString(first.at.toLocalTime().date(), QLocale::ShortFormat))
        .arg(last.score)
        .arg(locale.toString(last.at.toLocalTime().date(), QLocale::ShortFormat));
}

QSize ScoreHistoryChart::sizeHint() const
{
    const int em = fontMetrics().height();
    return { em * 24, em * 8 };
}

QSize ScoreHistoryChart::minimumSizeHint() const
{
    const int em = fontMetrics().height();
    return { em * 12, em * 6 };
}

void ScoreHistoryChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const int em = metrics.height();
    const int scaleWidth = metrics.horizontalAdvance(QStringLiteral("100")) + em / 2;
    const QRectF plot(scaleWidth, em / 2.0, width() - scaleWidth - em / 2.0, height() - em * 2.0);
    const QColor quiet = palette().color(QPalette::PlaceholderText);

    // Scale: 0, 50, 100 with faint lines.
    painter.setFont(font());
    for (const int value : { 0, 50, 100 }) {
        const qreal y = plot.bottom() - plot.height() * value / 100.0;
        painter.setPen(
            QPen(palette().color(QPalette::Midlight), 1, value == 0 ? Qt::SolidLine : Qt::DashLine));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(quiet);
        painter.drawText(QRectF(0, y - em / 2.0, scaleWidth - em / 4.0, em),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(value));
    }
    if (m_records.isEmpty()) {
        painter.setPen(quiet);
        painter.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, summary());
        return;
    }

    const QDateTime start = m_records.constFirst().at;
    const QDateTime end
        = std::max(m_now.isValid() ? m_now : m_records.constLast().at, m_records.constLast().at);
    const qint64 span = std::max<qint64>(1, start.secsTo(end));
    const auto xOf
        = [&](const QDateTime &at) { return plot.left() + plot.width() * start.secsTo(at) / double(span); };
    const auto yOf
        = [&](int score) { return plot.bottom() - plot.height() * std::clamp(score, 0, 100) / 100.0; };

    QPainterPath line;
    line.moveTo(xOf(start), yOf(m_records.constFirst().score));
    for (qsizetype i = 1; i < m_records.size(); ++i) {
        const qreal x = xOf(m_records.at(i).at);
        line.lineTo(x, yOf(m_records.at(i - 1).score));
        line.lineTo(x, yOf(m_records.at(i).score));
    }
    line.lineTo(xOf(end), yOf(m_records.constLast().score));
    const QColor colour = ScoreGauge::bandColour(m_records.constLast().score, palette());
    painter.setPen(QPen(colour, std::max(2, em / 8), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(line);
    // A dot on each change, so single changes are visible on a long line.
    painter.setBrush(colour);
    for (const ReadinessRecord &record : m_records)
        painter.drawEllipse(QPointF(xOf(record.at), yOf(record.score)), em / 6.0, em / 6.0);

    const QLocale locale;
    painter.setPen(quiet);
    const QRectF dates(plot.left(), plot.bottom() + em / 4.0, plot.width(), em);
    painter.drawText(dates, Qt::AlignLeft | Qt::AlignVCenter,
                     locale.toString(start.toLocalTime().date(), QLocale::ShortFormat));
    painter.drawText(dates, Qt::AlignRight | Qt::AlignVCenter, tr("today"));
}
