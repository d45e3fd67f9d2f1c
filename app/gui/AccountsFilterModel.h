#pragma once

#include <QSortFilterProxyModel>

class AccountsModel;

// Which accounts the table shows: those of one system (or all), of a status, and matching a search
// in the user name, the name shown or the email. Sorts by the values themselves (dates as dates),
// reading the accounts directly so that sorting 100,000 of them stays quick.
class AccountsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter
    {
        ActiveAndDisabled, // the default: removed accounts are history
        Active,
        Disabled,
        Removed,
        All,
    };

    explicit AccountsFilterModel(AccountsModel *accounts, QObject *parent = nullptr);

    void setSystemId(qint64 systemId); // 0: every system
    qint64 systemId() const { return m_systemId; }
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    AccountsModel *m_accounts;
    qint64 m_systemId = 0;
    StatusFilter m_status = StatusFilter::ActiveAndDisabled;
    QString m_search;
};
