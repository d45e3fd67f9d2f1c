#pragma once

#include <QWidget>

// The readiness score as a ring that fills up to it, with the number in the middle ("62" over
// "of 100"). The ring's tint follows the score's band (low, getting there, good) and reads well on
// light and dark palettes; the number and the band's words beside it carry the meaning.
class ScoreGauge final : public QWidget
{
    Q_OBJECT

public:
    explicit ScoreGauge(QWidget *parent = nullptr);

    void setScore(int score); // 0–100
    int score() const { return m_score; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The score's bands: good from goodFrom, getting there from fairFrom, low below.
    static constexpr int goodFrom = 80;
    static constexpr int fairFrom = 50;
    // The colour of a score's band on this palette (one of Appearance's tones).
    static QColor bandColour(int score, const QPalette &palette);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_score = 0;
};
