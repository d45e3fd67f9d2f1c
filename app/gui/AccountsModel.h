#pragma once

#include "accounts/Account.h"

#include <QAbstractTableModel>
#include <QBrush>
#include <QDate>
#include <QHash>
#include <QString>

#include <array>

class Plan;

// The plan's accounts as a table, one row per account in the plan's order. Built for 100,000
// accounts: the names of people and systems and the words for roles, reach and flags are kept in
// lookup tables rebuilt when the plan's accounts, people or systems change, so data() only looks up.
class AccountsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UserName,
        DisplayName,
        SystemName,
        People,
        Role,
        Reach,
        Mfa,
        LastSignIn,
        PasswordChanged,
        Status,
        Source,
        ColumnCount
    };
    enum Roles
    {
        AccountIdRole = Qt::UserRole + 1,
        SystemIdRole,
        SortRole, // the underlying value: dates as dates, numbers as numbers
    };

    explicit AccountsModel(Plan &plan, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The account on `row` (the plan's), for the filter and sorting; row must be valid.
    const Account &accountAt(int row) const;
    qint64 accountId(int row) const;
    int rowOf(qint64 accountId) const;
    // The texts the table shows, from the lookup tables (no allocation for the common cases).
    QString systemName(qint64 systemId) const { return m_systemNames.value(systemId); }
    QString peopleText(const Account &account) const;
    QString roleText(const Account &account) const;

    // The account's place among all accounts ordered by user name (case-insensitive): sorting and
    // tie-breaking compare these numbers instead of the names.
    int nameRank(int row) const;

    // "3 days ago", "yesterday", "2 months ago" on `today`; empty for an invalid time.
    static QString relativeDay(const QDateTime &time, const QDate &today);

private:
    void refresh();
    void rebuild();
    QString timeText(const QDateTime &time) const;

    Plan &m_plan;
    QDate m_today;
    QHash<qint64, QString> m_systemNames;
    QHash<qint64, QString> m_personNames;
    QHash<qint64, int> m_rowOfId;
    // "Manager (shop_manager)" by role and the platform's own name for it.
    QHash<QString, QString> m_roleTexts[5];
    std::array<QString, 64> m_reachTexts; // by DataReach's bits
    std::array<QString, 3> m_yesNo; // by YesNoUnknown
    std::array<QString, 3> m_statusTexts; // by AccountStatus
    QString m_byHand;
    QBrush m_removedBrush; // removed accounts are greyed
    QString m_never;
    mutable QHash<qint64, QString> m_dayTexts; // "3 days ago" by days before today
    mutable QList<int> m_nameRanks; // by row; computed when first asked for after a change
};
