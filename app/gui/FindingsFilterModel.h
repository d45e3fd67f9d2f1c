#pragma once

#include "findings/Finding.h"

#include <QSortFilterProxyModel>

#include <optional>

// Which findings the register shows: of one step (or all), of one severity (or all), open,
// accepted or both, and containing every word of a search in any of their texts.
class FindingsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StateFilter
    {
        All,
        Open,
        Accepted,
    };

    explicit FindingsFilterModel(QObject *parent = nullptr);

    void setAreaKey(const QString &key); // empty: every step
    QString areaKey() const { return m_areaKey; }
    void setSeverity(std::optional<Severity> severity); // nullopt: every severity
    std::optional<Severity> severity() const { return m_severity; }
    void setStateFilter(StateFilter state);
    StateFilter stateFilter() const { return m_state; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search.join(u' '); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_areaKey;
    std::optional<Severity> m_severity;
    StateFilter m_state = StateFilter::All;
    QStringList m_search; // the words, each of which must be found
};
