#include "AccessMatrix.h"

#include "plan/Plan.h"

#include <QHash>

AccessMatrix AccessMatrix::build(const Plan &plan)
{
    AccessMatrix m;
    QHash<qint64, qsizetype> column;
    for (const System &s : plan.systems()) {
        column.insert(s.id, m.systemIds.size());
        m.systemIds.append(s.id);
    }
    QHash<qint64, qsizetype> rowOf;
    for (const Person &p : plan.people()) {
        Row row;
        row.personId = p.id;
        row.left = p.status == Person::Status::Left;
        row.systems.resize(m.systemIds.size());
        rowOf.insert(p.id, m.rows.size());
        m.rows.append(row);
    }
    Row nobody;
    nobody.systems.resize(m.systemIds.size());
    bool anyUnattributed = false;

    // What each row's work needs: the person's own word, else each account's role's usual reach.
    QHash<qsizetype, DataReach> roleReach;
    const auto place = [&](Row &row, const Account &a, qsizetype rowIndex) {
        const qsizetype c = column.value(a.systemId, -1);
        if (c < 0)
            return;
        SystemCell &cell = row.systems[c];
        if (cell.accountIds.isEmpty() || AccountRoles::rank(a.role) > AccountRoles::rank(cell.highestRole))
            cell.highestRole = a.role;
        cell.accountIds.append(a.id);
        row.reach |= a.reach;
        roleReach[rowIndex] |= AccountRoles::usualReach(a.role);
    };
    for (const Account &a : plan.accounts()) {
        if (a.status != AccountStatus::Active)
            continue;
        if (a.personIds.isEmpty()) {
            anyUnattributed = true;
            place(nobody, a, -1);
            continue;
        }
        for (qint64 personId : a.personIds) {
            const qsizetype r = rowOf.value(personId, -1);
            if (r >= 0)
                place(m.rows[r], a, r);
        }
    }
    for (qsizetype r = 0; r < m.rows.size(); ++r) {
        Row &row = m.rows[r];
        const std::optional<DataReach> needs = plan.personAccess(row.personId).needs;
        row.beyondNeeds = row.reach & ~(needs ? *needs : roleReach.value(r));
    }
    if (anyUnattributed) {
        nobody.beyondNeeds = nobody.reach & ~roleReach.value(-1);
        m.rows.append(nobody);
    }
    return m;
}

int AccessMatrix::peopleReaching(DataKind kind) const
{
    int count = 0;
    for (const Row &row : rows)
        count += row.personId != 0 && !row.left && row.reach.testFlag(kind);
    return count;
}
