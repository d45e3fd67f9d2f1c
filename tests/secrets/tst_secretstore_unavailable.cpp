#include "SecretStoreTestSupport.h"
#include "secrets/KeychainSecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// KeychainSecretStore where there is no keychain: ctest runs this with no D-Bus session at all,
// and again on a bus where no Secret Service runs or can be started. QtKeychain 0.13 reports both
// only as OtherError; the owner must still hear "no keychain", and nothing may be stored.
class tst_SecretStoreUnavailable : public QObject
{
    Q_OBJECT

private:
    const SecretRef m_ref { u"plan"_s, u"providers"_s, u"host"_s, u"portal-password"_s };

    static void verifyUnavailable(const std::optional<SecretResult> &result)
    {
        QVERIFY2(result, describeResult(result).constData());
        QVERIFY2(result->outcome() == SecretResult::Outcome::Unavailable, describeResult(result).constData());
        QCOMPARE(result->message(), SecretStore::describe(SecretStore::State::Unavailable));
        QVERIFY(result->secret().isEmpty());
        // The backend's own words stay available as a detail for a "details" disclosure.
        QVERIFY(!result->detail().isEmpty());
        QVERIFY(!result->detail().toUtf8().contains(leakCanary()));
    }

private Q_SLOTS:
    void probeSaysUnavailable()
    {
        KeychainSecretStore store;
        QSignalSpy stateChanges(&store, &SecretStore::stateChanged);
        verifyUnavailable(probeStore(store));
        QCOMPARE(store.state(), SecretStore::State::Unavailable);
        QCOMPARE(stateChanges.count(), 1);
        QCOMPARE(stateChanges.at(0).at(0).value<SecretStore::State>(), SecretStore::State::Unavailable);
    }

    void everyOperationSaysUnavailable()
    {
        KeychainSecretStore store;
        QSignalSpy stateChanges(&store, &SecretStore::stateChanged);
        verifyUnavailable(writeSecret(store, m_ref, leakCanary() + "-nowhere"));
        verifyUnavailable(readSecret(store, m_ref));
        verifyUnavailable(removeSecret(store, m_ref));
        verifyUnavailable(probeStore(store));
        QCOMPARE(store.state(), SecretStore::State::Unavailable);
        // Said once, not on every failure.
        QCOMPARE(stateChanges.count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_SecretStoreUnavailable)
#include "tst_secretstore_unavailable.moc"
