#include "ContingencyCommands.h"

#include "CliContext.h"
#include "PdfCommand.h"
#include "common/Clock.h"
#include "contingency/RecoveryVerifier.h"
#include "plan/Plan.h"
#include "report/ContingencyBinder.h"
#include "report/IcsCalendar.h"
#include "report/PlanCalendar.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// `verify` when a check failed: scripts (cron, CI) tell a failed check from an error.
constexpr int checkFailedExit = 3;

// The locale whose paper is the one asked for, keeping the owner's language where that language
// has such a country: the binder takes its paper size from the locale.
QLocale localeForPaper(const QLocale &locale, bool letter)
{
    const auto isLetter
        = [](const QLocale &l) { return PagedDocument::pageSizeFor(l).id() == QPageSize::Letter; };
    if (isLetter(locale) == letter)
        return locale;
    const QList<QLocale> candidates = letter
        ? QList<QLocale> { QLocale(locale.language(), QLocale::UnitedStates),
                           QLocale(QLocale::English, QLocale::UnitedStates) }
        : QList<QLocale> { QLocale(locale.language()), QLocale(locale.language(), QLocale::UnitedKingdom),
                           QLocale(QLocale::English, QLocale::UnitedKingdom) };
    for (const QLocale &candidate : candidates) {
        if (isLetter(candidate) == letter)
            return candidate;
    }
    return candidates.constLast();
}

QJsonObject verificationJson(const RecoveryItem &item, const Verification &v)
{
    QJsonArray checks;
    for (const VerificationCheck &check : v.checks)
        checks.append(QJsonObject { { u"code"_s, check.code },
                                    { u"outcome"_s, CheckOutcomes::key(check.outcome) },
                                    { u"text"_s, check.text } });
    return QJsonObject {
        { u"id"_s, item.id },
        { u"builtIn"_s, item.builtIn },
        { u"kind"_s, RecoveryKinds::key(item.kind) },
        { u"title"_s, item.displayTitle() },
        { u"outcome"_s, CheckOutcomes::key(v.outcome()) },
        { u"checks"_s, checks },
        { u"at"_s, v.at.toUTC().toString(Qt::ISODate) },
    };
}

} // namespace

int ContingencyCommands::binder(CliContext &context)
{
    const QString usage = QCoreApplication::translate(
        "ContingencyCommands", "Usage: storefort-cli binder PLAN -o FILE.pdf [--paper a4|letter]");
    return PdfCommand::run(context, usage, [](const Plan &plan, std::optional<QPageSize::PageSizeId> paper) {
        ContingencyBinder::Options options;
        options.now = Clock::now();
        options.locale = paper ? localeForPaper(QLocale(), *paper == QPageSize::Letter) : QLocale();
        return ContingencyBinder::build(plan, options);
    });
}

int ContingencyCommands::verify(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s,
                                  QCoreApplication::translate("ContingencyCommands", "Print JSON."));
    const QCommandLineOption itemOption(
        u"item"_s, QCoreApplication::translate("ContingencyCommands", "Verify only this recovery item."),
        u"ID"_s);
    parser.addOptions({ json, itemOption });
    const QString usage = QCoreApplication::translate(
        "ContingencyCommands", "Usage: storefort-cli verify PLAN [--json] [--item ID]");
    if (!context.parse(parser, usage, 1))
        return context.exitCode();
    qint64 onlyItem = 0;
    if (parser.isSet(itemOption)) {
        bool ok = false;
        onlyItem = parser.value(itemOption).toLongLong(&ok);
        if (!ok || onlyItem <= 0)
            return context.fail(usage, CliExit::usage);
    }

    auto opened = Plan::open(parser.positionalArguments().at(0));
    if (!opened)
        return context.fail(opened.error());
    Plan &plan = *opened.value();
    // Each verification is recorded in the plan: a plan that cannot be changed is refused first.
    if (plan.isReadOnly())
        return context.fail(
            QCoreApplication::translate("ContingencyCommands",
                                        "Nothing was verified, because the results could not be recorded: %1")
                .arg(plan.readOnlyReason()));

    QList<qint64> ids;
    if (onlyItem != 0) {
        const std::optional<RecoveryItem> item = plan.recoveryItem(onlyItem);
        if (!item)
            return context.fail(QCoreApplication::translate("ContingencyCommands",
                                                            "There is no recovery item with the id %1.")
                                    .arg(onlyItem));
        if (!RecoveryKinds::hasVerifier(item->kind))
            return context.fail(
                QCoreApplication::translate("ContingencyCommands",
                                            "Storefort cannot check “%1” by itself: look at it "
                                            "and confirm it by hand in the app.")
                    .arg(item->displayTitle()));
        ids.append(onlyItem);
    } else {
        for (const RecoveryItem &item : plan.recoveryItems()) {
            if (RecoveryKinds::hasVerifier(item.kind))
                ids.append(item.id);
        }
    }

    // The keychain is asked only when an item keeps a secret there; the secret itself stays inside
    // the verifier.
    std::unique_ptr<SecretStore> secrets;
    for (qint64 id : std::as_const(ids)) {
        const std::optional<RecoveryItem> item = plan.recoveryItem(id);
        if (item && RecoveryKinds::hasSecret(item->kind) && !item->secretRef.isEmpty()) {
            secrets = std::make_unique<KeychainSecretStore>();
            break;
        }
    }

    QSet<qint64> verified;
    QList<std::pair<qint64, QString>> errors;
    {
        RecoveryVerifier verifier(&plan, secrets.get());
        QEventLoop loop;
        QObject::connect(&verifier, &RecoveryVerifier::itemVerified, &loop,
                         [&verified](qint64 id) { verified.insert(id); });
        QObject::connect(&verifier, &RecoveryVerifier::itemFailed, &loop,
                         [&errors](qint64 id, const QString &message) {
                             errors.append({ id, message });
                         });
        QObject::connect(&verifier, &RecoveryVerifier::finished, &loop, &QEventLoop::quit);
        if (!ids.isEmpty()) {
            verifier.verify(ids);
            loop.exec();
        }
    }

    bool anyFailed = false;
    QJsonArray array;
    for (qint64 id : std::as_const(ids)) {
        const std::optional<RecoveryItem> item = plan.recoveryItem(id);
        if (!item || !verified.contains(id) || !item->lastVerification)
            continue;
        const Verification &v = *item->lastVerification;
        if (v.outcome() == CheckOutcome::Failed)
            anyFailed = true;
        if (parser.isSet(json)) {
            array.append(verificationJson(*item, v));
            continue;
        }
        context.out() << QCoreApplication::translate("ContingencyCommands", "%1: %2")
                             .arg(item->displayTitle(), CheckOutcomes::name(v.outcome()))
                      << u'\n';
        for (const VerificationCheck &check : v.checks)
            context.out() << u"  "_s << CheckOutcomes::name(check.outcome) << u": "_s
                          << QString(check.text).replace(u'\n', u"\n    "_s) << u'\n';
    }
    if (parser.isSet(json))
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    else if (ids.isEmpty())
        context.out() << QCoreApplication::translate("ContingencyCommands",
                                                     "The plan has no recovery item Storefort can check.")
                      << u'\n';
    context.out() << Qt::flush;

    for (const auto &[id, message] : std::as_const(errors)) {
        const std::optional<RecoveryItem> item = plan.recoveryItem(id);
        context.fail(QCoreApplication::translate("ContingencyCommands", "“%1” was not recorded: %2")
                         .arg(item ? item->displayTitle() : QString::number(id), message));
    }
    if (!errors.isEmpty())
        return 1;
    return anyFailed ? checkFailedExit : 0;
}

int ContingencyCommands::calendar(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption output(
        { u"o"_s, u"output"_s },
        QCoreApplication::translate("ContingencyCommands", "Where to write the calendar (.ics)."), u"FILE"_s);
    parser.addOption(output);
    const QString usage = QCoreApplication::translate("ContingencyCommands",
                                                      "Usage: storefort-cli calendar PLAN -o FILE.ics");
    if (!context.parse(parser, usage, 1))
        return context.exitCode();
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return context.fail(usage, CliExit::usage);

    auto opened = Plan::open(parser.positionalArguments().at(0), { .readOnly = true });
    if (!opened)
        return context.fail(opened.error());
    const Plan &plan = *opened.value();
    const QDateTime now = Clock::now();
    const QList<CalendarEvent> events = PlanCalendar::events(plan, now);
    const QString path = parser.value(output);
    const Status written = IcsCalendar::write(
        path, events, now,
        QCoreApplication::translate("ContingencyCommands", "%1: security reminders").arg(plan.shop().name));
    if (!written)
        return context.fail(written.error());
    context.out() << QCoreApplication::translate("ContingencyCommands", "Wrote %1 (%n reminder(s)).", nullptr,
                                                 int(events.size()))
                         .arg(path)
                  << Qt::endl;
    return 0;
}
