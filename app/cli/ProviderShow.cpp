// `providers show`: one provider with every question that applies, the answer on file, how it
// measures up, who gave it and when, and the evidence kept with it.
#include "CliContext.h"
#include "ProviderCommands.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "providers/QuestionBank.h"
#include "providers/Questionnaire.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString verdictKey(Question::Verdict verdict)
{
    switch (verdict) {
    case Question::Verdict::Meets:
        return u"meets"_s;
    case Question::Verdict::FallsShort:
        return u"falls-short"_s;
    case Question::Verdict::Unknown:
        return u"unknown"_s;
    case Question::Verdict::NotJudged:
        break;
    }
    return u"not-judged"_s;
}

QString verdictName(Question::Verdict verdict)
{
    switch (verdict) {
    case Question::Verdict::Meets:
        return QCoreApplication::translate("ProviderShow", "meets what good looks like");
    case Question::Verdict::FallsShort:
        return QCoreApplication::translate("ProviderShow", "falls short");
    case Question::Verdict::Unknown:
        return QCoreApplication::translate("ProviderShow", "they could not say");
    case Question::Verdict::NotJudged:
        break;
    }
    return QCoreApplication::translate("ProviderShow", "for the record");
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject answerJson(const Question &q, const std::optional<Answer> &a, Questionnaire::State state,
                       const QDate &today)
{
    QJsonObject object { { u"question"_s, q.id },
                         { u"text"_s, q.translatedText() },
                         { u"type"_s, Question::typeKey(q.type) },
                         { u"severity"_s, Severities::key(q.severity) } };
    if (!a) {
        object.insert(u"value"_s, QJsonValue::Null);
        object.insert(u"due"_s, true);
        return object;
    }
    QJsonArray evidence;
    for (const Attachment &file : a->attachments)
        evidence.append(QJsonObject { { u"name"_s, file.fileName },
                                      { u"size"_s, file.size },
                                      { u"sha256"_s, file.sha256 },
                                      { u"addedAt"_s, file.addedAt.toString(Qt::ISODate) } });
    object.insert(u"value"_s, a->value);
    object.insert(u"display"_s, q.displayAnswer(a->value));
    object.insert(u"verdict"_s, verdictKey(q.judge(a->value, today)));
    object.insert(u"answeredBy"_s, a->answeredBy);
    object.insert(u"givenOn"_s, dateOrNull(a->givenOn));
    object.insert(u"enteredAt"_s, a->enteredAt.toString(Qt::ISODate));
    object.insert(u"questionVersion"_s, a->questionVersion);
    object.insert(u"due"_s, state != Questionnaire::State::Current);
    object.insert(u"notes"_s, a->notes);
    object.insert(u"evidence"_s, evidence);
    return object;
}

} // namespace

int ProviderCommands::show(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("ProviderShow", "Print JSON."));
    const QCommandLineOption providerOption(
        u"provider"_s, QCoreApplication::translate("ProviderShow", "The provider's id."), u"ID"_s);
    parser.addOptions({ json, providerOption });
    if (!context.parse(parser,
                       QCoreApplication::translate(
                           "ProviderShow", "Usage: storefort-cli providers show PLAN --provider ID [--json]"),
                       2))
        return context.exitCode();
    bool idOk = false;
    const qint64 id = parser.value(providerOption).toLongLong(&idOk);
    if (!idOk)
        return context.fail(QCoreApplication::translate("ProviderShow",
                                                        "Say which provider with --provider ID "
                                                        "(the ids are in \"providers list\")."),
                            CliExit::usage);
    auto plan = Plan::open(parser.positionalArguments().at(1), { .readOnly = true });
    if (!plan)
        return context.fail(plan.error());
    const std::optional<Provider> provider = plan.value()->provider(id);
    if (!provider)
        return context.fail(
            QCoreApplication::translate("ProviderShow", "the plan has no provider %1.").arg(id));

    const QDate today = Clock::now().toLocalTime().date();
    const QList<Answer> onFile = plan.value()->answersOf(id);
    QHash<QString, QString> values;
    for (const Answer &a : onFile)
        values.insert(a.questionId, a.value);
    const int maxAge = plan.value()->answerMaxAgeMonths();

    if (parser.isSet(json)) {
        QJsonArray answers;
        for (const Question *q : QuestionBank::builtIn().applicable(provider->kind, values)) {
            const std::optional<Answer> a = plan.value()->answer(id, q->id);
            answers.append(answerJson(*q, a, Questionnaire::stateOf(*q, a, maxAge, today), today));
        }
        QJsonObject object = ProviderCommands::providerSummaryJson(*plan.value(), *provider);
        object.insert(u"answers"_s, answers);
        context.out() << QJsonDocument(object).toJson(QJsonDocument::Indented) << Qt::flush;
        return 0;
    }

    QTextStream &out = context.out();
    const QLocale locale;
    const Questionnaire::Progress progress = Questionnaire::progress(*provider, onFile, maxAge, today);
    out << provider->name << " · " << ProviderKinds::name(provider->kind) << '\n';
    out << QCoreApplication::translate("ProviderShow", "%1 of %2 questions answered, %3 to ask")
               .arg(progress.answered)
               .arg(progress.applicable)
               .arg(progress.outstanding)
        << "\n\n";
    for (const Question *q : QuestionBank::builtIn().applicable(provider->kind, values)) {
        const std::optional<Answer> a = plan.value()->answer(id, q->id);
        out << "  " << q->id << "  " << q->translatedText() << '\n';
        if (!a) {
            out << "      " << QCoreApplication::translate("ProviderShow", "Not answered") << '\n';
            continue;
        }
        QString line = q->displayAnswer(a->value) + u" — "_s + verdictName(q->judge(a->value, today));
        if (Questionnaire::stateOf(*q, a, maxAge, today) != Questionnaire::State::Current)
            line += u" · "_s + QCoreApplication::translate("ProviderShow", "due to be asked again");
        out << "      " << line << '\n';
        out << "      "
            << QCoreApplication::translate("ProviderShow", "Given by %1 on %2 · entered %3")
                   .arg(a->answeredBy, locale.toString(a->givenOn, QLocale::ShortFormat),
                        locale.toString(a->enteredAt.toLocalTime().date(), QLocale::ShortFormat))
            << '\n';
        if (!a->notes.isEmpty())
            out << "      " << QCoreApplication::translate("ProviderShow", "Notes: %1").arg(a->notes) << '\n';
        for (const Attachment &file : a->attachments)
            out << "      "
                << QCoreApplication::translate("ProviderShow", "Evidence: %1 (%2, SHA-256 %3)")
                       .arg(file.fileName, locale.formattedDataSize(file.size), file.sha256)
                << '\n';
    }
    out.flush();
    return 0;
}
