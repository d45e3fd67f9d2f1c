#include "ImportRow.h"

#include "ImportValues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int ImportColumns::need(const QStringList &names)
{
    const int column = m_table.column(names);
    if (column < 0)
        m_missing.append(u'"' % names.constFirst() % u'"');
    return column;
}

QString ImportColumns::problem(const QString &formatName) const
{
    if (m_missing.isEmpty())
        return {};
    return QCoreApplication::translate("Accounts",
                                       "This file does not look like a %1 export: it has no column named %2.")
        .arg(formatName, m_missing.join(u", "_s));
}

QString ImportRow::text(int column) const
{
    if (column < 0 || column >= m_record.fields.size())
        return {};
    return m_record.fields.at(column).trimmed();
}

QString ImportRow::columnName(int column) const
{
    return column >= 0 && column < m_table.header.size() ? m_table.header.at(column).trimmed() : QString();
}

QDateTime ImportRow::dateTime(int column, bool unixTime)
{
    const QString value = text(column);
    if (value.isEmpty())
        return {};
    if (const auto parsed = ImportValues::dateTime(value, unixTime))
        return *parsed;
    problem(QCoreApplication::translate("Accounts",
                                        "\"%1\" in the column \"%2\" is not a date Storefort can read. "
                                        "Write it like 2024-01-31 or 2024-01-31 10:20:30.")
                .arg(value, columnName(column)));
    return {};
}

std::optional<bool> ImportRow::flag(int column)
{
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    if (const auto parsed = ImportValues::flag(value))
        return parsed;
    problem(QCoreApplication::translate("Accounts",
                                        "\"%1\" in the column \"%2\" is neither yes nor no. Write yes or "
                                        "no, true or false, or 1 or 0.")
                .arg(value, columnName(column)));
    return std::nullopt;
}

void ImportRow::problem(const QString &message)
{
    if (m_problem.isEmpty())
        m_problem = message;
}
