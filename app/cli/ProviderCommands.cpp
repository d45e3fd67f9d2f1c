#include "ProviderCommands.h"

#include "CliContext.h"
#include "FindingsOutput.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "providers/ProviderFindings.h"
#include "providers/Questionnaire.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QDate today()
{
    return Clock::now().toLocalTime().date();
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

using Progress = Questionnaire::Progress;

Progress progressOf(const Plan &plan, const Provider &provider)
{
    return Questionnaire::progress(provider, plan.answersOf(provider.id), plan.answerMaxAgeMonths(), today());
}

QString ageText(const QDate &oldest)
{
    if (!oldest.isValid())
        return QCoreApplication::translate("ProviderCommands", "no answers yet");
    const QDate now = today();
    int months = (now.year() - oldest.year()) * 12 + now.month() - oldest.month();
    if (now.day() < oldest.day())
        --months;
    if (months >= 1)
        return QCoreApplication::translate("ProviderCommands", "oldest answer %n month(s) old", nullptr,
                                           months);
    const int days = int(std::max<qint64>(0, oldest.daysTo(now)));
    return QCoreApplication::translate("ProviderCommands", "oldest answer %n day(s) old", nullptr, days);
}

QJsonObject providerJson(const Provider &p, const Progress &progress)
{
    QJsonArray certifications;
    for (const Certification &c : p.certifications) {
        certifications.append(QJsonObject { { u"kind"_s, Certification::kindKey(c.kind) },
                                            { u"name"_s, c.name },
                                            { u"expires"_s, dateOrNull(c.expires) } });
    }
    // The credential itself is in the keychain, never in the plan: only whether there is one.
    return QJsonObject {
        { u"id"_s, p.id },
        { u"name"_s, p.name },
        { u"kind"_s, ProviderKinds::key(p.kind) },
        { u"services"_s, p.services },
        { u"contractStart"_s, dateOrNull(p.contractStart) },
        { u"contractEnd"_s, dateOrNull(p.contractEnd) },
        { u"supportPhone"_s, p.supportPhone },
        { u"supportEmail"_s, p.supportEmail },
        { u"portalUrl"_s, p.portalUrl },
        { u"supportHours"_s, p.supportHours },
        { u"support24x7"_s, p.support24x7 },
        { u"accountId"_s, p.accountId },
        { u"escalationContact"_s, p.escalationContact },
        { u"certifications"_s, certifications },
        { u"credential"_s, !p.credentialRef.isEmpty() },
        { u"credentialUser"_s, p.credentialUser },
        { u"notes"_s, p.notes },
        { u"questions"_s, progress.applicable },
        { u"answered"_s, progress.answered },
        { u"outstanding"_s, progress.outstanding },
        { u"oldestAnswer"_s, dateOrNull(progress.oldest) },
    };
}

int providersList(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("ProviderCommands", "Print JSON."));
    parser.addOption(json);
    if (!context.parse(parser,
                       QCoreApplication::translate("ProviderCommands",
                                                   "Usage: storefort-cli providers list PLAN [--json]"),
                       2))
        return context.exitCode();
    auto plan = Plan::open(parser.positionalArguments().at(1), { .readOnly = true });
    if (!plan)
        return context.fail(plan.error());

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Provider &p : plan.value()->providers())
            array.append(providerJson(p, progressOf(*plan.value(), p)));
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
        return 0;
    }
    QTextStream &out = context.out();
    if (plan.value()->providers().isEmpty()) {
        out << QCoreApplication::translate("ProviderCommands",
                                           "No providers yet. Add one with: storefort-cli providers add PLAN "
                                           "--name NAME --kind KIND")
            << Qt::endl;
        return 0;
    }
    for (const Provider &p : plan.value()->providers()) {
        const Progress progress = progressOf(*plan.value(), p);
        const QString counts
            = QCoreApplication::translate("ProviderCommands", "%1 of %2 answered, %3 outstanding")
                  .arg(progress.answered)
                  .arg(progress.applicable)
                  .arg(progress.outstanding);
        out << QString::number(p.id).rightJustified(4) << "  " << p.name << " · "
            << ProviderKinds::name(p.kind) << " · " << counts << " · " << ageText(progress.oldest) << '\n';
    }
    out.flush();
    return 0;
}

Result<QDate> dateOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return QDate();
    const QDate date = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!date.isValid())
        return Error { QCoreApplication::translate("ProviderCommands",
                                                   "\"%1\" is not a date; write it as YYYY-MM-DD.")
                           .arg(parser.value(option)) };
    return date;
}

Result<Certification> certificationOption(const QString &value)
{
    const qsizetype colon = value.lastIndexOf(u':');
    QStringList keys;
    for (Certification::Kind kind : Certification::kinds())
        keys << Certification::kindKey(kind);
    const QString usage
        = QCoreApplication::translate(
              "ProviderCommands",
              "\"%1\" is not a certification; write it as KIND:YYYY-MM-DD with KIND one of: %2")
              .arg(value, keys.join(u", "_s));
    if (colon <= 0)
        return Error { usage };
    bool known = false;
    Certification certification;
    certification.kind = Certification::kindFromKey(value.left(colon), &known);
    certification.expires = QDate::fromString(value.mid(colon + 1), Qt::ISODate);
    if (!known || !certification.expires.isValid())
        return Error { usage };
    return certification;
}

int providersAdd(CliContext &context)
{
    QCommandLineParser parser;
    auto option = [](const QString &name, const QString &description, const QString &value) {
        return QCommandLineOption(name, description, value);
    };
    const QCommandLineOption name = option(
        u"name"_s, QCoreApplication::translate("ProviderCommands", "The provider's name."), u"NAME"_s);
    const QCommandLineOption kind = option(
        u"kind"_s, QCoreApplication::translate("ProviderCommands", "What they do for the shop."), u"KIND"_s);
    const QCommandLineOption services
        = option(u"services"_s,
                 QCoreApplication::translate("ProviderCommands", "What they run for the shop."), u"TEXT"_s);
    const QCommandLineOption phone = option(
        u"phone"_s, QCoreApplication::translate("ProviderCommands", "The support phone number."), u"PHONE"_s);
    const QCommandLineOption email
        = option(u"email"_s, QCoreApplication::translate("ProviderCommands", "The support email address."),
                 u"EMAIL"_s);
    const QCommandLineOption portal = option(
        u"portal"_s, QCoreApplication::translate("ProviderCommands", "The support portal's web address."),
        u"URL"_s);
    const QCommandLineOption hours = option(
        u"hours"_s, QCoreApplication::translate("ProviderCommands", "When support answers."), u"HOURS"_s);
    const QCommandLineOption allDay(
        u"24x7"_s, QCoreApplication::translate("ProviderCommands", "Support answers day and night."));
    const QCommandLineOption account = option(
        u"account"_s, QCoreApplication::translate("ProviderCommands", "The shop's account id with them."),
        u"ID"_s);
    const QCommandLineOption escalation
        = option(u"escalation"_s,
                 QCoreApplication::translate("ProviderCommands", "Whom to call when support does not help."),
                 u"CONTACT"_s);
    const QCommandLineOption contractStart
        = option(u"contract-start"_s,
                 QCoreApplication::translate("ProviderCommands", "When the contract started."), u"DATE"_s);
    const QCommandLineOption contractEnd
        = option(u"contract-end"_s,
                 QCoreApplication::translate("ProviderCommands", "When the contract ends."), u"DATE"_s);
    const QCommandLineOption cert = option(
        u"cert"_s,
        QCoreApplication::translate("ProviderCommands", "A certification and its expiry (repeatable)."),
        u"KIND:DATE"_s);
    parser.addOptions({ name, kind, services, phone, email, portal, hours, allDay, account, escalation,
                        contractStart, contractEnd, cert });

    QStringList kinds;
    for (ProviderKind k : ProviderKinds::all())
        kinds << ProviderKinds::key(k);
    QStringList certKinds;
    for (Certification::Kind k : Certification::kinds())
        certKinds << Certification::kindKey(k);
    const QString usage
        = QCoreApplication::translate(
              "ProviderCommands",
              "Usage: storefort-cli providers add PLAN --name NAME --kind KIND [--services TEXT] [--phone "
              "PHONE]\n"
              "       [--email EMAIL] [--portal URL] [--hours HOURS] [--24x7] [--account ID]\n"
              "       [--escalation CONTACT] [--contract-start DATE] [--contract-end DATE] [--cert "
              "KIND:DATE]...\n"
              "Kinds: %1\n"
              "Certifications: %2")
              .arg(kinds.join(u", "_s), certKinds.join(u", "_s));
    if (!context.parse(parser, usage, 2))
        return context.exitCode();

    Provider provider;
    provider.name = parser.value(name).trimmed();
    if (provider.name.isEmpty())
        return context.fail(
            QCoreApplication::translate("ProviderCommands", "give the provider's name with --name NAME."),
            CliExit::usage);
    if (!parser.isSet(kind))
        return context.fail(QCoreApplication::translate("ProviderCommands",
                                                        "give what the provider does with --kind KIND: %1")
                                .arg(kinds.join(u", "_s)),
                            CliExit::usage);
    bool knownKind = false;
    provider.kind = ProviderKinds::fromKey(parser.value(kind), &knownKind);
    if (!knownKind)
        return context.fail(
            QCoreApplication::translate("ProviderCommands", "unknown kind \"%1\". Choose one of: %2")
                .arg(parser.value(kind), kinds.join(u", "_s)),
            CliExit::usage);
    provider.services = parser.value(services);
    provider.supportPhone = parser.value(phone);
    provider.supportEmail = parser.value(email);
    provider.portalUrl = parser.value(portal);
    provider.supportHours = parser.value(hours);
    provider.support24x7 = parser.isSet(allDay);
    provider.accountId = parser.value(account);
    provider.escalationContact = parser.value(escalation);
    const Result<QDate> start = dateOption(parser, contractStart);
    if (!start)
        return context.fail(start.error(), CliExit::usage);
    provider.contractStart = start.value();
    const Result<QDate> end = dateOption(parser, contractEnd);
    if (!end)
        return context.fail(end.error(), CliExit::usage);
    provider.contractEnd = end.value();
    for (const QString &value : parser.values(cert)) {
        const Result<Certification> certification = certificationOption(value);
        if (!certification)
            return context.fail(certification.error(), CliExit::usage);
        provider.certifications << certification.value();
    }
    if (const QString problem = provider.check(); !problem.isEmpty())
        return context.fail(problem);

    auto plan = Plan::open(parser.positionalArguments().at(1));
    if (!plan)
        return context.fail(plan.error());
    if (plan.value()->isReadOnly())
        return context.fail(plan.value()->readOnlyReason());
    const Result<qint64> id = plan.value()->addProvider(provider);
    if (!id)
        return context.fail(id.error());
    context.out() << id.value() << Qt::endl;
    return 0;
}

int providersCheck(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("ProviderCommands", "Print JSON."));
    parser.addOption(json);
    if (!context.parse(parser,
                       QCoreApplication::translate("ProviderCommands",
                                                   "Usage: storefort-cli providers check PLAN [--json]"),
                       2))
        return context.exitCode();
    auto plan = Plan::open(parser.positionalArguments().at(1), { .readOnly = true });
    if (!plan)
        return context.fail(plan.error());
    const QList<Finding> findings = ProviderFindings::compute(*plan.value(), today());

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Finding &f : findings) {
            const qint64 providerId = ProviderFindings::providerOf(f);
            QJsonObject object = FindingsOutput::json(f);
            object.insert(u"provider"_s,
                          providerId > 0 ? QJsonValue(providerId) : QJsonValue(QJsonValue::Null));
            array.append(object);
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
        return 0;
    }
    FindingsOutput::print(context.out(), findings, [&](const Finding &f) {
        const auto provider = plan.value()->provider(ProviderFindings::providerOf(f));
        return provider ? provider->name : QString();
    });
    return 0;
}

} // namespace

QJsonObject ProviderCommands::providerSummaryJson(const Plan &plan, const Provider &provider)
{
    return providerJson(provider, progressOf(plan, provider));
}

int ProviderCommands::run(CliContext &context)
{
    const QString verb = context.arguments().value(1);
    if (verb == u"list"_s)
        return providersList(context);
    if (verb == u"show"_s)
        return show(context);
    if (verb == u"add"_s)
        return providersAdd(context);
    if (verb == u"check"_s)
        return providersCheck(context);
    return context.fail(QCoreApplication::translate("ProviderCommands",
                                                    "usage: storefort-cli providers list|add|show|check ..."),
                        CliExit::usage);
}
