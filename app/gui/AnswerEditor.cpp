#include "AnswerEditor.h"

#include "common/Clock.h"
#include "providers/Question.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AnswerEditor::AnswerEditor(const Question &question, QWidget *parent)
    : QWidget(parent)
    , m_question(question)
{
    setObjectName(u"answerEditor"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QString name = tr("Answer");

    switch (question.type) {
    case Question::Type::YesNo: {
        auto *row = new QHBoxLayout;
        auto *group = new QButtonGroup(this);
        const QList<std::pair<QString, QString>> options
            = { { u"yes"_s, tr("&Yes") }, { u"no"_s, tr("N&o") }, { u"unknown"_s, tr("They do&n’t know") } };
        for (const auto &[key, text] : options) {
            auto *button = new QRadioButton(text, this);
            button->setObjectName(u"answer-"_s + key);
            button->setProperty("answerKey", key);
            group->addButton(button);
            row->addWidget(button);
            m_yesNo << button;
            connect(button, &QRadioButton::toggled, this, &AnswerEditor::changed);
        }
        row->addStretch();
        layout->addLayout(row);
        break;
    }
    case Question::Type::Choice:
        m_choice = new QComboBox(this);
        m_choice->setObjectName(u"answerChoice"_s);
        m_choice->setAccessibleName(name);
        m_choice->addItem(tr("Choose their answer…"));
        for (const Question::Choice &choice : question.choices)
            m_choice->addItem(question.translatedChoice(choice.key), choice.key);
        m_choice->addItem(tr("They don’t know"), u"unknown"_s);
        layout->addWidget(m_choice);
        connect(m_choice, &QComboBox::currentIndexChanged, this, &AnswerEditor::changed);
        break;
    case Question::Type::Choices:
        for (const Question::Choice &choice : question.choices) {
            auto *box = new QCheckBox(question.translatedChoice(choice.key), this);
            box->setObjectName(u"answer-"_s + choice.key);
            box->setProperty("answerKey", choice.key);
            layout->addWidget(box);
            m_choices << box;
            connect(box, &QCheckBox::toggled, this, [this, box](bool on) { exclusiveToggled(box, on); });
        }
        m_none = new QCheckBox(tr("None of these"), this);
        m_none->setObjectName(u"answerNone"_s);
        layout->addWidget(m_none);
        connect(m_none, &QCheckBox::toggled, this, [this](bool on) { exclusiveToggled(m_none, on); });
        addUnknownBox(layout);
        break;
    case Question::Type::Number: {
        auto *row = new QHBoxLayout;
        m_number = new QLineEdit(this);
        m_number->setObjectName(u"answerNumber"_s);
        m_number->setAccessibleName(
            question.unit.isEmpty() ? name : tr("Answer in %1").arg(question.translatedUnit()));
        auto *validator = new QDoubleValidator(this);
        validator->setNotation(QDoubleValidator::StandardNotation);
        m_number->setValidator(validator);
        m_number->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
        row->addWidget(m_number);
        if (!question.unit.isEmpty())
            row->addWidget(new QLabel(question.translatedUnit(), this));
        row->addStretch();
        layout->addLayout(row);
        connect(m_number, &QLineEdit::textChanged, this, &AnswerEditor::changed);
        addUnknownBox(layout);
        break;
    }
    case Question::Type::Date: {
        auto *row = new QHBoxLayout;
        m_date = new QDateEdit(this);
        m_date->setObjectName(u"answerDate"_s);
        m_date->setAccessibleName(name);
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        m_date->setDate(Clock::now().toLocalTime().date());
        row->addWidget(m_date);
        row->addStretch();
        layout->addLayout(row);
        connect(m_date, &QDateEdit::dateChanged, this, &AnswerEditor::changed);
        addUnknownBox(layout);
        break;
    }
    case Question::Type::Text:
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(u"answerText"_s);
        m_text->setAccessibleName(name);
        m_text->setTabChangesFocus(true);
        m_text->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
        layout->addWidget(m_text);
        connect(m_text, &QPlainTextEdit::textChanged, this, &AnswerEditor::changed);
        break;
    }
}

std::optional<QString> AnswerEditor::value() const
{
    if (m_unknown && m_unknown->isChecked())
        return u"unknown"_s;
    switch (m_question.type) {
    case Question::Type::YesNo:
        for (QRadioButton *button : m_yesNo) {
            if (button->isChecked())
                return button->property("answerKey").toString();
        }
        return std::nullopt;
    case Question::Type::Choice:
        if (m_choice->currentIndex() <= 0)
            return std::nullopt;
        return m_choice->currentData().toString();
    case Question::Type::Choices: {
        QStringList keys;
        for (QCheckBox *box : m_choices) {
            if (box->isChecked())
                keys << box->property("answerKey").toString();
        }
        if (m_none->isChecked())
            return u"none"_s;
        if (keys.isEmpty())
            return std::nullopt;
        return keys.join(u';');
    }
    case Question::Type::Number: {
        const QString text = m_number->text().trimmed();
        if (text.isEmpty())
            return std::nullopt;
        bool ok = false;
        const double number = QLocale().toDouble(text, &ok);
        // What the owner typed, so the question's check names the problem in their words.
        return ok ? QString::number(number, 'g', 15) : text;
    }
    case Question::Type::Date:
        return m_date->date().toString(Qt::ISODate);
    case Question::Type::Text: {
        const QString text = m_text->toPlainText().trimmed();
        if (text.isEmpty())
            return std::nullopt;
        return text;
    }
    }
    return std::nullopt;
}

void AnswerEditor::setValue(const QString &stored)
{
    if (m_unknown) {
        m_unknown->setChecked(stored == u"unknown"_s);
        if (m_unknown->isChecked())
            return;
    }
    switch (m_question.type) {
    case Question::Type::YesNo:
        for (QRadioButton *button : m_yesNo)
            button->setChecked(button->property("answerKey").toString() == stored);
        break;
    case Question::Type::Choice: {
        const int index = m_choice->findData(stored);
        m_choice->setCurrentIndex(index < 0 ? 0 : index);
        break;
    }
    case Question::Type::Choices: {
        const QStringList keys = stored.split(u';', Qt::SkipEmptyParts);
        for (QCheckBox *box : m_choices)
            box->setChecked(keys.contains(box->property("answerKey").toString()));
        m_none->setChecked(stored == u"none"_s);
        break;
    }
    case Question::Type::Number: {
        bool ok = false;
        const double number = stored.toDouble(&ok);
        m_number->setText(ok ? QLocale().toString(number, 'g', 15) : stored);
        break;
    }
    case Question::Type::Date:
        if (const QDate date = QDate::fromString(stored, Qt::ISODate); date.isValid())
            m_date->setDate(date);
        break;
    case Question::Type::Text:
        m_text->setPlainText(stored);
        break;
    }
}

QWidget *AnswerEditor::focusField() const
{
    if (!m_yesNo.isEmpty())
        return m_yesNo.first();
    if (!m_choices.isEmpty())
        return m_choices.first();
    if (m_choice)
        return m_choice;
    if (m_number)
        return m_number;
    if (m_date)
        return m_date;
    return m_text;
}

void AnswerEditor::exclusiveToggled(QCheckBox *box, bool on)
{
    // "None of these" and "They don't know" each stand alone; any choice clears them.
    if (on) {
        const bool alone = box == m_none || box == m_unknown;
        for (QCheckBox *other : m_choices) {
            if (other != box && alone)
                other->setChecked(false);
        }
        for (QCheckBox *other : { m_none, m_unknown }) {
            if (other && other != box)
                other->setChecked(false);
        }
    }
    if (m_number)
        m_number->setEnabled(!m_unknown->isChecked());
    if (m_date)
        m_date->setEnabled(!m_unknown->isChecked());
    emit changed();
}

void AnswerEditor::addUnknownBox(QLayout *layout)
{
    m_unknown = new QCheckBox(tr("They don’t know"), this);
    m_unknown->setObjectName(u"answerUnknown"_s);
    layout->addWidget(m_unknown);
    connect(m_unknown, &QCheckBox::toggled, this, [this](bool on) { exclusiveToggled(m_unknown, on); });
}
