#pragma once

#include "accounts/Account.h"
#include "accounts/System.h"
#include "contingency/DdosPlan.h"
#include "contingency/RecoveryItem.h"
#include "plan/AuditEntry.h"
#include "plan/AuditTrail.h"
#include "plan/Person.h"
#include "plan/ShopProfile.h"
#include "providers/Provider.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class Plan;

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

// What the plan holds now, for names the entries themselves do not carry (ids of people,
// providers, recovery items, systems and accounts; findings' titles).
struct AuditNames
{
    QList<Person> people;
    QList<Provider> providers;
    QList<RecoveryItem> recoveryItems;
    QList<System> systems;
    QList<Account> accounts;
    DdosPlan ddos;
    // A finding's title by "ruleId@subject" (or "ruleId" when it has no subject), where known.
    QHash<QString, QString> findingTitles;

    static AuditNames of(const Plan &plan);
};

// Turns audit entries into words: "Shop name", "Team member Alice: email", "Provider added:
// Hostico", platform and kind keys into their names, ids into names, records into one line, dates
// into the owner's format. Never shows a secret or a raw record.
class AuditWording
{
    Q_DECLARE_TR_FUNCTIONS(AuditWording)

public:
    // `entries` in the trail's order (oldest first).
    static QList<HistoryRow> describe(const QList<AuditEntry> &entries, const AuditNames &names);
    static QString areaName(const QString &area);
    // What is wrong with the history, in one sentence: the broken entry, its time in the owner's
    // local format, and the problem. Empty when the history is intact.
    static QString verificationMessage(const AuditTrail::Verification &verification);

private:
    // Names by id (as text), from the plan now and from the entries that created the things.
    struct Lookup
    {
        QHash<QString, QString> people;
        QHash<QString, QString> providers;
        QHash<QString, QString> items;
        QHash<QString, QString> systems;
        QHash<QString, QString> accounts;
        QHash<QString, QString> calls;
        QHash<QString, QString> steps;
        QHash<QString, QString> findingTitles;
    };

    static QString what(const AuditEntry &entry, const QString &personName, const Lookup &names);
    static QString value(const AuditEntry &entry, const QString &raw, const Lookup &names);
    static QString personSummary(const QString &json);
    // An account import's entry: where from, the counts, the first user names of each kind.
    static QString importSummary(const QString &json);

    // Anything else: never a record, at most one line.
    static QString fallbackValue(const QString &raw);
    static QString fieldWords(const QString &field);
    static QString date(const QString &isoDate);
    static QString dateTime(const QString &isoTime);
    static QString yesNo(const QString &raw);
    static QString nameOr(const QHash<QString, QString> &names, const QString &id);
    static QString localDates(QString text);
    static QString orderSummary(const QString &ids, const QHash<QString, QString> &names);

    // AuditWordingProviders.cpp: providers, their answers and evidence files.
    static QString providerWhat(const AuditEntry &entry, const Lookup &names);
    static QString providerValue(const AuditEntry &entry, const QString &raw, const Lookup &names);
    static QString providerSummary(const QString &json);
    static QString questionText(const QString &questionId);
    static QString answerSubject(const QString &entity, const Lookup &names);

    // AuditWordingContingency.cpp: recovery items, the contingency settings, the DDoS plan,
    // accepted findings and the encryption checks.
    static QString contingencyWhat(const AuditEntry &entry, const Lookup &names);
    static QString contingencyValue(const AuditEntry &entry, const QString &raw, const Lookup &names);
    static QString itemSummary(const QString &json, const Lookup &names);
    static QString itemTitle(const QString &json);
    static QString stepTitle(const QString &json);
    static QString ddosWhat(const AuditEntry &entry, const Lookup &names);
    static QString ddosValue(const AuditEntry &entry, const QString &raw, const Lookup &names);
    static QString callSummary(const QString &json, const Lookup &names);
    static QString stepSummary(const QString &json);
    static QString findingWhat(const AuditEntry &entry, const Lookup &names);
    static QString acceptanceSummary(const QString &json);

    // AuditWordingAccounts.cpp: systems, accounts, the rules and the access review.
    static QString accountsWhat(const AuditEntry &entry, const QString &personName, const Lookup &names);
    static QString accountsValue(const AuditEntry &entry, const QString &raw, const Lookup &names);
    static QString systemSummary(const QString &json, const Lookup &names);
    static QString rulesSummary(const QString &json, const QString &otherJson);
    static QString ruleName(const QString &key);
    static QString accountFieldsSummary(const QString &text);
};
