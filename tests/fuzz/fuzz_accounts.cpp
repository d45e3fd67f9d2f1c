// Fuzzes the account importers (accounts/importers: every format's columns, values and dates) and the
// sync that compares an import with the accounts on file. The first byte picks the format (and, for
// "any other CSV", which header columns the mapping points at); the rest is the exported file. On
// any bytes reading must end cleanly and keep its promises: every account has a user name, no user
// name twice, problems in line order; the sync accounts for every imported and every on-file account.
#include "accounts/AccountSync.h"
#include "accounts/importers/AccountImporter.h"

#include <QSet>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

Account onFile(qint64 id, qint64 systemId, const QString &userName, AccountRole role,
               AccountStatus status = AccountStatus::Active)
{
    Account a;
    a.id = id;
    a.systemId = systemId;
    a.userName = userName;
    a.displayName = userName;
    a.email = userName + u"@tinytea.example"_s;
    a.role = role;
    a.reach = AccountRoles::usualReach(role);
    a.status = status;
    a.created = QDateTime(QDate(2022, 5, 10), QTime(12, 0), Qt::UTC);
    a.sourceFile = u"earlier.csv"_s;
    return a;
}

// A small register: the fixtures' user names on system 1, a removed account, another system's.
const QList<Account> &accountsOnFile()
{
    static const QList<Account> accounts {
        onFile(1, 1, u"admin"_s, AccountRole::Admin),
        onFile(2, 1, u"jana"_s, AccountRole::Manager),
        onFile(3, 1, u"tom.dev"_s, AccountRole::Admin),
        onFile(4, 1, u"sara@tinytea.example"_s, AccountRole::Admin),
        onFile(5, 1, u"tinytea"_s, AccountRole::Custom, AccountStatus::Disabled),
        onFile(6, 1, u"cust1"_s, AccountRole::ReadOnly, AccountStatus::Removed),
        onFile(7, 2, u"admin"_s, AccountRole::Admin),
        onFile(8, 1, u"sara"_s, AccountRole::Editor),
    };
    return accounts;
}

// For "any other CSV": the header's columns, rotated by `shift`, as the mapping.
AccountColumnMapping mappingFor(const QByteArray &bytes, int shift)
{
    AccountColumnMapping mapping;
    const auto table = CsvReader::read(bytes);
    if (!table || table->header.isEmpty())
        return mapping;
    const QStringList &header = table->header;
    const auto column = [&](int i) { return header.at((i + shift) % header.size()); };
    mapping.userName = column(0);
    QString *others[]
        = { &mapping.displayName, &mapping.firstName, &mapping.lastName,  &mapping.email,
            &mapping.role,        &mapping.mfa,       &mapping.lastLogin, &mapping.lastPasswordChange,
            &mapping.created,     &mapping.active };
    int i = 1;
    for (QString *field : others)
        *field = column(i++);
    return mapping;
}

void checkImport(const AccountImport &import)
{
    QSet<QString> keys;
    for (const Account &a : import.accounts) {
        check(!a.userKey().isEmpty());
        check(!keys.contains(a.userKey()));
        keys.insert(a.userKey());
    }
    int previous = 0;
    for (const CsvError &error : import.errors) {
        check(!error.message.isEmpty());
        check(error.line >= previous);
        previous = error.line;
    }
}

void checkSync(const AccountSync &sync, const AccountImport &import, qint64 systemId)
{
    const QList<Account> &file = accountsOnFile();
    QSet<QString> keysOnFile;
    for (const Account &a : file) {
        if (a.systemId == systemId)
            keysOnFile.insert(a.userKey());
    }
    qsizetype known = 0;
    for (const Account &a : import.accounts)
        known += keysOnFile.contains(a.userKey()) ? 1 : 0;
    check(sync.added.size() == import.accounts.size() - known);
    check(sync.changed.size() <= known);
    for (const Account &a : sync.added) {
        check(a.id == 0 && a.systemId == systemId && !keysOnFile.contains(a.userKey()));
        check(a.sourceFile == import.sourceFile);
    }
    for (const AccountSync::Change &change : sync.changed) {
        check(change.fields != AccountFields());
        check(change.before.id == change.after.id && change.before.userKey() == change.after.userKey());
        check(change.before.systemId == systemId);
        check(AccountSync::differences(change.before, change.after, change.fields) == change.fields);
    }
    for (const Account &gone : sync.vanished)
        check(gone.systemId == systemId && gone.status != AccountStatus::Removed);
    // Every account: new, changed, or unchanged (imported, or its row refused), or vanished.
    check(sync.added.size() + sync.changed.size() + sync.unchanged + sync.vanished.size()
          >= import.accounts.size());
    check(sync.refusedRows == import.errors.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QList<AccountImportFormat> formats = AccountImportFormats::all();
    const AccountImportFormat format = formats.at(data[0] % formats.size());
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const AccountColumnMapping mapping = format == AccountImportFormat::GenericCsv
        ? mappingFor(bytes, data[0] / formats.size())
        : AccountColumnMapping();

    const auto import = AccountImporter::read(bytes, format, u"fuzz.csv"_s, mapping);
    if (!import) {
        check(!import.error().isEmpty());
        return 0;
    }
    check(!import->accounts.isEmpty() || !import->errors.isEmpty());
    check(import->format == AccountImportFormats::key(format));
    checkImport(import.value());
    for (const qint64 systemId : { qint64(1), qint64(3) }) {
        const AccountSync sync = AccountSync::compute(systemId, accountsOnFile(), import.value());
        checkSync(sync, import.value(), systemId);
    }
    return 0;
}
