#include "AccessMatrixModel.h"

#include "plan/Plan.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace {
// Blends `tint` into the palette's base so the result works on a light and a dark theme alike: the
// text keeps the palette's own colour and stays readable on it.
QColor tinted(const QColor &tint, qreal amount)
{
    const QColor base = QApplication::palette().color(QPalette::Base);
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

QColor beyondNeedBackground()
{
    return tinted(QColor(0xf3, 0x9c, 0x12), 0.35);
}

QColor leftBackground()
{
    return tinted(QApplication::palette().color(QPalette::Mid), 0.35);
}

bool isKeyKind(DataKind kind)
{
    return kind == DataKind::OrdersAndHabits || kind == DataKind::ProductLists
        || kind == DataKind::CostsAndPrices;
}
} // namespace

AccessMatrixModel::AccessMatrixModel(const Plan &plan, QObject *parent)
    : QAbstractTableModel(parent)
    , m_plan(plan)
{
    m_kinds = { DataKind::OrdersAndHabits, DataKind::ProductLists, DataKind::CostsAndPrices };
    for (DataKind kind : DataKinds::all()) {
        if (!m_kinds.contains(kind))
            m_kinds.append(kind);
    }
    m_matrix = AccessMatrix::build(m_plan);
}

void AccessMatrixModel::reload()
{
    beginResetModel();
    m_matrix = AccessMatrix::build(m_plan);
    endResetModel();
}

qint64 AccessMatrixModel::personIdAt(int row) const
{
    return row >= 0 && row < m_matrix.rows.size() ? m_matrix.rows.at(row).personId : 0;
}

int AccessMatrixModel::columnOf(DataKind kind) const
{
    const int i = int(m_kinds.indexOf(kind));
    return i < 0 ? -1 : FirstDataColumn + i;
}

int AccessMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.rows.size());
}

int AccessMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : firstSystemColumn() + int(m_matrix.systemIds.size());
}

QVariant AccessMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn) {
        if (role == Qt::DisplayRole)
            return tr("Person");
        return {};
    }
    if (section == RoleColumn) {
        if (role == Qt::DisplayRole)
            return tr("Role in the business");
        return {};
    }
    if (!isDataColumn(section)) {
        const auto system = m_plan.system(m_matrix.systemIds.at(section - firstSystemColumn()));
        if (role == Qt::DisplayRole)
            return system ? system->name : QString();
        if (role == Qt::ToolTipRole)
            return tr("The highest role each person has on %1").arg(system ? system->name : QString());
        return {};
    }
    const DataKind kind = m_kinds.at(section - FirstDataColumn);
    if (role == Qt::DisplayRole)
        return DataKinds::name(kind);
    if (role == Qt::ToolTipRole)
        return tr("Who can see or change: %1").arg(DataKinds::name(kind));
    if (role == Qt::FontRole && isKeyKind(kind)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant AccessMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AccessMatrix::Row &row = m_matrix.rows.at(index.row());
    if (role == PersonIdRole)
        return row.personId;
    const int column = index.column();
    if (isDataColumn(column))
        return dataCell(row, m_kinds.at(column - FirstDataColumn), role);
    if (column >= firstSystemColumn())
        return systemCell(row, column - firstSystemColumn(), role);

    if (role == Qt::BackgroundRole)
        return row.left ? QVariant(leftBackground()) : QVariant();
    const auto person = row.personId ? m_plan.person(row.personId) : std::nullopt;
    if (column == NameColumn) {
        if (role == Qt::DisplayRole) {
            if (!person)
                return tr("Nobody named");
            return row.left ? tr("%1 (left)").arg(person->name) : person->name;
        }
        if (role == Qt::ToolTipRole && !person)
            return tr("Accounts that belong to no one in the team: say whose they are on the Accounts tab.");
        if (role == Qt::ToolTipRole && person) {
            if (row.left && person->leftOn.isValid())
                return tr("%1 left on %2. Double-click to say what their work needed.")
                    .arg(person->name, QLocale().toString(person->leftOn, QLocale::ShortFormat));
            return tr("Double-click to say what %1’s work needs.").arg(person->name);
        }
        if (role == Qt::FontRole && !person) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    }
    if (role == Qt::DisplayRole)
        return person ? (person->role.isEmpty() ? Person::kindName(person->kind) : person->role) : QString();
    return {};
}

QVariant AccessMatrixModel::systemCell(const AccessMatrix::Row &row, int systemIndex, int role) const
{
    if (systemIndex < 0 || systemIndex >= row.systems.size())
        return {};
    const AccessMatrix::SystemCell &cell = row.systems.at(systemIndex);
    if (role == Qt::BackgroundRole)
        return row.left ? QVariant(leftBackground()) : QVariant();
    if (cell.isEmpty())
        return {};
    if (role == Qt::DisplayRole) {
        const QString name = AccountRoles::name(cell.highestRole);
        return cell.accountIds.size() == 1 ? name : tr("%1 ×%2").arg(name).arg(cell.accountIds.size());
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        for (qint64 id : cell.accountIds) {
            if (const auto account = m_plan.account(id))
                lines.append(tr("%1 (%2)").arg(account->userName, AccountRoles::name(account->role)));
        }
        return lines.join(u'\n');
    }
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignCenter);
    return {};
}

QVariant AccessMatrixModel::dataCell(const AccessMatrix::Row &row, DataKind kind, int role) const
{
    const bool reaches = row.reach.testFlag(kind);
    const bool beyond = row.beyondNeeds.testFlag(kind);
    switch (role) {
    case Qt::DisplayRole:
        if (beyond)
            return tr("⚠ beyond need");
        return reaches ? tr("✓") : QString();
    case Qt::ToolTipRole:
        if (beyond)
            return tr("Their accounts reach %1, but their work does not need it.").arg(DataKinds::name(kind));
        return reaches ? tr("Their accounts reach %1.").arg(DataKinds::name(kind)) : QString();
    case Qt::AccessibleTextRole:
        if (beyond)
            return tr("reaches, beyond what their work needs");
        return reaches ? tr("reaches") : tr("does not reach");
    case Qt::BackgroundRole:
        if (beyond)
            return beyondNeedBackground();
        return row.left ? QVariant(leftBackground()) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}
