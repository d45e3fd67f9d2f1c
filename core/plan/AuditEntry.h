#pragma once

#include <QDateTime>
#include <QString>

// One line of the plan's audit trail: who changed which field of what, from what to what.
// Entries are chained: `hash` covers the entry's content and `prevHash`, the hash before it.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString osUser;
    QString member; // the plan member chosen as "me", or empty
    QString area; // "plan", "shop", "team", ... (the step the change belongs to)
    QString entity; // "shop", "person", ...
    QString entityId;
    QString field;
    QString oldValue; // null when the entity was created
    QString newValue; // null when the entity was removed
    QString prevHash;
    QString hash;
};

// What the History view and `audit log` filter by. Empty members match everything.
struct AuditFilter
{
    QString area;
    QString member; // matches the "me" member or the OS user
    QDate from; // inclusive, UTC date
    QDate to; // inclusive, UTC date
    int limit = -1;
};
