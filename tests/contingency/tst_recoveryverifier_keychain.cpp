// RecoveryVerifier with a real keychain (gnome-keyring in a private D-Bus session, see
// tests/secrets/run-with-private-keyring.sh): an RSA key encrypted with a passphrase, its CSR and a
// self-signed certificate made with the openssl program; the passphrase kept only in the keychain
// opens the key, a wrong one does not, and none of it reaches the plan file, a check or its facts.
// The key is matched against what a real TlsProbe saw on a local `openssl s_server`; the root
// account's password is found in the keychain or missed. Registered through CheckNoLeak.cmake, so
// the passphrases (which start with the leak canary) must not show up in anything logged either.
#include "../secrets/SecretStoreTestSupport.h"
#include "../tls/OpensslServers.h"
#include "../tls/ProbeTestHelpers.h"
#include "PlanFixture.h"
#include "common/Clock.h"
#include "contingency/RecoveryVerifier.h"
#include "plan/Plan.h"
#include "secrets/KeychainSecretStore.h"
#include "tls/TlsProbeJson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int waitMs = 120000; // a safety net against hanging, not a timing

QString outcomeOf(const Verification &v, const QString &code)
{
    const VerificationCheck *check = v.check(code);
    return check ? CheckOutcomes::key(check->outcome) : u"missing"_s;
}

// The secret in every form it could leak in.
bool holds(const QByteArray &bytes, const QByteArray &secret)
{
    const QString text = QString::fromUtf8(secret);
    const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    for (const QByteArray &form : { secret, utf16, secret.toBase64(), secret.toHex() }) {
        if (bytes.contains(form))
            return true;
    }
    return false;
}

} // namespace

class TestRecoveryVerifierKeychain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;
    std::unique_ptr<KeychainSecretStore> m_store;
    QString m_openssl;
    QByteArray m_passphrase;
    QString m_certFolder; // the encrypted key, its CSR and certificate
    QString m_otherFolder; // another key and certificate, unencrypted
    QString m_passFile; // the passphrase for the openssl program, outside the certificate folder

    std::unique_ptr<QTemporaryDir> m_planDir;
    std::unique_ptr<Plan> m_plan;
    QList<SecretRef> m_stored;
    FixedClock m_clock { QDateTime() };

    bool openssl(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(m_openssl, arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            qWarning("openssl %s failed: %s", qPrintable(arguments.value(0)), process.readAll().constData());
            return false;
        }
        return true;
    }

    qint64 itemId(const QString &key) const
    {
        for (const RecoveryItem &item : m_plan->recoveryItems()) {
            if (item.builtIn == key)
                return item.id;
        }
        return 0;
    }

    SecretRef refFor(qint64 itemId, const QString &label) const
    {
        return SecretRef(m_plan->planId(), u"recovery"_s, QString::number(itemId), label);
    }

    bool store(const SecretRef &ref, const QByteArray &secret)
    {
        const auto written = writeSecret(*m_store, ref, secret);
        if (!written || !written->ok()) {
            qWarning("the keychain did not store it: %s", describeResult(written).constData());
            return false;
        }
        m_stored.append(ref);
        return true;
    }

    Status point(qint64 id, const QString &location, const QString &secretRef, qint64 holder = 0)
    {
        RecoveryItem item = *m_plan->recoveryItem(id);
        item.location = location;
        item.secretRef = secretRef;
        item.holderPersonId = holder;
        return m_plan->updateRecoveryItem(item);
    }

    // Runs the verifier on one item and returns what the plan then holds as its latest verification.
    std::optional<Verification> verifyOne(qint64 id)
    {
        RecoveryVerifier verifier(m_plan.get(), m_store.get());
        QSignalSpy verified(&verifier, &RecoveryVerifier::itemVerified);
        QSignalSpy finished(&verifier, &RecoveryVerifier::finished);
        verifier.verify({ id });
        if (!finished.wait(waitMs) || verified.count() != 1)
            return std::nullopt;
        return m_plan->recoveryItem(id)->lastVerification;
    }

    // Whether `secret` is anywhere the plan keeps things (its file, with every verification and the
    // audit trail), or in a verification's texts and facts.
    bool leaked(const QByteArray &secret, const Verification &v) const
    {
        QByteArray kept = PlanFixture::readAll(m_plan->path());
        if (QFile::exists(m_plan->path() + u"-wal"_s))
            kept += PlanFixture::readAll(m_plan->path() + u"-wal"_s);
        kept += v.summary().toUtf8() + QJsonDocument(v.facts).toJson() + v.by.toUtf8();
        return holds(kept, secret);
    }

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<KeychainSecretStore>();
        const auto probed = probeStore(*m_store);
        if (!probed || !probed->ok()) {
            if (qEnvironmentVariableIsSet("STOREFORT_PRIVATE_KEYRING"))
                QFAIL(QByteArray("the private keyring is not available: " + describeResult(probed))
                          .constData());
            QSKIP("No Secret Service here; run with tests/secrets/run-with-private-keyring.sh");
        }
        m_openssl = QStandardPaths::findExecutable(u"openssl"_s);
        QVERIFY2(!m_openssl.isEmpty(), "openssl is not installed (./dev.sh deps installs it)");
        QVERIFY(m_files.isValid());

        // The passphrase goes to openssl through a file, never on a command line a log could show.
        m_passphrase = leakCanary() + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        m_passFile = m_files.filePath(u"passphrase.txt"_s);
        QVERIFY(PlanFixture::writeAll(m_passFile, m_passphrase));
        m_certFolder = m_files.filePath(u"certificate"_s);
        m_otherFolder = m_files.filePath(u"other-certificate"_s);
        QVERIFY(QDir().mkpath(m_certFolder) && QDir().mkpath(m_otherFolder));
        const QString key = m_certFolder + u"/site.key"_s;
        const QString csr = m_certFolder + u"/site.csr"_s;
        const QString pass = u"file:"_s + m_passFile;
        QVERIFY(openssl({ u"genrsa"_s, u"-aes256"_s, u"-passout"_s, pass, u"-out"_s, key, u"2048"_s }));
        QVERIFY(PlanFixture::readAll(key).contains("ENCRYPTED"));
        QVERIFY(openssl({ u"req"_s, u"-new"_s, u"-key"_s, key, u"-passin"_s, pass, u"-subj"_s,
                          u"/CN=127.0.0.1"_s, u"-out"_s, csr }));
        QVERIFY(openssl({ u"x509"_s, u"-req"_s, u"-in"_s, csr, u"-signkey"_s, key, u"-passin"_s, pass,
                          u"-days"_s, u"3650"_s, u"-out"_s, m_certFolder + u"/site.crt"_s }));
        QVERIFY(openssl({ u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-subj"_s,
                          u"/CN=127.0.0.1"_s, u"-days"_s, u"3650"_s, u"-keyout"_s,
                          m_otherFolder + u"/site.key"_s, u"-out"_s, m_otherFolder + u"/site.crt"_s }));
    }

    void init()
    {
        // Now, to the second: the certificates were made today.
        m_clock.setTime(QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC));
        Clock::setClock(&m_clock);
        m_planDir = std::make_unique<QTemporaryDir>();
        auto plan
            = Plan::create(m_planDir->filePath(u"plan.storefort"_s), ShopProfile { .name = u"Tiny Tea"_s });
        QVERIFY2(plan, qPrintable(plan.error()));
        m_plan = std::move(plan.value());
    }

    void cleanup()
    {
        for (const SecretRef &ref : std::as_const(m_stored))
            removeSecret(*m_store, ref);
        m_stored.clear();
        m_plan.reset();
        m_planDir.reset();
        Clock::setClock(nullptr);
    }

    void theStoredPassphraseOpensTheKey()
    {
        const qint64 id = itemId(u"certificate"_s);
        const SecretRef ref = refFor(id, u"passphrase"_s);
        QVERIFY(store(ref, m_passphrase));
        QVERIFY(point(id, m_certFolder, ref.key()));

        const auto v = verifyOne(id);
        QVERIFY2(v, "the verification was not recorded");
        QCOMPARE(outcomeOf(*v, u"cert.key"_s), u"passed"_s);
        QCOMPARE(outcomeOf(*v, u"cert.csr"_s), u"passed"_s);
        QCOMPARE(outcomeOf(*v, u"cert.certificate"_s), u"passed"_s);
        QCOMPARE(outcomeOf(*v, u"cert.key.csr"_s), u"passed"_s);
        QCOMPARE(outcomeOf(*v, u"cert.key.certificate"_s), u"passed"_s);
        QCOMPARE(outcomeOf(*v, u"cert.key.live"_s), u"info"_s); // no probe yet
        QVERIFY(!v->hasCheck(u"cert.passphrase"_s));
        QCOMPARE(v->facts.value(u"encrypted"_s).toBool(), true);
        QVERIFY(!leaked(m_passphrase, *v));
    }

    void aWrongPassphraseDoesNotOpenIt()
    {
        const qint64 id = itemId(u"certificate"_s);
        const SecretRef ref = refFor(id, u"passphrase"_s);
        const QByteArray wrong = leakCanary() + QByteArrayLiteral("-not-the-passphrase");
        QVERIFY(store(ref, wrong));
        QVERIFY(point(id, m_certFolder, ref.key()));

        const auto v = verifyOne(id);
        QVERIFY2(v, "the verification was not recorded");
        QCOMPARE(outcomeOf(*v, u"cert.key"_s), u"failed"_s);
        QCOMPARE(v->outcome(), CheckOutcome::Failed);
        QVERIFY(!leaked(wrong, *v));
        QVERIFY(!leaked(m_passphrase, *v));

        // The right one, stored under the same reference, and noted as changed: now it opens.
        QVERIFY(store(ref, m_passphrase));
        QVERIFY(m_plan->noteSecretChanged(id));
        m_clock.advance(60);
        const auto again = verifyOne(id);
        QVERIFY2(again, "the verification was not recorded");
        QCOMPARE(outcomeOf(*again, u"cert.key"_s), u"passed"_s);
        QVERIFY(!leaked(m_passphrase, *again));
    }

    void aPassphraseMissingFromTheKeychainIsSaid()
    {
        const qint64 id = itemId(u"certificate"_s);
        const SecretRef ref = refFor(id, u"passphrase"_s);
        QVERIFY(point(id, m_certFolder, ref.key()));
        const auto v = verifyOne(id);
        QVERIFY2(v, "the verification was not recorded");
        QCOMPARE(outcomeOf(*v, u"cert.passphrase"_s), u"warning"_s);
        QCOMPARE(outcomeOf(*v, u"cert.key"_s), u"failed"_s);
    }

    void theKeyMatchesTheLiveSiteOrNot()
    {
        // s_server serves the certificate and the encrypted key, which it opens with the passphrase file.
        OpensslServers servers;
        const QString problem = servers.setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const OpensslServers::Server server = servers.start(
            u"127.0.0.1"_s,
            { u"-cert"_s, m_certFolder + u"/site.crt"_s, u"-key"_s, m_certFolder + u"/site.key"_s, u"-pass"_s,
              u"file:"_s + m_passFile, u"-www"_s });
        QVERIFY(server.port);

        TlsProbe probe({ u"127.0.0.1"_s, server.port }, ProbeTestHelpers::quickOptions());
        auto results = probe.run();
        QVERIFY2(results, qPrintable(results.error()));
        QCOMPARE(results->size(), 1);
        const TlsProbeResult &seen = results->constFirst();
        QVERIFY(!seen.certificate.spkiSha256.isEmpty());
        QCOMPARE(seen.certificate.subject, u"CN=127.0.0.1"_s);
        QVERIFY(m_plan->setSiteUrls({ u"https://127.0.0.1:%1"_s.arg(server.port) }));
        QVERIFY(m_plan->addTlsProbe(TlsProbeJson::toRecord(seen)));
        servers.stopAll();

        const qint64 id = itemId(u"certificate"_s);
        const SecretRef ref = refFor(id, u"passphrase"_s);
        QVERIFY(store(ref, m_passphrase));
        QVERIFY(point(id, m_certFolder, ref.key()));
        const auto v = verifyOne(id);
        QVERIFY2(v, "the verification was not recorded");
        QCOMPARE(outcomeOf(*v, u"cert.key"_s), u"passed"_s);
        QCOMPARE(outcomeOf(*v, u"cert.key.live"_s), u"passed"_s);
        QVERIFY2(v->check(u"cert.key.live"_s)->text.contains(u"127.0.0.1"_s), qPrintable(v->summary()));
        QCOMPARE(v->facts.value(u"spkiSha256"_s).toString().toLower(), seen.certificate.spkiSha256.toLower());
        QVERIFY(!leaked(m_passphrase, *v));

        // Another key and certificate on hand: not what the site serves.
        QVERIFY(point(id, m_otherFolder, ref.key()));
        m_clock.advance(60);
        const auto other = verifyOne(id);
        QVERIFY2(other, "the verification was not recorded");
        QCOMPARE(outcomeOf(*other, u"cert.key"_s), u"passed"_s);
        QCOMPARE(outcomeOf(*other, u"cert.key.certificate"_s), u"passed"_s);
        QCOMPARE(outcomeOf(*other, u"cert.key.live"_s), u"failed"_s);
    }

    void theRootPasswordIsInTheKeychainOrMissing()
    {
        const qint64 id = itemId(u"root_account"_s);
        const qint64 ana = m_plan->addPerson(Person { .name = u"Ana Lima"_s }).value();
        const SecretRef ref = refFor(id, u"password"_s);
        const QByteArray password = leakCanary() + QByteArrayLiteral("-root-Pa55");

        // The reference is there, the keychain has nothing under it.
        QVERIFY(point(id, {}, ref.key(), ana));
        auto v = verifyOne(id);
        QVERIFY2(v, "the verification was not recorded");
        QCOMPARE(outcomeOf(*v, u"root.holder"_s), u"passed"_s);
        QCOMPARE(outcomeOf(*v, u"root.secret"_s), u"failed"_s);
        QVERIFY(v->check(u"root.secret"_s)->text.contains(u"no such entry"_s));

        // Stored: found, and its age counts from when the reference was set.
        QVERIFY(store(ref, password));
        m_clock.advance(60);
        v = verifyOne(id);
        QVERIFY2(v, "the verification was not recorded");
        QCOMPARE(outcomeOf(*v, u"root.holder"_s), u"passed"_s);
        QCOMPARE(outcomeOf(*v, u"root.secret"_s), u"passed"_s);
        QCOMPARE(outcomeOf(*v, u"root.age"_s), u"passed"_s);
        QCOMPARE(v->outcome(), CheckOutcome::Passed);
        QVERIFY(!leaked(password, *v));

        // A year and more later the same password is old.
        m_clock.advance(400 * 86400);
        v = verifyOne(id);
        QVERIFY2(v, "the verification was not recorded");
        QCOMPARE(outcomeOf(*v, u"root.age"_s), u"warning"_s);
    }
};

QTEST_GUILESS_MAIN(TestRecoveryVerifierKeychain)
#include "tst_recoveryverifier_keychain.moc"
