#pragma once

#include <QAbstractTableModel>

class Plan;

// The plan's team as a table: one row per person, in the plan's order. Follows the plan.
class TeamModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Role,
        Email,
        Phone,
        Kind,
        Status,
        LeftOn,
        ColumnCount
    };
    enum Roles
    {
        PersonIdRole = Qt::UserRole + 1
    };

    explicit TeamModel(Plan &plan, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 personId(int row) const;
    int rowOf(qint64 personId) const;

private:
    Plan &m_plan;
};
