// TlsProbeTarget::parse: the ways an owner writes a site's address, and the ones it refuses.
#include "tls/TlsProbe.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTlsProbeTarget : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("display");
        QTest::newRow("name") << u"shop.example"_s << u"shop.example"_s << 443 << u"shop.example"_s;
        QTest::newRow("name and port")
            << u" Shop.Example:8443 "_s << u"shop.example"_s << 8443 << u"shop.example:8443"_s;
        QTest::newRow("url") << u"https://shop.example/cart?x=1"_s << u"shop.example"_s << 443
                             << u"shop.example"_s;
        QTest::newRow("url with port")
            << u"https://shop.example:4443/"_s << u"shop.example"_s << 4443 << u"shop.example:4443"_s;
        QTest::newRow("trailing dot") << u"shop.example."_s << u"shop.example"_s << 443 << u"shop.example"_s;
        QTest::newRow("ipv4") << u"127.0.0.1:444"_s << u"127.0.0.1"_s << 444 << u"127.0.0.1:444"_s;
        QTest::newRow("bare ipv6") << u"::1"_s << u"::1"_s << 443 << u"::1"_s;
        QTest::newRow("bracketed ipv6") << u"[::1]:8443"_s << u"::1"_s << 8443 << u"[::1]:8443"_s;
        QTest::newRow("idn") << u"bücher.example"_s << u"bücher.example"_s << 443 << u"bücher.example"_s;
        QTest::newRow("idn url") << u"https://xn--bcher-kva.example/"_s << u"bücher.example"_s << 443
                                 << u"bücher.example"_s;
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, display);
        const auto target = TlsProbeTarget::parse(text);
        QVERIFY2(target, qPrintable(target.error()));
        QCOMPARE(target->host, host);
        QCOMPARE(int(target->port), port);
        QCOMPARE(target->display(), display);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << u"  "_s;
        QTest::newRow("port zero") << u"shop.example:0"_s;
        QTest::newRow("port too big") << u"shop.example:70000"_s;
        QTest::newRow("port not a number") << u"shop.example:https"_s;
        QTest::newRow("unclosed bracket") << u"[::1:443"_s;
        QTest::newRow("bracketed name") << u"[shop.example]:443"_s;
        QTest::newRow("space in name") << u"shop example"_s;
        QTest::newRow("not an ipv6") << u"a:b:c"_s;
    }
    void refuses()
    {
        QFETCH(QString, text);
        const auto target = TlsProbeTarget::parse(text);
        QVERIFY(!target);
        QVERIFY(!target.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTlsProbeTarget)
#include "tst_tlsprobetarget.moc"
