#include "QuestionBank.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("QuestionBank", text);
}

// Reads one question of the bank, or says in plain words what is wrong with it. `earlier` holds
// the questions before it, for the checks of its condition.
class QuestionReader
{
public:
    QuestionReader(const QJsonObject &object, const QList<Question> &earlier,
                   const QHash<QString, qsizetype> &index)
        : m_object(object)
        , m_earlier(earlier)
        , m_index(index)
    { }

    std::optional<Question> read(const QString &id)
    {
        m_question.id = id;
        return readFields() && readKinds() && readType() && readChoices() && readUnit() && readExpectation()
                && readCondition() && readTexts()
            ? std::optional<Question>(m_question)
            : std::nullopt;
    }

    const QString &error() const { return m_error; }

private:
    bool fail(const char *message)
    {
        m_error = tr(message).arg(m_question.id);
        return false;
    }
    bool fail(const char *message, const QString &detail)
    {
        m_error = tr(message).arg(m_question.id, detail);
        return false;
    }

    bool readFields()
    {
        static const QStringList known
            = { u"id"_s,       u"version"_s,  u"topic"_s,     u"kinds"_s, u"type"_s, u"choices"_s, u"unit"_s,
                u"expected"_s, u"severity"_s, u"condition"_s, u"text"_s,  u"why"_s,  u"good"_s };
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!known.contains(it.key()))
                return fail("Question “%1” has a field the bank does not know: “%2”.", it.key());
        }
        const QJsonValue version = m_object.value("version"_L1);
        if (!version.isUndefined()) {
            if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != version.toInt())
                return fail("Question “%1” has a version that is not a whole number of at least 1.");
            m_question.version = version.toInt();
        }
        static const QRegularExpression topicPattern(u"^[a-z]+$"_s);
        m_question.topic = m_object.value("topic"_L1).toString();
        if (!topicPattern.match(m_question.topic).hasMatch())
            return fail("Question “%1” has no topic, or one that is not a single lowercase word.");
        bool ok = false;
        m_question.severity = Severities::fromKey(m_object.value("severity"_L1).toString(), &ok);
        if (!ok)
            return fail("Question “%1” has no severity, or an unknown one (“%2”).",
                        m_object.value("severity"_L1).toString());
        return true;
    }

    bool readKinds()
    {
        const QJsonArray kinds = m_object.value("kinds"_L1).toArray();
        if (kinds.isEmpty())
            return fail("Question “%1” does not say which kinds of provider it is for.");
        for (const QJsonValue &value : kinds) {
            bool ok = false;
            const ProviderKind kind = ProviderKinds::fromKey(value.toString(), &ok);
            if (!ok)
                return fail("Question “%1” names an unknown kind of provider: “%2”.", value.toString());
            if (m_question.kinds.contains(kind))
                return fail("Question “%1” names the kind “%2” twice.", value.toString());
            m_question.kinds << kind;
        }
        return true;
    }

    bool readType()
    {
        const QString key = m_object.value("type"_L1).toString();
        const std::optional<Question::Type> type = Question::typeFromKey(key);
        if (!type)
            return fail("Question “%1” has no type, or an unknown one (“%2”).", key);
        m_question.type = *type;
        return true;
    }

    bool readChoices()
    {
        const bool wantsChoices
            = m_question.type == Question::Type::Choice || m_question.type == Question::Type::Choices;
        const QJsonValue value = m_object.value("choices"_L1);
        if (!wantsChoices) {
            if (!value.isUndefined())
                return fail("Question “%1” lists choices, but its type has none.");
            return true;
        }
        const QJsonArray choices = value.toArray();
        if (choices.isEmpty())
            return fail("Question “%1” is a choice but lists no choices.");
        static const QRegularExpression keyPattern(u"^[a-z0-9][a-z0-9-]*$"_s);
        for (const QJsonValue &entry : choices) {
            const QJsonObject object = entry.toObject();
            Question::Choice choice { object.value("key"_L1).toString(), object.value("text"_L1).toString() };
            if (!keyPattern.match(choice.key).hasMatch() || choice.key == "unknown"_L1
                || choice.key == "none"_L1)
                return fail("Question “%1” has a choice with a missing or unusable key (“%2”).", choice.key);
            if (choice.text.trimmed().isEmpty())
                return fail("Question “%1” has a choice without a text (“%2”).", choice.key);
            if (m_question.choices.cend()
                != std::find_if(m_question.choices.cbegin(), m_question.choices.cend(),
                                [&choice](const Question::Choice &c) { return c.key == choice.key; }))
                return fail("Question “%1” has the choice “%2” twice.", choice.key);
            m_question.choices << choice;
        }
        return true;
    }

    bool readUnit()
    {
        const QJsonValue value = m_object.value("unit"_L1);
        if (m_question.type != Question::Type::Number) {
            if (!value.isUndefined())
                return fail("Question “%1” has a unit, but only numbers have one.");
            return true;
        }
        m_question.unit = value.toString().trimmed();
        if (m_question.unit.isEmpty())
            return fail("Question “%1” asks for a number but does not give its unit.");
        return true;
    }

    // The keys an answer may use, for expectations and conditions.
    QStringList keysOf(const Question &question) const
    {
        if (question.type == Question::Type::YesNo)
            return { u"yes"_s, u"no"_s };
        QStringList keys;
        for (const Question::Choice &choice : question.choices)
            keys << choice.key;
        return keys;
    }

    bool readKeyList(const QJsonObject &object, QLatin1StringView name, QStringList *keys)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined())
            return true;
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return fail("Question “%1” expects an empty or broken list of answers (“%2”).", QString(name));
        const QStringList allowed = keysOf(m_question);
        for (const QJsonValue &entry : array) {
            if (!allowed.contains(entry.toString()))
                return fail("Question “%1” expects an answer it cannot be given: “%2”.", entry.toString());
            *keys << entry.toString();
        }
        return true;
    }

    bool readExpectation()
    {
        const QJsonValue value = m_object.value("expected"_L1);
        if (value.isUndefined())
            return true;
        if (!value.isObject())
            return fail("Question “%1” has an expectation that is not an object.");
        const QJsonObject object = value.toObject();
        QStringList allowed;
        switch (m_question.type) {
        case Question::Type::YesNo:
        case Question::Type::Choice:
            allowed = { u"anyOf"_s };
            break;
        case Question::Type::Choices:
            allowed = { u"anyOf"_s, u"noneOf"_s };
            break;
        case Question::Type::Number:
            allowed = { u"min"_s, u"max"_s };
            break;
        case Question::Type::Date:
            allowed = { u"withinDays"_s, u"inFuture"_s };
            break;
        case Question::Type::Text:
            break;
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!allowed.contains(it.key()))
                return fail("Question “%1” has an expectation that does not fit its type: “%2”.", it.key());
        }

        Question::Expectation &expected = m_question.expected;
        if (!readKeyList(object, "anyOf"_L1, &expected.anyOf)
            || !readKeyList(object, "noneOf"_L1, &expected.noneOf))
            return false;
        for (const QString &key : std::as_const(expected.anyOf)) {
            if (expected.noneOf.contains(key))
                return fail("Question “%1” both expects and rules out “%2”.", key);
        }
        for (const auto &[name, bound] :
             { std::pair { "min"_L1, &expected.min }, std::pair { "max"_L1, &expected.max } }) {
            const QJsonValue number = object.value(name);
            if (number.isUndefined())
                continue;
            if (!number.isDouble() || number.toDouble() < 0)
                return fail("Question “%1” has a bound that is not a number of zero or more (“%2”).",
                            QString(name));
            *bound = number.toDouble();
        }
        if (expected.min && expected.max && *expected.min > *expected.max)
            return fail("Question “%1” expects a number above its own maximum.");
        const QJsonValue within = object.value("withinDays"_L1);
        if (!within.isUndefined()) {
            if (!within.isDouble() || within.toDouble() < 1 || within.toDouble() != within.toInt())
                return fail("Question “%1” has a “withinDays” that is not a whole number of at least 1.");
            expected.withinDays = within.toInt();
        }
        const QJsonValue future = object.value("inFuture"_L1);
        if (!future.isUndefined()) {
            if (!future.isBool())
                return fail("Question “%1” has an “inFuture” that is neither true nor false.");
            expected.inFuture = future.toBool();
        }
        if (expected.withinDays && expected.inFuture)
            return fail("Question “%1” expects a date both in the past days and in the future.");
        if (expected.isEmpty())
            return fail("Question “%1” has an empty expectation; leave it out instead.");
        return true;
    }

    bool readCondition()
    {
        const QJsonValue value = m_object.value("condition"_L1);
        if (value.isUndefined())
            return true;
        const QJsonObject object = value.toObject();
        const QString dependsOnId = object.value("question"_L1).toString();
        const auto found = m_index.constFind(dependsOnId);
        if (found == m_index.constEnd())
            return fail("Question “%1” depends on “%2”, which is not an earlier question of the bank.",
                        dependsOnId);
        const Question &dependsOn = m_earlier.at(*found);
        if (dependsOn.type != Question::Type::YesNo && dependsOn.type != Question::Type::Choice
            && dependsOn.type != Question::Type::Choices)
            return fail("Question “%1” depends on “%2”, which has no choices to depend on.", dependsOnId);
        for (ProviderKind kind : std::as_const(m_question.kinds)) {
            if (!dependsOn.appliesTo(kind))
                return fail("Question “%1” depends on “%2”, which is not asked of every kind it is.",
                            dependsOnId);
        }
        Question::Condition condition { dependsOnId, {} };
        QStringList allowed = keysOf(dependsOn);
        allowed << u"unknown"_s;
        if (dependsOn.type == Question::Type::Choices)
            allowed << u"none"_s;
        const QJsonArray values = object.value("values"_L1).toArray();
        if (values.isEmpty())
            return fail("Question “%1” has a condition without values.");
        for (const QJsonValue &entry : values) {
            if (!allowed.contains(entry.toString()))
                return fail("Question “%1” depends on an answer “%2” that its question cannot be given.",
                            entry.toString());
            condition.values << entry.toString();
        }
        m_question.condition = condition;
        return true;
    }

    bool readTexts()
    {
        for (const auto &[name, text] :
             { std::pair { "text"_L1, &m_question.text }, std::pair { "why"_L1, &m_question.why },
               std::pair { "good"_L1, &m_question.good } }) {
            *text = m_object.value(name).toString().trimmed();
            if (text->isEmpty())
                return fail("Question “%1” has no “%2” text.", QString(name));
        }
        return true;
    }

    const QJsonObject &m_object;
    const QList<Question> &m_earlier;
    const QHash<QString, qsizetype> &m_index;
    Question m_question;
    QString m_error;
};

} // namespace

const QuestionBank &QuestionBank::builtIn()
{
    static const QuestionBank bank = [] {
        QFile file(u":/storefort/question-bank.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in question bank is missing from the program's resources.");
        Result<QuestionBank> loaded = fromJson(file.readAll());
        if (!loaded)
            qFatal("The built-in question bank is broken: %s", qPrintable(loaded.error()));
        return std::move(loaded).value();
    }();
    return bank;
}

Result<QuestionBank> QuestionBank::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error { tr("The question bank is not valid JSON: %1 (at character %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset) };
    const QJsonObject root = document.object();
    const QJsonValue version = root.value("version"_L1);
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != version.toInt())
        return Error { tr(
            "The question bank has no version, or one that is not a whole number of at least 1.") };
    const QJsonValue questions = root.value("questions"_L1);
    if (!questions.isArray() || questions.toArray().isEmpty())
        return Error { tr("The question bank holds no questions.") };

    static const QRegularExpression idPattern(u"^[a-z0-9]+(\\.[a-z0-9-]+)+$"_s);
    QuestionBank bank;
    bank.m_version = version.toInt();
    const QJsonArray array = questions.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QString id = object.value("id"_L1).toString();
        if (id.isEmpty())
            return Error { tr("Question number %1 of the bank has no id.").arg(i + 1) };
        if (!idPattern.match(id).hasMatch())
            return Error {
                tr("Question “%1” has an id that is not lowercase words joined by dots.").arg(id)
            };
        if (bank.m_index.contains(id))
            return Error { tr("Question “%1” is in the bank twice.").arg(id) };
        QuestionReader reader(object, bank.m_questions, bank.m_index);
        std::optional<Question> question = reader.read(id);
        if (!question)
            return Error { reader.error() };
        bank.m_index.insert(id, bank.m_questions.size());
        bank.m_questions.append(std::move(*question));
    }
    return bank;
}

const Question *QuestionBank::find(const QString &id) const
{
    const auto found = m_index.constFind(id);
    return found == m_index.constEnd() ? nullptr : &m_questions.at(*found);
}

QList<const Question *> QuestionBank::forKind(ProviderKind kind) const
{
    QList<const Question *> result;
    for (const Question &question : m_questions) {
        if (question.appliesTo(kind))
            result << &question;
    }
    return result;
}

bool QuestionBank::conditionHolds(const Question &question, const QHash<QString, QString> &answers)
{
    if (!question.condition)
        return true;
    const QStringList given = answers.value(question.condition->questionId).split(u';', Qt::SkipEmptyParts);
    return std::any_of(given.cbegin(), given.cend(), [&question](const QString &value) {
        return question.condition->values.contains(value.trimmed());
    });
}

QList<const Question *> QuestionBank::applicable(ProviderKind kind,
                                                 const QHash<QString, QString> &answers) const
{
    // A question whose own question does not apply does not apply either, whatever is on file
    // for the one it depends on. Conditions only point back, so one pass in bank order suffices.
    QSet<QString> applying;
    QList<const Question *> result;
    for (const Question &question : m_questions) {
        if (!question.appliesTo(kind))
            continue;
        if (question.condition
            && (!applying.contains(question.condition->questionId) || !conditionHolds(question, answers)))
            continue;
        applying.insert(question.id);
        result << &question;
    }
    return result;
}
