#pragma once

#include <QDate>
#include <QList>
#include <QString>

// The letter written to a developer or agency at the end of a project, asking them to confirm the
// accounts attributed to them and say why they still need each.
struct ConfirmationLetter
{
    qint64 id = 0;
    qint64 personId = 0;
    QDate writtenOn;
    QList<qint64> accountIds; // the accounts it asked about

    bool operator==(const ConfirmationLetter &other) const = default;
};

// Their reply about one account.
struct AccountConfirmation
{
    enum class Decision
    {
        Keep, // "keep": they still need it, for `reason`
        Remove, // "remove": it can go
    };

    qint64 id = 0;
    qint64 accountId = 0;
    qint64 personId = 0;
    qint64 letterId = 0; // 0: replied without a letter
    Decision decision = Decision::Keep;
    QString reason;
    QDate repliedOn;

    bool operator==(const AccountConfirmation &other) const = default;

    static QString decisionKey(Decision decision);
    static Decision decisionFromKey(const QString &key, bool *ok = nullptr);
    static QString decisionName(Decision decision); // translated
    // Plain-words problems; empty when all is well.
    QString check(QDate today) const;
};
