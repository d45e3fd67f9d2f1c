#include "AccountsFilterModel.h"

#include "AccountsModel.h"

namespace {

// Invalid times sort before every real one.
int compareTimes(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid() || !b.isValid())
        return int(a.isValid()) - int(b.isValid());
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareTexts(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive);
}

} // namespace

AccountsFilterModel::AccountsFilterModel(AccountsModel *accounts, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_accounts(accounts)
{
    setSourceModel(accounts);
    setSortRole(AccountsModel::SortRole);
}

void AccountsFilterModel::setSystemId(qint64 systemId)
{
    if (systemId == m_systemId)
        return;
    m_systemId = systemId;
    invalidateRowsFilter();
}

void AccountsFilterModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidateRowsFilter();
}

void AccountsFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

bool AccountsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const Account &a = m_accounts->accountAt(sourceRow);
    if (m_systemId != 0 && a.systemId != m_systemId)
        return false;
    switch (m_status) {
    case StatusFilter::ActiveAndDisabled:
        if (a.status == AccountStatus::Removed)
            return false;
        break;
    case StatusFilter::Active:
        if (a.status != AccountStatus::Active)
            return false;
        break;
    case StatusFilter::Disabled:
        if (a.status != AccountStatus::Disabled)
            return false;
        break;
    case StatusFilter::Removed:
        if (a.status != AccountStatus::Removed)
            return false;
        break;
    case StatusFilter::All:
        break;
    }
    if (m_search.isEmpty())
        return true;
    return a.userName.contains(m_search, Qt::CaseInsensitive)
        || a.displayName.contains(m_search, Qt::CaseInsensitive)
        || a.email.contains(m_search, Qt::CaseInsensitive);
}

bool AccountsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const Account &a = m_accounts->accountAt(left.row());
    const Account &b = m_accounts->accountAt(right.row());
    int order = 0;
    switch (left.column()) {
    case AccountsModel::UserName:
        break; // the tie-break below
    case AccountsModel::DisplayName:
        order = compareTexts(a.displayName, b.displayName);
        break;
    case AccountsModel::SystemName:
        order = compareTexts(m_accounts->systemName(a.systemId), m_accounts->systemName(b.systemId));
        break;
    case AccountsModel::People:
        order = compareTexts(m_accounts->peopleText(a), m_accounts->peopleText(b));
        break;
    case AccountsModel::Role:
        order = AccountRoles::rank(a.role) - AccountRoles::rank(b.role);
        if (order == 0)
            order = compareTexts(a.platformRole, b.platformRole);
        break;
    case AccountsModel::Reach:
        // More kinds of data first counts as "more"; then by the kinds themselves.
        order = a.reach.toInt() == b.reach.toInt()
            ? 0
            : (qPopulationCount(uint(a.reach.toInt())) != qPopulationCount(uint(b.reach.toInt()))
                   ? int(qPopulationCount(uint(a.reach.toInt())))
                       - int(qPopulationCount(uint(b.reach.toInt())))
                   : a.reach.toInt() - b.reach.toInt());
        break;
    case AccountsModel::Mfa:
        order = int(a.mfa) - int(b.mfa);
        break;
    case AccountsModel::LastSignIn:
        order = compareTimes(a.lastLogin, b.lastLogin);
        break;
    case AccountsModel::PasswordChanged:
        order = compareTimes(a.lastPasswordChange, b.lastPasswordChange);
        break;
    case AccountsModel::Status:
        order = int(a.status) - int(b.status);
        break;
    case AccountsModel::Source:
        order = compareTexts(a.sourceFile, b.sourceFile);
        break;
    }
    if (order != 0)
        return order < 0;
    // Equal values keep a stable, predictable order: by user name.
    return m_accounts->nameRank(left.row()) < m_accounts->nameRank(right.row());
}
