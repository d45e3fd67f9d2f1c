// The certificate verifier on keys, signing requests and certificates made with the `openssl`
// program: matching sets, mismatches, encrypted keys, expiry, the live site's key, and that no
// passphrase or key material ever shows in what it says.
#include "VerifierFixture.h"
#include "contingency/verifiers/CertificateVerifier.h"
#include "tls/CertificateInspector.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace VerifierFixture;

namespace {

const QString passphrase = u"Correct-Horse-Battery-42"_s;

} // namespace

class TestCertificateVerifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_openssl;
    QDateTime m_now;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool openssl(const QStringList &arguments, Run *result = nullptr, const QByteArray &input = {})
    {
        const Run made
            = run(m_openssl, arguments, m_dir.path(), QProcessEnvironment::systemEnvironment(), input);
        if (result)
            *result = made;
        if (made.exitCode != 0)
            qWarning("openssl %s failed: %s", qPrintable(arguments.join(u' ')), made.err.constData());
        return made.exitCode == 0;
    }

    // A P-256 key (or, when `pass` is given, an RSA key encrypted with AES-256 as `openssl genrsa
    // -aes256` makes it), its signing request and a self-signed certificate for `days` days.
    bool makeSet(const QString &name, int days = 90, const QString &pass = {})
    {
        const QString key = path(name + u".key"_s);
        QStringList passIn;
        if (pass.isEmpty()) {
            if (!openssl({ u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s,
                           u"ec_paramgen_curve:P-256"_s, u"-out"_s, key }))
                return false;
        } else {
            if (!openssl({ u"genrsa"_s, u"-aes256"_s, u"-passout"_s, u"pass:"_s + pass, u"-out"_s, key,
                           u"2048"_s }))
                return false;
            passIn = { u"-passin"_s, u"pass:"_s + pass };
        }
        const QString subject = u"/CN="_s + name + u".example"_s;
        return openssl(QStringList { u"req"_s, u"-new"_s, u"-key"_s, key, u"-subj"_s, subject, u"-out"_s,
                                     path(name + u".csr"_s) }
                       + passIn)
            && openssl(QStringList { u"req"_s, u"-x509"_s, u"-key"_s, key, u"-subj"_s, subject, u"-days"_s,
                                     QString::number(days), u"-out"_s, path(name + u".crt"_s) }
                       + passIn);
    }

    // A folder holding copies of the given files.
    QString folderOf(const QString &folder, const QStringList &files)
    {
        const QString target = path(folder);
        if (!QDir().mkpath(target))
            return {};
        for (const QString &file : files) {
            if (!QFile::copy(path(file), target + u'/' + file))
                return {};
        }
        return target;
    }

    // The SHA-256 of the key's DER SubjectPublicKeyInfo, as the openssl program computes it.
    QString spkiOf(const QString &keyFile, const QString &pass = {})
    {
        Run der;
        QStringList arguments { u"pkey"_s, u"-in"_s, path(keyFile), u"-pubout"_s, u"-outform"_s, u"DER"_s };
        if (!pass.isEmpty())
            arguments << u"-passin"_s << u"pass:"_s + pass;
        if (!openssl(arguments, &der))
            return {};
        Run digest;
        if (!openssl({ u"dgst"_s, u"-sha256"_s, u"-r"_s }, &digest, der.out))
            return {};
        const QRegularExpressionMatch match
            = QRegularExpression(u"\\b([0-9a-f]{64})\\b"_s).match(QString::fromLatin1(digest.out));
        return match.hasMatch() ? match.captured(1) : QString();
    }

    // Neither the passphrase nor any line of the key's body shows in a check or the facts.
    void verifyNothingSecret(const Verification &v, const QString &keyFile)
    {
        QString all = v.summary();
        all += QString::fromUtf8(QJsonDocument(v.facts).toJson());
        QVERIFY2(!all.contains(passphrase), "the passphrase shows");
        const QList<QByteArray> lines = readFile(path(keyFile)).split('\n');
        int bodyLines = 0;
        for (const QByteArray &line : lines) {
            if (line.size() < 16 || line.startsWith("-----") || line.contains(':'))
                continue;
            ++bodyLines;
            QVERIFY2(!all.contains(QString::fromLatin1(line)), "a line of the key shows");
        }
        QVERIFY(bodyLines > 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_openssl = program(u"openssl"_s);
        QVERIFY2(!m_openssl.isEmpty(), "openssl is not installed (./dev.sh deps installs it)");
        QVERIFY(makeSet(u"shop"_s));
        QVERIFY(makeSet(u"other"_s));
        QVERIFY(makeSet(u"locked"_s, 90, passphrase));
        QVERIFY(makeSet(u"shortlived"_s, 1));
    }

    void init() { m_now = QDateTime::currentDateTimeUtc(); }

    void matchingSetPasses()
    {
        const QString folder = folderOf(u"match"_s, { u"shop.key"_s, u"shop.csr"_s, u"shop.crt"_s });
        QVERIFY(!folder.isEmpty());
        const QString spki = spkiOf(u"shop.key"_s);
        QCOMPARE(spki.size(), 64);

        const Verification v = CertificateVerifier::verify({ folder, {}, spki, u"shop.example"_s }, m_now);
        QVERIFY2(v.outcome() == CheckOutcome::Passed, qPrintable(v.summary()));
        for (const QString &code : { u"cert.key"_s, u"cert.csr"_s, u"cert.certificate"_s, u"cert.key.csr"_s,
                                     u"cert.key.certificate"_s, u"cert.key.live"_s, u"cert.expiry"_s })
            QVERIFY2(outcome(v, code) == u"passed"_s, qPrintable(QString(code + u": "_s + v.summary())));
        QVERIFY(text(v, u"cert.key.live"_s).contains(u"shop.example"_s));
        QCOMPARE(v.facts.value(u"keyFile"_s).toString(), u"shop.key"_s);
        QCOMPARE(v.facts.value(u"csrFile"_s).toString(), u"shop.csr"_s);
        QCOMPARE(v.facts.value(u"certificateFile"_s).toString(), u"shop.crt"_s);
        QCOMPARE(v.facts.value(u"subject"_s).toString(), u"CN=shop.example"_s);
        QCOMPARE(v.facts.value(u"encrypted"_s).toBool(), false);
        QCOMPARE(v.facts.value(u"spkiSha256"_s).toString(), spki);
        const QDateTime notAfter
            = QDateTime::fromString(v.facts.value(u"notAfter"_s).toString(), Qt::ISODate);
        QVERIFY(qAbs(notAfter.secsTo(m_now.addDays(90))) < 3600);
        verifyNothingSecret(v, u"shop.key"_s);
    }

    void spkiIsTheProbesForTheSameKey()
    {
        // The probe hashes the certificate the site serves; the verifier the key on file.
        Run der;
        QVERIFY(openssl({ u"x509"_s, u"-in"_s, path(u"shop.crt"_s), u"-outform"_s, u"DER"_s }, &der));
        CertificateEvidence evidence;
        evidence.chain = { der.out };
        evidence.host = u"shop.example"_s;
        evidence.now = m_now;
        const CertificateResult probed = CertificateInspector::inspect(evidence);
        QVERIFY(!probed.spkiSha256.isEmpty());

        const Verification v = CertificateVerifier::verify({ path(u"shop.key"_s), {}, {}, {} }, m_now);
        QCOMPARE(v.facts.value(u"spkiSha256"_s).toString(), probed.spkiSha256);
        QCOMPARE(outcome(v, u"cert.key.live"_s), u"info"_s);
    }

    void liveSiteWithAnotherKeyFails()
    {
        const QString folder = folderOf(u"live"_s, { u"shop.key"_s, u"shop.csr"_s, u"shop.crt"_s });
        QVERIFY(!folder.isEmpty());
        const QString otherSpki = spkiOf(u"other.key"_s);
        QCOMPARE(otherSpki.size(), 64);
        const Verification v
            = CertificateVerifier::verify({ folder, {}, otherSpki, u"shop.example"_s }, m_now);
        QCOMPARE(outcome(v, u"cert.key.live"_s), u"failed"_s);
        QVERIFY(text(v, u"cert.key.live"_s).contains(u"shop.example"_s));
        QCOMPARE(outcome(v, u"cert.key.certificate"_s), u"passed"_s);
        QCOMPARE(v.outcome(), CheckOutcome::Failed);
    }

    void requestOfAnotherKeyFails()
    {
        const QString folder = folderOf(u"csrmismatch"_s, { u"shop.key"_s, u"other.csr"_s, u"shop.crt"_s });
        QVERIFY(!folder.isEmpty());
        const Verification v = CertificateVerifier::verify({ folder, {}, {}, {} }, m_now);
        QCOMPARE(outcome(v, u"cert.key.csr"_s), u"failed"_s);
        QVERIFY2(text(v, u"cert.key.csr"_s)
                     .contains(u"shop.key does not belong to the signing request other.csr"_s),
                 qPrintable(v.summary()));
        QCOMPARE(outcome(v, u"cert.key.certificate"_s), u"passed"_s);
        QCOMPARE(v.outcome(), CheckOutcome::Failed);
    }

    void certificateOfAnotherKeyFails()
    {
        const QString folder = folderOf(u"crtmismatch"_s, { u"shop.key"_s, u"shop.csr"_s, u"other.crt"_s });
        QVERIFY(!folder.isEmpty());
        const Verification v = CertificateVerifier::verify({ folder, {}, {}, {} }, m_now);
        QCOMPARE(outcome(v, u"cert.key.certificate"_s), u"failed"_s);
        QVERIFY2(text(v, u"cert.key.certificate"_s).contains(u"other.crt"_s), qPrintable(v.summary()));
        QCOMPARE(outcome(v, u"cert.key.csr"_s), u"passed"_s);
        QCOMPARE(v.outcome(), CheckOutcome::Failed);
    }

    void encryptedKeyOpensWithItsPassphrase()
    {
        const QString folder = folderOf(u"locked"_s, { u"locked.key"_s, u"locked.csr"_s, u"locked.crt"_s });
        QVERIFY(!folder.isEmpty());
        QVERIFY(readFile(path(u"locked.key"_s)).contains("ENCRYPTED"));
        const QString spki = spkiOf(u"locked.key"_s, passphrase);

        const Verification v
            = CertificateVerifier::verify({ folder, passphrase.toUtf8(), spki, u"shop.example"_s }, m_now);
        QVERIFY2(v.outcome() == CheckOutcome::Passed, qPrintable(v.summary()));
        QCOMPARE(outcome(v, u"cert.key"_s), u"passed"_s);
        QCOMPARE(outcome(v, u"cert.key.csr"_s), u"passed"_s);
        QCOMPARE(outcome(v, u"cert.key.certificate"_s), u"passed"_s);
        QCOMPARE(outcome(v, u"cert.key.live"_s), u"passed"_s);
        QCOMPARE(v.facts.value(u"encrypted"_s).toBool(), true);
        QCOMPARE(v.facts.value(u"spkiSha256"_s).toString(), spki);
        verifyNothingSecret(v, u"locked.key"_s);
    }

    void encryptedKeyWithAWrongOrNoPassphraseFails()
    {
        const QString folder = folderOf(u"locked2"_s, { u"locked.key"_s, u"locked.csr"_s, u"locked.crt"_s });
        QVERIFY(!folder.isEmpty());

        const Verification wrong = CertificateVerifier::verify({ folder, "Wrong-Horse-41", {}, {} }, m_now);
        QCOMPARE(outcome(wrong, u"cert.key"_s), u"failed"_s);
        QVERIFY2(text(wrong, u"cert.key"_s).contains(u"does not open it"_s), qPrintable(wrong.summary()));
        QVERIFY(!wrong.summary().contains(u"Wrong-Horse-41"_s));
        QVERIFY(!wrong.hasCheck(u"cert.key.csr"_s));
        QVERIFY(!wrong.facts.contains(u"spkiSha256"_s));
        QCOMPARE(wrong.facts.value(u"encrypted"_s).toBool(), true);
        // The certificate is still judged on its own.
        QCOMPARE(outcome(wrong, u"cert.certificate"_s), u"passed"_s);
        verifyNothingSecret(wrong, u"locked.key"_s);

        const Verification none = CertificateVerifier::verify({ folder, {}, {}, {} }, m_now);
        QCOMPARE(outcome(none, u"cert.key"_s), u"failed"_s);
        QVERIFY2(text(none, u"cert.key"_s).contains(u"no passphrase is on file"_s),
                 qPrintable(none.summary()));
        QCOMPARE(none.outcome(), CheckOutcome::Failed);
    }

    void expiredCertificateFails()
    {
        const QString folder
            = folderOf(u"expired"_s, { u"shortlived.key"_s, u"shortlived.csr"_s, u"shortlived.crt"_s });
        QVERIFY(!folder.isEmpty());
        // Valid for one day from when it was made: today it has a day left, in three days it is over.
        const Verification today = CertificateVerifier::verify({ folder, {}, {}, {} }, m_now);
        QCOMPARE(outcome(today, u"cert.expiry"_s), u"warning"_s);
        QVERIFY2(text(today, u"cert.expiry"_s).contains(u"in less than a day"_s),
                 qPrintable(today.summary()));
        // Twenty days before the end: a warning with the days left.
        const Verification soon
            = CertificateVerifier::verify({ path(u"shop.crt"_s), {}, {}, {} }, m_now.addDays(70));
        QCOMPARE(outcome(soon, u"cert.expiry"_s), u"warning"_s);
        QVERIFY2(text(soon, u"cert.expiry"_s).contains(u"in 19 day"_s), qPrintable(soon.summary()));

        const Verification later = CertificateVerifier::verify({ folder, {}, {}, {} }, m_now.addDays(3));
        QCOMPARE(outcome(later, u"cert.expiry"_s), u"failed"_s);
        QVERIFY2(text(later, u"cert.expiry"_s).contains(u"ran out"_s), qPrintable(later.summary()));
        QCOMPARE(later.outcome(), CheckOutcome::Failed);
    }

    void onePemHoldingKeyAndCertificate()
    {
        QByteArray bundle = readFile(path(u"shop.crt"_s));
        bundle += readFile(path(u"shop.key"_s));
        bundle += readFile(path(u"other.crt"_s)); // a chain file's extra certificate, say
        const QString file = path(u"bundle.pem"_s);
        QVERIFY(writeFile(file, bundle));

        const Verification v = CertificateVerifier::verify({ file, {}, {}, {} }, m_now);
        QCOMPARE(outcome(v, u"cert.key"_s), u"passed"_s);
        QCOMPARE(outcome(v, u"cert.certificate"_s), u"passed"_s);
        QCOMPARE(outcome(v, u"cert.key.certificate"_s), u"passed"_s);
        QCOMPARE(outcome(v, u"cert.csr"_s), u"warning"_s);
        QCOMPARE(v.facts.value(u"keyFile"_s).toString(), u"bundle.pem"_s);
        QCOMPARE(v.facts.value(u"certificateFile"_s).toString(), u"bundle.pem"_s);
        QCOMPARE(v.facts.value(u"subject"_s).toString(), u"CN=shop.example"_s);
    }

    void filesAreFoundByContent()
    {
        // Names that say nothing: the PEM markers do.
        const QString folder = path(u"byContent"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(path(u"shop.key"_s), folder + u"/private"_s));
        QVERIFY(QFile::copy(path(u"shop.csr"_s), folder + u"/request.txt"_s));
        QVERIFY(QFile::copy(path(u"shop.crt"_s), folder + u"/certificate.txt"_s));
        QVERIFY(writeFile(folder + u"/README"_s, "Call Ann about the renewal."));

        const Verification v = CertificateVerifier::verify({ folder, {}, {}, {} }, m_now);
        QCOMPARE(outcome(v, u"cert.key.csr"_s), u"passed"_s);
        QCOMPARE(outcome(v, u"cert.key.certificate"_s), u"passed"_s);
        QCOMPARE(v.facts.value(u"keyFile"_s).toString(), u"private"_s);
    }

    void missingKeyAndMissingFolderFail()
    {
        const QString folder = folderOf(u"nokey"_s, { u"shop.csr"_s, u"shop.crt"_s });
        QVERIFY(!folder.isEmpty());
        const Verification noKey = CertificateVerifier::verify({ folder, {}, {}, {} }, m_now);
        QCOMPARE(outcome(noKey, u"cert.key"_s), u"failed"_s);
        QVERIFY(!noKey.hasCheck(u"cert.key.live"_s));
        QCOMPARE(outcome(noKey, u"cert.certificate"_s), u"passed"_s);

        const QString missing = path(u"nowhere"_s);
        const Verification gone = CertificateVerifier::verify({ missing, {}, {}, {} }, m_now);
        QCOMPARE(gone.checks.size(), 1);
        QCOMPARE(outcome(gone, u"cert.path"_s), u"failed"_s);
        QVERIFY(text(gone, u"cert.path"_s).contains(QDir::toNativeSeparators(missing)));

        const QString empty = path(u"emptyFolder"_s);
        QVERIFY(QDir().mkpath(empty));
        QCOMPARE(outcome(CertificateVerifier::verify({ empty, {}, {}, {} }, m_now), u"cert.path"_s),
                 u"failed"_s);
    }

    void damagedKeyFails()
    {
        QByteArray key = readFile(path(u"shop.key"_s));
        const qsizetype middle = key.size() / 2;
        key[middle] = key[middle] == 'A' ? 'B' : 'A';
        key.remove(middle + 4, 8);
        const QString folder = path(u"damaged"_s);
        QVERIFY(writeFile(folder + u"/shop.key"_s, key));
        const Verification v = CertificateVerifier::verify({ folder, {}, {}, {} }, m_now);
        QCOMPARE(outcome(v, u"cert.key"_s), u"failed"_s);
        QVERIFY2(text(v, u"cert.key"_s).contains(u"cannot be read"_s), qPrintable(v.summary()));
    }
};

QTEST_GUILESS_MAIN(TestCertificateVerifier)
#include "tst_certificateverifier.moc"
