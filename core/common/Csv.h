#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// One record of a CSV file: its fields and the line (1-based) of the file it starts on.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// A whole CSV file as read: the header row, the records below it, and what was detected.
struct CsvTable
{
    QStringList header;
    QList<CsvRecord> records;
    QChar delimiter;
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "Windows-1252"

    // The index of the header column whose name matches one of `names`, tolerantly (case,
    // spaces, '_' / '-', and bracketed suffixes such as "[READ ONLY]" ignored); -1 when none does.
    int column(const QStringList &names) const;
};

// A problem with a CSV file, at a line of it (0 when it is about the whole file).
struct CsvError
{
    int line = 0;
    QString message; // translated, plain words, without the line number
};

// Reads CSV the way spreadsheets write it: RFC 4180 quoting ("" inside quoted fields, quoted line
// breaks), LF / CRLF / CR line ends, a UTF-8 BOM, UTF-16 with a BOM (Excel's "Unicode text"),
// Windows-1252 when the bytes are not UTF-8, and the delimiter (, ; TAB |) detected from the
// header. Blank lines are skipped. Any malformed input is an error with its line; nothing is
// returned half-read.
class CsvReader
{
public:
    struct Options
    {
        QChar delimiter; // null: detect
        qsizetype maxBytes = qsizetype(256) * 1024 * 1024;
        // Records whose field count differs from the header's are errors when true.
        bool requireHeaderWidth = true;
    };

    // The first error found, or the table.
    static Result<CsvTable> read(const QByteArray &bytes, const Options &options);
    static Result<CsvTable> read(const QByteArray &bytes) { return read(bytes, Options {}); }
    // Like read(), but keeps going: every malformed record is reported in `errors` (with its line)
    // and left out of the table; a problem with the whole file (encoding, empty, header) stops it.
    static Result<CsvTable> readLenient(const QByteArray &bytes, QList<CsvError> &errors,
                                        const Options &options);

    // Writes one record, quoting fields that need it, with CRLF at the end (RFC 4180).
    static QString formatRecord(const QStringList &fields, QChar delimiter = u',');
    // A field a spreadsheet would take as a formula (= + - @ at the start) is prefixed with "'" so
    // that a file Storefort writes cannot run anything when opened in a spreadsheet.
    static QString neutralised(const QString &field);
};
