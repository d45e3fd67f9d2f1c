// The History page's words for account entries: an import's entry (which may hold 100,000 user
// names) becomes one short line of counts and the first names, never the whole record.
#include "AuditWording.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestAuditWording : public QObject
{
    Q_OBJECT

private slots:
    void importEntryIsSummarised()
    {
        QString json
            = u"{\"source_file\":\"users.csv\",\"added\":7,\"changed\":1,\"removed\":1,\"added_users\":["_s;
        for (int i = 0; i < 7; ++i)
            json += (i ? u","_s : QString()) % u"\"user%1\""_s.arg(i);
        json += u"],\"changed_users\":[{\"user_name\":\"jana\",\"before\":{\"role\":\"manager\"},\"after\":"
                u"{\"role\":\"editor\"}}],\"removed_users\":[\"cust1\"]}"_s;
        AuditEntry entry;
        entry.area = u"accounts"_s;
        entry.entity = u"system"_s;
        entry.entityId = u"3"_s;
        entry.field = u"accounts_imported"_s;
        entry.newValue = json;
        const QList<HistoryRow> rows = AuditWording::describe({ entry }, {});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).area, u"Accounts"_s);
        QVERIFY2(rows.at(0).what.contains(u"imported"_s), qPrintable(rows.at(0).what));
        const QString to = rows.at(0).to;
        QVERIFY2(to.contains(u"users.csv"_s) && to.contains(u"7 new"_s) && to.contains(u"1 changed"_s)
                     && to.contains(u"1 removed"_s),
                 qPrintable(to));
        QVERIFY(to.contains(u"user4"_s));
        QVERIFY(!to.contains(u"user5"_s)); // the first five names only
        QVERIFY(to.contains(u"jana"_s));
        QVERIFY(to.contains(u"cust1"_s));
        QVERIFY(!to.contains(u"before"_s));
    }

    void longValuesAreCut()
    {
        AuditEntry entry;
        entry.area = u"accounts"_s;
        entry.entity = u"system"_s;
        entry.entityId = u"3"_s;
        entry.field = u"column_mapping"_s;
        entry.newValue = QString(5000, u'x');
        const QList<HistoryRow> rows = AuditWording::describe({ entry }, {});
        QVERIFY(rows.at(0).to.size() <= 401);
    }
};

QTEST_GUILESS_MAIN(TestAuditWording)
#include "tst_auditwording.moc"
