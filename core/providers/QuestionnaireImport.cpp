#include "QuestionnaireImport.h"

#include "QuestionBank.h"
#include "QuestionnaireCsv.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A field Storefort (or a careful spreadsheet) wrote with a leading "'" so that it would not run
// as a formula: the apostrophe is not part of the answer.
QString unneutralised(const QString &field)
{
    if (field.size() >= 2 && field.at(0) == u'\'') {
        const QChar next = field.at(1);
        if (next == u'=' || next == u'+' || next == u'-' || next == u'@')
            return field.mid(1);
    }
    return field;
}

} // namespace

bool QuestionnaireImport::Row::changes() const
{
    return !previous || previous->value != answer.value || previous->answeredBy != answer.answeredBy
        || previous->givenOn != answer.givenOn || previous->notes != answer.notes
        || previous->questionVersion != answer.questionVersion;
}

QList<Answer> QuestionnaireImport::answers() const
{
    QList<Answer> result;
    result.reserve(m_rows.size());
    for (const Row &row : m_rows)
        result << row.answer;
    return result;
}

QuestionnaireImport QuestionnaireImport::parse(const QByteArray &bytes, const Provider &provider,
                                               const QList<Answer> &answersOnFile, const QDate &today)
{
    QuestionnaireImport result;
    auto unreadable = [&result](int line, const QString &message) {
        result.m_unreadable = true;
        result.m_errors = { CsvError { line, message } };
        return result;
    };

    if (bytes.trimmed().isEmpty() || bytes == QByteArray("\xEF\xBB\xBF"))
        return unreadable(0, tr("The file is empty."));

    QList<CsvError> recordErrors;
    Result<CsvTable> read = CsvReader::readLenient(bytes, recordErrors, CsvReader::Options {});
    if (!read)
        return unreadable(0, read.error());
    const CsvTable &table = read.value();
    result.m_encoding = table.encoding;

    const int idColumn = table.column({ u"question_id"_s, u"question id"_s, u"id"_s });
    const int answerColumn = table.column({ u"answer"_s });
    QStringList missing;
    if (idColumn < 0)
        missing << tr("The column \"%1\" is missing.").arg(u"question_id"_s);
    if (answerColumn < 0)
        missing << tr("The column \"%1\" is missing.").arg(u"answer"_s);
    if (!missing.isEmpty()) {
        return unreadable(
            1,
            tr("This is not a filled-in questionnaire. %1 The first line must name the columns: %2.")
                .arg(missing.join(u' '), QuestionnaireCsv::columns().join(u", "_s)));
    }
    if (table.records.isEmpty() && recordErrors.isEmpty())
        return unreadable(0, tr("The file has no questions below its first line."));
    const int versionColumn = table.column({ u"question_version"_s, u"version"_s });
    const int byColumn = table.column({ u"answered_by"_s, u"answered by"_s });
    const int onColumn = table.column({ u"answered_on"_s, u"answered on"_s, u"date"_s });
    const int notesColumn = table.column({ u"notes"_s, u"note"_s, u"comments"_s });

    QHash<QString, Answer> onFile;
    for (const Answer &answer : answersOnFile)
        onFile.insert(answer.questionId, answer);

    const QuestionBank &bank = QuestionBank::builtIn();
    QList<CsvError> rowErrors = recordErrors;
    result.m_rowsRead = int(table.records.size() + recordErrors.size());
    QHash<QString, int> firstLine; // question id -> line of its first answer in the file
    QSet<QString> duplicated;

    for (const CsvRecord &record : table.records) {
        auto field = [&record](int column) {
            return column >= 0 ? record.fields.value(column).trimmed() : QString();
        };
        const QString questionId = field(idColumn);
        const QString value = unneutralised(field(answerColumn));
        if (value.isEmpty()) {
            ++result.m_rowsBlank; // not answered: nothing to record, not a mistake
            continue;
        }
        auto fail = [&rowErrors, &record](const QString &message) {
            rowErrors << CsvError { record.line, message };
        };
        if (questionId.isEmpty()) {
            fail(tr("The answer has no question id."));
            continue;
        }
        const Question *question = bank.find(questionId);
        if (!question) {
            fail(tr("There is no question \"%1\" (the question id may have been changed).").arg(questionId));
            continue;
        }
        if (!question->appliesTo(provider.kind)) {
            fail(tr("Question \"%1\" is not asked of a %2.")
                     .arg(questionId, ProviderKinds::name(provider.kind)));
            continue;
        }
        if (firstLine.contains(questionId)) {
            fail(tr("Question \"%1\" is answered twice (also on line %2): neither answer is taken.")
                     .arg(questionId)
                     .arg(firstLine.value(questionId)));
            duplicated.insert(questionId);
            continue;
        }
        firstLine.insert(questionId, record.line);

        bool rowOk = true;
        const QString problem = question->checkAnswer(value);
        if (!problem.isEmpty()) {
            fail(tr("Question \"%1\": %2").arg(questionId, problem));
            rowOk = false;
        }

        int version = question->version;
        const QString versionText = field(versionColumn);
        if (!versionText.isEmpty()) {
            bool isNumber = false;
            const int fileVersion = versionText.toInt(&isNumber);
            if (!isNumber || fileVersion < 1) {
                fail(tr("Question \"%1\": the question version \"%2\" is not a number.")
                         .arg(questionId, versionText));
                rowOk = false;
            } else if (fileVersion > question->version) {
                fail(tr("Question \"%1\": the file was made for version %2 of the question, but this program "
                        "knows "
                        "only version %3. Update Storefort or send the provider a new file.")
                         .arg(questionId)
                         .arg(fileVersion)
                         .arg(question->version));
                rowOk = false;
            } else {
                version = fileVersion;
            }
        }

        QDate givenOn = today;
        const QString dateText = field(onColumn);
        if (!dateText.isEmpty()) {
            givenOn = QDate::fromString(dateText, Qt::ISODate);
            if (!givenOn.isValid() || dateText.size() != 10) {
                fail(tr("Question \"%1\": \"%2\" is not a date; write it as YYYY-MM-DD, e.g. %3.")
                         .arg(questionId, dateText, today.toString(Qt::ISODate)));
                rowOk = false;
            } else if (givenOn > today) {
                fail(tr("Question \"%1\": the answer is dated %2, which is in the future.")
                         .arg(questionId, givenOn.toString(Qt::ISODate)));
                rowOk = false;
            }
        }
        if (!rowOk)
            continue;

        Row row;
        row.line = record.line;
        row.answer.providerId = provider.id;
        row.answer.questionId = questionId;
        row.answer.questionVersion = version;
        row.answer.value = question->normalisedAnswer(value);
        const QString by = unneutralised(field(byColumn));
        row.answer.answeredBy = by.isEmpty() ? provider.name : by;
        row.answer.givenOn = givenOn;
        row.answer.notes = unneutralised(field(notesColumn));
        const auto previous = onFile.constFind(questionId);
        if (previous != onFile.constEnd())
            row.previous = *previous;
        result.m_rows << row;
    }

    // An answer given twice, differently or not, is not taken at all: the owner should ask which holds.
    if (!duplicated.isEmpty()) {
        result.m_rows.removeIf(
            [&duplicated](const Row &row) { return duplicated.contains(row.answer.questionId); });
    }
    std::stable_sort(rowErrors.begin(), rowErrors.end(),
                     [](const CsvError &a, const CsvError &b) { return a.line < b.line; });
    result.m_errors = rowErrors;
    return result;
}
