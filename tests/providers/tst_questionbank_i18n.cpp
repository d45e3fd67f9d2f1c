// Every text of the question bank is translated into German: the question, why it matters, what
// good looks like and every choice. Fails after the bank changes until the translators have
// filled in storefort_de.ts; it keeps an untranslated question from reaching a German letter.
#include "providers/QuestionBank.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestQuestionBankI18n : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Built into storefort_core by translations/CMakeLists.txt.
        QVERIFY(m_german.load(u"storefort_de"_s, u":/i18n"_s));
        QVERIFY(QCoreApplication::installTranslator(&m_german));
    }

    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_german); }

    void translated_data()
    {
        QTest::addColumn<QString>("questionId");
        QTest::addColumn<QString>("part"); // "text", "why", "good", "choice:<key>" or "unit"
        for (const Question &question : QuestionBank::builtIn().questions()) {
            for (const QString &part : { u"text"_s, u"why"_s, u"good"_s })
                QTest::addRow("%s:%s", qPrintable(question.id), qPrintable(part)) << question.id << part;
            for (const Question::Choice &choice : question.choices)
                QTest::addRow("%s:choice:%s", qPrintable(question.id), qPrintable(choice.key))
                    << question.id << (u"choice:"_s + choice.key);
            if (!question.unit.isEmpty())
                QTest::addRow("%s:unit", qPrintable(question.id)) << question.id << u"unit"_s;
        }
    }

    void translated()
    {
        QFETCH(QString, questionId);
        QFETCH(QString, part);
        const Question *question = QuestionBank::builtIn().find(questionId);
        QVERIFY(question);

        QString english;
        QString german;
        QString disambiguation;
        if (part == u"text"_s) {
            english = question->text;
            german = question->translatedText();
            disambiguation = question->id;
        } else if (part == u"why"_s) {
            english = question->why;
            german = question->translatedWhy();
            disambiguation = question->id + u":why"_s;
        } else if (part == u"good"_s) {
            english = question->good;
            german = question->translatedGood();
            disambiguation = question->id + u":good"_s;
        } else if (part == u"unit"_s) {
            english = question->unit;
            german = question->translatedUnit();
            disambiguation = u"unit"_s;
        } else {
            const QString key = part.mid(qsizetype(sizeof("choice:") - 1));
            for (const Question::Choice &choice : question->choices) {
                if (choice.key == key)
                    english = choice.text;
            }
            german = question->translatedChoice(key);
            disambiguation = question->id + u':' + part;
        }

        // The catalogue itself must hold it: choice texts such as "TLS 1.3" may stay as they are,
        // but only a translator decides that.
        const QByteArray source = english.toUtf8();
        const QByteArray comment = disambiguation.toUtf8();
        QVERIFY2(!m_german.translate("QuestionBank", source.constData(), comment.constData()).isEmpty(),
                 qPrintable(u"no German for “"_s + english + u"” ("_s + disambiguation + u')'));
        QVERIFY(!german.isEmpty());
        if (part == u"text"_s || part == u"why"_s || part == u"good"_s)
            QVERIFY2(german != english, qPrintable(u"German is the same as English: "_s + english));
    }

    void answersTranslated()
    {
        for (const char *word : { "Yes", "No", "Unknown", "None of these" }) {
            QVERIFY2(!m_german.translate("QuestionBank", word).isEmpty(), word);
            QVERIFY2(QCoreApplication::translate("QuestionBank", word) != QString::fromUtf8(word), word);
        }
    }

private:
    QTranslator m_german;
};

QTEST_GUILESS_MAIN(TestQuestionBankI18n)
#include "tst_questionbank_i18n.moc"
