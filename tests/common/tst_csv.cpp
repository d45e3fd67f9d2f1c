// The CSV reader: encodings, delimiters, RFC 4180 quoting, line counting, every error with its
// line, tolerant column lookup, and writing records that read back the same.
#include "common/Csv.h"

#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

QByteArray encodeUtf16(const QString &text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding,
                           bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

QList<QStringList> fieldsOf(const CsvTable &table)
{
    QList<QStringList> rows;
    for (const CsvRecord &record : table.records)
        rows.append(record.fields);
    return rows;
}

QList<int> linesOf(const CsvTable &table)
{
    QList<int> lines;
    for (const CsvRecord &record : table.records)
        lines.append(record.line);
    return lines;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void plain()
    {
        const auto table
            = CsvReader::read("name,email,role\nAna,ana@example.com,Owner\nBo,bo@example.com,Staff\n");
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(table->header, QStringList({ u"name"_s, u"email"_s, u"role"_s }));
        QCOMPARE(fieldsOf(table.value()),
                 QList<QStringList>({ { u"Ana"_s, u"ana@example.com"_s, u"Owner"_s },
                                      { u"Bo"_s, u"bo@example.com"_s, u"Staff"_s } }));
        QCOMPARE(linesOf(table.value()), QList<int>({ 2, 3 }));
        QCOMPARE(table->delimiter, QChar(u','));
        QCOMPARE(table->encoding, u"UTF-8"_s);
    }

    void noFinalLineBreakAndEmptyFields()
    {
        const auto table = CsvReader::read("a,b,c\n,,\n1,,3");
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(fieldsOf(table.value()),
                 QList<QStringList>({ { QString(), QString(), QString() }, { u"1"_s, QString(), u"3"_s } }));
        const auto trailing = CsvReader::read("a,b\n1,");
        QVERIFY2(trailing, qPrintable(trailing.error()));
        QCOMPARE(trailing->records.first().fields, QStringList({ u"1"_s, QString() }));
    }

    void quotedWithNewlinesAndEscapes()
    {
        const auto table = CsvReader::read("name,note\r\nAna,\"first line\r\nsecond \"\"quoted\"\", ok\"\r\n"
                                           "\"Bo\",\"\"\r\n\"multi\nline\nname\",x\r\nCy,\"a,b\"\r\n");
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(fieldsOf(table.value()),
                 QList<QStringList>({ { u"Ana"_s, u"first line\r\nsecond \"quoted\", ok"_s },
                                      { u"Bo"_s, QString() },
                                      { u"multi\nline\nname"_s, u"x"_s },
                                      { u"Cy"_s, u"a,b"_s } }));
        QCOMPARE(linesOf(table.value()), QList<int>({ 2, 4, 5, 8 }));
    }

    void lineEnds_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("LF") << QByteArray("a,b\n1,2\n\"x\ny\",3\n4,5\n");
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n\"x\r\ny\",3\r\n4,5\r\n");
        QTest::newRow("CR") << QByteArray("a,b\r1,2\r\"x\ry\",3\r4,5\r");
    }

    void lineEnds()
    {
        QFETCH(QByteArray, bytes);
        const auto table = CsvReader::read(bytes);
        QVERIFY2(table, qPrintable(table->header.join(u'|')));
        QCOMPARE(table->records.size(), 3);
        QCOMPARE(table->records[0].fields, QStringList({ u"1"_s, u"2"_s }));
        QVERIFY(table->records[1].fields[0].startsWith(u'x'));
        QVERIFY(table->records[1].fields[0].endsWith(u'y'));
        QCOMPARE(table->records[2].fields, QStringList({ u"4"_s, u"5"_s }));
        QCOMPARE(linesOf(table.value()), QList<int>({ 2, 3, 5 }));
    }

    void utf8Bom()
    {
        const auto table = CsvReader::read("\xEF\xBB\xBFName,City\nJos\xC3\xA9,K\xC3\xB8"
                                           "benhavn\n");
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(table->encoding, u"UTF-8 (BOM)"_s);
        QCOMPARE(table->header.first(), u"Name"_s); // no BOM glued to the first column name
        QCOMPARE(table->records.first().fields, QStringList({ u"José"_s, u"København"_s }));
    }

    void utf16_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = u"Name\tPrice\r\nCafé\t5 €\r\n\"Tea, green\"\t3\r\n"_s;
        QTest::newRow("LE with BOM") << encodeUtf16(text, QStringConverter::Utf16LE, true) << u"UTF-16LE"_s;
        QTest::newRow("BE with BOM") << encodeUtf16(text, QStringConverter::Utf16BE, true) << u"UTF-16BE"_s;
        QTest::newRow("LE without BOM")
            << encodeUtf16(text, QStringConverter::Utf16LE, false) << u"UTF-16LE"_s;
        QTest::newRow("BE without BOM")
            << encodeUtf16(text, QStringConverter::Utf16BE, false) << u"UTF-16BE"_s;
    }

    void utf16()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const auto table = CsvReader::read(bytes);
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(table->encoding, encoding);
        QCOMPARE(table->delimiter, QChar(u'\t'));
        QCOMPARE(table->header, QStringList({ u"Name"_s, u"Price"_s }));
        QCOMPARE(fieldsOf(table.value()),
                 QList<QStringList>({ { u"Café"_s, u"5 €"_s }, { u"Tea, green"_s, u"3"_s } }));
    }

    void utf16Damaged()
    {
        // A lone surrogate (what the fuzzer found) and an odd byte at the end.
        for (const QByteArray &bytes : { QByteArray("\xFF\xFE"
                                                    "a\0,\0b\0\n\0\x00\xD8,\0x\0",
                                                    16),
                                         QByteArray("\xFE\xFF\0a\0,\0b\0", 9) }) {
            const auto table = CsvReader::read(bytes);
            QVERIFY(!table);
            QVERIFY2(table.error().contains(u"damaged"_s), qPrintable(table.error()));
        }
    }

    void windows1252()
    {
        const auto table = CsvReader::read("Name;Price\r\nCaf\xE9;5 \x80\r\n\x93Quoted\x94;\x99\r\n");
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(table->encoding, u"Windows-1252"_s);
        QCOMPARE(fieldsOf(table.value()),
                 QList<QStringList>({ { u"Café"_s, u"5 €"_s }, { u"\u201CQuoted\u201D"_s, u"\u2122"_s } }));
    }

    void delimiter_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QStringList>("header");
        QTest::newRow("comma") << QByteArray("a,b;c\n1,2\n") << QChar(u',')
                               << QStringList({ u"a"_s, u"b;c"_s });
        QTest::newRow("semicolon") << QByteArray("a;b;c,d\n1;2;3\n") << QChar(u';')
                                   << QStringList({ u"a"_s, u"b"_s, u"c,d"_s });
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << QChar(u'\t')
                             << QStringList({ u"a"_s, u"b"_s, u"c"_s });
        QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n") << QChar(u'|')
                              << QStringList({ u"a"_s, u"b"_s, u"c"_s });
        QTest::newRow("tie is comma")
            << QByteArray("a;b,c\n1;2,3\n") << QChar(u',') << QStringList({ u"a;b"_s, u"c"_s });
        QTest::newRow("one column") << QByteArray("email\nana@example.com\n") << QChar(u',')
                                    << QStringList({ u"email"_s });
        QTest::newRow("quoted delimiters ignored")
            << QByteArray("\"a,b,c\";\"d\"\n1;2\n") << QChar(u';') << QStringList({ u"a,b,c"_s, u"d"_s });
        QTest::newRow("after blank lines")
            << QByteArray("\n\na|b\n1|2\n") << QChar(u'|') << QStringList({ u"a"_s, u"b"_s });
    }

    void delimiter()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, delimiter);
        QFETCH(QStringList, header);
        const auto table = CsvReader::read(bytes);
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(table->delimiter, delimiter);
        QCOMPARE(table->header, header);
    }

    void delimiterOption()
    {
        CsvReader::Options options;
        options.delimiter = u';';
        const auto table = CsvReader::read("a,b,c\n1,2,3\n", options);
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(table->delimiter, QChar(u';'));
        QCOMPARE(table->header, QStringList({ u"a,b,c"_s }));
        options.delimiter = u'"';
        QVERIFY(!CsvReader::read("a,b\n", options));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QStringList>("words"); // what the message must say, to name the problem
        QTest::newRow("unterminated quote")
            << QByteArray("a,b\n1,2\n\n3,\"never closed\n4,5\n6,7\n") << 4
            << QStringList({ u"quote mark"_s, u"column 2"_s, u"never closed"_s, u"cut short"_s });
        QTest::newRow("truncated after multi-line record")
            << QByteArray("a,b\n\"x\ny\",1\n2,\"tru") << 4 << QStringList({ u"never closed"_s });
        QTest::newRow("stray quote") << QByteArray("a,b\r\n1,2\r\n3,4 \"inch\"\r\n") << 3
                                     << QStringList({ u"quote mark in the middle"_s, u"column 2"_s });
        QTest::newRow("text after closing quote")
            << QByteArray("a,b,c\n1,\"two\"x,3\n") << 2
            << QStringList({ u"after its closing quote"_s, u"column 2"_s });
        QTest::newRow("too many fields")
            << QByteArray("a,b\n1,2\n\n1,2,3\n") << 4 << QStringList({ u"3 values"_s, u"has 2"_s });
        QTest::newRow("too few fields after multi-line record")
            << QByteArray("a,b\r\n\"x\r\ny\",1\r\n1\r\n") << 4 << QStringList({ u"1 values"_s, u"has 2"_s });
        QTest::newRow("header with empty name")
            << QByteArray("\nName,,Email\n1,2,3\n") << 2 << QStringList({ u"Column 2"_s, u"no name"_s });
        QTest::newRow("header with trailing delimiter")
            << QByteArray("Name,Email,\n1,2,\n") << 1 << QStringList({ u"Column 3"_s, u"no name"_s });
        QTest::newRow("duplicate header")
            << QByteArray("Email,Name, email \n1,2,3\n") << 1 << QStringList({ u"\"email\""_s, u"twice"_s });
        QTest::newRow("header quote error")
            << QByteArray("a,\"b\n") << 1 << QStringList({ u"never closed"_s });
    }

    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QStringList, words);
        const auto table = CsvReader::read(bytes);
        QVERIFY(!table);
        const QString prefix = u"Line %1: "_s.arg(line);
        QVERIFY2(table.error().startsWith(prefix), qPrintable(table.error()));
        for (const QString &word : words)
            QVERIFY2(table.error().contains(word), qPrintable(table.error() + u" lacks "_s + word));
    }

    void empty_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("blank lines") << QByteArray("\n\r\n\r\n");
        QTest::newRow("UTF-16 BOM only") << QByteArray("\xFF\xFE");
    }

    void empty()
    {
        QFETCH(QByteArray, bytes);
        const auto table = CsvReader::read(bytes);
        QVERIFY(!table);
        QCOMPARE(table.error(), u"The file is empty."_s);
        QList<CsvError> errors;
        QVERIFY(!CsvReader::readLenient(bytes, errors, {}));
    }

    void headerOnly()
    {
        const auto table = CsvReader::read("Username,Email\r\n");
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(table->header, QStringList({ u"Username"_s, u"Email"_s }));
        QVERIFY(table->records.isEmpty());
    }

    void binary()
    {
        const auto table
            = CsvReader::read(QByteArray("a,b\n\x01\x00\x00\x00\x7F\x45\x4C\x46\x00\x00\x02\x00", 16));
        QVERIFY(!table);
        QCOMPARE(table.error(), u"This does not look like a CSV file: it contains binary data."_s);
    }

    void tooLarge()
    {
        CsvReader::Options options;
        options.maxBytes = 16;
        const auto table = CsvReader::read("name,email\nana,ana@example.com\n", options);
        QVERIFY(!table);
        QVERIFY2(table.error().contains(u"too large"_s), qPrintable(table.error()));
        QVERIFY(CsvReader::read("name,email\n", options));
    }

    void blankLinesAndLineCounting()
    {
        const auto table = CsvReader::read("\n\na,b\n\n1,2\r\n\r\n\r\n3,4\n\"x\n\ny\",5\n\n\r\r6,7\n\n");
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(
            fieldsOf(table.value()),
            QList<QStringList>(
                { { u"1"_s, u"2"_s }, { u"3"_s, u"4"_s }, { u"x\n\ny"_s, u"5"_s }, { u"6"_s, u"7"_s } }));
        QCOMPARE(linesOf(table.value()), QList<int>({ 5, 8, 9, 15 }));
    }

    void raggedAllowed()
    {
        CsvReader::Options options;
        options.requireHeaderWidth = false;
        const auto table = CsvReader::read("a,b\n1\n1,2,3\n", options);
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(table->records.size(), 2);
        QCOMPARE(table->records[1].fields.size(), 3);
    }

    void column()
    {
        const auto table = CsvReader::read(
            "First Name [Required],Email Address [Required],2sv Enrolled [READ ONLY],User principal name,"
            "user_login,Last-Sign-In\n");
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(table->column({ u"2sv enrolled"_s }), 2);
        QCOMPARE(table->column({ u"userprincipalname"_s }), 3);
        QCOMPARE(table->column({ u"Email Address"_s }), 1);
        QCOMPARE(table->column({ u"  FIRST_NAME "_s }), 0);
        QCOMPARE(table->column({ u"User Login"_s }), 4);
        QCOMPARE(table->column({ u"last sign in"_s }), 5);
        QCOMPARE(table->column({ u"missing"_s, u"user-login"_s }), 4);
        QCOMPARE(table->column({ u"user_login"_s, u"first name"_s }), 0); // the first header that matches
        QCOMPARE(table->column({ u"missing"_s }), -1);
        QCOMPARE(table->column({}), -1);
        QCOMPARE(table->column({ QString() }), -1);
    }

    void formatRecord()
    {
        QCOMPARE(CsvReader::formatRecord({ u"a"_s, u"b c"_s, u" x"_s, u"q\"q"_s, u"1,2"_s, QString() }),
                 u"a,b c,\" x\",\"q\"\"q\",\"1,2\",\r\n"_s);
        QCOMPARE(CsvReader::formatRecord({ u"1;2"_s, u"1,2"_s }, u';'), u"\"1;2\";1,2\r\n"_s);
        QCOMPARE(CsvReader::formatRecord({ QString() }), u"\"\"\r\n"_s);
    }

    void neutralised()
    {
        QCOMPARE(CsvReader::neutralised(u"=HYPERLINK(\"x\")"_s), u"'=HYPERLINK(\"x\")"_s);
        QCOMPARE(CsvReader::neutralised(u"+1"_s), u"'+1"_s);
        QCOMPARE(CsvReader::neutralised(u"-1"_s), u"'-1"_s);
        QCOMPARE(CsvReader::neutralised(u"@SUM(A1)"_s), u"'@SUM(A1)"_s);
        QCOMPARE(CsvReader::neutralised(u"\tx"_s), u"'\tx"_s);
        QCOMPARE(CsvReader::neutralised(u"\rx"_s), u"'\rx"_s);
        QCOMPARE(CsvReader::neutralised(u"a=b"_s), u"a=b"_s);
        QCOMPARE(CsvReader::neutralised(QString()), QString());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma") << QChar(u',');
        QTest::newRow("semicolon") << QChar(u';');
        QTest::newRow("tab") << QChar(u'\t');
        QTest::newRow("pipe") << QChar(u'|');
    }

    void roundTrip()
    {
        QFETCH(QChar, delimiter);
        const QStringList header = { u"name"_s, u"note"_s, u"formula"_s, u"empty"_s, u"space"_s };
        const QList<QStringList> rows = {
            { u"Ana"_s, u"says \"hi\""_s, CsvReader::neutralised(u"=1+2"_s), QString(), u" lead"_s },
            { u"Bo, Jr; | \t"_s, u"two\nlines\r\nthree\rfour"_s, u"\"\""_s, u""_s, u"trail "_s },
            { u"Café €"_s, u"\""_s, CsvReader::neutralised(u"@cmd"_s), u","_s, u" "_s },
        };
        QString text = CsvReader::formatRecord(header, delimiter);
        for (const QStringList &row : rows)
            text += CsvReader::formatRecord(row, delimiter);
        CsvReader::Options options;
        options.delimiter = delimiter;
        const auto table = CsvReader::read(utf8(text), options);
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(table->header, header);
        QCOMPARE(fieldsOf(table.value()), rows);
        QCOMPARE(table->records[0].fields[2], u"'=1+2"_s);
        QCOMPARE(linesOf(table.value()), QList<int>({ 2, 3, 7 }));
        // The header alone tells the delimiter, too.
        const auto detected = CsvReader::read(utf8(text));
        QVERIFY2(detected, qPrintable(detected.error()));
        QCOMPARE(detected->delimiter, delimiter);
        QCOMPARE(fieldsOf(detected.value()), rows);
    }

    void lenient()
    {
        const QByteArray bytes("user,email\n"
                               "ana,ana@example.com\n"
                               "bo,bo \"the boss\"@example.com\n"
                               "cy,cy@example.com\n"
                               "dee,dee@example.com,extra\n"
                               "\"ed\nwood\",ed@example.com\n");
        QList<CsvError> errors;
        const auto table = CsvReader::readLenient(bytes, errors, {});
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors[0].line, 3);
        QVERIFY(errors[0].message.contains(u"quote mark"_s));
        QVERIFY(!errors[0].message.startsWith(u"Line"_s));
        QCOMPARE(errors[1].line, 5);
        QVERIFY(errors[1].message.contains(u"3 values"_s));
        QCOMPARE(fieldsOf(table.value()),
                 QList<QStringList>({ { u"ana"_s, u"ana@example.com"_s },
                                      { u"cy"_s, u"cy@example.com"_s },
                                      { u"ed\nwood"_s, u"ed@example.com"_s } }));
        QCOMPARE(linesOf(table.value()), QList<int>({ 2, 4, 6 }));
        // read() stops at the first of them.
        const auto strict = CsvReader::read(bytes);
        QVERIFY(!strict);
        QVERIFY2(strict.error().startsWith(u"Line 3: "_s), qPrintable(strict.error()));
    }

    void lenientUnclosedQuote()
    {
        QList<CsvError> errors { CsvError { 99, u"stale"_s } };
        // An unclosed quote swallows the rest of the file; the lenient reader picks up after its line.
        const auto table = CsvReader::readLenient("a,b\n0,x\"y\n1,\"2\n3,4\n5,6\n", errors, {});
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors[0].line, 2);
        QCOMPARE(errors[1].line, 3);
        QVERIFY(errors[1].message.contains(u"never closed"_s));
        QCOMPARE(fieldsOf(table.value()), QList<QStringList>({ { u"3"_s, u"4"_s }, { u"5"_s, u"6"_s } }));
        QCOMPARE(linesOf(table.value()), QList<int>({ 4, 5 }));
    }

    void lenientWholeFileProblems()
    {
        QList<CsvError> errors;
        QVERIFY(!CsvReader::readLenient("a,a\n1,2\n", errors, {}));
        QVERIFY(!CsvReader::readLenient(QByteArray("\x00\x01\x02", 3), errors, {}));
        QVERIFY(!CsvReader::readLenient("\"a,b\n1,2\n", errors, {}));
    }

    void hundredThousandRows()
    {
        constexpr int rows = 100000;
        QByteArray bytes;
        bytes.reserve(rows * 90);
        bytes += "user_login,user_email,display_name,roles,user_registered,first_name,last_name,notes\r\n";
        for (int i = 0; i < rows; ++i) {
            const QByteArray n = QByteArray::number(i);
            bytes += "user" + n + ",user" + n + "@example.com,User " + n + ",\"administrator,editor\","
                + "2023-01-02 03:04:05,First,Last," + (i % 10 == 0 ? "\"said \"\"hi\"\"\"" : "none") + "\r\n";
        }
        const auto table = CsvReader::read(bytes);
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(table->records.size(), rows);
        QCOMPARE(table->records.last().line, rows + 1);
        QCOMPARE(table->records.last().fields[0], u"user99999"_s);
        QCOMPARE(table->records[10].fields[7], u"said \"hi\""_s);
        QCOMPARE(table->records[10].fields[3], u"administrator,editor"_s);
    }
};

QTEST_APPLESS_MAIN(TestCsv)
#include "tst_csv.moc"
