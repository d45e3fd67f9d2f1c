#include "AccountCommands.h"

#include "AccountReviewCommands.h"
#include "CliContext.h"
#include "common/IsoTime.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;
using AccountCommands::idOption;
using AccountCommands::shownValue;
using AccountCommands::systemLine;

namespace {
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

Result<qint64> AccountCommands::idOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool isNumber = false;
    const qint64 id = parser.value(option).toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return Error { QCoreApplication::translate("AccountCommands",
                                                   "\"%1\" is not an id; ids are whole numbers.")
                           .arg(parser.value(option)) };
    return id;
}

QString AccountCommands::systemLine(const System &s)
{
    return QString::number(s.id).rightJustified(4) + u"  "_s + s.name + u" · "_s + SystemKinds::name(s.kind);
}

QString AccountCommands::shownValue(const Account &a, AccountField field)
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

int AccountCommands::run(CliContext &context)
{
    const QString verb = context.arguments().value(1);
    if (verb == u"import"_s)
        return importAccounts(context);
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
