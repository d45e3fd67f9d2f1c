#include "RecoveryItemsModel.h"

#include "common/Clock.h"
#include "plan/Plan.h"

#include <QIcon>
#include <QLocale>

using namespace Qt::StringLiterals;

RecoveryItemsModel::RecoveryItemsModel(Plan &plan, QObject *parent)
    : QAbstractTableModel(parent)
    , m_plan(plan)
    , m_now(Clock::now())
{
    connect(&plan, &Plan::recoveryItemsChanged, this, &RecoveryItemsModel::refresh);
    // Holders' names.
    connect(&plan, &Plan::peopleChanged, this, &RecoveryItemsModel::refresh);
    connect(&plan, &Plan::providersChanged, this, &RecoveryItemsModel::refresh);
}

void RecoveryItemsModel::refresh()
{
    beginResetModel();
    m_now = Clock::now();
    endResetModel();
}

void RecoveryItemsModel::setChecking(qint64 itemId)
{
    if (itemId == m_checking)
        return;
    const int before = rowOf(m_checking);
    m_checking = itemId;
    for (int row : { before, rowOf(itemId) }) {
        if (row >= 0)
            emit dataChanged(index(row, Status), index(row, Status));
    }
}

int RecoveryItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.recoveryItems().size());
}

int RecoveryItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecoveryItemsModel::statusWord(const RecoveryItem &item)
{
    if (!item.lastVerification)
        return tr("Not checked");
    return CheckOutcomes::name(item.lastVerification->outcome());
}

QString RecoveryItemsModel::statusIconPath(const RecoveryItem &item)
{
    if (!item.lastVerification)
        return {};
    switch (item.lastVerification->outcome()) {
    case CheckOutcome::Passed:
        return u":/icons/status-ok.svg"_s;
    case CheckOutcome::Info:
        return u":/icons/status-info.svg"_s;
    case CheckOutcome::Warning:
        return u":/icons/status-warning.svg"_s;
    case CheckOutcome::Failed:
        return u":/icons/status-error.svg"_s;
    }
    return {};
}

QString RecoveryItemsModel::holderName(const Plan &plan, const RecoveryItem &item)
{
    if (item.holderPersonId != 0) {
        if (const auto person = plan.person(item.holderPersonId))
            return person->name;
    } else if (item.holderProviderId != 0) {
        if (const auto provider = plan.provider(item.holderProviderId))
            return provider->name;
    }
    return tr("Nobody yet");
}

QString RecoveryItemsModel::ago(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return tr("Never");
    const QDate day = time.toLocalTime().date();
    const QDate today = now.toLocalTime().date();
    const qint64 days = day.daysTo(today);
    if (days <= 0)
        return tr("Today");
    if (days == 1)
        return tr("Yesterday");
    if (days < 14)
        return tr("%n day(s) ago", nullptr, int(days));
    if (days < 60)
        return tr("%n week(s) ago", nullptr, int(days / 7));
    int months = (today.year() - day.year()) * 12 + today.month() - day.month();
    if (today.day() < day.day())
        --months;
    if (months < 24)
        return tr("%n month(s) ago", nullptr, std::max(1, months));
    return tr("%n year(s) ago", nullptr, months / 12);
}

QVariant RecoveryItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecoveryItem &item = m_plan.recoveryItems().at(index.row());
    if (role == ItemIdRole)
        return item.id;
    const bool checking = item.id == m_checking;
    const QDateTime verifiedAt = item.lastVerification ? item.lastVerification->at : QDateTime();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Status:
            return checking ? tr("Checking…") : statusWord(item);
        case Title:
            return item.displayTitle();
        case Holder:
            return holderName(m_plan, item);
        case LastVerified:
            return ago(verifiedAt, m_now);
        }
    }
    if (role == Qt::DecorationRole && index.column() == Status && !checking) {
        const QString path = statusIconPath(item);
        return path.isEmpty() ? QVariant() : QVariant(QIcon(path));
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Status:
            return item.lastVerification ? item.lastVerification->summary()
                                         : tr("Not verified yet: choose the item and press Verify, or "
                                              "confirm it by hand.");
        case Title:
            return item.displayTitle();
        case LastVerified:
            return verifiedAt.isValid()
                ? (item.lastVerification->byHand ? tr("Confirmed by hand on %1 by %2")
                                                 : tr("Verified on %1 by %2"))
                      .arg(QLocale().toString(verifiedAt.toLocalTime(), QLocale::LongFormat),
                           item.lastVerification->by)
                : tr("Never verified");
        default:
            return {};
        }
    }
    return {};
}

QVariant RecoveryItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Status:
        return tr("Status");
    case Title:
        return tr("Item");
    case Holder:
        return tr("Held by");
    case LastVerified:
        return tr("Last verified");
    }
    return {};
}

qint64 RecoveryItemsModel::itemId(int row) const
{
    return row >= 0 && row < rowCount() ? m_plan.recoveryItems().at(row).id : 0;
}

int RecoveryItemsModel::rowOf(qint64 itemId) const
{
    const QList<RecoveryItem> &items = m_plan.recoveryItems();
    for (int row = 0; row < items.size(); ++row) {
        if (items.at(row).id == itemId)
            return row;
    }
    return -1;
}
