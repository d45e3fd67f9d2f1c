#pragma once

#include "Questionnaire.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

// The fill-in file a provider returns: CSV, UTF-8 with a BOM (so that spreadsheets read the
// accents right), CRLF, one row per question with empty answer columns. QuestionnaireImport reads
// it back.
class QuestionnaireCsv
{
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireCsv)

public:
    // The header row's column names; stable, never translated (the import matches them).
    static QStringList columns(); // question_id, question_version, question, answer_format, answer,
                                  // answered_by, answered_on, notes
    static QByteArray fillInFile(const Questionnaire &questionnaire);
};
