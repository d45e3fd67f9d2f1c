#include "QuestionnaireCsv.h"

#include "common/Csv.h"

using namespace Qt::StringLiterals;

QStringList QuestionnaireCsv::columns()
{
    return { u"question_id"_s, u"question_version"_s, u"question"_s,    u"answer_format"_s,
             u"answer"_s,      u"answered_by"_s,      u"answered_on"_s, u"notes"_s };
}

QByteArray QuestionnaireCsv::fillInFile(const Questionnaire &questionnaire)
{
    QString text = CsvReader::formatRecord(columns());
    for (const Questionnaire::Item &item : questionnaire.items()) {
        const Question &question = *item.question;
        QString asked = QString::number(item.number) + u". "_s + question.translatedText();
        if (!item.conditionNote.isEmpty())
            asked += u' ' + item.conditionNote;
        const QString format = question.answerFormatHint();
        const QStringList fields { question.id,
                                   QString::number(question.version),
                                   CsvReader::neutralised(asked),
                                   CsvReader::neutralised(format),
                                   QString(),
                                   QString(),
                                   QString(),
                                   QString() };
        text += CsvReader::formatRecord(fields);
    }
    // The BOM tells spreadsheets that the file is UTF-8.
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}
