#pragma once

#include "Answer.h"
#include "Provider.h"
#include "common/Csv.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// A fill-in file a provider returned, read and checked row by row. Reading changes nothing in the
// plan: the caller records answers() with Plan::setAnswers() when the file is clean, or when the
// owner chooses to take the valid rows.
class QuestionnaireImport
{
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireImport)

public:
    // A returned fill-in file is a few kilobytes; anything past this is not one.
    static constexpr qint64 maxFileSize = qint64(4) * 1024 * 1024;

    // One valid row.
    struct Row
    {
        int line = 0; // of the file, 1-based
        Answer answer; // ready for Plan::setAnswers (id 0, enteredAt unset)
        std::optional<Answer> previous; // what the plan holds for this question now, if anything
        bool changes() const; // false when the answer on file already says the same
    };

    // Reads `bytes` (CSV in any of the encodings and delimiters CsvReader knows) as answers of
    // `provider`. `answersOnFile` are the provider's answers the plan holds (for Row::previous);
    // `today` is the date an answer without a date is taken as given, and the latest date allowed.
    static QuestionnaireImport parse(const QByteArray &bytes, const Provider &provider,
                                     const QList<Answer> &answersOnFile, const QDate &today);

    // Every problem, with its line (0: the whole file), in file order. Empty: the file is clean.
    const QList<CsvError> &errors() const { return m_errors; }
    bool isClean() const { return m_errors.isEmpty(); }
    // True when the file could not be read at all (not CSV, empty, required columns missing): no
    // rows were checked.
    bool isUnreadable() const { return m_unreadable; }

    const QList<Row> &rows() const { return m_rows; }
    QList<Answer> answers() const; // the valid rows' answers, in file order

    int rowsRead() const { return m_rowsRead; } // records below the header
    int rowsBlank() const { return m_rowsBlank; } // with an empty answer: not answered, skipped
    QString encoding() const { return m_encoding; } // as CsvTable::encoding

private:
    QList<CsvError> m_errors;
    QList<Row> m_rows;
    bool m_unreadable = false;
    int m_rowsRead = 0;
    int m_rowsBlank = 0;
    QString m_encoding;
};
