#pragma once

#include "Account.h"
#include "AccountField.h"

#include <QDateTime>
#include <QList>
#include <QString>

struct AccountImport;

// What an import would change on one system, compared with the accounts on file: accounts new to
// the plan, accounts whose fields changed (and which), accounts that vanished from the system (they
// become "removed", never deleted) and how many are unchanged. Pure and fast (matched by user key
// in a hash), so it can run off the GUI thread and be shown before anything is applied.
struct AccountSync
{
    struct Change
    {
        Account before; // as on file
        Account after; // as it will be stored
        AccountFields fields; // what differs
    };

    qint64 systemId = 0;
    QString sourceFile;
    QDateTime importedAt;
    QList<Account> added; // id 0, ready to store
    QList<Change> changed;
    QList<Account> vanished; // as on file; applying marks them removed
    qsizetype unchanged = 0;
    // Rows of the file that were refused. Plan::applyImport refuses a sync with refused rows unless
    // the owner chose to skip them.
    qsizetype refusedRows = 0;
    bool skipRefusedRows = false;

    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && vanished.isEmpty(); }

    // `onFile` may hold other systems' accounts; only `systemId`'s are compared. The new accounts
    // get their role's usual data reach; the fields the import does not give keep their value.
    static AccountSync compute(qint64 systemId, const QList<Account> &onFile, const AccountImport &import);
    // The fields of `after` that differ from `before`, among `compared`.
    static AccountFields differences(const Account &before, const Account &after, AccountFields compared);
};
