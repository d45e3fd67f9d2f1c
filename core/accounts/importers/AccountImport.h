#pragma once

#include "accounts/Account.h"
#include "accounts/AccountField.h"
#include "common/Csv.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// What an importer read from one exported file: the accounts, and every row it could not take,
// with its line and a plain reason. Nothing is applied while `errors` stand unless the owner chooses
// to skip those rows.
struct AccountImport
{
    QString sourceFile; // the file's name, as the accounts' source
    QDateTime importedAt;
    QString format; // AccountImportFormats::key()
    QString encoding;
    QChar delimiter;
    AccountFields provided; // the fields this file gives; the others stay as they are on file
    QList<Account> accounts;
    QList<CsvError> errors;
    // The user keys of rows that were refused: such accounts are not taken as vanished.
    QSet<QString> refusedUserKeys;

    // Takes a row's account, or its problem as an error on `line`. An empty user name and a user
    // name seen on an earlier line are problems too.
    void addRow(int line, Account account, const QString &problem);
    void sortErrors();

private:
    QHash<QString, int> m_lineOfKey;
};
