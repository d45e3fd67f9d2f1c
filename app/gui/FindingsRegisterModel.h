#pragma once

#include "review/PlanFindings.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

class Plan;

// Every finding of the plan as a table, most severe first: the severity in words with its icon, the
// title, the step where it is fixed, what it is about, and whether it is open or accepted (until
// when). The names of what findings are about are looked up once, when the findings are set.
class FindingsRegisterModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        Title,
        Step,
        Subject,
        State,
        ColumnCount
    };
    enum Roles
    {
        SeverityRole = Qt::UserRole + 1, // int(Severity)
        AreaKeyRole, // the step's id, e.g. "accounts"
        AcceptedRole, // bool
        KeyRole, // "rule|subject": stable across refreshes
        SearchRole, // every text of the finding, for the search
        SortRole,
    };

    explicit FindingsRegisterModel(QObject *parent = nullptr);

    // `plan` names what the findings are about.
    void setFindings(const QList<PlanFinding> &findings, const Plan &plan);
    const QList<PlanFinding> &findings() const { return m_findings; }
    const PlanFinding &findingAt(int row) const { return m_findings.at(row); }
    QString subjectNameAt(int row) const { return m_subjectNames.at(row); }
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString keyOf(const Finding &finding);
    // What a finding is about in the owner's words ("Mia on Shop admin", "Hostinga GmbH", the host).
    static QString subjectName(const Plan &plan, const Finding &finding);
    // "Open", "Accepted until 16/12/2025", "Accepted, no expiry".
    static QString stateText(const PlanFinding &finding);

private:
    QList<PlanFinding> m_findings;
    QStringList m_subjectNames;
    QStringList m_search;
};
