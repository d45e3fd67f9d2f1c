#include "AnswerDialog.h"

#include "AnswerEditor.h"
#include "FieldMessage.h"
#include "common/Clock.h"
#include "providers/Question.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AnswerDialog::AnswerDialog(const Question &question, qint64 providerId, const std::optional<Answer> &onFile,
                           const QString &answeredBy, QWidget *parent)
    : QDialog(parent)
    , m_question(question)
    , m_editor(new AnswerEditor(question, this))
    , m_answeredBy(new QLineEdit(this))
    , m_givenOn(new QDateEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_answerMessage(new FieldMessage(m_editor->focusField(), this))
    , m_answeredByMessage(new FieldMessage(m_answeredBy, this))
    , m_givenOnMessage(new FieldMessage(m_givenOn, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"answerDialog"_s);
    setWindowTitle(onFile ? tr("Change the Answer") : tr("Record an Answer"));
    const QDate today = Clock::now().toLocalTime().date();

    if (onFile) {
        m_original = *onFile;
        m_onFileVersion = onFile->questionVersion;
    } else {
        m_original.providerId = providerId;
        m_original.questionId = question.id;
        m_original.givenOn = today;
    }
    m_original.questionVersion = question.version; // answered now: under the question as it is now

    auto *questionLabel = new QLabel(question.translatedText(), this);
    questionLabel->setObjectName(u"answerQuestion"_s);
    questionLabel->setWordWrap(true);
    QFont bold = questionLabel->font();
    bold.setBold(true);
    questionLabel->setFont(bold);
    auto *good = new QLabel(tr("What good looks like: %1").arg(question.translatedGood()), this);
    good->setWordWrap(true);
    good->setTextFormat(Qt::PlainText);

    if (onFile)
        m_editor->setValue(onFile->value);
    m_answeredBy->setObjectName(u"answerAnsweredBy"_s);
    m_answeredBy->setAccessibleName(tr("Who answered"));
    m_answeredBy->setPlaceholderText(tr("A name at the provider, their email, or the document"));
    m_answeredBy->setText(onFile ? onFile->answeredBy : answeredBy);
    m_givenOn->setObjectName(u"answerGivenOn"_s);
    m_givenOn->setAccessibleName(tr("Date the answer was given"));
    m_givenOn->setCalendarPopup(true);
    m_givenOn->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_givenOn->setDate(m_original.givenOn.isValid() ? m_original.givenOn : today);
    m_notes->setObjectName(u"answerNotes"_s);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlainText(m_original.notes);
    m_notes->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addRow = [&](const QString &label, QWidget *buddy, QWidget *field, FieldMessage *message) {
        auto *fieldBox = new QVBoxLayout;
        fieldBox->setSpacing(2);
        fieldBox->addWidget(field);
        if (message)
            fieldBox->addWidget(message);
        auto *labelWidget = new QLabel(label, this);
        labelWidget->setBuddy(buddy);
        form->addRow(labelWidget, fieldBox);
    };
    addRow(tr("&Their answer:"), m_editor->focusField(), m_editor, m_answerMessage);
    addRow(tr("&Who answered:"), m_answeredBy, m_answeredBy, m_answeredByMessage);
    addRow(tr("&Given on:"), m_givenOn, m_givenOn, m_givenOnMessage);
    addRow(tr("N&otes:"), m_notes, m_notes, nullptr);

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Save Answer"));
    ok->setObjectName(u"answerOk"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(questionLabel);
    layout->addWidget(good);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto touched = [this] {
        m_touched = true;
        validate();
    };
    connect(m_editor, &AnswerEditor::changed, this, touched);
    connect(m_answeredBy, &QLineEdit::textEdited, this, touched);
    connect(m_givenOn, &QDateEdit::dateChanged, this, touched);
    connect(m_notes, &QPlainTextEdit::textChanged, this, touched);

    m_touched = onFile.has_value();
    validate();
    m_editor->focusField()->setFocus();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 80, 0)));
}

Answer AnswerDialog::answer() const
{
    Answer a = m_original;
    a.value = m_editor->value().value_or(QString());
    if (m_question.checkAnswer(a.value).isEmpty())
        a.value = m_question.normalisedAnswer(a.value);
    a.answeredBy = m_answeredBy->text().trimmed();
    a.givenOn = m_givenOn->date();
    a.notes = m_notes->toPlainText().trimmed();
    return a;
}

void AnswerDialog::validate()
{
    const std::optional<QString> value = m_editor->value();
    QString answerProblem;
    if (!value)
        answerProblem = tr("Choose or enter their answer.");
    else
        answerProblem = m_question.checkAnswer(*value);
    const QString byProblem = m_answeredBy->text().trimmed().isEmpty()
        ? tr("Say who gave the answer: a name, an email or a document.")
        : QString();
    const QDate today = Clock::now().toLocalTime().date();
    const QString dateProblem = m_givenOn->date() > today
        ? tr("The date lies in the future. Use the day they gave the answer, today (%1) at the latest.")
              .arg(QLocale().toString(today, QLocale::ShortFormat))
        : QString();

    // A new, empty form waits until something is entered before it points at what is missing.
    m_answerMessage->setMessage(m_touched || value ? answerProblem : QString());
    m_answeredByMessage->setMessage(m_touched ? byProblem : QString());
    m_givenOnMessage->setMessage(dateProblem);
    const Answer a = answer();
    const bool changed = a.value != m_original.value || a.answeredBy != m_original.answeredBy
        || a.givenOn != m_original.givenOn || a.notes != m_original.notes || m_original.id == 0
        || m_onFileVersion != m_question.version;
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(answerProblem.isEmpty() && byProblem.isEmpty() && dateProblem.isEmpty() && changed);
}
