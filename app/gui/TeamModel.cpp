#include "TeamModel.h"

#include "plan/Plan.h"

#include <QIcon>
#include <QLocale>

using namespace Qt::StringLiterals;

TeamModel::TeamModel(Plan &plan, QObject *parent)
    : QAbstractTableModel(parent)
    , m_plan(plan)
{
    // A change may add, remove or reorder people: the plan reloads them all, so do we.
    connect(&plan, &Plan::peopleChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(&plan, &Plan::shopChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, Name), index(rowCount() - 1, Name), { Qt::ToolTipRole });
    });
}

int TeamModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.people().size());
}

int TeamModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person &person = m_plan.people().at(index.row());
    if (role == PersonIdRole)
        return person.id;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Name:
            return person.name;
        case Role:
            return person.role;
        case Email:
            return person.email;
        case Phone:
            return person.phone;
        case Kind:
            return Person::kindName(person.kind);
        case Status:
            return Person::statusName(person.status);
        case LeftOn:
            return person.leftOn.isValid() ? QLocale().toString(person.leftOn, QLocale::ShortFormat)
                                           : QString();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name) {
        QStringList notes;
        if (m_plan.shop().ownerPersonId == person.id)
            notes << tr("Owns the plan");
        if (m_plan.shop().mePersonId == person.id)
            notes << tr("Uses Storefort on this computer");
        return notes.isEmpty() ? QVariant() : QVariant(notes.join(u'\n'));
    }
    if (role == Qt::DecorationRole && index.column() == Status && person.status == Person::Status::Left)
        return QIcon(u":/icons/person-left.svg"_s);
    return {};
}

QVariant TeamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Role:
        return tr("Role in the business");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case LeftOn:
        return tr("Left on");
    }
    return {};
}

qint64 TeamModel::personId(int row) const
{
    return row >= 0 && row < rowCount() ? m_plan.people().at(row).id : 0;
}

int TeamModel::rowOf(qint64 personId) const
{
    const QList<Person> &people = m_plan.people();
    for (int row = 0; row < people.size(); ++row) {
        if (people.at(row).id == personId)
            return row;
    }
    return -1;
}
