// The cipher suite registry: lookups, counts, and the attributes derived for known suites.
#include "tls/CipherSuiteCatalog.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCipherSuiteCatalog : public QObject
{
    Q_OBJECT

private slots:
    void countsAndUniqueness()
    {
        const auto all = CipherSuiteCatalog::all();
        QCOMPARE(all.size(), size_t(363)); // the registry's real suites, SCSVs, and legacy codes
        QSet<quint16> ids;
        QSet<QString> names;
        for (const CipherSuite &suite : all) {
            QVERIFY2(!ids.contains(suite.id), qPrintable(suite.idString()));
            QVERIFY2(!names.contains(suite.ianaName), qPrintable(suite.ianaName));
            ids.insert(suite.id);
            names.insert(suite.ianaName);
            // Every entry's name was understood: no unknown cipher, and a protocol to run in.
            QVERIFY2(suite.encryption != Encryption::Unknown, qPrintable(suite.ianaName));
            QVERIFY2(suite.protocols != ProtocolSet {}, qPrintable(suite.ianaName));
        }
        QCOMPARE(CipherSuiteCatalog::idsFor(TlsWire::Version::TLSv1_3).size(),
                 9); // 5 + SM4 x2 + integrity x2
        QVERIFY(CipherSuiteCatalog::idsFor(TlsWire::Version::SSLv3).size() > 100);
        QVERIFY(!CipherSuiteCatalog::idsFor(TlsWire::Version::TLSv1_2).contains(0x00FF));
        QCOMPARE(CipherSuiteCatalog::ssl2Kinds().size(), 13);
    }

    void everySuiteOpenSslKnowsIsHere()
    {
        // The registry must cover every suite the local OpenSSL build could ever negotiate.
        for (quint16 id : { 0x1301, 0x1302, 0x1303, 0xC02B, 0xC02C, 0xC02F, 0xC030, 0xCCA8, 0xCCA9, 0x009E,
                            0x009F, 0xC013, 0xC014, 0x002F, 0x0035, 0x003C, 0x003D, 0x009C, 0x009D })
            QVERIFY2(CipherSuiteCatalog::find(id), qPrintable(CipherSuiteCatalog::idString(id)));
    }

    void ecdheRsaAes128Gcm()
    {
        const CipherSuite *suite = CipherSuiteCatalog::find(0xC02F);
        QVERIFY(suite);
        QCOMPARE(suite->ianaName, u"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"_s);
        QCOMPARE(suite->opensslName, u"ECDHE-RSA-AES128-GCM-SHA256"_s);
        QCOMPARE(suite->keyExchange, KeyExchange::ECDHE);
        QCOMPARE(suite->authentication, Authentication::RSA);
        QCOMPARE(suite->encryption, Encryption::AES_GCM);
        QCOMPARE(suite->bits, 128);
        QCOMPARE(suite->mac, MessageAuth::AEAD);
        QVERIFY(suite->flags.testFlag(CipherFlag::ForwardSecret));
        QVERIFY(suite->flags.testFlag(CipherFlag::Aead));
        QVERIFY(!suite->flags.testFlag(CipherFlag::Cbc));
        QVERIFY(suite->validIn(TlsWire::Version::TLSv1_2));
        QVERIFY(!suite->validIn(TlsWire::Version::TLSv1_0));
        QVERIFY(!suite->validIn(TlsWire::Version::TLSv1_3));
        QCOMPARE(suite->idString(), u"0xC02F"_s);
    }

    void tripleDes()
    {
        const CipherSuite *suite = CipherSuiteCatalog::find(0x000A);
        QVERIFY(suite);
        QCOMPARE(suite->ianaName, u"TLS_RSA_WITH_3DES_EDE_CBC_SHA"_s);
        QCOMPARE(suite->encryption, Encryption::TripleDES);
        QCOMPARE(suite->bits, 112);
        QCOMPARE(suite->keyExchange, KeyExchange::RSA);
        QCOMPARE(suite->mac, MessageAuth::SHA1);
        QVERIFY(suite->flags.testFlag(CipherFlag::Block64));
        QVERIFY(suite->flags.testFlag(CipherFlag::Cbc));
        QVERIFY(!suite->flags.testFlag(CipherFlag::ForwardSecret));
        QVERIFY(suite->validIn(TlsWire::Version::SSLv3));
        QVERIFY(suite->validIn(TlsWire::Version::TLSv1_2));
    }

    void rc4AndExport()
    {
        const CipherSuite *rc4 = CipherSuiteCatalog::find(0x0004);
        QVERIFY(rc4);
        QCOMPARE(rc4->ianaName, u"TLS_RSA_WITH_RC4_128_MD5"_s);
        QVERIFY(rc4->flags.testFlag(CipherFlag::Rc4));
        QCOMPARE(rc4->bits, 128);
        QCOMPARE(rc4->mac, MessageAuth::MD5);

        const CipherSuite *exp = CipherSuiteCatalog::find(0x0003);
        QVERIFY(exp);
        QCOMPARE(exp->ianaName, u"TLS_RSA_EXPORT_WITH_RC4_40_MD5"_s);
        QVERIFY(exp->flags.testFlag(CipherFlag::Export));
        QVERIFY(exp->flags.testFlag(CipherFlag::Rc4));
        QCOMPARE(exp->bits, 40);
        QCOMPARE(CipherSuiteCatalog::find(0x0006)->bits, 40); // RC2_CBC_40
        QCOMPARE(CipherSuiteCatalog::find(0x0008)->bits, 40); // DES40
        QCOMPARE(CipherSuiteCatalog::find(0x0064)->bits, 56); // EXPORT1024 RC4_56
        QVERIFY(CipherSuiteCatalog::find(0x0064)->flags.testFlag(CipherFlag::Export));
    }

    void nullAnonymousAndStatic()
    {
        const CipherSuite *null = CipherSuiteCatalog::find(0x0002);
        QCOMPARE(null->encryption, Encryption::Null);
        QCOMPARE(null->bits, 0);
        QVERIFY(null->flags.testFlag(CipherFlag::NullEncryption));
        QCOMPARE(CipherSuiteCatalog::find(0x0000)->mac, MessageAuth::None);

        const CipherSuite *adh = CipherSuiteCatalog::find(u"ADH-AES128-GCM-SHA256");
        QVERIFY(adh);
        QCOMPARE(adh->id, 0x00A6);
        QCOMPARE(adh->keyExchange, KeyExchange::DHAnon);
        QVERIFY(adh->flags.testFlag(CipherFlag::Anonymous));
        QVERIFY(!adh->flags.testFlag(CipherFlag::ForwardSecret));
        QCOMPARE(CipherSuiteCatalog::find(0xC018)->keyExchange, KeyExchange::ECDHAnon);
        QCOMPARE(CipherSuiteCatalog::find(0x0031)->keyExchange, KeyExchange::DH);
        QCOMPARE(CipherSuiteCatalog::find(0xC00E)->keyExchange, KeyExchange::ECDH);
        QCOMPARE(CipherSuiteCatalog::find(0xC00E)->authentication, Authentication::RSA);
    }

    void otherCiphers()
    {
        QCOMPARE(CipherSuiteCatalog::find(0xCCA8)->encryption, Encryption::ChaCha20Poly1305);
        QCOMPARE(CipherSuiteCatalog::find(0xCCA8)->bits, 256);
        QCOMPARE(CipherSuiteCatalog::find(0x0041)->encryption, Encryption::Camellia_CBC);
        QCOMPARE(CipherSuiteCatalog::find(0xC061)->encryption, Encryption::ARIA_GCM);
        QCOMPARE(CipherSuiteCatalog::find(0xC061)->bits, 256);
        QCOMPARE(CipherSuiteCatalog::find(0x0096)->encryption, Encryption::SEED);
        QVERIFY(!CipherSuiteCatalog::find(0x0096)->flags.testFlag(CipherFlag::Block64));
        QCOMPARE(CipherSuiteCatalog::find(0x0009)->bits, 56);
        QCOMPARE(CipherSuiteCatalog::find(0xC0AE)->encryption, Encryption::AES_CCM8);
        QCOMPARE(CipherSuiteCatalog::find(0x00AE)->keyExchange, KeyExchange::PSK);
        QVERIFY(CipherSuiteCatalog::find(0x00AE)->validIn(TlsWire::Version::TLSv1_0)); // RFC 5487
        QVERIFY(!CipherSuiteCatalog::find(0x003C)->validIn(TlsWire::Version::TLSv1_0));
    }

    void tls13()
    {
        const CipherSuite *suite = CipherSuiteCatalog::find(0x1301);
        QVERIFY(suite);
        QCOMPARE(suite->ianaName, u"TLS_AES_128_GCM_SHA256"_s);
        QCOMPARE(suite->keyExchange, KeyExchange::TLS13);
        QCOMPARE(suite->bits, 128);
        QVERIFY(suite->flags.testFlag(CipherFlag::Aead));
        QVERIFY(suite->flags.testFlag(CipherFlag::ForwardSecret));
        QVERIFY(suite->validIn(TlsWire::Version::TLSv1_3));
        QVERIFY(!suite->validIn(TlsWire::Version::TLSv1_2));
        QCOMPARE(CipherSuiteCatalog::find(0x1302)->bits, 256);
        QCOMPARE(CipherSuiteCatalog::find(0x1305)->encryption, Encryption::AES_CCM8);
        QCOMPARE(CipherSuiteCatalog::find(0xC0B4)->encryption, Encryption::Null);
    }

    void signalling()
    {
        for (quint16 id : { 0x00FF, 0x5600 }) {
            const CipherSuite *scsv = CipherSuiteCatalog::find(id);
            QVERIFY(scsv);
            QVERIFY(scsv->flags.testFlag(CipherFlag::Signalling));
            QCOMPARE(scsv->keyExchange, KeyExchange::Signalling);
        }
        QCOMPARE(CipherSuiteCatalog::find(u"TLS_FALLBACK_SCSV")->id, 0x5600);
    }

    void lookups()
    {
        QCOMPARE(CipherSuiteCatalog::find(u"tls_ecdhe_rsa_with_aes_128_gcm_sha256")->id, 0xC02F);
        QCOMPARE(CipherSuiteCatalog::find(u"DES-CBC3-SHA")->id, 0x000A);
        QCOMPARE(CipherSuiteCatalog::find(u"RC4-SHA")->id, 0x0005);
        QVERIFY(!CipherSuiteCatalog::find(u"NO-SUCH-SUITE"));
        QVERIFY(!CipherSuiteCatalog::find(quint16(0x7777)));
        QCOMPARE(CipherSuiteCatalog::name(0x7777), u"0x7777"_s);
        QCOMPARE(CipherSuiteCatalog::name(0x0005), u"TLS_RSA_WITH_RC4_128_SHA"_s);
    }

    void ssl2Kinds()
    {
        const Ssl2CipherKind *rc4 = CipherSuiteCatalog::findSsl2(0x010080);
        QVERIFY(rc4);
        QCOMPARE(rc4->name, u"SSL_CK_RC4_128_WITH_MD5"_s);
        QCOMPARE(rc4->bits, 128);
        const Ssl2CipherKind *exp = CipherSuiteCatalog::findSsl2(0x020080);
        QVERIFY(exp && exp->isExport && exp->bits == 40);
        QCOMPARE(CipherSuiteCatalog::findSsl2(0x0700C0)->bits, 112);
        QVERIFY(!CipherSuiteCatalog::findSsl2(0x123456));
    }
};

QTEST_GUILESS_MAIN(TestCipherSuiteCatalog)
#include "tst_ciphersuitecatalog.moc"
