#include "QuestionnaireCommands.h"

#include "CliContext.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "providers/QuestionBank.h"
#include "providers/QuestionnaireCsv.h"
#include "providers/QuestionnaireImport.h"
#include "providers/QuestionnaireLetter.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QDate today()
{
    return Clock::now().toLocalTime().date();
}

Result<qint64> providerOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool isNumber = false;
    const qint64 id = parser.value(option).toLongLong(&isNumber);
    if (!parser.isSet(option) || !isNumber || id <= 0)
        return Error { QCoreApplication::translate(
            "QuestionnaireCommands",
            "give the provider's id with --provider ID (see: storefort-cli providers list).") };
    return id;
}

int questionnaireExport(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption providerId(
        u"provider"_s, QCoreApplication::translate("QuestionnaireCommands", "The provider's id."), u"ID"_s);
    const QCommandLineOption format(
        u"format"_s,
        QCoreApplication::translate("QuestionnaireCommands",
                                    "text (the email), pdf (the letter) or csv (the fill-in file)."),
        u"FORMAT"_s);
    const QCommandLineOption output(
        { u"o"_s, u"output"_s }, QCoreApplication::translate("QuestionnaireCommands", "The file to write."),
        u"FILE"_s);
    const QCommandLineOption outstanding(
        u"outstanding"_s,
        QCoreApplication::translate("QuestionnaireCommands",
                                    "Only the questions not answered yet or due to be asked again."));
    parser.addOptions({ providerId, format, output, outstanding });
    const QString usage = QCoreApplication::translate(
        "QuestionnaireCommands",
        "Usage: storefort-cli questionnaire export PLAN --provider ID --format text|pdf|csv -o FILE "
        "[--outstanding]");
    if (!context.parse(parser, usage, 2))
        return context.exitCode();
    const Result<qint64> id = providerOption(parser, providerId);
    if (!id)
        return context.fail(id.error(), CliExit::usage);
    const QString kind = parser.value(format);
    if (kind != u"text"_s && kind != u"pdf"_s && kind != u"csv"_s)
        return context.fail(QCoreApplication::translate("QuestionnaireCommands",
                                                        "give the format with --format text, pdf or csv."),
                            CliExit::usage);
    const QString path = parser.value(output);
    if (path.isEmpty())
        return context.fail(
            QCoreApplication::translate("QuestionnaireCommands", "give the file to write with -o FILE."),
            CliExit::usage);

    auto plan = Plan::open(parser.positionalArguments().at(1), { .readOnly = true });
    if (!plan)
        return context.fail(plan.error());
    const std::optional<Provider> provider = plan.value()->provider(id.value());
    if (!provider)
        return context.fail(
            QCoreApplication::translate("QuestionnaireCommands", "the plan has no provider %1.")
                .arg(id.value()));
    const Questionnaire questionnaire = Questionnaire::build(
        *plan.value(), id.value(),
        parser.isSet(outstanding) ? Questionnaire::Selection::Outstanding : Questionnaire::Selection::All,
        today());
    if (questionnaire.isEmpty()) {
        context.out() << QCoreApplication::translate("QuestionnaireCommands",
                                                     "Nothing to ask %1: every answer on file is up to date.")
                             .arg(provider->name)
                      << Qt::endl;
        return 0;
    }

    Status written;
    if (kind == u"pdf"_s) {
        written = QuestionnaireLetter::writePdf(questionnaire, path);
    } else if (kind == u"csv"_s) {
        written = context.writeFile(path, QuestionnaireCsv::fillInFile(questionnaire));
    } else {
        const QuestionnaireLetter::Email email = QuestionnaireLetter::email(questionnaire);
        const QString text
            = QCoreApplication::translate("QuestionnaireCommands", "Subject: %1").arg(email.subject)
            + u"\n\n"_s + email.body + u'\n';
        written = context.writeFile(path, text.toUtf8());
    }
    if (!written)
        return context.fail(written.error());
    context.out() << QCoreApplication::translate("QuestionnaireCommands", "Wrote %n question(s) for %1 to %2",
                                                 nullptr, int(questionnaire.items().size()))
                         .arg(provider->name, path)
                  << Qt::endl;
    return 0;
}

QString lineOf(const QString &file, int line)
{
    return line > 0 ? file + u':' + QString::number(line) : file;
}

int questionnaireImport(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption providerId(
        u"provider"_s, QCoreApplication::translate("QuestionnaireCommands", "The provider's id."), u"ID"_s);
    const QCommandLineOption dryRun(
        u"dry-run"_s,
        QCoreApplication::translate("QuestionnaireCommands",
                                    "Check the file and show what would be recorded; change nothing."));
    const QCommandLineOption takeValid(
        u"take-valid"_s,
        QCoreApplication::translate("QuestionnaireCommands",
                                    "Record the valid answers even when other rows have errors."));
    parser.addOptions({ providerId, dryRun, takeValid });
    const QString usage = QCoreApplication::translate(
        "QuestionnaireCommands",
        "Usage: storefort-cli questionnaire import PLAN --provider ID FILE [--dry-run] [--take-valid]");
    if (!context.parse(parser, usage, 3))
        return context.exitCode();
    const Result<qint64> id = providerOption(parser, providerId);
    if (!id)
        return context.fail(id.error(), CliExit::usage);
    const QString planPath = parser.positionalArguments().at(1);
    const QString filePath = parser.positionalArguments().at(2);

    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(QCoreApplication::translate("QuestionnaireCommands", "could not read %1: %2")
                                .arg(filePath, file.errorString()));
    if (file.size() > QuestionnaireImport::maxFileSize)
        return context.fail(QCoreApplication::translate("QuestionnaireCommands",
                                                        "%1 is %2, too big to be a returned fill-in file.")
                                .arg(filePath, QLocale().formattedDataSize(file.size())));
    const QByteArray bytes = file.read(QuestionnaireImport::maxFileSize + 1);

    const bool dry = parser.isSet(dryRun);
    auto plan = Plan::open(planPath, { .readOnly = dry });
    if (!plan)
        return context.fail(plan.error());
    if (!dry && plan.value()->isReadOnly())
        return context.fail(plan.value()->readOnlyReason());
    const std::optional<Provider> provider = plan.value()->provider(id.value());
    if (!provider)
        return context.fail(
            QCoreApplication::translate("QuestionnaireCommands", "the plan has no provider %1.")
                .arg(id.value()));

    const QuestionnaireImport read
        = QuestionnaireImport::parse(bytes, *provider, plan.value()->answersOf(provider->id), today());
    QTextStream &out = context.out();
    QTextStream &err = context.err();
    for (const CsvError &error : read.errors())
        err << lineOf(filePath, error.line) << ": " << error.message << '\n';
    err.flush();
    if (read.isUnreadable())
        return context.fail(QCoreApplication::translate("QuestionnaireCommands", "nothing was recorded."));

    QList<Answer> toRecord;
    for (const QuestionnaireImport::Row &row : read.rows()) {
        const Question *question = QuestionBank::builtIn().find(row.answer.questionId);
        const QString shown = question ? question->displayAnswer(row.answer.value) : row.answer.value;
        QString change;
        if (!row.previous)
            change = QCoreApplication::translate("QuestionnaireCommands", "new");
        else if (!row.changes())
            change = QCoreApplication::translate("QuestionnaireCommands", "unchanged");
        else
            change = QCoreApplication::translate("QuestionnaireCommands", "was: %1")
                         .arg(question ? question->displayAnswer(row.previous->value) : row.previous->value);
        out << "  " << row.answer.questionId << ": " << shown << "  (" << change << ")\n";
        if (row.changes())
            toRecord << row.answer;
    }
    out << QCoreApplication::translate("QuestionnaireCommands", "%n row(s) read", nullptr, read.rowsRead())
        << ", "
        << QCoreApplication::translate("QuestionnaireCommands", "%n valid answer(s)", nullptr,
                                       int(read.rows().size()))
        << ", "
        << QCoreApplication::translate("QuestionnaireCommands", "%n left blank", nullptr, read.rowsBlank())
        << ", "
        << QCoreApplication::translate("QuestionnaireCommands", "%n problem(s)", nullptr,
                                       int(read.errors().size()))
        << '\n';
    out.flush();

    if (!read.isClean() && !parser.isSet(takeValid)) {
        return context.fail(
            QCoreApplication::translate("QuestionnaireCommands",
                                        "nothing was recorded: fix the problems and import again, or use "
                                        "--take-valid to record only the valid answers."));
    }
    if (dry) {
        out << QCoreApplication::translate(
                   "QuestionnaireCommands",
                   "Dry run: would record %n answer(s) for %1; the plan is unchanged.", nullptr,
                   int(toRecord.size()))
                   .arg(provider->name)
            << Qt::endl;
        return 0;
    }
    if (toRecord.isEmpty()) {
        out << QCoreApplication::translate("QuestionnaireCommands", "Nothing new to record for %1.")
                   .arg(provider->name)
            << Qt::endl;
        return 0;
    }
    if (const Status recorded = plan.value()->setAnswers(toRecord); !recorded)
        return context.fail(recorded.error());
    out << QCoreApplication::translate("QuestionnaireCommands", "Recorded %n answer(s) for %1.", nullptr,
                                       int(toRecord.size()))
               .arg(provider->name)
        << Qt::endl;
    return 0;
}

} // namespace

int QuestionnaireCommands::run(CliContext &context)
{
    const QString verb = context.arguments().value(1);
    if (verb == u"export"_s)
        return questionnaireExport(context);
    if (verb == u"import"_s)
        return questionnaireImport(context);
    return context.fail(QCoreApplication::translate("QuestionnaireCommands",
                                                    "usage: storefort-cli questionnaire export|import ..."),
                        CliExit::usage);
}
