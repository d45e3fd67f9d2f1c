#include "common/IsoTime.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestIsoTime : public QObject
{
    Q_OBJECT

private slots:
    void writesWhatQtWrites()
    {
        const QList<QDateTime> times {
            QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(2000, 2, 29), QTime(12, 0, 1, 5), Qt::UTC),
            QDateTime(QDate(2024, 1, 31), QTime(10, 20, 10), Qt::UTC),
            QDateTime(QDate(2100, 3, 1), QTime(8, 9, 10, 11), Qt::UTC),
            QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC),
            QDateTime(QDate(2026, 7, 1), QTime(1, 30), Qt::OffsetFromUTC, 7200),
            QDateTime(QDate(2026, 11, 28), QTime(23, 30), Qt::OffsetFromUTC, -18000),
        };
        for (const QDateTime &time : times) {
            QCOMPARE(IsoTime::text(time), time.toUTC().toString(Qt::ISODate));
            QCOMPARE(IsoTime::text(time, true), time.toUTC().toString(Qt::ISODateWithMs));
        }
        // Every day across four centuries.
        QDateTime day(QDate(1900, 1, 1), QTime(13, 14, 15, 16), Qt::UTC);
        for (int i = 0; i < 146097; i += 7, day = day.addDays(7))
            QCOMPARE(IsoTime::text(day, true), day.toString(Qt::ISODateWithMs));
    }

    void invalidIsNull()
    {
        QVERIFY(IsoTime::text(QDateTime()).isNull());
        QString out = u"x"_s;
        IsoTime::append(out, QDateTime());
        QCOMPARE(out, u"x"_s);
    }
};

QTEST_GUILESS_MAIN(TestIsoTime)
#include "tst_isotime.moc"
