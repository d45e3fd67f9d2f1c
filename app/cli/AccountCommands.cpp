#include "AccountCommands.h"

#include "AccountReviewCommands.h"
#include "CliContext.h"
#include "accounts/AccountSync.h"
#include "accounts/importers/AccountImporter.h"
#include "common/IsoTime.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Lists longer than this print their first lines and how many more there are.
constexpr qsizetype listCap = 20;

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(IsoTime::text(time)) : QJsonValue(QJsonValue::Null);
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? IsoTime::text(time) : QString();
}

QStringList systemKindKeys()
{
    QStringList keys;
    for (SystemKind kind : SystemKinds::all())
        keys << SystemKinds::key(kind);
    return keys;
}

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

Result<qint64> idOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool isNumber = false;
    const qint64 id = parser.value(option).toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return Error { QCoreApplication::translate("AccountCommands",
                                                   "\"%1\" is not an id; ids are whole numbers.")
                           .arg(parser.value(option)) };
    return id;
}

QString systemLine(const System &s)
{
    return QString::number(s.id).rightJustified(4) + u"  "_s + s.name + u" · "_s + SystemKinds::name(s.kind);
}

QString lineOf(const QString &file, int line)
{
    return line > 0 ? file + u':' + QString::number(line) : file;
}

// How a field's value reads in the list of changes.
QString shownValue(const Account &a, AccountField field)
{
    QString value;
    switch (field) {
    case AccountField::UserName:
        value = a.userName;
        break;
    case AccountField::DisplayName:
        value = a.displayName;
        break;
    case AccountField::Email:
        value = a.email;
        break;
    case AccountField::Role:
        value = a.platformRole.isEmpty() ? AccountRoles::name(a.role)
                                         : AccountRoles::name(a.role) + u" ("_s + a.platformRole + u')';
        break;
    case AccountField::Mfa:
        value = YesNoUnknowns::name(a.mfa);
        break;
    case AccountField::LastLogin:
        value = timeText(a.lastLogin);
        break;
    case AccountField::LastPasswordChange:
        value = timeText(a.lastPasswordChange);
        break;
    case AccountField::Created:
        value = timeText(a.created);
        break;
    case AccountField::Status:
        value = AccountStatuses::name(a.status);
        break;
    }
    return value.isEmpty() ? QCoreApplication::translate("AccountCommands", "(empty)") : value;
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

int accountsImport(CliContext &context)
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

QJsonObject accountJson(const Account &a)
{
    QJsonArray people;
    for (qint64 id : a.personIds)
        people.append(id);
    const QString reach = DataKinds::keys(a.reach);
    return QJsonObject {
        { u"id"_s, a.id },
        { u"system"_s, a.systemId },
        { u"userName"_s, a.userName },
        { u"displayName"_s, a.displayName },
        { u"email"_s, a.email },
        { u"people"_s, people },
        { u"role"_s, AccountRoles::key(a.role) },
        { u"platformRole"_s, a.platformRole },
        { u"reach"_s, QJsonArray::fromStringList(reach.split(u';', Qt::SkipEmptyParts)) },
        { u"mfa"_s, YesNoUnknowns::key(a.mfa) },
        { u"lastLogin"_s, timeOrNull(a.lastLogin) },
        { u"lastPasswordChange"_s, timeOrNull(a.lastPasswordChange) },
        { u"created"_s, timeOrNull(a.created) },
        { u"shared"_s, a.shared },
        { u"service"_s, a.serviceAccount },
        { u"status"_s, AccountStatuses::key(a.status) },
        { u"sourceFile"_s, a.sourceFile },
        { u"importedAt"_s, timeOrNull(a.importedAt) },
    };
}

int accountsList(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption systemId(
        u"system"_s, QCoreApplication::translate("AccountCommands", "Only the accounts on this system."),
        u"ID"_s);
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("AccountCommands", "Print JSON."));
    parser.addOptions({ systemId, json });
    if (!context.parse(
            parser,
            QCoreApplication::translate("AccountCommands",
                                        "Usage: storefort-cli accounts list PLAN [--system ID] [--json]"),
            2))
        return context.exitCode();
    std::optional<qint64> only;
    if (parser.isSet(systemId)) {
        const Result<qint64> id = idOption(parser, systemId);
        if (!id)
            return context.fail(id.error(), CliExit::usage);
        only = id.value();
    }
    auto opened = Plan::open(parser.positionalArguments().at(1), { .readOnly = true });
    if (!opened)
        return context.fail(opened.error());
    const Plan &plan = *opened.value();
    if (only && !plan.system(*only))
        return context.fail(
            QCoreApplication::translate("AccountCommands",
                                        "the plan has no system %1 (see: storefort-cli accounts systems).")
                .arg(*only));

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Account &a : plan.accounts()) {
            if (!only || a.systemId == *only)
                array.append(accountJson(a));
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
        return 0;
    }
    QTextStream &out = context.out();
    bool any = false;
    for (const System &s : plan.systems()) {
        if (only && s.id != *only)
            continue;
        const QList<Account> accounts = plan.accountsOf(s.id);
        out << systemLine(s) << " · "
            << QCoreApplication::translate("AccountCommands", "%n account(s)", nullptr, int(accounts.size()))
            << '\n';
        for (const Account &a : accounts) {
            any = true;
            QStringList parts { a.userName };
            if (!a.displayName.isEmpty() && a.displayName != a.userName)
                parts << a.displayName;
            if (!a.email.isEmpty() && a.email != a.userName)
                parts << a.email;
            parts << shownValue(a, AccountField::Role);
            parts
                << QCoreApplication::translate("AccountCommands", "MFA: %1").arg(YesNoUnknowns::name(a.mfa));
            parts << AccountStatuses::name(a.status);
            if (a.lastLogin.isValid())
                parts << QCoreApplication::translate("AccountCommands", "last login %1")
                             .arg(timeText(a.lastLogin));
            out << "    " << QString::number(a.id).rightJustified(6) << "  " << parts.join(u" · "_s) << '\n';
        }
    }
    if (!any && !only && plan.systems().isEmpty())
        out << QCoreApplication::translate("AccountCommands",
                                           "No accounts yet. Import some with: storefort-cli accounts import "
                                           "PLAN --format FORMAT FILE")
            << '\n';
    out.flush();
    return 0;
}

int accountsSystems(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("AccountCommands", "Print JSON."));
    parser.addOption(json);
    if (!context.parse(parser,
                       QCoreApplication::translate("AccountCommands",
                                                   "Usage: storefort-cli accounts systems PLAN [--json]"),
                       2))
        return context.exitCode();
    auto opened = Plan::open(parser.positionalArguments().at(1), { .readOnly = true });
    if (!opened)
        return context.fail(opened.error());
    const Plan &plan = *opened.value();
    QHash<qint64, int> counts;
    QHash<qint64, int> active;
    for (const Account &a : plan.accounts()) {
        ++counts[a.systemId];
        if (a.status == AccountStatus::Active)
            ++active[a.systemId];
    }

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const System &s : plan.systems()) {
            array.append(QJsonObject {
                { u"id"_s, s.id },
                { u"kind"_s, SystemKinds::key(s.kind) },
                { u"name"_s, s.name },
                { u"provider"_s, s.providerId > 0 ? QJsonValue(s.providerId) : QJsonValue(QJsonValue::Null) },
                { u"auditLog"_s, YesNoUnknowns::key(s.auditLog) },
                { u"auditRetentionDays"_s, s.auditRetentionDays },
                { u"auditLogReviewedOn"_s,
                  s.auditLogReviewedOn.isValid() ? QJsonValue(s.auditLogReviewedOn.toString(Qt::ISODate))
                                                 : QJsonValue(QJsonValue::Null) },
                { u"mfaEnforced"_s, YesNoUnknowns::key(s.mfaEnforced) },
                { u"passwordMinLength"_s, s.passwordPolicy.minLength },
                { u"passwordMaxAgeDays"_s, s.passwordPolicy.maxAgeDays },
                { u"lockoutAfter"_s, s.passwordPolicy.lockoutAfter },
                { u"builtInAdmin"_s, s.builtInAdmin },
                { u"accounts"_s, counts.value(s.id) },
                { u"activeAccounts"_s, active.value(s.id) },
            });
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
        return 0;
    }
    QTextStream &out = context.out();
    if (plan.systems().isEmpty()) {
        out << QCoreApplication::translate(
            "AccountCommands",
            "No systems yet. Add one with: storefort-cli accounts add-system PLAN "
            "--kind KIND --name NAME")
            << Qt::endl;
        return 0;
    }
    for (const System &s : plan.systems()) {
        out << systemLine(s) << " · "
            << QCoreApplication::translate("AccountCommands", "%n account(s)", nullptr, counts.value(s.id))
            << ", "
            << QCoreApplication::translate("AccountCommands", "%n active", nullptr, active.value(s.id));
        if (const auto provider = plan.provider(s.providerId))
            out << " · " << QCoreApplication::translate("AccountCommands", "run by %1").arg(provider->name);
        out << '\n';
    }
    out.flush();
    return 0;
}

int accountsAddSystem(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(
        u"kind"_s, QCoreApplication::translate("AccountCommands", "What sort of system it is."), u"KIND"_s);
    const QCommandLineOption name(
        u"name"_s, QCoreApplication::translate("AccountCommands", "The system's name."), u"NAME"_s);
    const QCommandLineOption providerId(
        u"provider"_s, QCoreApplication::translate("AccountCommands", "The provider that runs it."), u"ID"_s);
    parser.addOptions({ kind, name, providerId });
    const QString usage
        = QCoreApplication::translate(
              "AccountCommands",
              "Usage: storefort-cli accounts add-system PLAN --kind KIND --name NAME [--provider ID]\n"
              "Kinds: %1")
              .arg(systemKindKeys().join(u", "_s));
    if (!context.parse(parser, usage, 2))
        return context.exitCode();
    System system;
    if (!parser.isSet(kind))
        return context.fail(QCoreApplication::translate("AccountCommands",
                                                        "give what sort of system it is with --kind KIND: %1")
                                .arg(systemKindKeys().join(u", "_s)),
                            CliExit::usage);
    bool knownKind = false;
    system.kind = SystemKinds::fromKey(parser.value(kind), &knownKind);
    if (!knownKind)
        return context.fail(
            QCoreApplication::translate("AccountCommands", "unknown kind \"%1\". Choose one of: %2")
                .arg(parser.value(kind), systemKindKeys().join(u", "_s)),
            CliExit::usage);
    system.name = parser.value(name).trimmed();
    if (system.name.isEmpty())
        return context.fail(
            QCoreApplication::translate("AccountCommands", "give the system's name with --name NAME."),
            CliExit::usage);
    if (parser.isSet(providerId)) {
        const Result<qint64> id = idOption(parser, providerId);
        if (!id)
            return context.fail(id.error(), CliExit::usage);
        system.providerId = id.value();
    }
    if (const QString problem = system.check(); !problem.isEmpty())
        return context.fail(problem);

    auto opened = Plan::open(parser.positionalArguments().at(1));
    if (!opened)
        return context.fail(opened.error());
    Plan &plan = *opened.value();
    if (plan.isReadOnly())
        return context.fail(plan.readOnlyReason());
    if (system.providerId > 0 && !plan.provider(system.providerId))
        return context.fail(
            QCoreApplication::translate("AccountCommands",
                                        "the plan has no provider %1 (see: storefort-cli providers list).")
                .arg(system.providerId));
    const Result<qint64> id = plan.addSystem(system);
    if (!id)
        return context.fail(id.error());
    context.out() << id.value() << Qt::endl;
    return 0;
}

} // namespace

int AccountCommands::run(CliContext &context)
{
    const QString verb = context.arguments().value(1);
    if (verb == u"import"_s)
        return accountsImport(context);
    if (verb == u"list"_s)
        return accountsList(context);
    if (verb == u"systems"_s)
        return accountsSystems(context);
    if (verb == u"add-system"_s)
        return accountsAddSystem(context);
    if (verb == u"check"_s)
        return AccountReviewCommands::check(context);
    if (verb == u"letter"_s)
        return AccountReviewCommands::letter(context);
    return context.fail(QCoreApplication::translate(
                            "AccountCommands",
                            "usage: storefort-cli accounts import|list|systems|add-system|check|letter ..."),
                        CliExit::usage);
}
