// The question bank: the built-in bank loads and covers what the plan needs, every conditional
// question can be reached, and broken banks are refused with a message naming the question.
// (Answers of each type: tst_questionanswers.)
#include "QuestionFixture.h"
#include "common/Translations.h"
#include "providers/QuestionBank.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDate today(2024, 6, 15);

QJsonObject object(std::initializer_list<std::pair<QString, QJsonValue>> members)
{
    QJsonObject result;
    for (const auto &[key, value] : members)
        result.insert(key, value);
    return result;
}

// A small valid bank: a yes/no, a choice, and a number that depends on the yes/no.
QJsonArray baseQuestions()
{
    const auto texts = [](QJsonObject question) {
        question.insert(u"text"_s, u"Question?"_s);
        question.insert(u"why"_s, u"Why it matters."_s);
        question.insert(u"good"_s, u"What good looks like."_s);
        return question;
    };
    return {
        texts(object({ { u"id"_s, u"t.yes"_s },
                       { u"topic"_s, u"access"_s },
                       { u"kinds"_s, QJsonArray { u"host"_s, u"cdn"_s } },
                       { u"type"_s, u"yesno"_s },
                       { u"severity"_s, u"high"_s },
                       { u"expected"_s, object({ { u"anyOf"_s, QJsonArray { u"yes"_s } } }) } })),
        texts(object({ { u"id"_s, u"t.choice"_s },
                       { u"topic"_s, u"ddos"_s },
                       { u"kinds"_s, QJsonArray { u"host"_s } },
                       { u"type"_s, u"choice"_s },
                       { u"severity"_s, u"low"_s },
                       { u"choices"_s,
                         QJsonArray { object({ { u"key"_s, u"a"_s }, { u"text"_s, u"A"_s } }),
                                      object({ { u"key"_s, u"b"_s }, { u"text"_s, u"B"_s } }) } } })),
        texts(object(
            { { u"id"_s, u"t.number"_s },
              { u"topic"_s, u"patching"_s },
              { u"kinds"_s, QJsonArray { u"host"_s } },
              { u"type"_s, u"number"_s },
              { u"unit"_s, u"days"_s },
              { u"severity"_s, u"medium"_s },
              { u"expected"_s, object({ { u"max"_s, 14 } }) },
              { u"condition"_s,
                object({ { u"question"_s, u"t.yes"_s }, { u"values"_s, QJsonArray { u"yes"_s } } }) } })),
    };
}

QByteArray bankJson(const QJsonArray &questions)
{
    return QJsonDocument(object({ { u"version"_s, 1 }, { u"questions"_s, questions } })).toJson();
}

// Sets `key` of question `index` to `value`, or removes it when `value` is undefined.
QJsonArray changed(QJsonArray questions, qsizetype index, const QString &key, const QJsonValue &value)
{
    QJsonObject question = questions.at(index).toObject();
    if (value.isUndefined())
        question.remove(key);
    else
        question.insert(key, value);
    questions.replace(index, question);
    return questions;
}

// Answers under which `question` applies: its condition's question answered with the condition's
// first value, and so on back.
QHash<QString, QString> answersReaching(const QuestionBank &bank, const Question &question)
{
    QHash<QString, QString> answers;
    const Question *current = &question;
    while (current && current->condition) {
        answers.insert(current->condition->questionId, current->condition->values.constFirst());
        current = bank.find(current->condition->questionId);
    }
    return answers;
}

} // namespace

class TestQuestionBank : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // English plural forms ("1 day", "2 days") come from the English catalogue, as in the app.
        QCOMPARE(Translations::install(*QCoreApplication::instance(), u"en"_s), u"en"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void builtInLoads()
    {
        const QuestionBank &bank = QuestionBank::builtIn();
        QVERIFY(bank.version() >= 1);
        QVERIFY2(bank.questions().size() >= 40, qPrintable(QString::number(bank.questions().size())));
    }

    void idsAreUniqueAndWellFormed()
    {
        static const QRegularExpression pattern(u"^[a-z0-9]+(\\.[a-z0-9-]+)+$"_s);
        QSet<QString> seen;
        for (const Question &question : QuestionBank::builtIn().questions()) {
            QVERIFY2(pattern.match(question.id).hasMatch(), qPrintable(question.id));
            QVERIFY2(!seen.contains(question.id), qPrintable(question.id));
            seen.insert(question.id);
            QCOMPARE(QuestionBank::builtIn().find(question.id), &question);
        }
        QCOMPARE(QuestionBank::builtIn().find(u"no.such-question"_s), nullptr);
    }

    void textsArePlain()
    {
        for (const Question &question : QuestionBank::builtIn().questions()) {
            for (const QString &text : { question.text, question.why, question.good }) {
                QVERIFY2(!text.isEmpty(), qPrintable(question.id));
                // Letters pass these through arg(); and the sources must stay free of placeholders.
                QVERIFY2(!text.contains(u'%'), qPrintable(question.id));
            }
            for (const Question::Choice &choice : question.choices)
                QVERIFY2(!choice.text.contains(u'%'), qPrintable(question.id));
            QCOMPARE(question.translatedText(), question.text); // no translator installed
        }
    }

    void requiredQuestions_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<Question::Type>("type");
        QTest::newRow("host.tls.versions") << u"host.tls.versions"_s << Question::Type::Choices;
        QTest::newRow("host.hsts") << u"host.hsts"_s << Question::Type::YesNo;
        QTest::newRow("host.cdn.fronted") << u"host.cdn.fronted"_s << Question::Type::YesNo;
        QTest::newRow("cdn.offered") << u"cdn.offered"_s << Question::Type::YesNo;
    }

    void requiredQuestions()
    {
        QFETCH(QString, id);
        QFETCH(Question::Type, type);
        const Question *question = QuestionBank::builtIn().find(id);
        QVERIFY(question);
        QCOMPARE(question->type, type);
    }

    void tlsVersions()
    {
        const Question *question = QuestionBank::builtIn().find(u"host.tls.versions"_s);
        QVERIFY(question);
        for (ProviderKind kind : { ProviderKind::WebHost, ProviderKind::Platform, ProviderKind::CdnDns })
            QVERIFY(question->appliesTo(kind));
        QCOMPARE(question->severity, Severity::High);
        QStringList keys;
        for (const Question::Choice &choice : question->choices)
            keys << choice.key;
        QCOMPARE(keys,
                 (QStringList { u"ssl2"_s, u"ssl3"_s, u"tls10"_s, u"tls11"_s, u"tls12"_s, u"tls13"_s }));
        QCOMPARE(question->judge(u"tls12;tls13"_s, today), Question::Verdict::Meets);
        QCOMPARE(question->judge(u"tls13"_s, today), Question::Verdict::Meets);
        QCOMPARE(question->judge(u"tls11;tls12"_s, today), Question::Verdict::FallsShort);
        QCOMPARE(question->judge(u"ssl3"_s, today), Question::Verdict::FallsShort);
        QCOMPARE(question->judge(u"none"_s, today), Question::Verdict::FallsShort);
        QCOMPARE(question->judge(u"unknown"_s, today), Question::Verdict::Unknown);
        QCOMPARE(question->displayAnswer(u"tls13,tls12"_s), u"TLS 1.2, TLS 1.3"_s);
    }

    void everyKindHasQuestions()
    {
        for (ProviderKind kind : ProviderKinds::all()) {
            const qsizetype count = QuestionBank::builtIn().forKind(kind).size();
            QVERIFY2(count >= 4, qPrintable(ProviderKinds::key(kind)));
        }
    }

    void everyTopicIsCovered()
    {
        QSet<QString> topics;
        for (const Question &question : QuestionBank::builtIn().questions())
            topics.insert(question.topic);
        for (const QString &topic :
             { u"encryption"_s, u"ddos"_s, u"backup"_s, u"access"_s, u"logging"_s, u"patching"_s,
               u"incident"_s, u"data"_s, u"payment"_s, u"testing"_s, u"development"_s })
            QVERIFY2(topics.contains(topic), qPrintable(topic));
    }

    void conditionalQuestionsAreReachable()
    {
        const QuestionBank &bank = QuestionBank::builtIn();
        int conditional = 0;
        for (const Question &question : bank.questions()) {
            if (!question.condition)
                continue;
            ++conditional;
            const QHash<QString, QString> answers = answersReaching(bank, question);
            for (ProviderKind kind : question.kinds) {
                const QList<const Question *> applicable = bank.applicable(kind, answers);
                QVERIFY2(applicable.contains(&question),
                         qPrintable(question.id + u" for "_s + ProviderKinds::key(kind)));
            }
            // And not asked when the answer it depends on rules it out.
            QVERIFY(!bank.applicable(question.kinds.constFirst(), {}).contains(&question));
        }
        QVERIFY(conditional >= 4);
    }

    void applicableFollowsChains()
    {
        const Result<QuestionBank> bank = QuestionBank::fromJson(bankJson(baseQuestions()));
        QVERIFY2(bank.ok(), qPrintable(bank.error()));
        const auto ids = [](const QList<const Question *> &questions) {
            QStringList result;
            for (const Question *question : questions)
                result << question->id;
            return result;
        };
        QCOMPARE(ids(bank->forKind(ProviderKind::WebHost)),
                 (QStringList { u"t.yes"_s, u"t.choice"_s, u"t.number"_s }));
        QCOMPARE(ids(bank->forKind(ProviderKind::CdnDns)), QStringList { u"t.yes"_s });
        QCOMPARE(ids(bank->applicable(ProviderKind::WebHost, {})),
                 (QStringList { u"t.yes"_s, u"t.choice"_s }));
        QCOMPARE(ids(bank->applicable(ProviderKind::WebHost, { { u"t.yes"_s, u"yes"_s } })),
                 (QStringList { u"t.yes"_s, u"t.choice"_s, u"t.number"_s }));
        QCOMPARE(ids(bank->applicable(ProviderKind::WebHost, { { u"t.yes"_s, u"no"_s } })),
                 (QStringList { u"t.yes"_s, u"t.choice"_s }));
        const Question *number = bank->find(u"t.number"_s);
        QVERIFY(number);
        QVERIFY(QuestionBank::conditionHolds(*number, { { u"t.yes"_s, u"yes"_s } }));
        QVERIFY(!QuestionBank::conditionHolds(*number, { { u"t.yes"_s, u"unknown"_s } }));
        QVERIFY(QuestionBank::conditionHolds(*bank->find(u"t.yes"_s), {}));
    }

    void conditionOnChoices()
    {
        Question dependent = makeQuestion(Question::Type::YesNo);
        dependent.condition = Question::Condition { u"test.choices"_s, { u"tls13"_s } };
        QVERIFY(QuestionBank::conditionHolds(dependent, { { u"test.choices"_s, u"tls12;tls13"_s } }));
        QVERIFY(!QuestionBank::conditionHolds(dependent, { { u"test.choices"_s, u"tls12"_s } }));
        QVERIFY(!QuestionBank::conditionHolds(dependent, { { u"test.choices"_s, u"none"_s } }));
    }

    void fromJsonAcceptsValidBank()
    {
        const Result<QuestionBank> bank = QuestionBank::fromJson(bankJson(baseQuestions()));
        QVERIFY2(bank.ok(), qPrintable(bank.error()));
        QCOMPARE(bank->version(), 1);
        QCOMPARE(bank->questions().size(), 3);
        const Question *number = bank->find(u"t.number"_s);
        QVERIFY(number);
        QCOMPARE(number->unit, u"days"_s);
        QCOMPARE(number->expected.max, std::optional<double>(14));
        QCOMPARE(number->severity, Severity::Medium);
        QCOMPARE(number->version, 1);
    }

    void fromJsonRejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("namedId");

        const QJsonArray base = baseQuestions();
        QJsonArray duplicate = base;
        duplicate.append(base.at(1));
        QTest::newRow("duplicate id") << bankJson(duplicate) << u"t.choice"_s;
        QTest::newRow("unknown kind")
            << bankJson(changed(base, 1, u"kinds"_s, QJsonArray { u"host"_s, u"shop"_s })) << u"t.choice"_s;
        QTest::newRow("no kinds") << bankJson(changed(base, 1, u"kinds"_s, QJsonArray {})) << u"t.choice"_s;
        QTest::newRow("unknown type")
            << bankJson(changed(base, 1, u"type"_s, u"multiple"_s)) << u"t.choice"_s;
        QTest::newRow("unknown severity")
            << bankJson(changed(base, 1, u"severity"_s, u"urgent"_s)) << u"t.choice"_s;
        QTest::newRow("unknown field") << bankJson(changed(base, 1, u"txet"_s, u"typo"_s)) << u"t.choice"_s;
        QTest::newRow("choice without choices")
            << bankJson(changed(base, 1, u"choices"_s, QJsonArray {})) << u"t.choice"_s;
        QTest::newRow("choice key reserved")
            << bankJson(changed(base, 1, u"choices"_s,
                                QJsonArray { object({ { u"key"_s, u"unknown"_s }, { u"text"_s, u"?"_s } }) }))
            << u"t.choice"_s;
        QTest::newRow("choices on yesno") << bankJson(changed(
            base, 0, u"choices"_s, QJsonArray { object({ { u"key"_s, u"a"_s }, { u"text"_s, u"A"_s } }) }))
                                          << u"t.yes"_s;
        QTest::newRow("number without unit")
            << bankJson(changed(base, 2, u"unit"_s, QJsonValue::Undefined)) << u"t.number"_s;
        QTest::newRow("expectation not fitting yesno")
            << bankJson(changed(base, 0, u"expected"_s, object({ { u"min"_s, 3 } }))) << u"t.yes"_s;
        QTest::newRow("expectation value not a choice") << bankJson(
            changed(base, 0, u"expected"_s, object({ { u"anyOf"_s, QJsonArray { u"maybe"_s } } })))
                                                        << u"t.yes"_s;
        QTest::newRow("expectation on text")
            << bankJson(changed(changed(base, 1, u"type"_s, u"text"_s), 1, u"expected"_s,
                                object({ { u"anyOf"_s, QJsonArray { u"a"_s } } })))
            << u"t.choice"_s;
        QTest::newRow("expectation min above max")
            << bankJson(changed(base, 2, u"expected"_s, object({ { u"min"_s, 20 }, { u"max"_s, 14 } })))
            << u"t.number"_s;
        QTest::newRow("condition on unknown question") << bankJson(
            changed(base, 2, u"condition"_s,
                    object({ { u"question"_s, u"t.nowhere"_s }, { u"values"_s, QJsonArray { u"yes"_s } } })))
                                                       << u"t.number"_s;
        QTest::newRow("condition on later question") << bankJson(
            changed(base, 0, u"condition"_s,
                    object({ { u"question"_s, u"t.choice"_s }, { u"values"_s, QJsonArray { u"a"_s } } })))
                                                     << u"t.yes"_s;
        QTest::newRow("condition value not a choice") << bankJson(
            changed(base, 2, u"condition"_s,
                    object({ { u"question"_s, u"t.yes"_s }, { u"values"_s, QJsonArray { u"maybe"_s } } })))
                                                      << u"t.number"_s;
        QTest::newRow("condition on fewer kinds")
            << bankJson(changed(base, 2, u"kinds"_s, QJsonArray { u"host"_s, u"email"_s })) << u"t.number"_s;
        QTest::newRow("missing text")
            << bankJson(changed(base, 1, u"text"_s, QJsonValue::Undefined)) << u"t.choice"_s;
        QTest::newRow("missing why") << bankJson(changed(base, 1, u"why"_s, u"  "_s)) << u"t.choice"_s;
        QTest::newRow("missing good")
            << bankJson(changed(base, 1, u"good"_s, QJsonValue::Undefined)) << u"t.choice"_s;
        QTest::newRow("bad id") << bankJson(changed(base, 1, u"id"_s, u"Not An Id"_s)) << u"Not An Id"_s;
        QTest::newRow("broken JSON") << bankJson(base).left(200) << QString();
        QTest::newRow("no questions") << QByteArray(R"({"version": 1, "questions": []})") << QString();
        QTest::newRow("no version") << QByteArray(R"({"questions": []})") << QString();
    }

    void fromJsonRejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, namedId);
        const Result<QuestionBank> bank = QuestionBank::fromJson(json);
        QVERIFY(!bank.ok());
        QVERIFY(!bank.error().isEmpty());
        if (!namedId.isEmpty())
            QVERIFY2(bank.error().contains(namedId), qPrintable(bank.error()));
    }

    void typeKeys()
    {
        for (Question::Type type : { Question::Type::YesNo, Question::Type::Choice, Question::Type::Choices,
                                     Question::Type::Number, Question::Type::Date, Question::Type::Text })
            QCOMPARE(Question::typeFromKey(Question::typeKey(type)), std::optional<Question::Type>(type));
        QCOMPARE(Question::typeFromKey(u"multiple"_s), std::nullopt);
    }

    void providerKinds()
    {
        QCOMPARE(ProviderKinds::all().size(), 9);
        QStringList keys;
        for (ProviderKind kind : ProviderKinds::all()) {
            bool ok = false;
            QCOMPARE(ProviderKinds::fromKey(ProviderKinds::key(kind), &ok), kind);
            QVERIFY(ok);
            QVERIFY(!ProviderKinds::name(kind).isEmpty());
            keys << ProviderKinds::key(kind);
        }
        QCOMPARE(keys,
                 (QStringList { u"host"_s, u"cdn"_s, u"platform"_s, u"payment"_s, u"developer"_s,
                                u"registrar"_s, u"email"_s, u"backup"_s, u"other"_s }));
        bool ok = true;
        ProviderKinds::fromKey(u"shop"_s, &ok);
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(TestQuestionBank)
#include "tst_questionbank.moc"
