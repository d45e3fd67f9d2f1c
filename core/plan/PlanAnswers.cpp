// Plan's answers on file: what each provider said to each question, and the evidence beside it.
#include "Plan.h"
#include "PlanTransaction.h"
#include "common/Clock.h"
#include "providers/QuestionBank.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString areaProviders = u"providers"_s;

QString answerEntity(const Answer &a)
{
    return u"%1/%2"_s.arg(a.providerId).arg(a.questionId);
}

} // namespace

Status Plan::loadAnswers()
{
    QSqlQuery query(database());
    if (!query.exec(u"SELECT id, provider_id, question_id, question_version, value, answered_by, given_on, "
                    u"entered_at, notes FROM provider_answer ORDER BY provider_id, id"_s))
        return Error { tr("The providers' answers could not be read: %1").arg(query.lastError().text()) };
    QList<Answer> answers;
    QHash<qint64, qsizetype> byId;
    while (query.next()) {
        Answer a;
        a.id = query.value(0).toLongLong();
        a.providerId = query.value(1).toLongLong();
        a.questionId = query.value(2).toString();
        a.questionVersion = query.value(3).toInt();
        a.value = query.value(4).toString();
        a.answeredBy = query.value(5).toString();
        a.givenOn = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        a.enteredAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
        a.notes = query.value(8).toString();
        byId.insert(a.id, answers.size());
        answers.append(std::move(a));
    }
    if (!query.exec(
            u"SELECT id, answer_id, file_name, sha256, size, added_at FROM answer_attachment ORDER BY id"_s))
        return Error { tr("The evidence files could not be read: %1").arg(query.lastError().text()) };
    while (query.next()) {
        Attachment file;
        file.id = query.value(0).toLongLong();
        file.answerId = query.value(1).toLongLong();
        file.fileName = query.value(2).toString();
        file.sha256 = query.value(3).toString();
        file.size = query.value(4).toLongLong();
        file.addedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        if (const auto it = byId.constFind(file.answerId); it != byId.cend())
            answers[*it].attachments.append(std::move(file));
    }
    m_answers = std::move(answers);
    return Status::success();
}

QList<Answer> Plan::answersOf(qint64 providerId) const
{
    QList<Answer> out;
    for (const Answer &a : m_answers) {
        if (a.providerId == providerId)
            out.append(a);
    }
    return out;
}

std::optional<Answer> Plan::answer(qint64 providerId, const QString &questionId) const
{
    for (const Answer &a : m_answers) {
        if (a.providerId == providerId && a.questionId == questionId)
            return a;
    }
    return std::nullopt;
}

Result<Answer> Plan::cleanedAnswer(const Answer &answer) const
{
    const std::optional<Provider> owner = provider(answer.providerId);
    if (!owner)
        return Error { tr("That provider is no longer in the plan.") };
    const Question *question = QuestionBank::builtIn().find(answer.questionId);
    if (!question)
        return Error {
            tr("There is no question \"%1\" in this version of Storefort.").arg(answer.questionId)
        };
    if (!question->appliesTo(owner->kind))
        return Error { tr("The question \"%1\" is not asked of a %2.")
                           .arg(question->translatedText(), ProviderKinds::name(owner->kind)) };
    if (const QString problem = question->checkAnswer(answer.value); !problem.isEmpty())
        return Error { problem };
    Answer c = answer;
    c.value = question->normalisedAnswer(answer.value);
    c.answeredBy = answer.answeredBy.trimmed();
    if (c.answeredBy.isEmpty())
        return Error {
            tr("Say who gave the answer: a name at %1, an email address or a document.").arg(owner->name)
        };
    const QDateTime now = Clock::now();
    if (!c.givenOn.isValid())
        return Error { tr("Enter the date the answer was given.") };
    // A day's grace: a provider ahead of this computer's time zone may date its answer tomorrow.
    if (c.givenOn > now.toLocalTime().date().addDays(1))
        return Error { tr("The answer cannot have been given in the future (%1).")
                           .arg(QLocale().toString(c.givenOn, QLocale::ShortFormat)) };
    if (c.questionVersion <= 0)
        c.questionVersion = question->version;
    if (c.questionVersion > question->version)
        return Error { tr("The answer was given to version %1 of the question, but this Storefort knows only "
                          "version %2.")
                           .arg(c.questionVersion)
                           .arg(question->version) };
    c.enteredAt = now.toUTC();
    return c;
}

Status Plan::writeAnswer(PlanTransaction &tx, const Answer &a, qint64 *id)
{
    const std::optional<Answer> before = answer(a.providerId, a.questionId);
    const QString entity = answerEntity(a);
    const QVariantList values { a.questionVersion,
                                a.value,
                                a.answeredBy,
                                a.givenOn.toString(Qt::ISODate),
                                a.enteredAt.toString(Qt::ISODateWithMs),
                                a.notes.isNull() ? u""_s : a.notes };
    if (!before) {
        QVariantList insert { a.providerId, a.questionId };
        insert.append(values);
        auto q = tx.exec(u"INSERT INTO provider_answer(provider_id, question_id, question_version, value, "
                         u"answered_by, given_on, entered_at, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                         insert);
        if (!q)
            return Error { q.error() };
        if (id)
            *id = q->lastInsertId().toLongLong();
        tx.record(areaProviders, u"answer"_s, entity, u"value"_s, {}, a.value);
        tx.record(areaProviders, u"answer"_s, entity, u"answered_by"_s, {}, a.answeredBy);
        tx.record(areaProviders, u"answer"_s, entity, u"given_on"_s, {}, a.givenOn.toString(Qt::ISODate));
        return Status::success();
    }
    QVariantList update = values;
    update.append(before->id);
    auto q = tx.exec(
        u"UPDATE provider_answer SET question_version = ?, value = ?, answered_by = ?, given_on = ?, "
        u"entered_at = ?, notes = ? WHERE id = ?"_s,
        update);
    if (!q)
        return Error { q.error() };
    if (id)
        *id = before->id;
    auto note = [&](const QString &field, const QString &oldValue, const QString &newValue) {
        if (oldValue != newValue)
            tx.record(areaProviders, u"answer"_s, entity, field, oldValue, newValue);
    };
    note(u"value"_s, before->value, a.value);
    note(u"answered_by"_s, before->answeredBy, a.answeredBy);
    note(u"given_on"_s, before->givenOn.toString(Qt::ISODate), a.givenOn.toString(Qt::ISODate));
    note(u"question_version"_s, QString::number(before->questionVersion), QString::number(a.questionVersion));
    note(u"notes"_s, before->notes, a.notes);
    return Status::success();
}

Result<qint64> Plan::setAnswer(const Answer &answer)
{
    auto cleaned = cleanedAnswer(answer);
    if (!cleaned)
        return Error { cleaned.error() };
    qint64 id = 0;
    Status status = edit([&](PlanTransaction &tx) { return writeAnswer(tx, cleaned.value(), &id); });
    if (!status)
        return Error { status.error() };
    return id;
}

Status Plan::setAnswers(const QList<Answer> &answers)
{
    QList<Answer> cleaned;
    QSet<std::pair<qint64, QString>> seen;
    for (const Answer &a : answers) {
        auto c = cleanedAnswer(a);
        if (!c)
            return Error { tr("%1: %2").arg(a.questionId, c.error()) };
        if (seen.contains({ a.providerId, a.questionId }))
            return Error { tr("The question \"%1\" is answered twice.").arg(a.questionId) };
        seen.insert({ a.providerId, a.questionId });
        cleaned.append(c.value());
    }
    if (cleaned.isEmpty())
        return Status::success();
    return edit([&](PlanTransaction &tx) -> Status {
        for (const Answer &a : cleaned) {
            if (Status status = writeAnswer(tx, a, nullptr); !status)
                return status;
        }
        return Status::success();
    });
}

Status Plan::removeAnswer(qint64 answerId)
{
    const Answer *before = nullptr;
    for (const Answer &a : m_answers) {
        if (a.id == answerId)
            before = &a;
    }
    if (!before)
        return Error { tr("That answer is no longer on file.") };
    const Answer copy = *before;
    return edit([&](PlanTransaction &tx) -> Status {
        if (auto q = tx.exec(u"DELETE FROM provider_answer WHERE id = ?"_s, { answerId }); !q)
            return Error { q.error() };
        for (const Attachment &file : copy.attachments)
            tx.record(areaProviders, u"attachment"_s, QString::number(file.id), u"removed"_s, file.fileName,
                      {});
        tx.record(areaProviders, u"answer"_s, answerEntity(copy), u"removed"_s, copy.value, {});
        return Status::success();
    });
}

Result<qint64> Plan::addAttachment(qint64 answerId, const QString &fileName, const QByteArray &data)
{
    const Answer *owner = nullptr;
    for (const Answer &a : m_answers) {
        if (a.id == answerId)
            owner = &a;
    }
    if (!owner)
        return Error { tr("That answer is no longer on file.") };
    const QString name = QFileInfo(fileName).fileName().trimmed();
    if (name.isEmpty())
        return Error { tr("An evidence file needs a name.") };
    if (data.isEmpty())
        return Error { tr("\"%1\" is empty, so it cannot serve as evidence.").arg(name) };
    if (data.size() > Attachment::maxSize)
        return Error {
            tr("\"%1\" is %2; evidence files can be at most %3. Keep a smaller extract, or note where "
               "the full document is kept.")
                .arg(name, QLocale().formattedDataSize(data.size()),
                     QLocale().formattedDataSize(Attachment::maxSize))
        };
    const QString sha256
        = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    const QString entity = answerEntity(*owner);
    qint64 id = 0;
    Status status = edit([&](PlanTransaction &tx) -> Status {
        auto q = tx.exec(
            u"INSERT INTO answer_attachment(answer_id, file_name, sha256, size, added_at, data) "
            u"VALUES (?, ?, ?, ?, ?, ?)"_s,
            { answerId, name, sha256, data.size(), Clock::now().toUTC().toString(Qt::ISODateWithMs), data });
        if (!q)
            return Error { q.error() };
        id = q->lastInsertId().toLongLong();
        tx.record(areaProviders, u"attachment"_s, QString::number(id), u"added"_s, entity,
                  u"%1 (%2 bytes, SHA-256 %3)"_s.arg(name).arg(data.size()).arg(sha256));
        return Status::success();
    });
    if (!status)
        return Error { status.error() };
    return id;
}

Result<QByteArray> Plan::attachmentData(qint64 attachmentId) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT data, sha256 FROM answer_attachment WHERE id = ?"_s);
    query.addBindValue(attachmentId);
    if (!query.exec())
        return Error { tr("The evidence file could not be read: %1").arg(query.lastError().text()) };
    if (!query.next())
        return Error { tr("That evidence file is no longer in the plan.") };
    const QByteArray data = query.value(0).toByteArray();
    const QString expected = query.value(1).toString();
    if (QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()) != expected)
        return Error { tr(
            "The evidence file in the plan is damaged: its contents no longer match the SHA-256 "
            "recorded when it was added.") };
    return data;
}

Status Plan::removeAttachment(qint64 attachmentId)
{
    const Attachment *before = nullptr;
    for (const Answer &a : m_answers) {
        for (const Attachment &file : a.attachments) {
            if (file.id == attachmentId)
                before = &file;
        }
    }
    if (!before)
        return Error { tr("That evidence file is no longer in the plan.") };
    const Attachment copy = *before;
    return edit([&](PlanTransaction &tx) -> Status {
        if (auto q = tx.exec(u"DELETE FROM answer_attachment WHERE id = ?"_s, { attachmentId }); !q)
            return Error { q.error() };
        tx.record(areaProviders, u"attachment"_s, QString::number(attachmentId), u"removed"_s,
                  u"%1 (SHA-256 %2)"_s.arg(copy.fileName, copy.sha256), {});
        return Status::success();
    });
}
