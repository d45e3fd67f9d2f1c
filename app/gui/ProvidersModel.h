#pragma once

#include "findings/Finding.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

class Plan;

// The plan's providers as a table: name, kind, how many of the questions that apply are answered
// and how many are outstanding, how old the oldest answer on file is, and the provider's findings.
// Follows the plan.
class ProvidersModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        Answered,
        Outstanding,
        OldestAnswer,
        Findings,
        ColumnCount
    };
    enum Roles
    {
        ProviderIdRole = Qt::UserRole + 1,
        SortRole, // numbers as numbers
    };

    explicit ProvidersModel(Plan &plan, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 providerId(int row) const;
    int rowOf(qint64 providerId) const;
    // The findings about one provider, most severe first (from the last refresh).
    QList<Finding> findingsOf(qint64 providerId) const { return m_findings.value(providerId); }

    // "3 months", "2 years", "5 days": how long ago `date` was, on `today`, in plain words.
    static QString ageInWords(const QDate &date, const QDate &today);

private:
    struct Counts
    {
        int answered = 0;
        int outstanding = 0;
        QDate oldest; // the oldest answer's date given; invalid: none on file
    };
    void refresh(); // recounts everything and resets the model
    void recount();

    Plan &m_plan;
    QHash<qint64, Counts> m_counts;
    QHash<qint64, QList<Finding>> m_findings;
    QDate m_today;
};
