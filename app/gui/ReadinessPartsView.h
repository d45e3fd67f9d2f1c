#pragma once

#include "review/Readiness.h"

#include <QTreeWidget>

// Each step's part of the readiness score: one row per step with its state, how much of it is
// filled in and its score; below each row, what raised it and what holds it down, in plain words.
// Activating a row (double-click, Enter) asks to go to that step.
class ReadinessPartsView final : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ReadinessPartsView(QWidget *parent = nullptr);

    void setReadiness(const Readiness &readiness);

signals:
    void stepActivated(const QString &id);

private:
    bool m_filled = false; // the first time, the steps that need attention open by themselves
};
