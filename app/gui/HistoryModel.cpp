#include "HistoryModel.h"

#include <QIcon>
#include <QLocale>

using namespace Qt::StringLiterals;

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void HistoryModel::setRows(const QList<HistoryRow> &rows, qint64 brokenEntryId)
{
    beginResetModel();
    m_rows = rows;
    m_brokenEntryId = brokenEntryId;
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryRow &row = m_rows.at(index.row());
    const bool broken = m_brokenEntryId != 0 && row.id == m_brokenEntryId;
    switch (role) {
    case EntryIdRole:
        return row.id;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Number:
            return QLocale().toString(row.id);
        case When:
            return QLocale().toString(row.at.toLocalTime(), QLocale::ShortFormat);
        case Who:
            return row.who;
        case Area:
            return row.area;
        case What:
            return row.what;
        case From:
            return row.from;
        case To:
            return row.to;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Number && broken)
            return tr(
                "The history breaks at this entry: it was changed, removed or reordered outside Storefort.");
        if (index.column() == When)
            return QLocale().toString(row.at.toLocalTime(), QLocale::LongFormat);
        if (index.column() == Who)
            return row.whoIsMember ? tr("Team member %1").arg(row.who)
                                   : tr("Computer account %1").arg(row.who);
        if (index.column() == What)
            return row.what;
        if (index.column() == From || index.column() == To)
            return index.column() == From ? row.from : row.to;
        break;
    case Qt::DecorationRole:
        if (index.column() == Number && broken)
            return QIcon(u":/icons/status-warning.svg"_s);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("No.");
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Area:
        return tr("Area");
    case What:
        return tr("What changed");
    case From:
        return tr("From");
    case To:
        return tr("To");
    }
    return {};
}
