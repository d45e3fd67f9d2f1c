// Questionnaires: which questions a provider is asked, the email, the mailto: link, the PDF letter
// (read back with pdftotext) and the fill-in file. (Returned files: tst_questionnaireimport.)
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

class TestQuestionnaire : public QObject, private PlanHolder
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Clock::setClock(&m_clock);
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
                 "pdftotext (poppler-utils) is needed to read the letter back");
    }
    void cleanupTestCase() { Clock::setClock(nullptr); }

    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void selectionFollowsKind_data()
    {
        QTest::addColumn<ProviderKind>("kind");
        for (ProviderKind kind : ProviderKinds::all())
            QTest::newRow(qPrintable(ProviderKinds::key(kind))) << kind;
    }
    void selectionFollowsKind()
    {
        QFETCH(ProviderKind, kind);
        const qint64 id = addProvider(u"Provider"_s, kind);
        const Questionnaire all = Questionnaire::build(*m_plan, id, Questionnaire::Selection::All, today);
        const QList<const Question *> forKind = QuestionBank::builtIn().forKind(kind);
        // Every question of the kind, conditional ones included (their condition is asked too).
        QCOMPARE(all.questionIds(), idsOf(forKind));
        for (const Questionnaire::Item &item : all.items()) {
            QVERIFY(item.question->appliesTo(kind));
            QCOMPARE(item.state, Questionnaire::State::Unanswered);
            if (item.question->condition) {
                const Questionnaire::Item *dependsOn = all.item(item.question->condition->questionId);
                if (dependsOn) {
                    QCOMPARE(item.conditionNumber, dependsOn->number);
                    QVERIFY2(item.conditionNote.contains(QString::number(dependsOn->number)),
                             qPrintable(item.conditionNote));
                }
            } else {
                QVERIFY(item.conditionNote.isEmpty());
            }
        }
        for (int i = 0; i < all.items().size(); ++i)
            QCOMPARE(all.items().at(i).number, i + 1);
    }

    void selectionOfAKind()
    {
        const qint64 registrar = addProvider(u"Names & Co"_s, ProviderKind::Registrar);
        const QStringList ids
            = Questionnaire::build(*m_plan, registrar, Questionnaire::Selection::All, today).questionIds();
        QVERIFY(ids.contains(u"registrar.transfer-lock"_s));
        QVERIFY(ids.contains(u"registrar.expiry"_s));
        QVERIFY(!ids.contains(u"host.tls.versions"_s));
        QVERIFY(!ids.contains(u"dev.git"_s));

        const qint64 developer = addProvider(u"Pixel Agency"_s, ProviderKind::Developer);
        const Questionnaire dev
            = Questionnaire::build(*m_plan, developer, Questionnaire::Selection::All, today);
        const Questionnaire::Item *git = dev.item(u"dev.git"_s);
        const Questionnaire::Item *changelog = dev.item(u"dev.changelog"_s);
        QVERIFY(git && changelog);
        QCOMPARE(changelog->conditionNumber, git->number);
        QVERIFY2(changelog->conditionNote.contains(u"Yes"_s), qPrintable(changelog->conditionNote));
        QVERIFY(!dev.questionIds().contains(u"host.hsts"_s));

        QVERIFY(Questionnaire::build(*m_plan, 9999, Questionnaire::Selection::All, today).isEmpty());
    }

    void outstandingLeavesOutCurrentAnswers()
    {
        const qint64 host = addProvider(u"Hostly"_s, ProviderKind::WebHost);
        QVERIFY(m_plan
                    ->setAnswers({
                        answer(host, u"host.tls.versions"_s, u"tls12;tls13"_s, today.addMonths(-2)),
                        answer(host, u"host.hsts"_s, u"yes"_s, today.addMonths(-13)), // stale
                        answer(host, u"host.cert.auto-renew"_s, u"no"_s, today.addDays(-3)),
                        answer(host, u"backup.offered"_s, u"yes"_s, today.addMonths(-14)), // stale
                    })
                    .ok());
        const Questionnaire outstanding
            = Questionnaire::build(*m_plan, host, Questionnaire::Selection::Outstanding, today);
        const QStringList ids = outstanding.questionIds();
        QVERIFY(!ids.contains(u"host.tls.versions"_s)); // current
        QVERIFY(!ids.contains(u"host.cert.auto-renew"_s)); // current
        // Depends on a current "no": does not apply.
        QVERIFY(!ids.contains(u"host.cert.renew-days"_s));
        QVERIFY(ids.contains(u"host.hsts"_s));
        QCOMPARE(outstanding.item(u"host.hsts"_s)->state, Questionnaire::State::Stale);
        QVERIFY(outstanding.item(u"host.hsts"_s)->onFile.has_value());
        QVERIFY(ids.contains(u"host.ddos.protection"_s));
        QCOMPARE(outstanding.item(u"host.ddos.protection"_s)->state, Questionnaire::State::Unanswered);
        // Depends on a stale answer that is asked again: asked too, with the note.
        QVERIFY(ids.contains(u"backup.frequency"_s));
        QCOMPARE(outstanding.item(u"backup.frequency"_s)->conditionNumber,
                 outstanding.item(u"backup.offered"_s)->number);

        // A shorter maximum age makes the two-month-old answer due as well.
        QVERIFY(m_plan->setAnswerMaxAgeMonths(1).ok());
        QVERIFY(Questionnaire::build(*m_plan, host, Questionnaire::Selection::Outstanding, today)
                    .questionIds()
                    .contains(u"host.tls.versions"_s));

        // The full questionnaire still lists everything, with what is on file.
        const Questionnaire all = Questionnaire::build(*m_plan, host, Questionnaire::Selection::All, today);
        QCOMPARE(all.item(u"host.cert.auto-renew"_s)->state, Questionnaire::State::Current);
        QVERIFY(all.questionIds().contains(u"host.cert.renew-days"_s));
    }

    void olderQuestionVersionIsOutstanding()
    {
        Question question = *QuestionBank::builtIn().find(u"host.hsts"_s);
        question.version = 2;
        Answer old = answer(1, u"host.hsts"_s, u"yes"_s, today.addDays(-10));
        old.questionVersion = 1;
        QCOMPARE(Questionnaire::stateOf(question, old, 12, today), Questionnaire::State::OlderVersion);
        old.questionVersion = 2;
        QCOMPARE(Questionnaire::stateOf(question, old, 12, today), Questionnaire::State::Current);
        QCOMPARE(Questionnaire::stateOf(question, std::nullopt, 12, today), Questionnaire::State::Unanswered);

        // Through build(): an answer recorded under version 0 of a version-1 question is asked again.
        Provider provider;
        provider.id = 1;
        provider.name = u"Hostly"_s;
        provider.kind = ProviderKind::WebHost;
        Answer older = answer(1, u"host.hsts"_s, u"yes"_s, today.addDays(-10));
        older.questionVersion = 0;
        const Questionnaire outstanding = Questionnaire::build(u"Tiny Tea"_s, provider, { older }, 12,
                                                               Questionnaire::Selection::Outstanding, today);
        QVERIFY(outstanding.item(u"host.hsts"_s));
        QCOMPARE(outstanding.item(u"host.hsts"_s)->state, Questionnaire::State::OlderVersion);
    }

    void emailListsTheQuestions()
    {
        const qint64 id = addProvider(u"Names & Co"_s, ProviderKind::Registrar, u"help@names.example"_s);
        const Questionnaire questionnaire
            = Questionnaire::build(*m_plan, id, Questionnaire::Selection::All, today);
        const QuestionnaireLetter::Email email = QuestionnaireLetter::email(questionnaire);
        QCOMPARE(email.to, u"help@names.example"_s);
        QVERIFY(email.subject.contains(u"Tiny Tea"_s));
        QVERIFY(email.subject.contains(u"Names & Co"_s));
        QVERIFY(email.body.contains(u"C-1042"_s));
        QVERIFY(email.body.contains(u"attached"_s));
        for (const Questionnaire::Item &item : questionnaire.items()) {
            const QString line = QString::number(item.number) + u". "_s + item.question->translatedText();
            QVERIFY2(email.body.contains(line), qPrintable(line));
            QVERIFY(email.body.contains(item.question->answerFormatHint()));
            QVERIFY(email.body.contains(item.question->translatedWhy()));
        }
        QVERIFY(!email.body.contains(textOf(u"host.tls.versions"_s)));
        QVERIFY(email.body.trimmed().endsWith(u"Tiny Tea"_s));

        const QuestionnaireLetter::Email brief = QuestionnaireLetter::email(questionnaire, false);
        QVERIFY(!brief.body.contains(questionnaire.items().first().question->translatedWhy()));
    }

    void mailtoParsesBack()
    {
        // Few questions: the whole email fits.
        const qint64 registrar
            = addProvider(u"Names & Co"_s, ProviderKind::Registrar, u"help@names.example"_s);
        const Questionnaire small
            = Questionnaire::build(*m_plan, registrar, Questionnaire::Selection::All, today);
        const QUrl url = QuestionnaireLetter::mailtoUrl(small, 100000);
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), u"mailto"_s);
        QCOMPARE(url.path(), u"help@names.example"_s);
        const QUrlQuery query(url);
        const QuestionnaireLetter::Email email = QuestionnaireLetter::email(small);
        QCOMPARE(query.queryItemValue(u"subject"_s, QUrl::FullyDecoded), email.subject);
        QString body = query.queryItemValue(u"body"_s, QUrl::FullyDecoded);
        body.replace(u"\r\n"_s, u"\n"_s);
        QCOMPARE(body, email.body);
        QVERIFY(body.contains(small.items().first().question->translatedWhy()));

        // Many questions: shortened, and says where the rest is.
        const qint64 host = addProvider(u"Hostly"_s, ProviderKind::WebHost, u"support@hostly.example"_s);
        const Questionnaire big = Questionnaire::build(*m_plan, host, Questionnaire::Selection::All, today);
        const QUrl shortened = QuestionnaireLetter::mailtoUrl(big);
        QVERIFY2(shortened.toEncoded().size() <= 2000,
                 QByteArray::number(shortened.toEncoded().size()).constData());
        const QString shortBody = QUrlQuery(shortened).queryItemValue(u"body"_s, QUrl::FullyDecoded);
        QVERIFY(shortBody.contains(u"attached letter"_s));
        QVERIFY(shortBody.contains(u"1. "_s + textOf(big.items().first().question->id)));
        QVERIFY(!shortBody.contains(big.items().first().question->translatedWhy()));
        QCOMPARE(QUrlQuery(shortened).queryItemValue(u"subject"_s, QUrl::FullyDecoded),
                 QuestionnaireLetter::email(big).subject);
    }

    void fillInFileShape()
    {
        const qint64 id = addProvider(u"Hostly"_s, ProviderKind::WebHost);
        const Questionnaire questionnaire
            = Questionnaire::build(*m_plan, id, Questionnaire::Selection::All, today);
        const QByteArray file = QuestionnaireCsv::fillInFile(questionnaire);
        QVERIFY(file.startsWith("\xEF\xBB\xBF"));
        QVERIFY(file.sliced(3).startsWith(
            "question_id,question_version,question,answer_format,answer,answered_by,answered_on,notes\r\n"));
        QVERIFY(!file.contains("\n\n"));
        QCOMPARE(file.count("\r\n"), questionnaire.items().size() + 1);
        const Result<CsvTable> table = CsvReader::read(file);
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(table->encoding, u"UTF-8 (BOM)"_s);
        QCOMPARE(table->records.size(), questionnaire.items().size());
        for (int i = 0; i < table->records.size(); ++i) {
            const QStringList &fields = table->records.at(i).fields;
            const Question &question = *questionnaire.items().at(i).question;
            QCOMPARE(fields.at(0), question.id);
            QCOMPARE(fields.at(1), QString::number(question.version));
            QVERIFY(fields.at(2).contains(question.translatedText()));
            QCOMPARE(fields.at(3), question.answerFormatHint());
            for (int column = 4; column < 8; ++column)
                QVERIFY(fields.at(column).isEmpty());
        }
    }

    void letterHtmlListsTheQuestions()
    {
        const qint64 id = addProvider(u"Names & Co"_s, ProviderKind::Registrar);
        const Questionnaire questionnaire
            = Questionnaire::build(*m_plan, id, Questionnaire::Selection::All, today);
        const QString html = QuestionnaireLetter::html(questionnaire);
        QVERIFY(html.contains(u"Tiny Tea"_s));
        QVERIFY(html.contains(u"Names &amp; Co"_s));
        QVERIFY(html.contains(u"C-1042"_s));
        for (const Questionnaire::Item &item : questionnaire.items())
            QVERIFY(html.contains(item.question->translatedText().toHtmlEscaped()));
        QVERIFY(!html.contains(textOf(u"host.hsts"_s).toHtmlEscaped()));
    }

    void pdfLetterListsExactlyTheApplicableQuestions()
    {
        const qint64 id = addProvider(u"Pixel Agency"_s, ProviderKind::Developer);
        const Questionnaire questionnaire
            = Questionnaire::build(*m_plan, id, Questionnaire::Selection::All, today);
        const QString pdf = m_dir->filePath(u"letter.pdf"_s);
        const Status written = QuestionnaireLetter::writePdf(questionnaire, pdf);
        QVERIFY2(written.ok(), qPrintable(written.error()));

        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s });
        QVERIFY(pdftotext.waitForFinished(30000));
        QCOMPARE(pdftotext.exitCode(), 0);
        // Lines wrap where the page ends them, a question may run on over a page's number, and
        // "fi" may come back as a ligature: drop each page's number, fold the whitespace, undo the
        // compatibility forms.
        QStringList pages = QString::fromUtf8(pdftotext.readAllStandardOutput()).split(u'\f');
        static const QRegularExpression pageNumber(u"\\n\\s*\\d+\\s*$"_s);
        for (QString &page : pages)
            page.remove(pageNumber);
        const QString text = pages.join(u'\n').normalized(QString::NormalizationForm_KC).simplified();
        QVERIFY2(text.contains(u"Tiny Tea"_s), qPrintable(text.left(500)));
        QVERIFY(text.contains(u"Pixel Agency"_s));
        QVERIFY(text.contains(u"C-1042"_s));
        for (const QString &qid :
             { u"dev.accounts"_s, u"dev.git"_s, u"dev.handover"_s, u"incident.notify-hours"_s }) {
            QVERIFY(questionnaire.item(qid));
            QVERIFY2(text.contains(textOf(qid).simplified()), qPrintable(qid));
        }
        for (const QString &qid :
             { u"host.tls.versions"_s, u"registrar.expiry"_s, u"payment.pci.attested"_s })
            QVERIFY2(!text.contains(textOf(qid).simplified()), qPrintable(qid));
        // Exactly the questions asked: one numbered "Answer:" line each.
        QCOMPARE(text.count(u"Answer format:"_s), questionnaire.items().size());
        for (const Questionnaire::Item &item : questionnaire.items())
            QVERIFY2(text.contains(item.question->translatedText().simplified()),
                     qPrintable(item.question->id));

        // A folder that does not exist: a plain error, no file.
        const Status failed
            = QuestionnaireLetter::writePdf(questionnaire, m_dir->filePath(u"no/such/letter.pdf"_s));
        QVERIFY(!failed.ok());
        QVERIFY(!failed.error().isEmpty());
    }

    void suggestedFileName()
    {
        const qint64 id = addProvider(u"Names & Co"_s, ProviderKind::Registrar);
        const Questionnaire questionnaire
            = Questionnaire::build(*m_plan, id, Questionnaire::Selection::All, today);
        QCOMPARE(QuestionnaireLetter::suggestedFileName(questionnaire, u"pdf"_s),
                 u"tiny-tea-names-co-questionnaire-2025-06-01.pdf"_s);
    }
};

QTEST_MAIN(TestQuestionnaire)
#include "tst_questionnaire.moc"
