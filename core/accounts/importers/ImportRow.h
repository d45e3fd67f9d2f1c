#pragma once

#include "common/Csv.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// The columns an importer looks for in a file's header, matched tolerantly (CsvTable::column).
class ImportColumns
{
public:
    explicit ImportColumns(const CsvTable &table)
        : m_table(table)
    { }
    // A column the format cannot do without; remembered as missing when the file lacks it.
    int need(const QStringList &names);
    // A column that may be there; -1 when it is not.
    int find(const QStringList &names) const { return m_table.column(names); }
    // An error naming every missing column when one is missing, for an export called `formatName`.
    QString problem(const QString &formatName) const;

private:
    const CsvTable &m_table;
    QStringList m_missing;
};

// One row of an export as an importer reads it: values by column, and the first problem met.
class ImportRow
{
public:
    ImportRow(const CsvTable &table, const CsvRecord &record)
        : m_table(table)
        , m_record(record)
    { }

    int line() const { return m_record.line; }
    // The trimmed value; empty when the column is absent (-1).
    QString text(int column) const;
    // A date or time (ImportValues::dateTime); null when empty or absent, or when unreadable (then
    // the problem is noted).
    QDateTime dateTime(int column, bool unixTime = false);
    // Yes or no (ImportValues::flag); nullopt when empty or absent, or when unreadable (noted).
    std::optional<bool> flag(int column);
    void problem(const QString &message);
    const QString &firstProblem() const { return m_problem; }

private:
    QString columnName(int column) const;

    const CsvTable &m_table;
    const CsvRecord &m_record;
    QString m_problem;
};
