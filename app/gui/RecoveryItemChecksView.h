#pragma once

#include "contingency/RecoveryItem.h"

#include <QWidget>

#include <optional>

class Plan;
class QGridLayout;
class QLabel;
class QToolButton;
class QTreeWidget;

// What the last verification of a recovery item found — when, by whom, and each check with its
// icon, outcome word and text — and, under "History", the verifications before it.
class RecoveryItemChecksView final : public QWidget
{
    Q_OBJECT

public:
    explicit RecoveryItemChecksView(Plan &plan, QWidget *parent = nullptr);

    // Shows the item's last verification (nothing when there is no item); `checking`: it is being
    // checked right now.
    void showItem(const std::optional<RecoveryItem> &item, bool checking);

    static QString iconPath(CheckOutcome outcome);

private:
    void showChecks(const std::optional<RecoveryItem> &item, bool checking);
    void showHistory();

    Plan &m_plan;
    qint64 m_itemId = 0;
    QLabel *m_lastCheck;
    QWidget *m_checks;
    QGridLayout *m_checkRows;
    QToolButton *m_historyToggle;
    QTreeWidget *m_history;
};
