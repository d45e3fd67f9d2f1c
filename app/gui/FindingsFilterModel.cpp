#include "FindingsFilterModel.h"

#include "FindingsRegisterModel.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

FindingsFilterModel::FindingsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsRegisterModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void FindingsFilterModel::setAreaKey(const QString &key)
{
    if (key == m_areaKey)
        return;
    m_areaKey = key;
    invalidateRowsFilter();
}

void FindingsFilterModel::setSeverity(std::optional<Severity> severity)
{
    if (severity == m_severity)
        return;
    m_severity = severity;
    invalidateRowsFilter();
}

void FindingsFilterModel::setStateFilter(StateFilter state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateRowsFilter();
}

void FindingsFilterModel::setSearchText(const QString &text)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    const QStringList words = text.split(spaces, Qt::SkipEmptyParts);
    if (words == m_search)
        return;
    m_search = words;
    invalidateRowsFilter();
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_areaKey.isEmpty() && index.data(FindingsRegisterModel::AreaKeyRole).toString() != m_areaKey)
        return false;
    if (m_severity && index.data(FindingsRegisterModel::SeverityRole).toInt() != int(*m_severity))
        return false;
    const bool accepted = index.data(FindingsRegisterModel::AcceptedRole).toBool();
    if ((m_state == StateFilter::Open && accepted) || (m_state == StateFilter::Accepted && !accepted))
        return false;
    if (!m_search.isEmpty()) {
        const QString text = index.data(FindingsRegisterModel::SearchRole).toString();
        for (const QString &word : m_search) {
            if (!text.contains(word, Qt::CaseInsensitive))
                return false;
        }
    }
    return true;
}
