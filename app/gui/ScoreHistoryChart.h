#pragma once

#include "plan/ReadinessRecord.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

// The readiness score over time: a stepped line (the score holds until the next change) from the
// first score kept to today, with a 0 / 50 / 100 scale and the first and last dates. Its accessible
// description says the same in words ("From 20 on 1 Nov 2026 to 62 today, 5 changes").
class ScoreHistoryChart final : public QWidget
{
    Q_OBJECT

public:
    explicit ScoreHistoryChart(QWidget *parent = nullptr);

    void setHistory(const QList<ReadinessRecord> &records, const QDateTime &now);
    const QList<ReadinessRecord> &history() const { return m_records; }
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<ReadinessRecord> m_records; // oldest first
    QDateTime m_now;
};
