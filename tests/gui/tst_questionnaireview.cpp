#include "AnswerDialog.h"
#include "EvidenceList.h"
#include "FileDialog.h"
#include "GuiTestHome.h"
#include "ImportAnswersDialog.h"
#include "LetterDialog.h"
#include "MessageBox.h"
#include "PlanSession.h"
#include "QuestionnaireModel.h"
#include "QuestionnaireView.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "providers/QuestionBank.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestQuestionnaireView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { Clock::setClock(nullptr); }
    void init();
    void cleanup();

    void listsTheQuestionsForAWebHost();
    void oldTlsVersionsFallShort();
    void conditionalQuestionAppearsOnceItsConditionHolds();
    void answerIsUndoneAndRedone();
    void evidenceIsKeptWithItsHashAndSize();
    void oversizeEvidenceIsRefused();
    void importShowsBadRowsAndRecordsOnlyValidOnes();
    void letterIsSavedAsPdfAndCsv();

private:
    // Answers through the dialog, as the owner would: ticks/clicks `keys` and saves.
    void answerByHand(const QString &questionId, const QStringList &keys, const QString &by = u"Jane"_s);
    QString cell(const QString &questionId, int column) const;

    GuiTestHome m_home;
    FixedClock m_clock { QDateTime(QDate(2026, 3, 5), QTime(12, 0), Qt::UTC) };
    QTemporaryDir m_dir;
    std::unique_ptr<PlanSession> m_session;
    std::unique_ptr<QuestionnaireView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_providerId = 0;
};

void TestQuestionnaireView::initTestCase()
{
    QVERIFY(m_home.start());
    Clock::setClock(&m_clock);
}

void TestQuestionnaireView::init()
{
    m_home.reset();
    const QString path
        = m_dir.filePath(u"%1.storefort"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_session = std::make_unique<PlanSession>();
    QVERIFY(m_session->create(path, u"Questionnaire shop"_s));
    Provider host;
    host.name = u"Acme Hosting"_s;
    host.kind = ProviderKind::WebHost;
    host.supportEmail = u"support@acme.example"_s;
    auto id = m_session->plan()->addProvider(host);
    QVERIFY2(id, qPrintable(id.error()));
    m_providerId = id.value();
    m_view = std::make_unique<QuestionnaireView>(*m_session);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->setProvider(m_providerId);
    m_view->resize(1100, 700);
    m_view->show();
}

void TestQuestionnaireView::cleanup()
{
    m_tester.reset();
    m_view.reset();
    m_session.reset();
}

QString TestQuestionnaireView::cell(const QString &questionId, int column) const
{
    const QModelIndex index = m_view->model()->indexOf(questionId);
    if (!index.isValid())
        return {};
    return index.siblingAtColumn(column).data().toString();
}

void TestQuestionnaireView::answerByHand(const QString &questionId, const QStringList &keys,
                                         const QString &by)
{
    m_view->selectQuestion(questionId);
    QCOMPARE(m_view->selectedQuestionId(), questionId);
    m_view->answerSelected();
    auto *dialog = m_view->findChild<AnswerDialog *>();
    QVERIFY(dialog);
    for (const QString &key : keys) {
        auto *button = dialog->findChild<QAbstractButton *>(u"answer-"_s + key);
        QVERIFY2(button, qPrintable(key));
        button->click();
    }
    auto *answeredBy = dialog->findChild<QLineEdit *>(u"answerAnsweredBy"_s);
    answeredBy->setText(by);
    emit answeredBy->textEdited(by);
    auto *ok = dialog->findChild<QPushButton *>(u"answerOk"_s);
    QVERIFY(ok->isEnabled());
    ok->click();
    QTRY_VERIFY(!m_view->findChild<AnswerDialog *>());
}

void TestQuestionnaireView::listsTheQuestionsForAWebHost()
{
    QStringList expected;
    for (const Question *q : QuestionBank::builtIn().applicable(ProviderKind::WebHost, {}))
        expected << q->id;
    QVERIFY(expected.contains(u"host.tls.versions"_s));
    QStringList shown;
    for (const QuestionnaireModel::Row &row : m_view->model()->rows())
        shown << row.question->id;
    QCOMPARE(shown, expected);
    // Each of them is a row under its topic, not answered yet.
    for (const QString &id : std::as_const(expected))
        QCOMPARE(cell(id, QuestionnaireModel::AnswerColumn), u"Not answered"_s);
    QVERIFY(!m_view->model()->indexOf(u"host.cert.renew-days"_s).isValid());
    QVERIFY(m_view->findChild<QLabel *>(u"questionnaireSummary"_s)->text().contains(u"Acme Hosting"_s));
}

void TestQuestionnaireView::oldTlsVersionsFallShort()
{
    answerByHand(u"host.tls.versions"_s, { u"tls10"_s, u"tls12"_s });
    const auto answer = m_session->plan()->answer(m_providerId, u"host.tls.versions"_s);
    QVERIFY(answer);
    QCOMPARE(answer->value, u"tls10;tls12"_s);
    QCOMPARE(answer->answeredBy, u"Jane"_s);
    QCOMPARE(answer->givenOn, QDate(2026, 3, 5));
    QCOMPARE(cell(u"host.tls.versions"_s, QuestionnaireModel::VerdictColumn), u"Falls short"_s);
    const QModelIndex onFile
        = m_view->model()->indexOf(u"host.tls.versions"_s).siblingAtColumn(QuestionnaireModel::OnFileColumn);
    QVERIFY(onFile.data(Qt::ToolTipRole)
                .toString()
                .startsWith(u"Given by Jane at Acme Hosting on 5 March 2026"_s));

    // The filter narrows the list to what falls short.
    m_view->model()->setFilter(QuestionnaireModel::Filter::FallingShort);
    QCOMPARE(m_view->model()->rowCount(), 1);
    QCOMPARE(m_view->model()->rowCount(m_view->model()->index(0, 0)), 1);
}

void TestQuestionnaireView::conditionalQuestionAppearsOnceItsConditionHolds()
{
    QVERIFY(!m_view->model()->indexOf(u"host.cert.renew-days"_s).isValid());
    answerByHand(u"host.cert.auto-renew"_s, { u"yes"_s });
    QVERIFY(m_view->model()->indexOf(u"host.cert.renew-days"_s).isValid());
    QCOMPARE(cell(u"host.cert.auto-renew"_s, QuestionnaireModel::VerdictColumn), u"Meets"_s);
}

void TestQuestionnaireView::answerIsUndoneAndRedone()
{
    answerByHand(u"host.hsts"_s, { u"no"_s });
    answerByHand(u"host.hsts"_s, { u"yes"_s }, u"Bob"_s);
    QUndoStack *undo = m_session->undoStack();
    QCOMPARE(undo->count(), 2);
    QCOMPARE(m_session->plan()->answer(m_providerId, u"host.hsts"_s)->value, u"yes"_s);

    undo->undo();
    auto before = m_session->plan()->answer(m_providerId, u"host.hsts"_s);
    QVERIFY(before);
    QCOMPARE(before->value, u"no"_s);
    QCOMPARE(before->answeredBy, u"Jane"_s);
    QCOMPARE(cell(u"host.hsts"_s, QuestionnaireModel::VerdictColumn), u"Falls short"_s);
    undo->undo();
    QVERIFY(!m_session->plan()->answer(m_providerId, u"host.hsts"_s));
    QCOMPARE(cell(u"host.hsts"_s, QuestionnaireModel::AnswerColumn), u"Not answered"_s);
    undo->redo();
    undo->redo();
    QCOMPARE(m_session->plan()->answer(m_providerId, u"host.hsts"_s)->value, u"yes"_s);
    QCOMPARE(m_session->plan()->answer(m_providerId, u"host.hsts"_s)->answeredBy, u"Bob"_s);
    QCOMPARE(cell(u"host.hsts"_s, QuestionnaireModel::VerdictColumn), u"Meets"_s);
}

void TestQuestionnaireView::evidenceIsKeptWithItsHashAndSize()
{
    answerByHand(u"host.hsts"_s, { u"yes"_s });
    QByteArray bytes(300 * 1024, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(QRandomGenerator::global()->bounded(256));
    const QString path = m_dir.filePath(u"hsts-screenshot.png"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    EvidenceList *evidence = m_view->evidence();
    QSignalSpy done(evidence, &EvidenceList::readingFinished);
    FileDialog::setNextFileName(path);
    evidence->addFile();
    QVERIFY(done.wait(10000));

    const auto answer = m_session->plan()->answer(m_providerId, u"host.hsts"_s);
    QCOMPARE(answer->attachments.size(), 1);
    QCOMPARE(answer->attachments.first().sha256, sha);
    QCOMPARE(answer->attachments.first().size, bytes.size());
    QCOMPARE(answer->attachments.first().fileName, u"hsts-screenshot.png"_s);
    auto data = m_session->plan()->attachmentData(answer->attachments.first().id);
    QVERIFY(data);
    QCOMPARE(data.value(), bytes);

    auto *list = evidence->findChild<QTreeWidget *>(u"evidenceFiles"_s);
    QCOMPARE(list->topLevelItemCount(), 1);
    QTreeWidgetItem *item = list->topLevelItem(0);
    QCOMPARE(item->text(0), u"hsts-screenshot.png"_s);
    QCOMPARE(item->text(1), QLocale().formattedDataSize(bytes.size()));
    QCOMPARE(item->text(2), EvidenceList::shortHash(sha));
    QVERIFY(item->toolTip(2).contains(sha));
    QVERIFY(cell(u"host.hsts"_s, QuestionnaireModel::EvidenceColumn).startsWith(u"1 file"_s));
}

void TestQuestionnaireView::oversizeEvidenceIsRefused()
{
    answerByHand(u"host.hsts"_s, { u"yes"_s });
    const QString path = m_dir.filePath(u"too-big.pdf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(Attachment::maxSize + 1));
    file.close();

    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QSignalSpy done(m_view->evidence(), &EvidenceList::readingFinished);
    FileDialog::setNextFileName(path);
    m_view->evidence()->addFile();
    QTRY_COMPARE(done.count(), 1);
    QVERIFY(MessageBox::lastText().contains(u"too-big.pdf"_s));
    QVERIFY(MessageBox::lastText().contains(QLocale().formattedDataSize(Attachment::maxSize)));
    QVERIFY(m_session->plan()->answer(m_providerId, u"host.hsts"_s)->attachments.isEmpty());
}

void TestQuestionnaireView::importShowsBadRowsAndRecordsOnlyValidOnes()
{
    const QString path = m_dir.filePath(u"returned.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("question_id,question_version,question,answer_format,answer,answered_by,answered_on,notes\r\n"
               "host.hsts,1,HSTS?,yes / no / unknown,yes,Jane at Acme,2026-03-01,\r\n"
               "host.cdn.fronted,1,CDN?,yes / no / unknown,perhaps,Jane at Acme,2026-03-01,\r\n"
               "host.ddos.protection,1,DDoS?,yes / no / unknown,no,Jane at Acme,2026-03-01,\r\n"
               "host.cert.auto-renew,1,Renew?,yes / no / unknown,,,,\r\n");
    file.close();

    QSignalSpy checked(m_view.get(), &QuestionnaireView::importChecked);
    m_view->importFile(path);
    QVERIFY(checked.wait(10000));
    auto *dialog = m_view->findChild<ImportAnswersDialog *>();
    QVERIFY(dialog);
    QTreeWidget *errors = dialog->errorsList();
    QCOMPARE(errors->topLevelItemCount(), 1);
    QCOMPARE(errors->topLevelItem(0)->text(0), u"Line 3"_s);
    QVERIFY(!errors->topLevelItem(0)->text(1).isEmpty());
    QVERIFY(!dialog->recordAllButton()->isEnabled());
    QVERIFY(!dialog->recordValidButton()->isHidden());
    QCOMPARE(dialog->answersList()->topLevelItemCount(), 2);
    QCOMPARE(dialog->answersList()->topLevelItem(0)->text(5), u"new"_s);
    // Nothing changed yet.
    QVERIFY(m_session->plan()->answersOf(m_providerId).isEmpty());

    dialog->recordValidButton()->click();
    QTRY_VERIFY(!m_view->findChild<ImportAnswersDialog *>());
    const QList<Answer> answers = m_session->plan()->answersOf(m_providerId);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(m_session->plan()->answer(m_providerId, u"host.hsts"_s)->value, u"yes"_s);
    QCOMPARE(m_session->plan()->answer(m_providerId, u"host.ddos.protection"_s)->value, u"no"_s);
    QCOMPARE(m_session->plan()->answer(m_providerId, u"host.hsts"_s)->answeredBy, u"Jane at Acme"_s);
    QVERIFY(!m_session->plan()->answer(m_providerId, u"host.cdn.fronted"_s));
    // One undo step takes the whole import back.
    QCOMPARE(m_session->undoStack()->count(), 1);
    m_session->undoStack()->undo();
    QVERIFY(m_session->plan()->answersOf(m_providerId).isEmpty());
}

void TestQuestionnaireView::letterIsSavedAsPdfAndCsv()
{
    m_view->askProvider();
    auto *dialog = m_view->findChild<LetterDialog *>();
    QVERIFY(dialog);
    QVERIFY(!dialog->questionnaire().isEmpty());
    QVERIFY(dialog->findChild<QPushButton *>(u"letterOpenEmail"_s)->isEnabled());

    const QString pdf = m_dir.filePath(u"letter.pdf"_s);
    QSignalSpy finished(dialog, &LetterDialog::pdfFinished);
    FileDialog::setNextFileName(pdf);
    dialog->savePdf();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(4) == "%PDF");

    const QString csv = m_dir.filePath(u"fill-in.csv"_s);
    FileDialog::setNextFileName(csv);
    dialog->saveCsv();
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    QVERIFY(bytes.contains("question_id"));
    QVERIFY(bytes.contains("host.tls.versions"));
}

QTEST_MAIN(TestQuestionnaireView)
#include "tst_questionnaireview.moc"
