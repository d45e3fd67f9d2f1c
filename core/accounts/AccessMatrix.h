#pragma once

#include "Account.h"
#include "DataReach.h"

#include <QHash>
#include <QList>

class Plan;

// Who can reach what: one row per team member (and one for accounts that belong to nobody), one
// column per system and one per kind of data. A cell says which accounts give the access and with
// which role; a data cell also says whether the reach goes beyond what the person's work needs
// (PersonAccess::needs, else the usual reach of the accounts' roles). Only active accounts count.
struct AccessMatrix
{
    struct SystemCell
    {
        QList<qint64> accountIds;
        AccountRole highestRole = AccountRole::ReadOnly; // meaningful when accountIds is not empty
        bool isEmpty() const { return accountIds.isEmpty(); }
    };
    struct Row
    {
        qint64 personId = 0; // 0: the accounts nobody is named for
        QList<SystemCell> systems; // in the order of AccessMatrix::systemIds
        DataReach reach; // everything this person's accounts reach
        DataReach beyondNeeds; // the part of `reach` their work does not need
        bool left = false;
    };

    QList<qint64> systemIds;
    QList<Row> rows; // the plan's people in order, then the unattributed row when there are such accounts

    static AccessMatrix build(const Plan &plan);
    // How many people (rows with a person) can reach `kind`.
    int peopleReaching(DataKind kind) const;
};
