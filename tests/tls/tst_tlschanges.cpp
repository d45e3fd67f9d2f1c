// TlsChanges: what the owner is told changed between two probes, case by case.
#include "TlsResultFixture.h"
#include "common/Translations.h"
#include "tls/TlsChanges.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TlsResultFixture;
using Direction = TlsChanges::Change::Direction;

namespace {

QStringList ids(const QList<TlsChanges::Change> &changes)
{
    QStringList out;
    for (const auto &c : changes)
        out.append(c.id);
    return out;
}

const TlsChanges::Change *find(const QList<TlsChanges::Change> &changes, const QString &id)
{
    for (const auto &c : changes)
        if (c.id == id)
            return &c;
    return nullptr;
}

} // namespace

class TestTlsChanges : public QObject
{
    Q_OBJECT

private slots:
    // The owner reads English plurals ("89 days"), which come from the English catalogue.
    void initTestCase() { QCOMPARE(Translations::install(*QCoreApplication::instance(), u"en"_s), u"en"_s); }

    void nothingChanged() { QCOMPARE(ids(TlsChanges::compare(modern(), modern())), QStringList()); }

    void oldProtocolNewlyAccepted()
    {
        TlsProbeResult after = modern();
        accept(after, TlsVersion::TLS10, { ecdheRsaAes128Cbc() });
        const auto changes = TlsChanges::compare(modern(), after);
        const auto *added = find(changes, u"protocol-added-TLSv1.0"_s);
        QVERIFY2(added, qPrintable(ids(changes).join(u' ')));
        QCOMPARE(added->direction, Direction::Worse);
        QCOMPARE(added->text, u"TLS 1.0 newly accepted"_s);
        // The grade dropped with it (TLS 1.0 caps at B), and worse news comes first.
        const auto *grade = find(changes, u"grade"_s);
        QVERIFY(grade);
        QCOMPARE(grade->direction, Direction::Worse);
        QCOMPARE(changes.first().direction, Direction::Worse);
    }

    void modernProtocolDropped()
    {
        TlsProbeResult after = modern();
        refuse(after, TlsVersion::TLS13);
        const auto changes = TlsChanges::compare(modern(), after);
        const auto *removed = find(changes, u"protocol-removed-TLSv1.3"_s);
        QVERIFY(removed);
        QCOMPARE(removed->direction, Direction::Worse);
    }

    void suitesAddedAndRemoved()
    {
        TlsProbeResult after = modern();
        ProtocolResult &tls12 = protocolOf(after, TlsVersion::TLS12);
        tls12.suites.removeLast();
        tls12.suites.append(dheRsaAes128Gcm());
        const auto changes = TlsChanges::compare(modern(), after);
        const auto *added = find(changes, u"suites-added-TLSv1.2"_s);
        const auto *removed = find(changes, u"suites-removed-TLSv1.2"_s);
        QVERIFY(added && removed);
        QVERIFY(added->text.contains(u"TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"_s));
        QVERIFY(removed->text.contains(u"TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"_s));
    }

    void certificateRenewed()
    {
        TlsProbeResult after = modern();
        after.certificate.sha256 = QString(64, u'c');
        after.certificate.notAfter = at(2024, 6, 29);
        after.certificate.daysLeft = 89;
        const auto changes = TlsChanges::compare(modern(), after);
        const auto *renewed = find(changes, u"certificate-renewed"_s);
        QVERIFY(renewed);
        QCOMPARE(renewed->direction, Direction::Better);
        QCOMPARE(renewed->text, u"Certificate renewed: 89 days left"_s);
        // Same public key (SPKI) as before: worth a line of its own.
        QVERIFY(find(changes, u"certificate-same-key"_s));
    }

    void certificateExpiresSoonAndLosesTrust()
    {
        TlsProbeResult after = modern();
        after.certificate.daysLeft = 12;
        after.certificate.trusted = false;
        const auto changes = TlsChanges::compare(modern(), after);
        QVERIFY(find(changes, u"certificate-expires-soon"_s));
        QVERIFY(find(changes, u"certificate-untrusted"_s));
        QVERIFY(!find(changes, u"certificate-renewed"_s));
    }

    void flawsAndHttp()
    {
        TlsProbeResult before = modern();
        before.vulns.heartbleed = true;
        TlsProbeResult after = modern();
        after.http.hstsMaxAge.reset();
        after.http.cdn = u"Fastly"_s;
        after.ip = u"127.0.0.2"_s;
        const auto changes = TlsChanges::compare(before, after);
        QCOMPARE(find(changes, u"flaw-fixed-heartbleed"_s)->direction, Direction::Better);
        QCOMPARE(find(changes, u"hsts-removed"_s)->direction, Direction::Worse);
        QCOMPARE(find(changes, u"cdn-changed"_s)->text, u"Now behind Fastly"_s);
        QVERIFY(find(changes, u"address-changed"_s));
    }

    void versionNotProbedOnOneSideIsNoChange()
    {
        TlsProbeResult before = modern();
        before.protocols.removeFirst(); // SSLv2 not probed back then
        TlsProbeResult after = modern();
        accept(after, TlsVersion::SSLv2, {});
        QVERIFY(!find(TlsChanges::compare(before, after), u"protocol-added-SSLv2"_s));
    }
};

QTEST_GUILESS_MAIN(TestTlsChanges)
#include "tst_tlschanges.moc"
