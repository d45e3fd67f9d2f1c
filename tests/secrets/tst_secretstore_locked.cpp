#include "SecretStoreTestSupport.h"
#include "secrets/KeychainSecretStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// A locked keychain. QtKeychain 0.13 cannot tell: on a locked Secret Service collection a read
// says "not found", a write "access denied" and a delete "success" without deleting. The store
// must say "locked" instead. Runs in its own throw-away keyring (run-with-private-keyring.sh),
// because it locks the keyring and cannot unlock it again without a prompt.
class tst_SecretStoreLocked : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore m_store;
    const SecretRef m_ref { u"plan"_s, u"providers"_s, u"host"_s, u"portal-password"_s };

    static void verifyLocked(const std::optional<SecretResult> &result)
    {
        QVERIFY2(result, describeResult(result).constData());
        QVERIFY2(result->outcome() == SecretResult::Outcome::Locked, describeResult(result).constData());
        QCOMPARE(result->message(), SecretStore::describe(SecretStore::State::Locked));
        QVERIFY(result->secret().isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("STOREFORT_PRIVATE_KEYRING") != "1"_L1)
            QSKIP("Locks the keyring: runs only in the throw-away keyring of run-with-private-keyring.sh");

        const std::optional<SecretResult> written
            = writeSecret(m_store, m_ref, leakCanary() + "-locked away");
        QVERIFY2(written && written->ok(), describeResult(written).constData());
        QCOMPARE(m_store.state(), SecretStore::State::Available);

        const QString dbusSend = QStandardPaths::findExecutable(u"dbus-send"_s);
        QVERIFY2(!dbusSend.isEmpty(), "dbus-send is needed to lock the keyring");
        QProcess lock;
        lock.start(dbusSend,
                   { u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.secrets"_s,
                     u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service.Lock"_s,
                     u"array:objpath:/org/freedesktop/secrets/aliases/default"_s });
        QVERIFY(lock.waitForFinished(keychainTimeoutMs));
        QVERIFY2(lock.exitCode() == 0, lock.readAllStandardError().constData());
    }

    void probeSaysLocked()
    {
        QSignalSpy stateChanges(&m_store, &SecretStore::stateChanged);
        verifyLocked(probeStore(m_store));
        QCOMPARE(m_store.state(), SecretStore::State::Locked);
        QCOMPARE(stateChanges.count(), 1);
    }

    void readOfAnExistingEntrySaysLockedNotNotFound() { verifyLocked(readSecret(m_store, m_ref)); }

    void writeSaysLocked() { verifyLocked(writeSecret(m_store, m_ref, leakCanary() + "-not stored")); }

    void removeSaysLockedNotSuccess() { verifyLocked(removeSecret(m_store, m_ref)); }
};

QTEST_GUILESS_MAIN(tst_SecretStoreLocked)
#include "tst_secretstore_locked.moc"
