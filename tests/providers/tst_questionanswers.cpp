// Answers to questions of each type: checked, normalised, judged on both sides of every threshold
// with a fixed date, and shown as the owner reads them.
#include "QuestionFixture.h"
#include "common/Translations.h"
#include "providers/Question.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDate today(2024, 6, 15);

} // namespace

class TestQuestionAnswers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // English plural forms ("1 day", "2 days") come from the English catalogue, as in the app.
        QCOMPARE(Translations::install(*QCoreApplication::instance(), u"en"_s), u"en"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void answers_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalised");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("shown");

        const int yesno = int(Question::Type::YesNo);
        const int choice = int(Question::Type::Choice);
        const int choices = int(Question::Type::Choices);
        const int number = int(Question::Type::Number);
        const int date = int(Question::Type::Date);
        const int text = int(Question::Type::Text);
        const int meets = int(Question::Verdict::Meets);
        const int short_ = int(Question::Verdict::FallsShort);
        const int unknown = int(Question::Verdict::Unknown);
        const int notJudged = int(Question::Verdict::NotJudged);

        // Yes/no, expecting yes.
        QTest::newRow("yesno yes") << yesno << u"yes"_s << true << u"yes"_s << meets << u"Yes"_s;
        QTest::newRow("yesno Yes padded") << yesno << u" Yes "_s << true << u"yes"_s << meets << u"Yes"_s;
        QTest::newRow("yesno NO") << yesno << u"NO"_s << true << u"no"_s << short_ << u"No"_s;
        QTest::newRow("yesno unknown")
            << yesno << u"Unknown"_s << true << u"unknown"_s << unknown << u"Unknown"_s;
        QTest::newRow("yesno maybe") << yesno << u"maybe"_s << false << u"maybe"_s << unknown << u"maybe"_s;
        QTest::newRow("yesno y") << yesno << u"y"_s << false << u"y"_s << unknown << u"y"_s;
        QTest::newRow("yesno empty") << yesno << QString() << false << QString() << unknown << QString();
        // Choice, expecting "filter".
        QTest::newRow("choice filter")
            << choice << u"filter"_s << true << u"filter"_s << meets << u"Filter it"_s;
        QTest::newRow("choice FILTER")
            << choice << u"FILTER"_s << true << u"filter"_s << meets << u"Filter it"_s;
        QTest::newRow("choice suspend")
            << choice << u"suspend"_s << true << u"suspend"_s << short_ << u"Suspend the shop"_s;
        QTest::newRow("choice unknown")
            << choice << u"unknown"_s << true << u"unknown"_s << unknown << u"Unknown"_s;
        QTest::newRow("choice other") << choice << u"other"_s << false << u"other"_s << unknown << u"other"_s;
        // Choices, expecting tls12 or tls13 and no ssl3.
        QTest::newRow("choices both")
            << choices << u"tls13;tls12"_s << true << u"tls12;tls13"_s << meets << u"TLS 1.2, TLS 1.3"_s;
        QTest::newRow("choices commas, spaces, duplicates")
            << choices << u" tls13 , TLS12,tls13;"_s << true << u"tls12;tls13"_s << meets
            << u"TLS 1.2, TLS 1.3"_s;
        QTest::newRow("choices with ssl3")
            << choices << u"ssl3;tls12"_s << true << u"ssl3;tls12"_s << short_ << u"SSL 3.0, TLS 1.2"_s;
        QTest::newRow("choices only ssl3")
            << choices << u"ssl3"_s << true << u"ssl3"_s << short_ << u"SSL 3.0"_s;
        QTest::newRow("choices none")
            << choices << u"None"_s << true << u"none"_s << short_ << u"None of these"_s;
        QTest::newRow("choices unknown")
            << choices << u"unknown"_s << true << u"unknown"_s << unknown << u"Unknown"_s;
        QTest::newRow("choices none and more")
            << choices << u"none;tls12"_s << false << u"none;tls12"_s << unknown << u"none;tls12"_s;
        QTest::newRow("choices unknown key")
            << choices << u"tls12;tls14"_s << false << u"tls12;tls14"_s << unknown << u"tls12;tls14"_s;
        QTest::newRow("choices only separators")
            << choices << u";,"_s << false << u";,"_s << unknown << u";,"_s;
        // Number, expecting 1 to 14 days.
        QTest::newRow("number 14") << number << u"14"_s << true << u"14"_s << meets << u"14 days"_s;
        QTest::newRow("number 14.0") << number << u"14.0"_s << true << u"14"_s << meets << u"14 days"_s;
        QTest::newRow("number 014.50")
            << number << u"014.50"_s << true << u"14.5"_s << short_ << u"14.5 days"_s;
        QTest::newRow("number 15") << number << u"15"_s << true << u"15"_s << short_ << u"15 days"_s;
        QTest::newRow("number 1") << number << u"1"_s << true << u"1"_s << meets << u"1 day"_s;
        QTest::newRow("number 0.5") << number << u"0.5"_s << true << u"0.5"_s << short_ << u"0.5 days"_s;
        QTest::newRow("number 0") << number << u"0"_s << true << u"0"_s << short_ << u"0 days"_s;
        QTest::newRow("number unknown")
            << number << u"unknown"_s << true << u"unknown"_s << unknown << u"Unknown"_s;
        QTest::newRow("number comma") << number << u"1,5"_s << false << u"1,5"_s << unknown << u"1,5"_s;
        QTest::newRow("number negative") << number << u"-3"_s << false << u"-3"_s << unknown << u"-3"_s;
        QTest::newRow("number words")
            << number << u"two weeks"_s << false << u"two weeks"_s << unknown << u"two weeks"_s;
        QTest::newRow("number dot only") << number << u"14."_s << false << u"14."_s << unknown << u"14."_s;
        // Date, expecting one no older than 365 days before 2024-06-15.
        QTest::newRow("date today") << date << u"2024-06-15"_s << true << u"2024-06-15"_s << meets
                                    << u"15/06/2024"_s;
        QTest::newRow("date 365 days ago")
            << date << u"2023-06-16"_s << true << u"2023-06-16"_s << meets << u"16/06/2023"_s;
        QTest::newRow("date 366 days ago")
            << date << u"2023-06-15"_s << true << u"2023-06-15"_s << short_ << u"15/06/2023"_s;
        QTest::newRow("date unknown")
            << date << u"unknown"_s << true << u"unknown"_s << unknown << u"Unknown"_s;
        QTest::newRow("date european")
            << date << u"15.06.2024"_s << false << u"15.06.2024"_s << unknown << u"15.06.2024"_s;
        QTest::newRow("date impossible")
            << date << u"2024-02-30"_s << false << u"2024-02-30"_s << unknown << u"2024-02-30"_s;
        QTest::newRow("date with time") << date << u"2024-06-15T10:00"_s << false << u"2024-06-15T10:00"_s
                                        << unknown << u"2024-06-15T10:00"_s;
        // Text: anything but nothing.
        QTest::newRow("text") << text << u"  Our team, +44 20 7946 0000 "_s << true
                              << u"Our team, +44 20 7946 0000"_s << notJudged
                              << u"Our team, +44 20 7946 0000"_s;
        QTest::newRow("text unknown")
            << text << u"unknown"_s << true << u"unknown"_s << notJudged << u"unknown"_s;
        QTest::newRow("text empty") << text << u"   "_s << false << u"   "_s << notJudged << QString();
    }

    void answers()
    {
        QFETCH(int, type);
        QFETCH(QString, answer);
        QFETCH(bool, valid);
        QFETCH(QString, normalised);
        QFETCH(int, verdict);
        QFETCH(QString, shown);

        Question question = makeQuestion(Question::Type(type));
        switch (question.type) {
        case Question::Type::YesNo:
            question.expected.anyOf = { u"yes"_s };
            break;
        case Question::Type::Choice:
            question.choices = { { u"filter"_s, u"Filter it"_s }, { u"suspend"_s, u"Suspend the shop"_s } };
            question.expected.anyOf = { u"filter"_s };
            break;
        case Question::Type::Choices:
            question = choicesQuestion();
            break;
        case Question::Type::Number:
            question.unit = u"days"_s;
            question.expected.min = 1;
            question.expected.max = 14;
            break;
        case Question::Type::Date:
            question.expected.withinDays = 365;
            break;
        case Question::Type::Text:
            break;
        }

        const QString problem = question.checkAnswer(answer);
        QCOMPARE(problem.isEmpty(), valid);
        QCOMPARE(question.normalisedAnswer(answer), normalised);
        QCOMPARE(int(question.judge(answer, today)), verdict);
        QCOMPARE(question.displayAnswer(answer), shown);
        if (valid) // normalising is stable
            QCOMPARE(question.normalisedAnswer(normalised), normalised);
    }

    void checkAnswerMessages()
    {
        Question yesno = makeQuestion(Question::Type::YesNo);
        QCOMPARE(yesno.checkAnswer(u"maybe"_s), u"“maybe” is not one of the choices: yes, no, unknown."_s);
        QVERIFY(!yesno.checkAnswer(QString()).isEmpty());
        QVERIFY(choicesQuestion().checkAnswer(u"tls14"_s).contains(u"tls12"_s));
        QVERIFY(makeQuestion(Question::Type::Number).checkAnswer(u"1,5"_s).contains(u"“1,5”"_s));
        QVERIFY(makeQuestion(Question::Type::Date)
                    .checkAnswer(u"31/03/2024"_s)
                    .contains(u"YYYY-MM-DD"_s, Qt::CaseInsensitive)
                || makeQuestion(Question::Type::Date).checkAnswer(u"31/03/2024"_s).contains(u"2024-03-31"_s));
    }

    void dateInFuture()
    {
        Question question = makeQuestion(Question::Type::Date);
        question.expected.inFuture = true;
        QCOMPARE(question.judge(u"2024-06-16"_s, today), Question::Verdict::Meets);
        QCOMPARE(question.judge(u"2024-06-15"_s, today), Question::Verdict::FallsShort);
        QCOMPARE(question.judge(u"2023-01-01"_s, today), Question::Verdict::FallsShort);
    }

    void numberMinimumOnly()
    {
        Question question = makeQuestion(Question::Type::Number);
        question.unit = u"days"_s;
        question.expected.min = 180;
        QCOMPARE(question.judge(u"179.9"_s, today), Question::Verdict::FallsShort);
        QCOMPARE(question.judge(u"180"_s, today), Question::Verdict::Meets);
        QCOMPARE(question.judge(u"3650"_s, today), Question::Verdict::Meets);
    }

    void withoutExpectationNotJudged()
    {
        Question question = makeQuestion(Question::Type::YesNo);
        QVERIFY(question.expected.isEmpty());
        QCOMPARE(question.judge(u"no"_s, today), Question::Verdict::NotJudged);
        QCOMPARE(question.judge(u"unknown"_s, today), Question::Verdict::NotJudged);
    }

    void displayFollowsLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        Question number = makeQuestion(Question::Type::Number);
        number.unit = u"hours"_s;
        QCOMPARE(number.displayAnswer(u"1234.5"_s), u"1.234,5 hours"_s);
        Question date = makeQuestion(Question::Type::Date);
        QCOMPARE(date.displayAnswer(u"2024-03-31"_s),
                 QLocale().toString(QDate(2024, 3, 31), QLocale::ShortFormat));
        QCOMPARE(date.displayAnswer(u"2024-03-31"_s), u"31.03.24"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void formatHints()
    {
        QCOMPARE(makeQuestion(Question::Type::YesNo).answerFormatHint(), u"yes / no / unknown"_s);
        QVERIFY(choicesQuestion().answerFormatHint().contains(u"tls12"_s));
        Question number = makeQuestion(Question::Type::Number);
        number.unit = u"days"_s;
        QCOMPARE(number.answerFormatHint(), u"a number of days"_s);
        QCOMPARE(makeQuestion(Question::Type::Date).answerFormatHint(), u"a date (YYYY-MM-DD)"_s);
    }
};

QTEST_GUILESS_MAIN(TestQuestionAnswers)
#include "tst_questionanswers.moc"
