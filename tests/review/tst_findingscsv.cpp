// The findings as a spreadsheet file: read back with the repo's own CSV reader, every cell as it
// was written; formulas neutralised; quoting of commas, quotes and line breaks; the UTF-8 BOM and
// CRLF line ends; the delimiter a spreadsheet of the locale expects.
#include "common/Csv.h"
#include "review/FindingsCsv.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

PlanFinding openFinding()
{
    PlanFinding f;
    f.area = PlanArea::Tls;
    f.finding = { u"TLS-PROTO-TLS10"_s,
                  Severity::Medium,
                  u"The site still accepts TLS 1.0"_s,
                  u"Old, \"broken\" versions let an attacker read along."_s,
                  u"Accepted: TLS 1.0, TLS 1.2\nSeen on 192.0.2.1"_s,
                  u"Ask your host to switch off TLS 1.0 — “today”."_s,
                  u"tinytea.example"_s };
    return f;
}

PlanFinding acceptedFinding()
{
    PlanFinding f;
    f.area = PlanArea::Ddos;
    f.finding = { u"DDOS-NO-CDN"_s, Severity::High, u"No CDN stands in front of the shop"_s,
                  u"Why"_s,         u"Evidence"_s,  u"Fix"_s,
                  u"ddos/cdn"_s };
    f.acceptance = FindingAcceptance { .ruleId = u"DDOS-NO-CDN"_s,
                                       .subject = u"ddos/cdn"_s,
                                       .reason = u"The host filters attacks; see its letter of 2 May"_s,
                                       .acceptedBy = u"Ana Lima"_s,
                                       .acceptedOn = QDate(2026, 6, 1),
                                       .expiresOn = QDate(2026, 12, 31) };
    return f;
}

} // namespace

class TestFindingsCsv : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsThroughTheCsvReader()
    {
        const QByteArray bytes = FindingsCsv::write({ openFinding(), acceptedFinding() }, QLocale::c());
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const auto table = CsvReader::read(bytes);
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(table->encoding, u"UTF-8 (BOM)"_s);
        QCOMPARE(table->delimiter, QChar(u','));
        QCOMPARE(table->header,
                 QStringList({ u"Step"_s, u"Rule"_s, u"Severity"_s, u"State"_s, u"Title"_s, u"Subject"_s,
                               u"What was seen"_s, u"Why it matters"_s, u"How to fix it"_s, u"Accepted by"_s,
                               u"Accepted on"_s, u"Reason"_s, u"Accepted until"_s }));
        QCOMPARE(table->records.size(), 2);
        const PlanFinding f = openFinding();
        QCOMPARE(table->records.at(0).fields,
                 QStringList({ u"Encryption (TLS)"_s, f.finding.id, u"Medium"_s, u"open"_s, f.finding.title,
                               f.finding.subject, f.finding.evidence, f.finding.why, f.finding.fix, QString(),
                               QString(), QString(), QString() }));
        const PlanFinding a = acceptedFinding();
        QCOMPARE(table->records.at(1).fields,
                 QStringList({ u"DDoS readiness"_s, a.finding.id, u"High"_s, u"accepted"_s, a.finding.title,
                               a.finding.subject, u"Evidence"_s, u"Why"_s, u"Fix"_s, u"Ana Lima"_s,
                               u"2026-06-01"_s, a.acceptance->reason, u"2026-12-31"_s }));

        // Each record ends with CRLF; the one line break inside a cell stays inside its quotes.
        const QByteArray text = bytes.mid(3);
        QCOMPARE(text.count("\r\n"), 3);
        QCOMPARE(text.count('\n'), 4);
        QVERIFY(text.endsWith("\r\n"));
        QVERIFY(text.contains("\"Accepted: TLS 1.0, TLS 1.2\nSeen on 192.0.2.1\""));
        QVERIFY(text.contains("\"Old, \"\"broken\"\" versions let an attacker read along.\""));
    }

    void formulasAreNeutralised()
    {
        PlanFinding f = acceptedFinding();
        f.finding.title = u"=HYPERLINK(\"http://evil.example\",\"Click\")"_s;
        f.finding.subject = u"+1"_s;
        f.finding.evidence = u"-2+3"_s;
        f.finding.why = u"@SUM(A1:A9)"_s;
        f.finding.fix = u"\tcmd"_s;
        f.acceptance->reason = u"\r=1"_s;
        f.acceptance->acceptedBy = u"Ana = Lima"_s; // not at the start: left alone
        const auto table = CsvReader::read(FindingsCsv::write({ f }));
        QVERIFY2(table, qPrintable(table.error()));
        const QStringList row = table->records.first().fields;
        QCOMPARE(row.at(4), u"'=HYPERLINK(\"http://evil.example\",\"Click\")"_s);
        QCOMPARE(row.at(5), u"'+1"_s);
        QCOMPARE(row.at(6), u"'-2+3"_s);
        QCOMPARE(row.at(7), u"'@SUM(A1:A9)"_s);
        QCOMPARE(row.at(8), u"'\tcmd"_s);
        QCOMPARE(row.at(9), u"Ana = Lima"_s);
        QCOMPARE(row.at(11), u"'\r=1"_s);
        for (const QString &cell : row)
            QVERIFY2(!cell.startsWith(u'=') && !cell.startsWith(u'+') && !cell.startsWith(u'-')
                         && !cell.startsWith(u'@') && !cell.startsWith(u'\t') && !cell.startsWith(u'\r'),
                     qPrintable(cell));
    }

    void theDelimiterFollowsTheLocale()
    {
        const QByteArray german
            = FindingsCsv::write({ openFinding() }, QLocale(QLocale::German, QLocale::Germany));
        const auto table = CsvReader::read(german);
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(table->delimiter, QChar(u';'));
        QCOMPARE(table->records.first().fields.at(6), openFinding().finding.evidence);
        QVERIFY(german.contains("TLS-PROTO-TLS10;Medium"));
        const auto english
            = CsvReader::read(FindingsCsv::write({ openFinding() }, QLocale(QLocale::English)));
        QCOMPARE(english->delimiter, QChar(u','));
    }

    void noFindingsIsAHeaderAlone()
    {
        const QByteArray bytes = FindingsCsv::write({});
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), 1);
        QVERIFY(bytes.endsWith("Accepted until\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestFindingsCsv)
#include "tst_findingscsv.moc"
