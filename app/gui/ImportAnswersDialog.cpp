#include "ImportAnswersDialog.h"

#include "QuestionnaireModel.h"
#include "providers/QuestionBank.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ImportAnswersDialog::ImportAnswersDialog(const QuestionnaireImport &import, const QString &fileName,
                                         const QString &providerName, QWidget *parent)
    : QDialog(parent)
    , m_import(import)
    , m_answers(new QTreeWidget(this))
    , m_errors(new QTreeWidget(this))
    , m_recordAll(nullptr)
    , m_recordValid(nullptr)
{
    setObjectName(u"importAnswersDialog"_s);
    setWindowTitle(tr("Import Answers from %1").arg(providerName));
    const QList<Answer> toRecord = answersToRecord();
    const int valid = int(toRecord.size());
    const int unchanged = int(import.rows().size()) - valid;
    const int errors = int(import.errors().size());

    auto *summary = new QLabel(this);
    summary->setObjectName(u"importSummary"_s);
    summary->setWordWrap(true);
    QStringList parts;
    parts << tr("“%1” holds %n answer(s).", nullptr, int(import.rows().size()))
                 .arg(QFileInfo(fileName).fileName());
    if (import.rowsBlank() > 0)
        parts << tr("%n row(s) without an answer are skipped.", nullptr, import.rowsBlank());
    if (unchanged > 0)
        parts << tr("%n answer(s) are the same as on file already.", nullptr, unchanged);
    if (import.isUnreadable())
        parts = QStringList {
            tr("“%1” could not be read as a fill-in file.").arg(QFileInfo(fileName).fileName())
        };
    else if (errors > 0)
        parts << tr("%n problem(s) were found; rows with a problem are not recorded.", nullptr, errors);
    else
        parts << tr("No problems were found.");
    parts << tr("Nothing is recorded until you choose.");
    summary->setText(parts.join(u' '));

    auto *answersLabel = new QLabel(tr("&Answers to record:"), this);
    answersLabel->setBuddy(m_answers);
    m_answers->setObjectName(u"importAnswers"_s);
    m_answers->setAccessibleName(tr("Answers to record"));
    m_answers->setRootIsDecorated(false);
    m_answers->setHeaderLabels(
        { tr("Line"), tr("Question"), tr("Answer"), tr("Given by"), tr("Given on"), tr("Change") });
    const QLocale locale;
    for (const QuestionnaireImport::Row &row : import.rows()) {
        if (!row.changes())
            continue;
        const Question *question = QuestionBank::builtIn().find(row.answer.questionId);
        auto *item = new QTreeWidgetItem(m_answers);
        item->setText(0, locale.toString(row.line));
        item->setText(1, question ? question->translatedText() : row.answer.questionId);
        item->setToolTip(1, item->text(1));
        item->setText(2, question ? question->displayAnswer(row.answer.value) : row.answer.value);
        item->setText(3, row.answer.answeredBy);
        item->setText(4, locale.toString(row.answer.givenOn, QLocale::ShortFormat));
        if (row.previous) {
            const QString old = question ? question->displayAnswer(row.previous->value) : row.previous->value;
            item->setText(
                5, tr("replaces “%1” (%2)").arg(old, QuestionnaireModel::longDate(row.previous->givenOn)));
        } else {
            item->setText(5, tr("new"));
        }
        item->setToolTip(5, item->text(5));
    }
    m_answers->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_answers->header()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto *errorsLabel = new QLabel(tr("&Problems in the file:"), this);
    errorsLabel->setBuddy(m_errors);
    m_errors->setObjectName(u"importErrors"_s);
    m_errors->setAccessibleName(tr("Problems in the file"));
    m_errors->setRootIsDecorated(false);
    m_errors->setHeaderLabels({ tr("Line"), tr("Problem") });
    m_errors->setWordWrap(true);
    for (const CsvError &error : import.errors()) {
        auto *item = new QTreeWidgetItem(m_errors);
        item->setText(0, error.line > 0 ? tr("Line %1").arg(locale.toString(error.line)) : tr("The file"));
        item->setText(1, error.message);
        item->setToolTip(1, error.message);
        item->setIcon(0, QIcon(u":/icons/status-error.svg"_s));
    }
    m_errors->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    errorsLabel->setVisible(errors > 0);
    m_errors->setVisible(errors > 0);
    answersLabel->setVisible(valid > 0);
    m_answers->setVisible(valid > 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_recordAll
        = buttons->addButton(tr("&Record %n Answer(s)", nullptr, valid), QDialogButtonBox::AcceptRole);
    m_recordAll->setObjectName(u"importRecordAll"_s);
    m_recordAll->setEnabled(errors == 0 && valid > 0);
    if (errors > 0)
        m_recordAll->setToolTip(tr("Fix the problems in the file first, or record only the valid answers"));
    m_recordValid = buttons->addButton(tr("Record the %n &Valid Answer(s), Skip the Errors", nullptr, valid),
                                       QDialogButtonBox::AcceptRole);
    m_recordValid->setObjectName(u"importRecordValid"_s);
    m_recordValid->setVisible(errors > 0 && valid > 0 && !import.isUnreadable());
    buttons->button(QDialogButtonBox::Cancel)->setDefault(errors > 0);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(errorsLabel);
    layout->addWidget(m_errors, 1);
    layout->addWidget(answersLabel);
    layout->addWidget(m_answers, 2);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(QSize(fontMetrics().averageCharWidth() * 120, fontMetrics().lineSpacing() * 30));
}

QList<Answer> ImportAnswersDialog::answersToRecord() const
{
    QList<Answer> answers;
    for (const QuestionnaireImport::Row &row : m_import.rows()) {
        if (row.changes())
            answers << row.answer;
    }
    return answers;
}
