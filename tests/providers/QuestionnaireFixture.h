#pragma once

// What the questionnaire tests share: a plan in a temporary folder at a fixed date, providers and
// answers for it, and a fill-in file with answers written into it.
#include "common/Clock.h"
#include "common/Csv.h"
#include "plan/Plan.h"
#include "providers/QuestionBank.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace QuestionnaireFixture {

using namespace Qt::StringLiterals;

inline const QDate today(2025, 6, 1);

inline QStringList idsOf(const QList<const Question *> &questions)
{
    QStringList ids;
    for (const Question *question : questions)
        ids << question->id;
    return ids;
}

inline QString textOf(const QString &id)
{
    const Question *question = QuestionBank::builtIn().find(id);
    return question ? question->translatedText() : QString();
}

// A fill-in file's text with answers put into some rows: question id -> {answer, by, on, notes}.
struct Fill
{
    QString answer;
    QString by;
    QString on;
    QString notes;
};

inline QString filled(const QByteArray &fillIn, const QHash<QString, Fill> &answers, QChar delimiter = u',')
{
    const Result<CsvTable> table = CsvReader::read(fillIn);
    if (!table)
        return {};
    const int id = table->column({ u"question_id"_s });
    const int answer = table->column({ u"answer"_s });
    const int by = table->column({ u"answered_by"_s });
    const int on = table->column({ u"answered_on"_s });
    const int notes = table->column({ u"notes"_s });
    QString text = CsvReader::formatRecord(table->header, delimiter);
    for (CsvRecord record : table->records) {
        const auto fill = answers.constFind(record.fields.at(id));
        if (fill != answers.constEnd()) {
            record.fields[answer] = fill->answer;
            record.fields[by] = fill->by;
            record.fields[on] = fill->on;
            record.fields[notes] = fill->notes;
        }
        text += CsvReader::formatRecord(record.fields, delimiter);
    }
    return text;
}

// A plan for each test, made by setUp() and dropped by tearDown(), with the clock at `today`.
class PlanHolder
{
protected:
    FixedClock m_clock { QDateTime(today, QTime(10, 0), Qt::UTC) };
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Plan> m_plan;

    qint64 addProvider(const QString &name, ProviderKind kind,
                       const QString &email = u"support@example.net"_s)
    {
        Provider provider;
        provider.name = name;
        provider.kind = kind;
        provider.supportEmail = email;
        provider.accountId = u"C-1042"_s;
        const Result<qint64> id = m_plan->addProvider(provider);
        if (!id)
            qWarning("addProvider: %s", qPrintable(id.error()));
        return id ? id.value() : 0;
    }

    Answer answer(qint64 providerId, const QString &questionId, const QString &value, const QDate &givenOn)
    {
        Answer a;
        a.providerId = providerId;
        a.questionId = questionId;
        a.value = value;
        a.answeredBy = u"Support desk"_s;
        a.givenOn = givenOn;
        return a;
    }

    int auditCount() const
    {
        const auto entries = m_plan->auditEntries();
        return entries ? int(entries->size()) : -1;
    }

    void setUp()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        ShopProfile profile;
        profile.name = u"Tiny Tea"_s;
        auto plan = Plan::create(m_dir->filePath(u"tea.storefort"_s), profile);
        QVERIFY2(plan, qPrintable(plan.error()));
        m_plan = std::move(plan.value());
    }
    void tearDown()
    {
        m_plan.reset();
        m_dir.reset();
    }
};

} // namespace QuestionnaireFixture
