#include "AccountImporter.h"

#include "CpanelAccounts.h"
#include "GenericCsvAccounts.h"
#include "GoogleWorkspaceAccounts.h"
#include "MagentoAccounts.h"
#include "Microsoft365Accounts.h"
#include "PrestaShopAccounts.h"
#include "WordPressAccounts.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

QList<AccountImportFormat> AccountImportFormats::all()
{
    return { AccountImportFormat::WordPress,       AccountImportFormat::Magento,
             AccountImportFormat::PrestaShop,      AccountImportFormat::Cpanel,
             AccountImportFormat::GoogleWorkspace, AccountImportFormat::Microsoft365,
             AccountImportFormat::GenericCsv };
}

QString AccountImportFormats::key(AccountImportFormat format)
{
    switch (format) {
    case AccountImportFormat::WordPress:
        return u"wordpress"_s;
    case AccountImportFormat::Magento:
        return u"magento"_s;
    case AccountImportFormat::PrestaShop:
        return u"prestashop"_s;
    case AccountImportFormat::Cpanel:
        return u"cpanel"_s;
    case AccountImportFormat::GoogleWorkspace:
        return u"google"_s;
    case AccountImportFormat::Microsoft365:
        return u"m365"_s;
    case AccountImportFormat::GenericCsv:
        break;
    }
    return u"csv"_s;
}

AccountImportFormat AccountImportFormats::fromKey(const QString &key, bool *ok)
{
    for (AccountImportFormat format : all()) {
        if (AccountImportFormats::key(format) == key) {
            if (ok)
                *ok = true;
            return format;
        }
    }
    if (ok)
        *ok = false;
    return AccountImportFormat::GenericCsv;
}

QString AccountImportFormats::name(AccountImportFormat format)
{
    switch (format) {
    case AccountImportFormat::WordPress:
        return u"WordPress"_s;
    case AccountImportFormat::Magento:
        return u"Magento"_s;
    case AccountImportFormat::PrestaShop:
        return u"PrestaShop"_s;
    case AccountImportFormat::Cpanel:
        return u"cPanel"_s;
    case AccountImportFormat::GoogleWorkspace:
        return u"Google Workspace"_s;
    case AccountImportFormat::Microsoft365:
        return u"Microsoft 365"_s;
    case AccountImportFormat::GenericCsv:
        break;
    }
    return QCoreApplication::translate("Accounts", "Other CSV file");
}

AccountImportFormat AccountImportFormats::detect(const CsvTable &table)
{
    auto has = [&table](const QString &name) { return table.column({ name }) >= 0; };
    if (has(u"user_login"_s) && has(u"roles"_s))
        return AccountImportFormat::WordPress;
    if (has(u"username"_s) && has(u"is_active"_s) && (has(u"lognum"_s) || has(u"logdate"_s)))
        return AccountImportFormat::Magento;
    if (has(u"id_employee"_s))
        return AccountImportFormat::PrestaShop;
    if (has(u"user"_s) && has(u"domain"_s) && (has(u"startdate"_s) || has(u"plan"_s)))
        return AccountImportFormat::Cpanel;
    if (has(u"Email Address [Required]"_s))
        return AccountImportFormat::GoogleWorkspace;
    if (has(u"User principal name"_s))
        return AccountImportFormat::Microsoft365;
    return AccountImportFormat::GenericCsv;
}

Result<AccountImport> AccountImporter::read(const QByteArray &bytes, AccountImportFormat format,
                                            const QString &sourceFile, const AccountColumnMapping &mapping)
{
    QList<CsvError> csvErrors;
    auto table = CsvReader::readLenient(bytes, csvErrors, {});
    if (!table)
        return Error { table.error() };
    AccountImport import;
    import.sourceFile = sourceFile;
    import.importedAt = QDateTime::fromSecsSinceEpoch(Clock::now().toSecsSinceEpoch(), Qt::UTC); // as stored
    import.format = AccountImportFormats::key(format);
    import.encoding = table->encoding;
    import.delimiter = table->delimiter;
    import.errors = std::move(csvErrors);
    Status status;
    switch (format) {
    case AccountImportFormat::WordPress:
        status = WordPressAccounts::read(table.value(), import);
        break;
    case AccountImportFormat::Magento:
        status = MagentoAccounts::read(table.value(), import);
        break;
    case AccountImportFormat::PrestaShop:
        status = PrestaShopAccounts::read(table.value(), import);
        break;
    case AccountImportFormat::Cpanel:
        status = CpanelAccounts::read(table.value(), import);
        break;
    case AccountImportFormat::GoogleWorkspace:
        status = GoogleWorkspaceAccounts::read(table.value(), import);
        break;
    case AccountImportFormat::Microsoft365:
        status = Microsoft365Accounts::read(table.value(), import);
        break;
    case AccountImportFormat::GenericCsv:
        status = GenericCsvAccounts::read(table.value(), mapping, import);
        break;
    }
    if (!status)
        return Error { status.error() };
    if (import.accounts.isEmpty() && import.errors.isEmpty())
        return Error { QCoreApplication::translate("Accounts", "The file lists no accounts.") };
    import.sortErrors();
    return import;
}

Result<AccountImport> AccountImporter::readFile(const QString &path, AccountImportFormat format,
                                                const AccountColumnMapping &mapping)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { QCoreApplication::translate("Accounts", "%1 could not be opened: %2")
                           .arg(QFileInfo(path).fileName(), file.errorString()) };
    return read(file.readAll(), format, QFileInfo(path).fileName(), mapping);
}
