#include "AuditCommands.h"

#include "CliContext.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonValue nullable(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QString shown(const QString &value)
{
    if (value.isNull())
        return u"—"_s;
    QString text = value;
    text.replace(u'\n', u", "_s);
    return u"\""_s + text + u"\""_s;
}

Result<QDate> parseDate(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return QDate();
    const QDate date = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!date.isValid())
        return Error { QCoreApplication::translate("AuditCommands",
                                                   "\"%1\" is not a date; write it as YYYY-MM-DD.")
                           .arg(parser.value(option)) };
    return date;
}

int auditLog(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("AuditCommands", "Print JSON."));
    const QCommandLineOption area(
        u"area"_s, QCoreApplication::translate("AuditCommands", "Only this area (plan, shop, team, ...)."),
        u"AREA"_s);
    const QCommandLineOption person(
        u"person"_s, QCoreApplication::translate("AuditCommands", "Only changes by this person or user."),
        u"NAME"_s);
    const QCommandLineOption since(
        u"since"_s, QCoreApplication::translate("AuditCommands", "From this date (YYYY-MM-DD)."), u"DATE"_s);
    const QCommandLineOption until(
        u"until"_s, QCoreApplication::translate("AuditCommands", "Up to this date (YYYY-MM-DD)."), u"DATE"_s);
    parser.addOptions({ json, area, person, since, until });
    if (!context.parse(parser,
                       QCoreApplication::translate(
                           "AuditCommands",
                           "Usage: storefort-cli audit log PATH [--json] [--area AREA] [--person NAME] "
                           "[--since DATE] [--until DATE]"),
                       2))
        return context.exitCode();
    const Result<QDate> from = parseDate(parser, since);
    const Result<QDate> to = parseDate(parser, until);
    if (!from || !to)
        return context.fail(from ? to.error() : from.error(), CliExit::usage);

    auto plan = Plan::open(parser.positionalArguments().at(1), { .readOnly = true });
    if (!plan)
        return context.fail(plan.error());
    AuditFilter filter;
    filter.area = parser.value(area);
    filter.member = parser.value(person);
    filter.from = from.value();
    filter.to = to.value();
    const auto entries = plan.value()->auditEntries(filter);
    if (!entries)
        return context.fail(entries.error());

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const AuditEntry &e : entries.value()) {
            array.append(QJsonObject { { u"id"_s, e.id },
                                       { u"at"_s, e.at.toString(Qt::ISODateWithMs) },
                                       { u"osUser"_s, e.osUser },
                                       { u"member"_s, e.member },
                                       { u"area"_s, e.area },
                                       { u"entity"_s, e.entity },
                                       { u"entityId"_s, e.entityId },
                                       { u"field"_s, e.field },
                                       { u"oldValue"_s, nullable(e.oldValue) },
                                       { u"newValue"_s, nullable(e.newValue) },
                                       { u"prevHash"_s, e.prevHash },
                                       { u"hash"_s, e.hash } });
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
        return 0;
    }
    for (const AuditEntry &e : entries.value()) {
        const QString who = e.member.isEmpty() ? e.osUser : u"%1 (%2)"_s.arg(e.member, e.osUser);
        const QString what = e.entityId.isEmpty() ? u"%1.%2"_s.arg(e.entity, e.field)
                                                  : u"%1 %2.%3"_s.arg(e.entity, e.entityId, e.field);
        context.out() << e.id << "  " << e.at.toString(Qt::ISODate) << "  " << who << "  " << e.area << "  "
                      << what << ": " << shown(e.oldValue) << " -> " << shown(e.newValue) << '\n';
    }
    context.out().flush();
    return 0;
}

int auditVerify(CliContext &context)
{
    QCommandLineParser parser;
    if (!context.parse(parser,
                       QCoreApplication::translate("AuditCommands", "Usage: storefort-cli audit verify PATH"),
                       2))
        return context.exitCode();
    auto plan = Plan::open(parser.positionalArguments().at(1), { .readOnly = true });
    if (!plan)
        return context.fail(plan.error());
    const AuditTrail::Verification check = plan.value()->auditCheckOnOpen(); // just checked by the open
    if (!check.intact) {
        context.err() << check.message << '\n';
        if (check.brokenEntryId > 0)
            context.err() << QCoreApplication::translate("AuditCommands", "First broken entry: %1")
                                 .arg(check.brokenEntryId)
                          << '\n';
        context.err().flush();
        return CliExit::auditBroken;
    }
    context.out() << QCoreApplication::translate(
        "AuditCommands", "The history is intact: %n change(s), each linked to the one before.", nullptr,
        int(check.entryCount))
                  << Qt::endl;
    return 0;
}

} // namespace

int AuditCommands::run(CliContext &context)
{
    const QString verb = context.arguments().value(1);
    if (verb == u"log"_s)
        return auditLog(context);
    if (verb == u"verify"_s)
        return auditVerify(context);
    return context.fail(
        QCoreApplication::translate("AuditCommands", "usage: storefort-cli audit log|verify PATH"),
        CliExit::usage);
}
