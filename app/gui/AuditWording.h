#pragma once

#include "plan/AuditEntry.h"
#include "plan/AuditTrail.h"
#include "plan/Person.h"
#include "plan/ShopProfile.h"

#include <QCoreApplication>
#include <QList>

// One audit entry in the owner's words, as the History page shows it.
struct HistoryRow
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString who; // the member, else the computer account
    bool whoIsMember = false;
    QString areaKey;
    QString area;
    QString what;
    QString from;
    QString to;
};

// Turns audit entries into words: "Shop name", "Team member Alice: email", platform and kind keys
// into their names, dates into the owner's format.
class AuditWording
{
    Q_DECLARE_TR_FUNCTIONS(AuditWording)

public:
    // `entries` in the trail's order (oldest first); `people` is the team now, for names the
    // entries themselves do not carry.
    static QList<HistoryRow> describe(const QList<AuditEntry> &entries, const QList<Person> &people);
    static QString areaName(const QString &area);
    // What is wrong with the history, in one sentence: the broken entry, its time in the owner's
    // local format, and the problem. Empty when the history is intact.
    static QString verificationMessage(const AuditTrail::Verification &verification);

private:
    static QString what(const AuditEntry &entry, const QString &personName);
    static QString value(const AuditEntry &entry, const QString &raw);
    static QString personSummary(const QString &json);
    // An account import's entry: where from, the counts, the first user names of each kind.
    static QString importSummary(const QString &json);
};
