// Fuzzes the CSV reader (common/Csv) that imports questionnaires and account lists: on any bytes
// read() and readLenient() must end cleanly, agree with each other, and keep their promises about
// lines and widths; what formatRecord() writes must read back the same.
#include "common/Csv.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void checkTable(const CsvTable &table, const CsvReader::Options &options)
{
    check(!table.header.isEmpty());
    check(!table.delimiter.isNull());
    check(!table.encoding.isEmpty());
    int previous = 1;
    for (const CsvRecord &record : table.records) {
        check(record.line > previous); // after the header, which is on line 1 or later
        previous = record.line;
        check(!record.fields.isEmpty());
        if (options.requireHeaderWidth)
            check(record.fields.size() == table.header.size());
    }
}

void readBothWays(const QByteArray &bytes, const CsvReader::Options &options)
{
    const auto strict = CsvReader::read(bytes, options);
    QList<CsvError> errors;
    const auto lenient = CsvReader::readLenient(bytes, errors, options);
    if (strict) {
        checkTable(strict.value(), options);
        // Nothing wrong for read(): nothing wrong for readLenient() either, and the same table.
        check(lenient && errors.isEmpty());
        check(lenient->header == strict->header && lenient->records.size() == strict->records.size());
    } else {
        check(!strict.error().isEmpty());
    }
    if (lenient) {
        checkTable(lenient.value(), options);
        int previous = 0;
        for (const CsvError &error : errors) {
            check(error.line > previous && !error.message.isEmpty());
            previous = error.line;
        }
        // A file that only read() rejects has the same first problem as readLenient()'s.
        if (!strict)
            check(!errors.isEmpty() && strict.error().contains(errors.first().message));
    } else {
        check(!strict && !lenient.error().isEmpty());
    }
}

// What a well-formed table writes reads back the same.
void roundTrip(const CsvTable &table)
{
    QString text = CsvReader::formatRecord(table.header, table.delimiter);
    for (const CsvRecord &record : table.records)
        text += CsvReader::formatRecord(record.fields, table.delimiter);
    CsvReader::Options options;
    options.delimiter = table.delimiter;
    // With a BOM of its own, so that a first value starting with U+FEFF is kept as it is.
    const auto again = CsvReader::read(QByteArray("\xEF\xBB\xBF") + text.toUtf8(), options);
    check(again.ok());
    check(again->header == table.header);
    check(again->records.size() == table.records.size());
    for (qsizetype i = 0; i < table.records.size(); ++i)
        check(again->records[i].fields == table.records[i].fields);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    readBothWays(bytes, {});
    for (const char16_t delimiter : { u',', u';', u'\t', u'|' }) {
        CsvReader::Options options;
        options.delimiter = delimiter;
        readBothWays(bytes, options);
    }
    CsvReader::Options ragged;
    ragged.requireHeaderWidth = false;
    readBothWays(bytes, ragged);

    const auto table = CsvReader::read(bytes);
    if (table) {
        roundTrip(table.value());
        volatile int sink = table->column({ QString::fromUtf8(bytes.left(12)) });
        (void)sink;
    }
    return 0;
}
