// The export verifier on real CSV files: columns matched tolerantly, rows counted, broken files
// named with their line, old files flagged, and a folder's newest CSV taken.
#include "VerifierFixture.h"
#include "contingency/verifiers/ExportVerifier.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace VerifierFixture;

class TestExportVerifier : public QObject
{
    Q_OBJECT

    QDateTime m_now;

    QDateTime daysAgo(int days) const { return m_now.addDays(-days); }

private slots:
    void init() { m_now = QDateTime::currentDateTimeUtc(); }

    void goodProductCsvPasses()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"products.csv"_s);
        QVERIFY(writeFile(file,
                          "SKU;name;price\r\n"
                          "A-100;\"Mug; blue\";12,50\r\n"
                          "A-101;Teapot;29,00\r\n"
                          "A-102;\"The \"\"big\"\" jug\";19,90\r\n",
                          daysAgo(1)));

        const Verification v = ExportVerifier::verify(RecoveryKind::ProductCsv, file, m_now);
        QVERIFY2(v.outcome() == CheckOutcome::Passed, qPrintable(v.summary()));
        QCOMPARE(outcome(v, u"export.path"_s), u"passed"_s);
        QCOMPARE(outcome(v, u"export.age"_s), u"passed"_s);
        QCOMPARE(outcome(v, u"export.parse"_s), u"passed"_s);
        QCOMPARE(outcome(v, u"export.rows"_s), u"passed"_s);
        QCOMPARE(outcome(v, u"export.columns"_s), u"passed"_s);
        QVERIFY2(text(v, u"export.rows"_s).contains(u"holds 3 row"_s), qPrintable(v.summary()));
        QCOMPARE(v.facts.value(u"rows"_s).toInt(), 3);
        QCOMPARE(v.facts.value(u"file"_s).toString(), u"products.csv"_s);
        QCOMPARE(v.facts.value(u"columns"_s).toArray(), QJsonArray({ u"SKU"_s, u"name"_s, u"price"_s }));
        QVERIFY(v.facts.contains(u"modified"_s));
    }

    void columnsMatchTolerantly_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("products, article number")
            << int(RecoveryKind::ProductCsv) << QByteArray("Article Number,Product Name,Regular Price");
        QTest::newRow("products, product code")
            << int(RecoveryKind::ProductCsv) << QByteArray("product_code,TITLE,price");
        QTest::newRow("customers") << int(RecoveryKind::CustomerExport)
                                   << QByteArray("Customer E-Mail,Name,Phone");
        QTest::newRow("customers, e-mail address")
            << int(RecoveryKind::CustomerExport) << QByteArray("E-mail address,Full name");
        QTest::newRow("orders, number")
            << int(RecoveryKind::OrderExport) << QByteArray("Order Number,Order Date,Order Total");
        QTest::newRow("orders, id") << int(RecoveryKind::OrderExport)
                                    << QByteArray("order_id,created,amount");
        QTest::newRow("orders, #") << int(RecoveryKind::OrderExport) << QByteArray("Order #,Date,Total");
    }

    void columnsMatchTolerantly()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, header);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"export.csv"_s);
        const qsizetype width = header.count(',') + 1;
        QByteArray row;
        for (qsizetype i = 0; i < width; ++i)
            row += (i ? "," : "") + QByteArray::number(i + 1);
        QVERIFY(writeFile(file, header + "\n" + row + "\n"));

        const Verification v = ExportVerifier::verify(RecoveryKind(kind), file, m_now);
        QVERIFY2(outcome(v, u"export.columns"_s) == u"passed"_s, qPrintable(v.summary()));
    }

    void missingPriceColumnWarnsNamingIt()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"products.csv"_s);
        QVERIFY(writeFile(file, "sku;name;stock\nA-100;Mug;4\nA-101;Teapot;2\n"));

        const Verification v = ExportVerifier::verify(RecoveryKind::ProductCsv, file, m_now);
        QCOMPARE(outcome(v, u"export.columns"_s), u"warning"_s);
        const QString said = text(v, u"export.columns"_s);
        QVERIFY2(said.contains(u"no column for price"_s), qPrintable(said));
        QVERIFY2(!said.contains(u"no column for SKU"_s), qPrintable(said));
        QCOMPARE(outcome(v, u"export.rows"_s), u"passed"_s);
        QCOMPARE(v.outcome(), CheckOutcome::Warning);
        QCOMPARE(ExportVerifier::expectedColumns(RecoveryKind::ProductCsv),
                 QStringList({ u"SKU"_s, u"name"_s, u"price"_s }));
    }

    void brokenQuotingFailsWithItsLine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"orders.csv"_s);
        QVERIFY(writeFile(file,
                          "Order number,Date,Total\n"
                          "1001,2026-11-20,10.00\n"
                          "1002,2026-11-21,\"12.00\n"
                          "1003,2026-11-22,14.00\n"));

        const Verification v = ExportVerifier::verify(RecoveryKind::OrderExport, file, m_now);
        QCOMPARE(outcome(v, u"export.parse"_s), u"failed"_s);
        QVERIFY2(text(v, u"export.parse"_s).contains(u"Line 3"_s), qPrintable(v.summary()));
        QVERIFY(!v.hasCheck(u"export.rows"_s));
        QCOMPARE(v.outcome(), CheckOutcome::Failed);
    }

    void emptyFileFails()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"customers.csv"_s);
        QVERIFY(writeFile(file, {}));
        const Verification v = ExportVerifier::verify(RecoveryKind::CustomerExport, file, m_now);
        QCOMPARE(outcome(v, u"export.rows"_s), u"failed"_s);
        QCOMPARE(v.outcome(), CheckOutcome::Failed);

        // Column names but no rows: still nothing to restore.
        QVERIFY(writeFile(file, "Email,Name\r\n"));
        const Verification headerOnly = ExportVerifier::verify(RecoveryKind::CustomerExport, file, m_now);
        QCOMPARE(outcome(headerOnly, u"export.parse"_s), u"passed"_s);
        QCOMPARE(outcome(headerOnly, u"export.rows"_s), u"failed"_s);
        QCOMPARE(headerOnly.facts.value(u"rows"_s).toInt(), 0);
    }

    void oldFileWarns()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"customers.csv"_s);
        QVERIFY(writeFile(file, "Email,Name\na@example.com,Ann\n", daysAgo(20)));

        const Verification v = ExportVerifier::verify(RecoveryKind::CustomerExport, file, m_now);
        QCOMPARE(outcome(v, u"export.age"_s), u"warning"_s);
        QVERIFY2(text(v, u"export.age"_s).contains(u"20 day"_s), qPrintable(v.summary()));
        QCOMPARE(v.outcome(), CheckOutcome::Warning);

        ExportVerifier::Options lenient;
        lenient.maxAgeDays = 30;
        QCOMPARE(outcome(ExportVerifier::verify(RecoveryKind::CustomerExport, file, m_now, lenient),
                         u"export.age"_s),
                 u"passed"_s);
    }

    void folderTakesTheNewestCsv()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"products-old.csv"_s), "sku,name,price\nA,B,1\n", daysAgo(9)));
        QVERIFY(writeFile(dir.filePath(u"products-new.CSV"_s), "sku,name,price\nA,B,1\nC,D,2\n", daysAgo(1)));
        QVERIFY(writeFile(dir.filePath(u"notes.txt"_s), "not an export", m_now));

        const Verification v = ExportVerifier::verify(RecoveryKind::ProductCsv, dir.path(), m_now);
        QVERIFY2(v.outcome() == CheckOutcome::Passed, qPrintable(v.summary()));
        QCOMPARE(v.facts.value(u"file"_s).toString(), u"products-new.CSV"_s);
        QCOMPARE(v.facts.value(u"rows"_s).toInt(), 2);
    }

    void missingFileOrEmptyFolderFails()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(u"gone.csv"_s);
        const Verification gone = ExportVerifier::verify(RecoveryKind::ProductCsv, missing, m_now);
        QCOMPARE(outcome(gone, u"export.path"_s), u"failed"_s);
        QVERIFY(text(gone, u"export.path"_s).contains(QDir::toNativeSeparators(missing)));

        const Verification none = ExportVerifier::verify(RecoveryKind::ProductCsv, dir.path(), m_now);
        QCOMPARE(outcome(none, u"export.path"_s), u"failed"_s);
        QVERIFY(text(none, u"export.path"_s).contains(u"no CSV file"_s));
    }
};

QTEST_GUILESS_MAIN(TestExportVerifier)
#include "tst_exportverifier.moc"
