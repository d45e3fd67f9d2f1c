#include "common/Csv.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// --- Encoding ---------------------------------------------------------------------------------

struct DecodedText
{
    QString text;
    QString encoding;
};

// Windows-1252's 0x80..0x9F; the five bytes it leaves undefined keep their Latin-1 meaning.
constexpr std::array<char16_t, 32> windows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = (byte >= 0x80 && byte < 0xA0) ? windows1252High[byte - 0x80] : char16_t(byte);
    }
    return text;
}

// Decodes strictly: an incomplete or invalid sequence is a failure, not a replacement character.
// The BOM has been cut off already; a second one is content.
std::optional<QString> decodeStrictly(QByteArrayView bytes, QStringConverter::Encoding encoding)
{
    QStringDecoder decoder(encoding,
                           QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    // Qt's UTF-16 decoder lets unpaired surrogates through.
    if (decoder.hasError() || !QStringView(text).isValidUtf16())
        return std::nullopt;
    return text;
}

QString binaryDataMessage()
{
    return QCoreApplication::translate("CsvReader",
                                       "This does not look like a CSV file: it contains binary data.");
}

// UTF-16 without a BOM shows as NUL bytes at every other position (the high byte of ASCII).
std::optional<QStringConverter::Encoding> guessUtf16(QByteArrayView bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 64 * 1024) & ~qsizetype(1);
    qsizetype zerosEven = 0;
    qsizetype zerosOdd = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        zerosEven += bytes[i] == '\0';
        zerosOdd += bytes[i + 1] == '\0';
    }
    const qsizetype pairs = sample / 2;
    if (bytes.size() % 2 != 0 || pairs == 0)
        return std::nullopt;
    if (zerosOdd * 4 >= pairs && zerosEven * 8 <= zerosOdd)
        return QStringConverter::Utf16LE;
    if (zerosEven * 4 >= pairs && zerosOdd * 8 <= zerosEven)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

Result<DecodedText> decode(const QByteArray &bytes)
{
    const QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF")) {
        if (view.contains('\0'))
            return Error { binaryDataMessage() };
        if (auto text = decodeStrictly(view.sliced(3), QStringConverter::Utf8))
            return DecodedText { std::move(*text), u"UTF-8 (BOM)"_s };
        return DecodedText { fromWindows1252(view.sliced(3)), u"Windows-1252"_s };
    }
    std::optional<QStringConverter::Encoding> utf16;
    qsizetype bomSize = 0;
    if (view.startsWith("\xFF\xFE")) {
        utf16 = QStringConverter::Utf16LE;
        bomSize = 2;
    } else if (view.startsWith("\xFE\xFF")) {
        utf16 = QStringConverter::Utf16BE;
        bomSize = 2;
    } else if (view.contains('\0')) {
        utf16 = guessUtf16(view);
        if (!utf16)
            return Error { binaryDataMessage() };
    }
    if (utf16) {
        // An odd byte at the end is lost silently by Qt's decoder: the file was cut short.
        auto text = view.size() % 2 == 0 ? decodeStrictly(view.sliced(bomSize), *utf16) : std::nullopt;
        if (!text)
            return Error { QCoreApplication::translate(
                "CsvReader", "The file is marked as Unicode (UTF-16) text, but parts of it are damaged.") };
        if (text->contains(QChar(u'\0')))
            return Error { binaryDataMessage() };
        return DecodedText { std::move(*text),
                             *utf16 == QStringConverter::Utf16LE ? u"UTF-16LE"_s : u"UTF-16BE"_s };
    }
    if (auto text = decodeStrictly(view, QStringConverter::Utf8))
        return DecodedText { std::move(*text), u"UTF-8"_s };
    return DecodedText { fromWindows1252(view), u"Windows-1252"_s };
}

// --- Parsing ----------------------------------------------------------------------------------

bool isLineBreak(char16_t c)
{
    return c == u'\r' || c == u'\n';
}

// The delimiter the header line uses most, of , ; TAB | (ties and none: ',').
QChar detectDelimiter(QStringView text)
{
    const char16_t *p = text.utf16();
    const char16_t *end = p + text.size();
    while (p < end && isLineBreak(*p))
        ++p;
    constexpr std::array<char16_t, 4> candidates = { u',', u';', u'\t', u'|' };
    std::array<qsizetype, 4> counts {};
    bool quoted = false;
    for (; p < end; ++p) {
        const char16_t c = *p;
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && isLineBreak(c))
            break;
        else if (!quoted)
            for (size_t i = 0; i < candidates.size(); ++i)
                counts[i] += c == candidates[i];
    }
    size_t best = 0;
    for (size_t i = 1; i < candidates.size(); ++i)
        if (counts[i] > counts[best])
            best = i;
    return QChar(candidates[best]);
}

// One pass over the text, a record at a time. After an error, resync() skips to the next line.
class CsvParser
{
public:
    enum class Outcome
    {
        Record,
        End,
        Error
    };

    CsvParser(QStringView text, char16_t delimiter)
        : m_p(text.utf16())
        , m_end(text.utf16() + text.size())
        , m_delimiter(delimiter)
    { }

    void setExpectedWidth(qsizetype width) { m_width = width; }

    Outcome next(CsvRecord &record, CsvError &error)
    {
        while (m_p < m_end && isLineBreak(*m_p))
            consumeLineBreak();
        if (m_p == m_end)
            return Outcome::End;
        record.line = m_line;
        record.fields.clear();
        record.fields.reserve(m_width);
        for (;;) {
            const qsizetype column = record.fields.size() + 1;
            if (*m_p == u'"') {
                if (!readQuoted(record.fields, column, error))
                    return Outcome::Error;
            } else if (!readUnquoted(record.fields, column, error)) {
                return Outcome::Error;
            }
            if (m_p == m_end)
                return Outcome::Record;
            if (*m_p != m_delimiter) {
                consumeLineBreak();
                return Outcome::Record;
            }
            ++m_p;
            if (m_p == m_end) { // a delimiter at the very end: one more, empty, field
                record.fields.append(QString());
                return Outcome::Record;
            }
        }
    }

    // Continues at the line after the one where the last error was found.
    void resync()
    {
        m_p = m_resume;
        m_line = m_resumeLine;
        while (m_p < m_end && !isLineBreak(*m_p))
            ++m_p;
        if (m_p < m_end)
            consumeLineBreak();
    }

private:
    const char16_t *m_p;
    const char16_t *m_end;
    const char16_t *m_resume = nullptr;
    char16_t m_delimiter;
    int m_line = 1;
    int m_resumeLine = 1;
    qsizetype m_width = 0;

    void consumeLineBreak()
    {
        if (*m_p == u'\r' && m_p + 1 < m_end && m_p[1] == u'\n')
            ++m_p;
        ++m_p;
        ++m_line;
    }

    bool fail(CsvError &error, QString message, const char16_t *resume, int line)
    {
        error = CsvError { line, std::move(message) };
        m_resume = resume;
        m_resumeLine = line;
        return false;
    }

    bool readUnquoted(QStringList &fields, qsizetype column, CsvError &error)
    {
        const char16_t *start = m_p;
        for (; m_p < m_end; ++m_p) {
            const char16_t c = *m_p;
            if (c == m_delimiter || isLineBreak(c))
                break;
            if (c == u'"')
                return fail(
                    error,
                    QCoreApplication::translate("CsvReader",
                                                "The value in column %1 has a quote mark in the middle "
                                                "of it. A value with quote marks must be put in quote "
                                                "marks itself, with each quote mark inside doubled.")
                        .arg(column),
                    m_p, m_line);
        }
        fields.append(QStringView(start, m_p).toString());
        return true;
    }

    bool readQuoted(QStringList &fields, qsizetype column, CsvError &error)
    {
        const char16_t *open = m_p;
        const int openLine = m_line;
        ++m_p;
        const char16_t *segment = m_p;
        QString unescaped; // only used when the value has "" in it
        bool escaped = false;
        for (;;) {
            if (m_p == m_end)
                return fail(
                    error,
                    QCoreApplication::translate("CsvReader",
                                                "The quote mark that opens the value in column %1 on "
                                                "this line is never closed. The file may be cut short, "
                                                "or a closing quote mark is missing.")
                        .arg(column),
                    open, openLine);
            const char16_t c = *m_p;
            if (c == u'"') {
                if (m_p + 1 < m_end && m_p[1] == u'"') {
                    unescaped.append(QStringView(segment, m_p + 1));
                    m_p += 2;
                    segment = m_p;
                    escaped = true;
                    continue;
                }
                break;
            }
            if (c == u'\n' || (c == u'\r' && !(m_p + 1 < m_end && m_p[1] == u'\n')))
                ++m_line;
            ++m_p;
        }
        if (escaped)
            fields.append(unescaped.append(QStringView(segment, m_p)));
        else
            fields.append(QStringView(segment, m_p).toString());
        ++m_p; // the closing quote
        if (m_p < m_end && *m_p != m_delimiter && !isLineBreak(*m_p))
            return fail(error,
                        QCoreApplication::translate("CsvReader",
                                                    "The value in column %1 has more text after its closing "
                                                    "quote mark.")
                            .arg(column),
                        m_p, m_line);
        return true;
    }
};

QString lineMessage(const CsvError &error)
{
    if (error.line <= 0)
        return error.message;
    return QCoreApplication::translate("CsvReader", "Line %1: %2")
        .arg(QString::number(error.line), error.message);
}

std::optional<CsvError> checkHeader(const CsvRecord &header)
{
    QSet<QString> seen;
    seen.reserve(header.fields.size());
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed();
        if (name.isEmpty())
            return CsvError { header.line,
                              QCoreApplication::translate(
                                  "CsvReader",
                                  "Column %1 of the first row (the column names) has no "
                                  "name.")
                                  .arg(i + 1) };
        const QString key = name.toCaseFolded();
        if (seen.contains(key))
            return CsvError { header.line,
                              QCoreApplication::translate("CsvReader",
                                                          "The first row (the column names) names the column "
                                                          "\"%1\" twice.")
                                  .arg(name) };
        seen.insert(key);
    }
    return std::nullopt;
}

// How many records to make room for: about one a line.
qsizetype estimateRecords(QStringView text)
{
    qsizetype lines = text.count(u'\n');
    if (lines == 0)
        lines = text.count(u'\r');
    return lines + 1;
}

Result<CsvTable> parse(const QByteArray &bytes, const CsvReader::Options &options,
                       QList<CsvError> *lenientErrors)
{
    if (bytes.size() > options.maxBytes) {
        const QLocale locale;
        return Error { QCoreApplication::translate(
                           "CsvReader", "The file is too large (%1). Storefort reads files of up to %2.")
                           .arg(locale.formattedDataSize(bytes.size()),
                                locale.formattedDataSize(options.maxBytes)) };
    }
    const QChar delimiterOption = options.delimiter;
    if (delimiterOption == u'"' || delimiterOption == u'\r' || delimiterOption == u'\n')
        return Error { QCoreApplication::translate(
            "CsvReader", "A quote mark or a line break cannot separate the values.") };

    auto decoded = decode(bytes);
    if (!decoded)
        return Error { decoded.error() };
    const QStringView text = decoded->text;

    CsvTable table;
    table.encoding = std::move(decoded->encoding);
    table.delimiter = delimiterOption.isNull() ? detectDelimiter(text) : delimiterOption;
    CsvParser parser(text, table.delimiter.unicode());

    CsvRecord record;
    CsvError error;
    switch (parser.next(record, error)) {
    case CsvParser::Outcome::End:
        return Error { QCoreApplication::translate("CsvReader", "The file is empty.") };
    case CsvParser::Outcome::Error:
        return Error { lineMessage(error) };
    case CsvParser::Outcome::Record:
        break;
    }
    if (const auto headerError = checkHeader(record))
        return Error { lineMessage(*headerError) };
    table.header = std::move(record.fields);
    const qsizetype width = table.header.size();
    parser.setExpectedWidth(width);
    table.records.reserve(estimateRecords(text));

    for (;;) {
        const CsvParser::Outcome outcome = parser.next(record, error);
        if (outcome == CsvParser::Outcome::End)
            break;
        if (outcome == CsvParser::Outcome::Record) {
            if (!options.requireHeaderWidth || record.fields.size() == width) {
                table.records.append(std::move(record));
                continue;
            }
            error = CsvError { record.line,
                               QCoreApplication::translate(
                                   "CsvReader",
                                   "This row has %1 values, but the first row (the column "
                                   "names) has %2.")
                                   .arg(record.fields.size())
                                   .arg(width) };
        } else if (lenientErrors) {
            parser.resync();
        }
        if (!lenientErrors)
            return Error { lineMessage(error) };
        lenientErrors->append(std::move(error));
    }
    table.records.squeeze();
    return table;
}

// A column name as column() compares it: no bracketed suffix, no case, spaces, '_' or '-'.
QString columnKey(QStringView name)
{
    name = name.trimmed();
    if (name.endsWith(u']')) {
        const qsizetype open = name.lastIndexOf(u'[');
        if (open > 0)
            name = name.first(open);
    }
    QString key;
    key.reserve(name.size());
    for (const QChar c : name)
        if (!c.isSpace() && c != u'_' && c != u'-')
            key.append(c.toCaseFolded());
    return key;
}

} // namespace

int CsvTable::column(const QStringList &names) const
{
    QStringList keys;
    keys.reserve(names.size());
    for (const QString &name : names)
        keys.append(columnKey(name));
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString key = columnKey(header[i]);
        if (!key.isEmpty() && keys.contains(key))
            return int(i);
    }
    return -1;
}

Result<CsvTable> CsvReader::read(const QByteArray &bytes, const Options &options)
{
    return parse(bytes, options, nullptr);
}

Result<CsvTable> CsvReader::readLenient(const QByteArray &bytes, QList<CsvError> &errors,
                                        const Options &options)
{
    errors.clear();
    return parse(bytes, options, &errors);
}

QString CsvReader::formatRecord(const QStringList &fields, QChar delimiter)
{
    QString line;
    qsizetype size = fields.size() + 2;
    for (const QString &field : fields)
        size += field.size() + 2;
    line.reserve(size);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString &field = fields[i];
        if (i > 0)
            line.append(delimiter);
        const bool quote = field.contains(delimiter) || field.contains(u'"') || field.contains(u'\r')
            || field.contains(u'\n')
            || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()))
            // A lone empty value would read back as a blank line, which is skipped.
            || (fields.size() == 1 && field.isEmpty());
        if (!quote) {
            line.append(field);
            continue;
        }
        line.append(u'"');
        for (const QChar c : field) {
            if (c == u'"')
                line.append(u'"');
            line.append(c);
        }
        line.append(u'"');
    }
    line.append(u"\r\n");
    return line;
}

QString CsvReader::neutralised(const QString &field)
{
    if (field.isEmpty())
        return field;
    switch (field.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return u'\'' + field;
    default:
        return field;
    }
}
