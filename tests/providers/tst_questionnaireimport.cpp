// A returned fill-in file: its round trip through a real plan file, every malformed file refused
// with its line and no change, and the files spreadsheets write (BOM, semicolons, UTF-16) read.
#include "QuestionnaireFixture.h"
#include "common/Clock.h"
#include "common/Csv.h"
#include "plan/Plan.h"
#include "providers/QuestionBank.h"
#include "providers/Questionnaire.h"
#include "providers/QuestionnaireCsv.h"
#include "providers/QuestionnaireImport.h"
#include "providers/QuestionnaireLetter.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

using namespace QuestionnaireFixture;

class TestQuestionnaireImport : public QObject, private PlanHolder
{
    Q_OBJECT

private slots:
    void initTestCase() { Clock::setClock(&m_clock); }
    void cleanupTestCase() { Clock::setClock(nullptr); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void csvRoundTrip()
    {
        const qint64 id = addProvider(u"Hostly"_s, ProviderKind::WebHost);
        const Questionnaire questionnaire
            = Questionnaire::build(*m_plan, id, Questionnaire::Selection::All, today);
        const QString text
            = filled(QuestionnaireCsv::fillInFile(questionnaire),
                     {
                         { u"host.tls.versions"_s,
                           { u"tls13;tls12"_s, u"Jörg Müller"_s, u"2025-05-20"_s, u"Checked by the NOC"_s } },
                         { u"host.hsts"_s, { u"Yes"_s, {}, {}, {} } },
                         { u"host.ddos.contact-minutes"_s, { u"30"_s, u"Ops"_s, u"2025-05-21"_s, {} } },
                     });
        const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
        const int before = auditCount();
        const QuestionnaireImport read
            = QuestionnaireImport::parse(bytes, *m_plan->provider(id), m_plan->answersOf(id), today);
        QVERIFY2(read.isClean(), read.isClean() ? "" : qPrintable(read.errors().first().message));
        QCOMPARE(read.rows().size(), 3);
        QCOMPARE(read.rowsRead(), int(questionnaire.items().size()));
        QCOMPARE(read.rowsBlank(), int(questionnaire.items().size()) - 3);
        QCOMPARE(auditCount(), before); // reading changes nothing
        QVERIFY(m_plan->answersOf(id).isEmpty());

        QVERIFY(m_plan->setAnswers(read.answers()).ok());
        const QString path = m_plan->path();
        m_plan.reset();
        auto reopened = Plan::open(path);
        QVERIFY2(reopened, qPrintable(reopened.error()));
        m_plan = std::move(reopened.value());

        const auto tls = m_plan->answer(id, u"host.tls.versions"_s);
        QVERIFY(tls);
        QCOMPARE(tls->value, u"tls12;tls13"_s); // normalised to bank order
        QCOMPARE(tls->answeredBy, u"Jörg Müller"_s);
        QCOMPARE(tls->givenOn, QDate(2025, 5, 20));
        QCOMPARE(tls->notes, u"Checked by the NOC"_s);
        QCOMPARE(tls->questionVersion, 1);
        const auto hsts = m_plan->answer(id, u"host.hsts"_s);
        QVERIFY(hsts);
        QCOMPARE(hsts->value, u"yes"_s);
        QCOMPARE(hsts->answeredBy, u"Hostly"_s); // empty: the provider
        QCOMPARE(hsts->givenOn, today); // empty: the day it was imported
        const auto minutes = m_plan->answer(id, u"host.ddos.contact-minutes"_s);
        QVERIFY(minutes);
        QCOMPARE(minutes->value, u"30"_s);

        // Imported again, nothing changes.
        const QuestionnaireImport again
            = QuestionnaireImport::parse(bytes, *m_plan->provider(id), m_plan->answersOf(id), today);
        QVERIFY(again.isClean());
        for (const QuestionnaireImport::Row &row : again.rows()) {
            QVERIFY(row.previous);
            QVERIFY(!row.changes());
        }
    }

    void malformedFilesAreRejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("unreadable");
        const QByteArray header
            = "question_id,question_version,question,answer_format,answer,answered_by,answered_on,notes\r\n";
        QTest::newRow("wrong columns") << QByteArray("id;reply\r\nhost.hsts;yes\r\n") << 1
                                       << u"The column \"answer\" is missing."_s << true;
        QTest::newRow("no question id column") << QByteArray("question,answer\r\nHSTS?,yes\r\n") << 1
                                               << u"The column \"question_id\" is missing."_s << true;
        QTest::newRow("bad quoting") << header + "host.hsts,1,HSTS?,yes/no,\"ye\"s,,,\r\n"
                                     << 2 << u"more text after its closing quote mark"_s << false;
        QTest::newRow("quote inside") << header + "host.hsts,1,HSTS?,yes/no,ye\"s,,,\r\n"
                                      << 2 << u"quote mark in the middle"_s << false;
        QTest::newRow("truncated") << header + "host.hsts,1,HSTS?,yes/no,yes,Ops,2025-05-01,\"All sites\r\n"
                                   << 2 << u"never closed"_s << false;
        QTest::newRow("empty") << QByteArray() << 0 << u"empty"_s << true;
        QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF\r\n") << 0 << u"empty"_s << true;
        QTest::newRow("header only") << header << 0 << u"no questions"_s << true;
        QTest::newRow("wrong column count") << header + "host.hsts,1,HSTS?,yes/no,yes\r\n"
                                            << 2 << u"This row has 5 values"_s << false;
        QTest::newRow("unknown id") << header + "host.nope,1,?,?,yes,,,\r\n"
                                    << 2 << u"There is no question \"host.nope\""_s << false;
        QTest::newRow("other kind") << header + "registrar.expiry,1,?,?,2026-01-01,,,\r\n"
                                    << 2 << u"is not asked of a"_s << false;
        QTest::newRow("wrong type") << header + "host.hsts,1,?,?,maybe,,,\r\n"
                                    << 2 << u"Question \"host.hsts\""_s << false;
        QTest::newRow("not a number") << header + "host.ddos.contact-minutes,1,?,?,soon,,,\r\n"
                                      << 2 << u"host.ddos.contact-minutes"_s << false;
        QTest::newRow("bad date") << header + "host.hsts,1,?,?,yes,Ops,01.05.2025,\r\n"
                                  << 2 << u"\"01.05.2025\" is not a date"_s << false;
        QTest::newRow("future date") << header + "host.hsts,1,?,?,yes,Ops,2025-06-02,\r\n"
                                     << 2 << u"in the future"_s << false;
        QTest::newRow("version not a number") << header + "host.hsts,one,?,?,yes,,,\r\n"
                                              << 2 << u"is not a number"_s << false;
        QTest::newRow("version too new") << header + "host.hsts,7,?,?,yes,,,\r\n"
                                         << 2 << u"version 7"_s << false;
        QTest::newRow("duplicate id") << header
                + "host.hsts,1,?,?,yes,,,\r\nhost.tls.versions,1,?,?,tls13,,,\r\nhost.hsts,1,?,?,no,,,\r\n"
                                      << 4 << u"answered twice (also on line 2)"_s << false;
    }
    void malformedFilesAreRejected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, message);
        QFETCH(bool, unreadable);
        const qint64 id = addProvider(u"Hostly"_s, ProviderKind::WebHost);
        const int before = auditCount();
        const QuestionnaireImport read = QuestionnaireImport::parse(bytes, *m_plan->provider(id), {}, today);
        QVERIFY(!read.isClean());
        QCOMPARE(read.isUnreadable(), unreadable);
        QCOMPARE(read.errors().size(), 1);
        QCOMPARE(read.errors().first().line, line);
        QVERIFY2(read.errors().first().message.contains(message), qPrintable(read.errors().first().message));
        // The duplicated question is not taken at all; every other row was fine.
        QVERIFY(!read.answers().contains(answer(id, u"host.hsts"_s, u"yes"_s, today))); // never half-taken
        for (const Answer &a : read.answers())
            QVERIFY(a.questionId != u"host.hsts"_s);
        QCOMPARE(auditCount(), before);
        QVERIFY(m_plan->answersOf(id).isEmpty());
    }

    void everyRowErrorIsListed()
    {
        const qint64 id = addProvider(u"Hostly"_s, ProviderKind::WebHost);
        const QByteArray bytes = "question_id,answer,answered_on\n"
                                 "host.hsts,yes,2025-05-01\n"
                                 "host.nope,yes,\n"
                                 "host.cert.auto-renew,perhaps,\n"
                                 "host.ddos.protection,no,\"2025-05-01\n"; // truncated at the end
        const QuestionnaireImport read = QuestionnaireImport::parse(bytes, *m_plan->provider(id), {}, today);
        QCOMPARE(read.errors().size(), 3);
        QCOMPARE(read.errors().at(0).line, 3);
        QCOMPARE(read.errors().at(1).line, 4);
        QCOMPARE(read.errors().at(2).line, 5);
        // The owner may take the valid rows.
        QCOMPARE(read.rows().size(), 1);
        QCOMPARE(read.rows().first().line, 2);
        QCOMPARE(read.answers().first().questionId, u"host.hsts"_s);
        QVERIFY(m_plan->setAnswers(read.answers()).ok());
        QCOMPARE(m_plan->answersOf(id).size(), 1);
    }

    void spreadsheetVariantsImport_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::newRow("UTF-8 with BOM") << u"bom"_s;
        QTest::newRow("UTF-8 without BOM, LF") << u"lf"_s;
        QTest::newRow("semicolons (German Excel)") << u"semicolon"_s;
        QTest::newRow("UTF-16LE with BOM (Excel Unicode text)") << u"utf16"_s;
    }
    void spreadsheetVariantsImport()
    {
        QFETCH(QString, variant);
        const qint64 id = addProvider(u"Hostly"_s, ProviderKind::WebHost);
        const Questionnaire questionnaire
            = Questionnaire::build(*m_plan, id, Questionnaire::Selection::All, today);
        const QByteArray fillIn = QuestionnaireCsv::fillInFile(questionnaire);
        const QHash<QString, Fill> answers {
            { u"host.hsts"_s, { u"yes"_s, u"Jörg Müller"_s, u"2025-05-20"_s, u"Préféré; « oui »"_s } },
            { u"host.ddos.action"_s, { u"filter"_s, u"Ops"_s, u"2025-05-21"_s, {} } },
        };
        QByteArray bytes;
        if (variant == u"bom"_s) {
            bytes = QByteArray("\xEF\xBB\xBF") + filled(fillIn, answers).toUtf8();
        } else if (variant == u"lf"_s) {
            QString text = filled(fillIn, answers);
            text.replace(u"\r\n"_s, u"\n"_s);
            bytes = text.toUtf8();
        } else if (variant == u"semicolon"_s) {
            bytes = QByteArray("\xEF\xBB\xBF") + filled(fillIn, answers, u';').toUtf8();
        } else {
            QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
            bytes = encoder.encode(filled(fillIn, answers, u'\t'));
            QVERIFY(bytes.startsWith("\xFF\xFE"));
        }
        const QuestionnaireImport read = QuestionnaireImport::parse(bytes, *m_plan->provider(id), {}, today);
        QVERIFY2(read.isClean(), read.isClean() ? "" : qPrintable(read.errors().first().message));
        QCOMPARE(read.rows().size(), 2);
        QCOMPARE(read.rowsBlank(), int(questionnaire.items().size()) - 2);
        const Answer &hsts = read.rows().at(0).answer;
        QCOMPARE(hsts.questionId, u"host.hsts"_s);
        QCOMPARE(hsts.answeredBy, u"Jörg Müller"_s);
        QCOMPARE(hsts.notes, u"Préféré; « oui »"_s);
        QCOMPARE(hsts.givenOn, QDate(2025, 5, 20));
        QCOMPARE(read.rows().at(1).answer.value, u"filter"_s);
        QVERIFY(m_plan->setAnswers(read.answers()).ok());
        QCOMPARE(m_plan->answersOf(id).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestQuestionnaireImport)
#include "tst_questionnaireimport.moc"
