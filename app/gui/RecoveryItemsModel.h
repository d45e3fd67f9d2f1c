#pragma once

#include "contingency/RecoveryItem.h"

#include <QAbstractTableModel>
#include <QDateTime>

class Plan;

// The plan's recovery items as a table: how the last check came out (an icon and a word), the
// item, who holds it and when it was last verified. Follows the plan.
class RecoveryItemsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Status,
        Title,
        Holder,
        LastVerified,
        ColumnCount
    };
    enum Roles
    {
        ItemIdRole = Qt::UserRole + 1,
    };

    explicit RecoveryItemsModel(Plan &plan, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 itemId(int row) const;
    int rowOf(qint64 itemId) const;

    // The item being checked right now (0: none), shown as "Checking…".
    void setChecking(qint64 itemId);

    // The status word for an item: "Passed", "Warning", "Failed", "Note", or "Not checked".
    static QString statusWord(const RecoveryItem &item);
    static QString statusIconPath(const RecoveryItem &item);
    // Who holds the item, in the plan's words; "Nobody yet" when nobody does.
    static QString holderName(const Plan &plan, const RecoveryItem &item);
    // "Today", "Yesterday", "3 days ago", "2 months ago"; "Never" for an invalid time.
    static QString ago(const QDateTime &time, const QDateTime &now);

private:
    void refresh();

    Plan &m_plan;
    qint64 m_checking = 0;
    QDateTime m_now;
};
