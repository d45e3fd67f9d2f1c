#pragma once

#include "AccountColumnMapping.h"
#include "AccountImport.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The exports Storefort reads accounts from. Keys are stable (the CLI's --format).
enum class AccountImportFormat
{
    WordPress, // "wordpress"
    Magento, // "magento"
    PrestaShop, // "prestashop"
    Cpanel, // "cpanel"
    GoogleWorkspace, // "google"
    Microsoft365, // "m365"
    GenericCsv, // "csv": any other CSV, through an AccountColumnMapping
};

namespace AccountImportFormats {
QList<AccountImportFormat> all();
QString key(AccountImportFormat format);
AccountImportFormat fromKey(const QString &key, bool *ok = nullptr);
QString name(AccountImportFormat format); // "WordPress", "Google Workspace", ...
// The format whose telltale columns the header has; GenericCsv when none fits.
AccountImportFormat detect(const CsvTable &table);
} // namespace AccountImportFormats

// Reads an exported file into an AccountImport: the CSV (encoding and delimiter detected), then the
// format's columns. A problem with the whole file (not CSV, empty, a column the format needs is
// missing) is an error; a bad row is listed in AccountImport::errors with its line, and the rows
// after it are still read. Safe to run off the GUI thread.
namespace AccountImporter {
Result<AccountImport> read(const QByteArray &bytes, AccountImportFormat format, const QString &sourceFile,
                           const AccountColumnMapping &mapping = {});
Result<AccountImport> readFile(const QString &path, AccountImportFormat format,
                               const AccountColumnMapping &mapping = {});
} // namespace AccountImporter
