#pragma once

#include "accounts/AccessMatrix.h"

#include <QAbstractTableModel>

class Plan;

// AccessMatrix as a table: a row per team member (name, role in the business), then a column per
// kind of data (reached, or reached beyond what their work needs) and one per system (the highest
// role of their accounts there). The data comes first, the three kinds an owner asks about first of
// all: they must be in view without scrolling. Every mark is words as well as colour.
class AccessMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum FixedColumn
    {
        NameColumn,
        RoleColumn,
        FirstDataColumn
    };
    static constexpr int PersonIdRole = Qt::UserRole + 1;

    explicit AccessMatrixModel(const Plan &plan, QObject *parent = nullptr);

    void reload();
    const AccessMatrix &matrix() const { return m_matrix; }
    qint64 personIdAt(int row) const;
    int firstSystemColumn() const { return FirstDataColumn + int(m_kinds.size()); }
    bool isDataColumn(int column) const { return column >= FirstDataColumn && column < firstSystemColumn(); }
    // The column of `kind`, or -1.
    int columnOf(DataKind kind) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant systemCell(const AccessMatrix::Row &row, int systemIndex, int role) const;
    QVariant dataCell(const AccessMatrix::Row &row, DataKind kind, int role) const;

    const Plan &m_plan;
    AccessMatrix m_matrix;
    QList<DataKind> m_kinds;
};
