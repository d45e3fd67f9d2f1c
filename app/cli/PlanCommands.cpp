#include "PlanCommands.h"

#include "CliContext.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QJsonValue nameOrNull(const Plan &plan, qint64 id)
{
    if (const auto person = plan.person(id))
        return person->name;
    return QJsonValue::Null;
}

QJsonObject planJson(const Plan &plan)
{
    const ShopProfile &shop = plan.shop();
    QJsonArray team;
    for (const Person &p : plan.people()) {
        team.append(QJsonObject { { u"id"_s, p.id },
                                  { u"name"_s, p.name },
                                  { u"role"_s, p.role },
                                  { u"email"_s, p.email },
                                  { u"phone"_s, p.phone },
                                  { u"kind"_s, Person::kindKey(p.kind) },
                                  { u"status"_s, Person::statusKey(p.status) },
                                  { u"leftOn"_s,
                                    p.leftOn.isValid() ? QJsonValue(p.leftOn.toString(Qt::ISODate))
                                                       : QJsonValue(QJsonValue::Null) } });
    }
    const AuditTrail::Verification &audit = plan.auditCheckOnOpen();
    return QJsonObject {
        { u"file"_s, plan.path() },
        { u"planId"_s, plan.planId() },
        { u"shop"_s,
          QJsonObject { { u"name"_s, shop.name },
                        { u"platform"_s, ShopPlatforms::key(shop.platform) },
                        { u"siteUrls"_s, QJsonArray::fromStringList(shop.siteUrls) },
                        { u"owner"_s, nameOrNull(plan, shop.ownerPersonId) },
                        { u"me"_s, nameOrNull(plan, shop.mePersonId) } } },
        { u"team"_s, team },
        { u"history"_s, QJsonObject { { u"entries"_s, audit.entryCount }, { u"intact"_s, audit.intact } } },
    };
}

void printPlan(QTextStream &out, const Plan &plan)
{
    const ShopProfile &shop = plan.shop();
    // Labels are padded to the longest one, whatever the language makes of them.
    QList<std::pair<QString, QString>> rows;
    auto line = [&rows](const QString &label, const QString &value) { rows.append({ label, value }); };
    line(QCoreApplication::translate("PlanCommands", "Shop:"), shop.name);
    line(QCoreApplication::translate("PlanCommands", "Platform:"), ShopPlatforms::displayName(shop.platform));
    line(QCoreApplication::translate("PlanCommands", "Sites:"),
         shop.siteUrls.isEmpty() ? QCoreApplication::translate("PlanCommands", "(none yet)")
                                 : shop.siteUrls.join(u", "_s));
    const auto owner = plan.person(shop.ownerPersonId);
    line(QCoreApplication::translate("PlanCommands", "Plan owner:"),
         owner ? owner->name : QCoreApplication::translate("PlanCommands", "(not chosen)"));
    line(QCoreApplication::translate("PlanCommands", "File:"), plan.path());
    line(QCoreApplication::translate("PlanCommands", "Plan id:"), plan.planId());
    const AuditTrail::Verification &audit = plan.auditCheckOnOpen();
    line(QCoreApplication::translate("PlanCommands", "History:"),
         audit.intact ? QCoreApplication::translate("PlanCommands", "%n change(s), intact", nullptr,
                                                    int(audit.entryCount))
                      : audit.message);
    qsizetype width = 0;
    for (const auto &row : std::as_const(rows))
        width = std::max(width, row.first.size());
    for (const auto &row : std::as_const(rows))
        out << row.first.leftJustified(width + 1) << row.second << '\n';
    out << QCoreApplication::translate("PlanCommands", "Team (%1):").arg(plan.people().size()) << '\n';
    if (plan.people().isEmpty())
        out << "  " << QCoreApplication::translate("PlanCommands", "(nobody yet)") << '\n';
    for (const Person &p : plan.people()) {
        QStringList parts { p.name };
        if (!p.role.isEmpty())
            parts << p.role;
        parts << Person::kindName(p.kind);
        parts << (p.status == Person::Status::Left
                      ? QCoreApplication::translate("PlanCommands", "left on %1")
                            .arg(QLocale().toString(p.leftOn, QLocale::ShortFormat))
                      : Person::statusName(p.status));
        if (!p.email.isEmpty())
            parts << p.email;
        if (!p.phone.isEmpty())
            parts << p.phone;
        out << "  " << parts.join(u" · "_s) << '\n';
    }
    out.flush();
}

int planNew(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption shop(u"shop"_s, QCoreApplication::translate("PlanCommands", "The shop's name."),
                                  u"NAME"_s);
    const QCommandLineOption url(
        u"url"_s, QCoreApplication::translate("PlanCommands", "A web address of the shop (repeatable)."),
        u"URL"_s);
    const QCommandLineOption platform(
        u"platform"_s, QCoreApplication::translate("PlanCommands", "The shop platform."), u"KEY"_s);
    parser.addOptions({ shop, url, platform });
    QStringList keys;
    for (ShopPlatform p : ShopPlatforms::all())
        keys << ShopPlatforms::key(p);
    const QString usage
        = QCoreApplication::translate(
              "PlanCommands",
              "Usage: storefort-cli plan new PATH --shop NAME [--url URL]... [--platform KEY]\n"
              "Platforms: %1")
              .arg(keys.join(u", "_s));
    if (!context.parse(parser, usage, 2))
        return context.exitCode();

    ShopProfile profile;
    profile.name = parser.value(shop);
    if (profile.name.trimmed().isEmpty())
        return context.fail(
            QCoreApplication::translate("PlanCommands", "give the shop's name with --shop NAME."),
            CliExit::usage);
    profile.siteUrls = parser.values(url);
    if (parser.isSet(platform)) {
        bool known = false;
        profile.platform = ShopPlatforms::fromKey(parser.value(platform), &known);
        if (!known)
            return context.fail(
                QCoreApplication::translate("PlanCommands", "unknown platform \"%1\". Choose one of: %2")
                    .arg(parser.value(platform), keys.join(u", "_s)),
                CliExit::usage);
    }
    const QString path = parser.positionalArguments().at(1);
    auto plan = Plan::create(path, profile);
    if (!plan)
        return context.fail(plan.error());
    context.out() << QCoreApplication::translate("PlanCommands", "Created the plan for %1 in %2")
                         .arg(plan.value()->shop().name, plan.value()->path())
                  << Qt::endl;
    return 0;
}

int planShow(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("PlanCommands", "Print JSON."));
    parser.addOption(json);
    if (!context.parse(
            parser,
            QCoreApplication::translate("PlanCommands", "Usage: storefort-cli plan show PATH [--json]"), 2))
        return context.exitCode();
    auto plan = Plan::open(parser.positionalArguments().at(1), { .readOnly = true });
    if (!plan)
        return context.fail(plan.error());
    if (parser.isSet(json))
        context.out() << QJsonDocument(planJson(*plan.value())).toJson(QJsonDocument::Indented) << Qt::flush;
    else
        printPlan(context.out(), *plan.value());
    return 0;
}

} // namespace

int PlanCommands::run(CliContext &context)
{
    const QString verb = context.arguments().value(1);
    if (verb == u"new"_s)
        return planNew(context);
    if (verb == u"show"_s)
        return planShow(context);
    return context.fail(QCoreApplication::translate("PlanCommands", "usage: storefort-cli plan new|show ..."),
                        CliExit::usage);
}
