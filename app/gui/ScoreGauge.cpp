#include "ScoreGauge.h"

#include "Appearance.h"

#include <QPainter>

#include <algorithm>

ScoreGauge::ScoreGauge(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Readiness score"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void ScoreGauge::setScore(int score)
{
    m_score = std::clamp(score, 0, 100);
    setAccessibleDescription(tr("%1 of 100").arg(m_score));
    update();
}

QSize ScoreGauge::sizeHint() const
{
    const int side = fontMetrics().height() * 7;
    return { side, side };
}

QSize ScoreGauge::minimumSizeHint() const
{
    return sizeHint();
}

QColor ScoreGauge::bandColour(int score, const QPalette &palette)
{
    using Tone = Appearance::Tone;
    return Appearance::toneColour(score >= goodFrom       ? Tone::Good
                                      : score >= fairFrom ? Tone::Caution
                                                          : Tone::Bad,
                                  palette);
}

void ScoreGauge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int side = std::min(width(), height());
    const qreal thickness = side / 9.0;
    const QRectF ring = QRectF((width() - side) / 2.0, (height() - side) / 2.0, side, side)
                            .adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2);

    QPen track(palette().color(QPalette::Midlight), thickness, Qt::SolidLine, Qt::FlatCap);
    painter.setPen(track);
    painter.drawEllipse(ring);
    if (m_score > 0) {
        QPen filled(bandColour(m_score, palette()), thickness, Qt::SolidLine, Qt::RoundCap);
        painter.setPen(filled);
        // From the top, clockwise.
        painter.drawArc(ring, 90 * 16, -int(360.0 * 16 * m_score / 100.0));
    }

    QFont big = font();
    big.setPixelSize(std::max(12, side / 3));
    big.setBold(true);
    QFont small = font();
    small.setPixelSize(std::max(9, side / 10));
    const QFontMetrics bigMetrics(big);
    const QFontMetrics smallMetrics(small);
    const int total = bigMetrics.height() + smallMetrics.height();
    const qreal top = ring.center().y() - total / 2.0;
    painter.setPen(palette().color(QPalette::WindowText));
    painter.setFont(big);
    painter.drawText(QRectF(ring.left(), top, ring.width(), bigMetrics.height()), Qt::AlignCenter,
                     QString::number(m_score));
    painter.setFont(small);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(QRectF(ring.left(), top + bigMetrics.height(), ring.width(), smallMetrics.height()),
                     Qt::AlignCenter, tr("of 100"));
}
