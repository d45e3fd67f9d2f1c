// CertificateInspector on certificates made by the openssl command line: names, exact dates,
// keys, signatures, trust, chain shape, OCSP, must-staple, SCTs and fingerprints computed
// independently by `openssl dgst`.
#include "CertificateFactory.h"
#include "tls/CertificateInspector.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// The clock of these tests: half a day into 2025-06-01, inside the good leaf's year.
const QDateTime Now(QDate(2025, 6, 1), QTime(12, 0), QTimeZone::utc());

const QString MissingIssuer
    = u"The chain does not lead to a trusted root: an intermediate certificate is missing "
      "or the issuer is not trusted."_s;

} // namespace

class TestCertificateInspector : public QObject
{
    Q_OBJECT

private:
    CertificateFactory m_certs;
    QString m_rootFile; // extraCaFile with the root only
    QString m_rootAndInterFile; // extraCaFile with the root and the intermediate

    CertificateEvidence evidence(const QStringList &chain, const QString &host = u"shop.test"_s,
                                 const QString &extraCa = QString()) const
    {
        CertificateEvidence e;
        for (const QString &name : chain)
            e.chain.append(m_certs.der(name));
        e.host = host;
        e.now = Now;
        e.extraCaFile = extraCa;
        return e;
    }

private slots:
    void initTestCase()
    {
        const QString problem = m_certs.setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(m_certs.makeCaChain());
        using Leaf = CertificateFactory::Leaf;
        QVERIFY(m_certs.make(Leaf { u"good"_s }));

        Leaf expired { u"expired"_s };
        expired.start = u"20240101000000Z"_s;
        expired.end = u"20250101000000Z"_s;
        QVERIFY(m_certs.make(expired));

        Leaf future { u"future"_s };
        future.start = u"20250701000000Z"_s;
        future.end = u"20260701000000Z"_s;
        QVERIFY(m_certs.make(future));

        Leaf self { u"self"_s };
        self.issuer.clear();
        QVERIFY(m_certs.make(self));

        Leaf weak { u"weak"_s };
        weak.key = u"rsa:1024"_s;
        weak.digest = u"sha1"_s;
        QVERIFY(m_certs.make(weak));

        Leaf ec { u"ec"_s };
        ec.key = u"ec:P-256"_s;
        QVERIFY(m_certs.make(ec));

        Leaf staple { u"staple"_s };
        staple.extensions += u"\ntlsfeature = status_request\n"
                             "1.3.6.1.4.1.11129.2.4.2 = ASN1:FORMAT:HEX,OCTETSTRING:0000"_s;
        QVERIFY(m_certs.make(staple));

        Leaf ip { u"ip"_s };
        ip.subject = u"/CN=127.0.0.1"_s;
        ip.extensions = u"subjectAltName = IP:127.0.0.1, IP:::1"_s;
        QVERIFY(m_certs.make(ip));

        Leaf wildcard { u"wildcard"_s };
        wildcard.subject = u"/CN=*.shop.test"_s;
        wildcard.extensions = u"subjectAltName = DNS:*.shop.test"_s;
        QVERIFY(m_certs.make(wildcard));

        Leaf idn { u"idn"_s };
        idn.extensions = u"subjectAltName = DNS:xn--bcher-kva.test"_s;
        QVERIFY(m_certs.make(idn));

        Leaf cnOnly { u"cnonly"_s };
        cnOnly.extensions = u"basicConstraints = CA:FALSE"_s;
        QVERIFY(m_certs.make(cnOnly));

        Leaf revoked { u"revoked"_s };
        QVERIFY(m_certs.make(revoked));
        QVERIFY(m_certs.revoke(u"revoked"_s, u"inter"_s));

        m_rootFile = m_certs.bundle(u"roots.pem"_s, { u"root"_s });
        m_rootAndInterFile = m_certs.bundle(u"root-and-inter.pem"_s, { u"root"_s, u"inter"_s });
        QVERIFY(!m_rootFile.isEmpty() && !m_rootAndInterFile.isEmpty());
    }

    void goodChain()
    {
        const CertificateResult c
            = CertificateInspector::inspect(evidence({ u"good"_s, u"inter"_s }, u"shop.test"_s, m_rootFile));
        QVERIFY(c.present);
        QCOMPARE(c.subject, u"CN=shop.test"_s);
        QCOMPARE(c.issuer, u"CN=Storefort Test Intermediate,O=Storefort Test"_s);
        QCOMPARE(c.sans, (QStringList { u"shop.test"_s, u"www.shop.test"_s }));
        QCOMPARE(c.notBefore, QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(c.notAfter, QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(c.daysLeft, 213); // 213.5 days from 2025-06-01 12:00 to 2026-01-01 00:00
        QVERIFY(!c.expired);
        QVERIFY(!c.notYetValid);
        QVERIFY(c.hostnameMatch);
        QCOMPARE(c.keyType, u"RSA"_s);
        QCOMPARE(c.keyBits, 2048);
        QCOMPARE(c.signatureAlgorithm, u"sha256WithRSAEncryption"_s);
        QVERIFY2(c.trusted, qPrintable(c.trustProblem));
        QCOMPARE(c.trustProblem, QString());
        QVERIFY(!c.selfSigned);
        QVERIFY(c.chainComplete);
        QVERIFY(c.chainInOrder);
        QVERIFY(!c.ocspStapled);
        QCOMPARE(c.ocspStatus, QString());
        QVERIFY(!c.mustStaple);
        QVERIFY(!c.sctPresent);
        QCOMPARE(c.sha256, m_certs.certificateSha256(u"good"_s));
        QCOMPARE(c.spkiSha256, m_certs.spkiSha256(u"good"_s));
        QCOMPARE(c.sha256.size(), 64);
        QCOMPARE(c.sha256, c.sha256.toLower());

        QCOMPARE(c.chain.size(), 2);
        QCOMPARE(c.chain[0].subject, c.subject);
        QCOMPARE(c.chain[1].subject, u"CN=Storefort Test Intermediate,O=Storefort Test"_s);
        QCOMPARE(c.chain[1].issuer, u"CN=Storefort Test Root,O=Storefort Test"_s);
        QCOMPARE(c.chain[1].notAfter, QDateTime(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(c.chain[1].keyType, u"RSA"_s);
        QCOMPARE(c.chain[1].keyBits, 2048);
        QCOMPARE(c.chain[1].signatureAlgorithm, u"sha256WithRSAEncryption"_s);
    }

    void chainShapes_data()
    {
        QTest::addColumn<QStringList>("chain");
        QTest::addColumn<int>("extraCa"); // 0 none, 1 root, 2 root + intermediate
        QTest::addColumn<bool>("trusted");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<bool>("inOrder");
        QTest::addColumn<QString>("problem");
        const QString untrustedRoot = u"The chain ends at a root certificate that browsers do not trust."_s;
        QTest::newRow("with root") << QStringList { u"good"_s, u"inter"_s, u"root"_s } << 1 << true << true
                                   << true << QString();
        QTest::newRow("missing intermediate")
            << QStringList { u"good"_s } << 1 << false << false << true << MissingIssuer;
        // Trusted thanks to the intermediate on file, but a browser without it would fail.
        QTest::newRow("intermediate only on file")
            << QStringList { u"good"_s } << 2 << true << false << true << QString();
        QTest::newRow("reversed") << QStringList { u"good"_s, u"root"_s, u"inter"_s } << 1 << true << true
                                  << false << QString();
        QTest::newRow("unknown root, not sent")
            << QStringList { u"good"_s, u"inter"_s } << 0 << false << false << true << MissingIssuer;
        QTest::newRow("unknown root, sent") << QStringList { u"good"_s, u"inter"_s, u"root"_s } << 0 << false
                                            << true << true << untrustedRoot;
        QTest::newRow("unrelated extra")
            << QStringList { u"good"_s, u"self"_s } << 1 << false << false << false << MissingIssuer;
    }
    void chainShapes()
    {
        QFETCH(QStringList, chain);
        QFETCH(int, extraCa);
        QFETCH(bool, trusted);
        QFETCH(bool, complete);
        QFETCH(bool, inOrder);
        QFETCH(QString, problem);
        const QString file = extraCa == 0 ? QString() : extraCa == 1 ? m_rootFile : m_rootAndInterFile;
        const CertificateResult c = CertificateInspector::inspect(evidence(chain, u"shop.test"_s, file));
        QCOMPARE(c.trusted, trusted);
        QCOMPARE(c.chainComplete, complete);
        QCOMPARE(c.chainInOrder, inOrder);
        QCOMPARE(c.trustProblem, problem);
        QCOMPARE(c.chain.size(), chain.size());
    }

    void expired()
    {
        const CertificateResult c = CertificateInspector::inspect(
            evidence({ u"expired"_s, u"inter"_s }, u"shop.test"_s, m_rootFile));
        QVERIFY(c.expired);
        QVERIFY(!c.notYetValid);
        QCOMPARE(c.daysLeft, -152); // -151.5 days, floored
        QVERIFY(!c.trusted);
        QCOMPARE(c.trustProblem, u"A certificate of the chain has expired."_s);
        QVERIFY(c.chainComplete); // dates do not make a chain incomplete
        QVERIFY(c.hostnameMatch);

        // One second after notAfter is day -1, not day 0.
        CertificateEvidence later = evidence({ u"good"_s, u"inter"_s }, u"shop.test"_s, m_rootFile);
        later.now = QDateTime(QDate(2026, 1, 1), QTime(0, 0, 1), QTimeZone::utc());
        const CertificateResult justExpired = CertificateInspector::inspect(later);
        QVERIFY(justExpired.expired);
        QCOMPARE(justExpired.daysLeft, -1);
    }

    void notYetValid()
    {
        const CertificateResult c = CertificateInspector::inspect(
            evidence({ u"future"_s, u"inter"_s }, u"shop.test"_s, m_rootFile));
        QVERIFY(c.notYetValid);
        QVERIFY(!c.expired);
        QCOMPARE(c.daysLeft, 394); // 394.5 days to 2026-07-01
        QVERIFY(!c.trusted);
        QCOMPARE(c.trustProblem, u"A certificate of the chain is not valid yet."_s);
    }

    void selfSigned()
    {
        const CertificateResult c
            = CertificateInspector::inspect(evidence({ u"self"_s }, u"shop.test"_s, m_rootFile));
        QVERIFY(c.selfSigned);
        QVERIFY(!c.trusted);
        QCOMPARE(c.trustProblem, u"The certificate is self-signed: browsers do not trust it."_s);
        QVERIFY(c.chainComplete); // nothing is missing: see CertificateInspector.h
        QVERIFY(c.chainInOrder);
        QCOMPARE(c.subject, u"CN=shop.test"_s);
        QCOMPARE(c.issuer, u"CN=shop.test"_s);
        QVERIFY(c.hostnameMatch);

        // The same certificate trusted explicitly is still self-signed, and now trusted.
        const QString own = m_certs.bundle(u"self-trusted.pem"_s, { u"self"_s });
        const CertificateResult trusted
            = CertificateInspector::inspect(evidence({ u"self"_s }, u"shop.test"_s, own));
        QVERIFY(trusted.selfSigned);
        QVERIFY(trusted.trusted);
        QVERIFY(trusted.chainComplete);
    }

    void hostnames_data()
    {
        QTest::addColumn<QString>("leaf");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("match");
        QTest::newRow("exact") << u"good"_s << u"shop.test"_s << true;
        QTest::newRow("second SAN") << u"good"_s << u"www.shop.test"_s << true;
        QTest::newRow("case and dot") << u"good"_s << u"SHOP.Test."_s << true;
        QTest::newRow("wrong name") << u"good"_s << u"other.test"_s << false;
        QTest::newRow("sub of exact") << u"good"_s << u"a.shop.test"_s << false;
        QTest::newRow("wildcard one label") << u"wildcard"_s << u"www.shop.test"_s << true;
        QTest::newRow("wildcard upper") << u"wildcard"_s << u"WWW.Shop.Test"_s << true;
        QTest::newRow("wildcard bare") << u"wildcard"_s << u"shop.test"_s << false;
        QTest::newRow("wildcard two labels") << u"wildcard"_s << u"a.b.shop.test"_s << false;
        QTest::newRow("ip v4") << u"ip"_s << u"127.0.0.1"_s << true;
        QTest::newRow("ip v6") << u"ip"_s << u"::1"_s << true;
        QTest::newRow("ip v6 brackets") << u"ip"_s << u"[::1]"_s << true;
        QTest::newRow("other ip") << u"ip"_s << u"127.0.0.2"_s << false;
        QTest::newRow("ip vs name") << u"good"_s << u"127.0.0.1"_s << false;
        QTest::newRow("IDN in Unicode") << u"idn"_s << u"b\u00fccher.test"_s << true;
        QTest::newRow("IDN in ACE") << u"idn"_s << u"xn--bcher-kva.test"_s << true;
        QTest::newRow("CN only") << u"cnonly"_s << u"shop.test"_s << false; // browsers ignore the CN
    }
    void hostnames()
    {
        QFETCH(QString, leaf);
        QFETCH(QString, host);
        QFETCH(bool, match);
        QCOMPARE(
            CertificateInspector::inspect(evidence({ leaf, u"inter"_s }, host, m_rootFile)).hostnameMatch,
            match);
    }

    void sans()
    {
        QCOMPARE(CertificateInspector::inspect(evidence({ u"ip"_s })).sans,
                 (QStringList { u"127.0.0.1"_s, u"::1"_s }));
        QCOMPARE(CertificateInspector::inspect(evidence({ u"wildcard"_s })).sans,
                 QStringList { u"*.shop.test"_s });
        QCOMPARE(CertificateInspector::inspect(evidence({ u"cnonly"_s })).sans, QStringList());
    }

    void weakRsaSha1()
    {
        const CertificateResult c
            = CertificateInspector::inspect(evidence({ u"weak"_s, u"inter"_s }, u"shop.test"_s, m_rootFile));
        QCOMPARE(c.keyType, u"RSA"_s);
        QCOMPARE(c.keyBits, 1024);
        QCOMPARE(c.signatureAlgorithm, u"sha1WithRSAEncryption"_s);
        QVERIFY(!c.trusted); // browsers refuse both
        QCOMPARE(c.trustProblem, u"A key of the chain is too small for browsers to trust it."_s);
        QVERIFY(c.chainComplete);
        QCOMPARE(c.spkiSha256, m_certs.spkiSha256(u"weak"_s));
    }

    void ecP256()
    {
        const CertificateResult c
            = CertificateInspector::inspect(evidence({ u"ec"_s, u"inter"_s }, u"shop.test"_s, m_rootFile));
        QCOMPARE(c.keyType, u"EC"_s);
        QCOMPARE(c.keyBits, 256);
        QCOMPARE(c.signatureAlgorithm, u"sha256WithRSAEncryption"_s); // signed by the RSA intermediate
        QVERIFY(c.trusted);
        QCOMPARE(c.sha256, m_certs.certificateSha256(u"ec"_s));
        QCOMPARE(c.spkiSha256, m_certs.spkiSha256(u"ec"_s));
    }

    void mustStapleAndSct()
    {
        const CertificateResult c = CertificateInspector::inspect(evidence({ u"staple"_s, u"inter"_s }));
        QVERIFY(c.mustStaple);
        QVERIFY(c.sctPresent);

        CertificateEvidence fromTls = evidence({ u"good"_s, u"inter"_s });
        fromTls.sctInTlsExtension = true;
        QVERIFY(CertificateInspector::inspect(fromTls).sctPresent);
    }

    void ocsp()
    {
        const QString good = m_certs.ocspResponse(u"good"_s, u"inter"_s);
        QVERIFY(!good.isEmpty());
        CertificateEvidence e = evidence({ u"good"_s, u"inter"_s }, u"shop.test"_s, m_rootFile);
        e.ocspResponse = CertificateFactory::read(good);
        CertificateResult c = CertificateInspector::inspect(e);
        QVERIFY(c.ocspStapled);
        QCOMPARE(c.ocspStatus, u"good"_s);

        const QString revoked = m_certs.ocspResponse(u"revoked"_s, u"inter"_s);
        QVERIFY(!revoked.isEmpty());
        e = evidence({ u"revoked"_s, u"inter"_s }, u"shop.test"_s, m_rootFile);
        e.ocspResponse = CertificateFactory::read(revoked);
        c = CertificateInspector::inspect(e);
        QVERIFY(c.ocspStapled);
        QCOMPARE(c.ocspStatus, u"revoked"_s);

        // A staple about another certificate is a staple, but says nothing about this one.
        e = evidence({ u"good"_s, u"inter"_s });
        e.ocspResponse = CertificateFactory::read(revoked);
        c = CertificateInspector::inspect(e);
        QVERIFY(c.ocspStapled);
        QCOMPARE(c.ocspStatus, QString());

        e.ocspResponse = "garbage";
        QVERIFY(!CertificateInspector::inspect(e).ocspStapled);
    }

    void badInput()
    {
        CertificateEvidence none;
        none.now = Now;
        QVERIFY(!CertificateInspector::inspect(none).present);
        none.chain = { QByteArray("not a certificate") };
        QVERIFY(!CertificateInspector::inspect(none).present);
        // An unreadable certificate after the leaf: the leaf still counts, the order cannot.
        CertificateEvidence tail = evidence({ u"good"_s });
        tail.chain.append(QByteArray("junk"));
        const CertificateResult c = CertificateInspector::inspect(tail);
        QVERIFY(c.present);
        QVERIFY(!c.chainInOrder);
        QCOMPARE(c.chain.size(), 1);
    }

    void unreadableExtraCaFile()
    {
        const CertificateResult c = CertificateInspector::inspect(
            evidence({ u"good"_s, u"inter"_s }, u"shop.test"_s, m_certs.path(u"missing.pem"_s)));
        QVERIFY(!c.trusted);
        QVERIFY2(c.trustProblem.startsWith(u"The extra CA file "_s), qPrintable(c.trustProblem));
        QVERIFY(c.trustProblem.endsWith(MissingIssuer));
    }
};

QTEST_GUILESS_MAIN(TestCertificateInspector)
#include "tst_certificateinspector.moc"
