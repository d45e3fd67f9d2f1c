#include "AccountReviewCommands.h"

#include "CliContext.h"
#include "FindingsOutput.h"
#include "accounts/AccountFindings.h"
#include "accounts/ConfirmationLetterText.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

int AccountReviewCommands::check(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("AccountCommands", "Print JSON."));
    parser.addOption(json);
    if (!context.parse(parser,
                       QCoreApplication::translate("AccountCommands",
                                                   "Usage: storefort-cli accounts check PLAN [--json]"),
                       2))
        return context.exitCode();
    auto plan = Plan::open(parser.positionalArguments().at(1), { .readOnly = true });
    if (!plan)
        return context.fail(plan.error());
    const QList<Finding> findings = AccountFindings::compute(*plan.value(), Clock::now());

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Finding &f : findings)
            array.append(FindingsOutput::json(f));
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
        return 0;
    }
    FindingsOutput::print(context.out(), findings, {}, true);
    return 0;
}

int AccountReviewCommands::letter(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption personOption(
        u"person"_s,
        QCoreApplication::translate("AccountCommands", "The developer or agency (team member id)."), u"ID"_s);
    const QCommandLineOption output(
        { u"o"_s, u"output"_s }, QCoreApplication::translate("AccountCommands", "Where to write the letter."),
        u"FILE"_s);
    const QCommandLineOption format(
        u"format"_s,
        QCoreApplication::translate("AccountCommands", "text or pdf (default: from the file's extension)."),
        u"FORMAT"_s);
    const QCommandLineOption noRecord(
        u"no-record"_s,
        QCoreApplication::translate("AccountCommands", "Do not record the letter as written in the plan."));
    parser.addOptions({ personOption, output, format, noRecord });
    const QString usage = QCoreApplication::translate(
        "AccountCommands",
        "Usage: storefort-cli accounts letter PLAN --person ID -o FILE [--format text|pdf] "
        "[--no-record]");
    if (!context.parse(parser, usage, 2))
        return context.exitCode();
    if (!parser.isSet(personOption) || !parser.isSet(output))
        return context.fail(usage, CliExit::usage);
    bool ok = false;
    const qint64 personId = parser.value(personOption).toLongLong(&ok);
    if (!ok)
        return context.fail(usage, CliExit::usage);
    const QString path = parser.value(output);
    QString kind = parser.value(format);
    if (kind.isEmpty())
        kind = QFileInfo(path).suffix().compare(u"pdf"_s, Qt::CaseInsensitive) == 0 ? u"pdf"_s : u"text"_s;
    if (kind != u"pdf"_s && kind != u"text"_s)
        return context.fail(usage, CliExit::usage);

    auto opened = Plan::open(parser.positionalArguments().at(1), { .readOnly = parser.isSet(noRecord) });
    if (!opened)
        return context.fail(opened.error());
    Plan &plan = *opened.value();
    const std::optional<Person> person = plan.person(personId);
    if (!person)
        return context.fail(
            QCoreApplication::translate("AccountCommands", "There is no team member with the id %1.")
                .arg(personId));
    ConfirmationLetter letter;
    letter.personId = personId;
    letter.writtenOn = Clock::now().toLocalTime().date();
    letter.accountIds = ConfirmationLetterText::accountsToAsk(plan, personId);
    if (letter.accountIds.isEmpty())
        return context.fail(
            QCoreApplication::translate("AccountCommands",
                                        "%1 holds no active account in the plan: there is nothing "
                                        "to confirm.")
                .arg(person->name));

    if (kind == u"pdf"_s) {
        if (Status written = ConfirmationLetterText::writePdf(plan, letter, path); !written)
            return context.fail(written.error());
    } else {
        const QByteArray text = (ConfirmationLetterText::subject(plan, letter) % u"\n\n"_s
                                 % ConfirmationLetterText::plainText(plan, letter) % u'\n')
                                    .toUtf8();
        if (Status written = context.writeFile(path, text); !written)
            return context.fail(written.error());
    }
    if (!parser.isSet(noRecord)) {
        auto recorded = plan.addConfirmationLetter(letter);
        if (!recorded)
            return context.fail(recorded.error());
        context.out() << QCoreApplication::translate(
                             "AccountCommands",
                             "Wrote the letter to %1 about %n account(s); recorded as "
                             "letter %2.",
                             nullptr, int(letter.accountIds.size()))
                             .arg(path)
                             .arg(recorded.value())
                      << Qt::endl;
    } else {
        context.out() << QCoreApplication::translate("AccountCommands",
                                                     "Wrote the letter to %1 about %n account(s).", nullptr,
                                                     int(letter.accountIds.size()))
                             .arg(path)
                      << Qt::endl;
    }
    return 0;
}
