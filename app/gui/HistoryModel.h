#pragma once

#include "AuditWording.h"

#include <QAbstractTableModel>

// The rows of the History page: audit entries in words, newest first.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        When,
        Who,
        Area,
        What,
        From,
        To,
        ColumnCount
    };
    enum Roles
    {
        EntryIdRole = Qt::UserRole + 1
    };

    explicit HistoryModel(QObject *parent = nullptr);

    // `brokenEntryId`: the entry where the chain breaks, marked with a warning (0: none).
    void setRows(const QList<HistoryRow> &rows, qint64 brokenEntryId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<HistoryRow> m_rows;
    qint64 m_brokenEntryId = 0;
};
