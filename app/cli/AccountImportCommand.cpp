// `accounts import`: an export of a system's users read, compared with the accounts on file and,
// unless it is a dry run, applied.
#include "AccountCommands.h"
#include "CliContext.h"
#include "accounts/AccountSync.h"
#include "accounts/importers/AccountImporter.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;
using AccountCommands::shownValue;

namespace {

// Lists longer than this print their first lines and how many more there are.
constexpr qsizetype listCap = 20;

QStringList formatKeys()
{
    QStringList keys;
    for (AccountImportFormat format : AccountImportFormats::all())
        keys << AccountImportFormats::key(format);
    return keys;
}

// The kind of system an export comes from; nullopt for "any other CSV".
std::optional<SystemKind> systemKindOf(AccountImportFormat format)
{
    switch (format) {
    case AccountImportFormat::WordPress:
    case AccountImportFormat::Magento:
    case AccountImportFormat::PrestaShop:
        return SystemKind::ShopAdmin;
    case AccountImportFormat::Cpanel:
        return SystemKind::HostingPanel;
    case AccountImportFormat::GoogleWorkspace:
    case AccountImportFormat::Microsoft365:
        return SystemKind::Email;
    case AccountImportFormat::GenericCsv:
        break;
    }
    return std::nullopt;
}

// The name of the system an import creates when the plan has none of its kind.
QString newSystemName(AccountImportFormat format)
{
    if (systemKindOf(format) == SystemKind::ShopAdmin)
        return QCoreApplication::translate("AccountCommands", "%1 admin")
            .arg(AccountImportFormats::name(format));
    return AccountImportFormats::name(format);
}

QString lineOf(const QString &file, int line)
{
    return line > 0 ? file + u':' + QString::number(line) : file;
}

// Prints the first listCap of `count` lines (`line(i)`), each indented, then how many more there are.
template<typename Line> void printCapped(QTextStream &out, qsizetype count, Line line)
{
    for (qsizetype i = 0; i < count && i < listCap; ++i)
        out << "  " << line(i) << '\n';
    if (count > listCap)
        out << "  "
            << QCoreApplication::translate("AccountCommands", "… and %n more", nullptr, int(count - listCap))
            << '\n';
}

void printSync(QTextStream &out, const AccountSync &sync)
{
    out << QCoreApplication::translate("AccountCommands", "%n new", nullptr, int(sync.added.size())) << ", "
        << QCoreApplication::translate("AccountCommands", "%n changed", nullptr, int(sync.changed.size()))
        << ", "
        << QCoreApplication::translate("AccountCommands", "%n removed", nullptr, int(sync.vanished.size()))
        << ", "
        << QCoreApplication::translate("AccountCommands", "%n unchanged", nullptr, int(sync.unchanged))
        << '\n';
    if (!sync.added.isEmpty()) {
        out << QCoreApplication::translate("AccountCommands", "New accounts:") << '\n';
        printCapped(out, sync.added.size(),
                    [&](qsizetype i) -> QString { return sync.added.at(i).userName; });
    }
    if (!sync.changed.isEmpty()) {
        out << QCoreApplication::translate("AccountCommands", "Changed accounts:") << '\n';
        printCapped(out, sync.changed.size(), [&](qsizetype i) -> QString {
            const AccountSync::Change &change = sync.changed.at(i);
            QStringList fields;
            for (AccountField field : AccountFieldKeys::all()) {
                if (change.fields.testFlag(field))
                    fields << QCoreApplication::translate("AccountCommands", "%1: %2 -> %3")
                                  .arg(AccountFieldKeys::name(field), shownValue(change.before, field),
                                       shownValue(change.after, field));
            }
            return change.before.userName + u": "_s + fields.join(u"; "_s);
        });
    }
    if (!sync.vanished.isEmpty()) {
        out << QCoreApplication::translate("AccountCommands", "Removed accounts (kept on file as removed):")
            << '\n';
        printCapped(out, sync.vanished.size(),
                    [&](qsizetype i) -> QString { return sync.vanished.at(i).userName; });
    }
}

} // namespace

int AccountCommands::importAccounts(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(
        u"format"_s, QCoreApplication::translate("AccountCommands", "What the file was exported from."),
        u"FORMAT"_s);
    const QCommandLineOption systemId(
        u"system"_s, QCoreApplication::translate("AccountCommands", "The system the accounts are on."),
        u"ID"_s);
    const QCommandLineOption map(
        u"map"_s,
        QCoreApplication::translate("AccountCommands", "Which column holds which field (JSON), for csv."),
        u"MAPPING.json"_s);
    const QCommandLineOption dryRun(
        u"dry-run"_s,
        QCoreApplication::translate("AccountCommands", "Show what would change; change nothing."));
    const QCommandLineOption skipErrors(
        u"skip-errors"_s,
        QCoreApplication::translate("AccountCommands",
                                    "Import the readable rows even when others are refused."));
    parser.addOptions({ format, systemId, map, dryRun, skipErrors });
    const QString usage = QCoreApplication::translate(
        "AccountCommands",
        "Usage: storefort-cli accounts import PLAN --format "
        "wordpress|magento|prestashop|cpanel|google|m365|csv FILE\n"
        "       [--system ID] [--map MAPPING.json] [--dry-run] [--skip-errors]");
    if (!context.parse(parser, usage, 3))
        return context.exitCode();
    if (!parser.isSet(format))
        return context.fail(QCoreApplication::translate(
                                "AccountCommands", "give what the file was exported from with --format: %1")
                                .arg(formatKeys().join(u", "_s)),
                            CliExit::usage);
    bool knownFormat = false;
    const AccountImportFormat importFormat
        = AccountImportFormats::fromKey(parser.value(format), &knownFormat);
    if (!knownFormat)
        return context.fail(
            QCoreApplication::translate("AccountCommands", "unknown format \"%1\". Choose one of: %2")
                .arg(parser.value(format), formatKeys().join(u", "_s)),
            CliExit::usage);
    std::optional<qint64> chosenSystem;
    if (parser.isSet(systemId)) {
        const Result<qint64> id = idOption(parser, systemId);
        if (!id)
            return context.fail(id.error(), CliExit::usage);
        chosenSystem = id.value();
    }
    std::optional<AccountColumnMapping> givenMapping;
    if (parser.isSet(map)) {
        QFile file(parser.value(map));
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(QCoreApplication::translate("AccountCommands", "could not read %1: %2")
                                    .arg(parser.value(map), file.errorString()));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.read(1024 * 1024), &error);
        if (!document.isObject())
            return context.fail(
                QCoreApplication::translate("AccountCommands",
                                            "%1 is not a column mapping: write a JSON object such as "
                                            "{\"user_name\": \"Login\", \"email\": \"E-mail\"}.")
                    .arg(parser.value(map)));
        givenMapping = AccountColumnMapping::fromJson(document.object());
        if (givenMapping->userName.trimmed().isEmpty())
            return context.fail(
                QCoreApplication::translate(
                    "AccountCommands", "%1 does not say which column holds the user name (\"user_name\").")
                    .arg(parser.value(map)));
    }
    const QString planPath = parser.positionalArguments().at(1);
    const QString filePath = parser.positionalArguments().at(2);
    const bool dry = parser.isSet(dryRun);

    auto opened = Plan::open(planPath, { .readOnly = dry });
    if (!opened)
        return context.fail(opened.error());
    Plan &plan = *opened.value();
    if (!dry && plan.isReadOnly())
        return context.fail(plan.readOnlyReason());

    // The system: the one asked for, else the only one of the export's kind, else a new one.
    std::optional<System> system;
    if (chosenSystem) {
        system = plan.system(*chosenSystem);
        if (!system)
            return context.fail(
                QCoreApplication::translate(
                    "AccountCommands", "the plan has no system %1 (see: storefort-cli accounts systems).")
                    .arg(*chosenSystem));
    } else {
        const std::optional<SystemKind> kind = systemKindOf(importFormat);
        QList<System> candidates;
        for (const System &s : plan.systems()) {
            if (!kind || s.kind == *kind)
                candidates << s;
        }
        if (candidates.size() > 1 || (!kind && candidates.isEmpty())) {
            QStringList lines;
            for (const System &s : candidates)
                lines << systemLine(s);
            const QString message = kind
                ? QCoreApplication::translate("AccountCommands",
                                              "the plan has several systems of the kind \"%1\"; choose one "
                                              "with --system ID:\n%2")
                      .arg(SystemKinds::name(*kind), lines.join(u'\n'))
                : QCoreApplication::translate("AccountCommands",
                                              "say which system the accounts are on with --system ID (add "
                                              "one with: storefort-cli accounts add-system).%1")
                      .arg(lines.isEmpty() ? QString() : u'\n' + lines.join(u'\n'));
            return context.fail(message, CliExit::usage);
        }
        if (!candidates.isEmpty())
            system = candidates.constFirst();
    }

    AccountColumnMapping mapping;
    if (importFormat == AccountImportFormat::GenericCsv) {
        if (givenMapping)
            mapping = *givenMapping;
        else if (const auto remembered = system ? plan.accountMapping(system->id) : std::nullopt)
            mapping = *remembered;
        else
            return context.fail(
                QCoreApplication::translate("AccountCommands",
                                            "say which column holds which field with --map "
                                            "MAPPING.json (the plan remembers it afterwards)."),
                CliExit::usage);
    }

    const Result<AccountImport> import = AccountImporter::readFile(filePath, importFormat, mapping);
    if (!import)
        return context.fail(
            QCoreApplication::translate("AccountCommands", "%1: %2").arg(filePath, import.error()));
    // A system still to be made has no accounts on file: id 0 matches none.
    AccountSync sync = AccountSync::compute(system ? system->id : 0, plan.accounts(), import.value());

    QTextStream &out = context.out();
    QTextStream &err = context.err();
    for (const CsvError &error : import->errors)
        err << lineOf(filePath, error.line) << ": " << error.message << '\n';
    err.flush();
    if (system)
        out << QCoreApplication::translate("AccountCommands",
                                           "%1 compared with the accounts on %2 (system %3):")
                   .arg(filePath, system->name)
                   .arg(system->id)
            << '\n';
    else
        out << QCoreApplication::translate("AccountCommands", "%1 compared with a new system \"%2\":")
                   .arg(filePath, newSystemName(importFormat))
            << '\n';
    printSync(out, sync);
    if (!import->errors.isEmpty())
        out << QCoreApplication::translate("AccountCommands", "%n row(s) refused", nullptr,
                                           int(import->errors.size()))
            << '\n';
    out.flush();

    const bool skip = parser.isSet(skipErrors);
    if (!import->errors.isEmpty() && !skip)
        return context.fail(
            QCoreApplication::translate("AccountCommands",
                                        "nothing was changed: correct the file and import it "
                                        "again, or use --skip-errors to import the other rows."));
    if (dry) {
        out << QCoreApplication::translate("AccountCommands", "Dry run: the plan is unchanged.") << Qt::endl;
        return 0;
    }

    if (!system) {
        System fresh;
        fresh.kind = *systemKindOf(importFormat);
        fresh.name = newSystemName(importFormat);
        const Result<qint64> id = plan.addSystem(fresh);
        if (!id)
            return context.fail(id.error());
        system = plan.system(id.value());
        out << QCoreApplication::translate("AccountCommands", "Added the system \"%1\" (%2).")
                   .arg(system->name)
                   .arg(system->id)
            << '\n';
        sync = AccountSync::compute(system->id, plan.accounts(), import.value());
    }
    if (importFormat == AccountImportFormat::GenericCsv && givenMapping
        && plan.accountMapping(system->id) != givenMapping) {
        if (const Status kept = plan.setAccountMapping(system->id, *givenMapping); !kept)
            return context.fail(kept.error());
    }
    if (sync.isEmpty()) {
        out << QCoreApplication::translate("AccountCommands",
                                           "Nothing to change: the accounts on file are up to date.")
            << Qt::endl;
        return 0;
    }
    sync.skipRefusedRows = skip;
    if (const Status applied = plan.applyImport(system->id, sync); !applied)
        return context.fail(applied.error());
    out << QCoreApplication::translate("AccountCommands", "Imported: %n account(s) added, ", nullptr,
                                       int(sync.added.size()))
        << QCoreApplication::translate("AccountCommands", "%n changed, ", nullptr, int(sync.changed.size()))
        << QCoreApplication::translate("AccountCommands", "%n marked removed.", nullptr,
                                       int(sync.vanished.size()))
        << Qt::endl;
    return 0;
}
