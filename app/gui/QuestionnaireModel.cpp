#include "QuestionnaireModel.h"

#include "Appearance.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "providers/QuestionBank.h"

#include <QHash>
#include <QIcon>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QuestionnaireModel::QuestionnaireModel(const Plan &plan, QObject *parent)
    : QStandardItemModel(parent)
    , m_plan(plan)
{
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels(
        { tr("Question"), tr("Their answer"), tr("Verdict"), tr("On file"), tr("Evidence") });
}

void QuestionnaireModel::setProvider(qint64 providerId)
{
    m_providerId = providerId;
    reload();
}

void QuestionnaireModel::setFilter(Filter filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    reload();
}

const QuestionnaireModel::Row *QuestionnaireModel::row(const QString &questionId) const
{
    for (const Row &r : m_rows) {
        if (r.question->id == questionId)
            return &r;
    }
    return nullptr;
}

QModelIndex QuestionnaireModel::indexOf(const QString &questionId) const
{
    for (int t = 0; t < rowCount(); ++t) {
        const QModelIndex topic = index(t, 0);
        for (int q = 0; q < rowCount(topic); ++q) {
            const QModelIndex question = index(q, 0, topic);
            if (question.data(QuestionIdRole).toString() == questionId)
                return question;
        }
    }
    return {};
}

int QuestionnaireModel::outstandingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.outstanding(); }));
}

int QuestionnaireModel::fallingShortCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &r) { return r.verdict == Question::Verdict::FallsShort; }));
}

bool QuestionnaireModel::passes(const Row &row) const
{
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::Outstanding:
        return row.outstanding();
    case Filter::FallingShort:
        return row.verdict == Question::Verdict::FallsShort;
    }
    return true;
}

void QuestionnaireModel::reload()
{
    beginResetModel();
    blockSignals(true);
    removeRows(0, rowCount());
    m_rows.clear();

    const std::optional<Provider> provider = m_plan.provider(m_providerId);
    if (provider) {
        const QDate today = Clock::now().toLocalTime().date();
        QHash<QString, Answer> onFile;
        QHash<QString, QString> values;
        for (const Answer &answer : m_plan.answersOf(m_providerId)) {
            onFile.insert(answer.questionId, answer);
            values.insert(answer.questionId, answer.value);
        }
        for (const Question *question : QuestionBank::builtIn().applicable(provider->kind, values)) {
            Row r;
            r.question = question;
            if (auto it = onFile.constFind(question->id); it != onFile.cend()) {
                r.answer = *it;
                if (question->checkAnswer(it->value).isEmpty())
                    r.verdict = question->judge(it->value, today);
            }
            r.state = Questionnaire::stateOf(*question, r.answer, m_plan.answerMaxAgeMonths(), today);
            m_rows << r;
        }

        QHash<QString, QStandardItem *> topics;
        const QIcon dueIcon(u":/icons/status-warning.svg"_s);
        for (const Row &r : std::as_const(m_rows)) {
            if (!passes(r))
                continue;
            QStandardItem *topic = topics.value(r.question->topic);
            if (!topic) {
                topic = new QStandardItem(topicName(r.question->topic));
                topic->setData(r.question->topic, TopicRole);
                QFont bold = topic->font();
                bold.setBold(true);
                topic->setFont(bold);
                topic->setEditable(false);
                topic->setSelectable(false);
                QList<QStandardItem *> cells { topic };
                for (int c = 1; c < ColumnCount; ++c) {
                    auto *cell = new QStandardItem;
                    cell->setEditable(false);
                    cell->setSelectable(false);
                    cells << cell;
                }
                appendRow(cells);
                topics.insert(r.question->topic, topic);
            }
            QList<QStandardItem *> cells;
            for (int c = 0; c < ColumnCount; ++c) {
                auto *cell = new QStandardItem;
                cell->setEditable(false);
                cell->setData(r.question->id, QuestionIdRole);
                cells << cell;
            }
            cells[QuestionColumn]->setText(r.question->translatedText());
            cells[QuestionColumn]->setToolTip(r.question->translatedText());
            if (r.answer) {
                const QString shown = r.question->displayAnswer(r.answer->value);
                cells[AnswerColumn]->setText(shown);
                cells[AnswerColumn]->setToolTip(shown);
                if (r.verdict) {
                    cells[VerdictColumn]->setText(verdictText(*r.verdict));
                    cells[VerdictColumn]->setIcon(QIcon(verdictIcon(*r.verdict)));
                    if (*r.verdict == Question::Verdict::FallsShort)
                        cells[VerdictColumn]->setForeground(Appearance::toneColour(Appearance::Tone::Bad));
                }
                // Short in the list; the whole story in the tooltip and the details below it.
                QString shortText = tr("%1, %2").arg(
                    r.answer->answeredBy, QLocale().toString(r.answer->givenOn, QLocale::ShortFormat));
                QString fullText = provenance(*r.answer, provider->name);
                const QString due = stateText(r.state);
                if (!due.isEmpty()) {
                    shortText = tr("Due again · %1").arg(shortText);
                    fullText = due + u" · "_s + fullText;
                    cells[OnFileColumn]->setIcon(dueIcon);
                }
                cells[OnFileColumn]->setText(shortText);
                cells[OnFileColumn]->setToolTip(fullText);
                cells[OnFileColumn]->setData(fullText, Qt::AccessibleTextRole);
                if (!r.answer->attachments.isEmpty())
                    cells[EvidenceColumn]->setText(
                        tr("%n file(s)", nullptr, int(r.answer->attachments.size())));
            } else {
                cells[AnswerColumn]->setText(tr("Not answered"));
                QFont italic = cells[AnswerColumn]->font();
                italic.setItalic(true);
                cells[AnswerColumn]->setFont(italic);
            }
            topic->appendRow(cells);
        }
        for (QStandardItem *topic : std::as_const(topics)) {
            int outstanding = 0;
            for (int i = 0; i < topic->rowCount(); ++i) {
                const Row *r = row(topic->child(i)->data(QuestionIdRole).toString());
                if (r && r->outstanding())
                    ++outstanding;
            }
            const QString count
                = outstanding > 0 ? tr("%n outstanding", nullptr, outstanding) : tr("all answered");
            topic->setText(tr("%1 — %2").arg(topicName(topic->data(TopicRole).toString()), count));
        }
    }
    blockSignals(false);
    endResetModel();
}

QString QuestionnaireModel::topicName(const QString &topic)
{
    static const QHash<QString, const char *> names = {
        { u"encryption"_s, QT_TR_NOOP("Encryption") },
        { u"ddos"_s, QT_TR_NOOP("Attacks and outages (DDoS)") },
        { u"backup"_s, QT_TR_NOOP("Backups and exports") },
        { u"access"_s, QT_TR_NOOP("Who can get in") },
        { u"logging"_s, QT_TR_NOOP("Audit logs") },
        { u"patching"_s, QT_TR_NOOP("Updates and fixes") },
        { u"incident"_s, QT_TR_NOOP("Incidents") },
        { u"data"_s, QT_TR_NOOP("Where the data is") },
        { u"payment"_s, QT_TR_NOOP("Payments") },
        { u"testing"_s, QT_TR_NOOP("Security testing") },
        { u"development"_s, QT_TR_NOOP("Development") },
    };
    if (const char *name = names.value(topic))
        return tr(name);
    return topic.isEmpty() ? tr("Other") : topic;
}

QString QuestionnaireModel::verdictText(Question::Verdict verdict)
{
    switch (verdict) {
    case Question::Verdict::Meets:
        return tr("Meets");
    case Question::Verdict::FallsShort:
        return tr("Falls short");
    case Question::Verdict::Unknown:
        return tr("Unknown");
    case Question::Verdict::NotJudged:
        return tr("Not judged");
    }
    return {};
}

QString QuestionnaireModel::verdictIcon(Question::Verdict verdict)
{
    switch (verdict) {
    case Question::Verdict::Meets:
        return u":/icons/status-ok.svg"_s;
    case Question::Verdict::FallsShort:
        return u":/icons/status-error.svg"_s;
    case Question::Verdict::Unknown:
        return u":/icons/status-warning.svg"_s;
    case Question::Verdict::NotJudged:
        return u":/icons/status-info.svg"_s;
    }
    return {};
}

QString QuestionnaireModel::provenance(const Answer &answer, const QString &providerName)
{
    const QString by = answer.answeredBy.trimmed();
    const bool namesProvider = providerName.isEmpty() || by.contains(providerName, Qt::CaseInsensitive);
    const QString given = namesProvider
        ? tr("Given by %1 on %2").arg(by, longDate(answer.givenOn))
        : tr("Given by %1 at %2 on %3").arg(by, providerName, longDate(answer.givenOn));
    if (!answer.enteredAt.isValid())
        return given;
    return tr("%1 · entered %2").arg(given, longDate(answer.enteredAt.toLocalTime().date()));
}

QString QuestionnaireModel::stateText(Questionnaire::State state)
{
    switch (state) {
    case Questionnaire::State::Stale:
        return tr("Due to be asked again");
    case Questionnaire::State::OlderVersion:
        return tr("Due to be asked again (the question changed)");
    case Questionnaire::State::Unanswered:
    case Questionnaire::State::Current:
        break;
    }
    return {};
}

QString QuestionnaireModel::longDate(const QDate &date)
{
    if (!date.isValid())
        return tr("an unknown date");
    const QLocale locale;
    // The long format without the weekday: "3 March 2026", "3. März 2026", "March 3, 2026".
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(u"d{4}[,.]?\\s*"_s);
    format.remove(weekday);
    return locale.toString(date, format.trimmed());
}
