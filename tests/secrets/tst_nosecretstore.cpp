#include "SecretStoreTestSupport.h"
#include "secrets/NoSecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// Without a keychain Storefort says so plainly and stores nothing, anywhere.
class tst_NoSecretStore : public QObject
{
    Q_OBJECT

private:
    const SecretRef m_ref { u"plan"_s, u"providers"_s, u"host"_s, u"portal-password"_s };

    static void verifyUnavailable(const std::optional<SecretResult> &result)
    {
        QVERIFY2(result, describeResult(result).constData());
        QCOMPARE(result->outcome(), SecretResult::Outcome::Unavailable);
        QCOMPARE(result->message(), SecretStore::describe(SecretStore::State::Unavailable));
        QVERIFY(result->message().contains(u"No keychain is available"_s));
        QVERIFY(result->secret().isEmpty());
    }

private Q_SLOTS:
    void stateIsUnavailableFromTheStart()
    {
        NoSecretStore store;
        QCOMPARE(store.state(), SecretStore::State::Unavailable);
        QCOMPARE(store.property("state").value<SecretStore::State>(), SecretStore::State::Unavailable);
    }

    void everyOperationIsUnavailable()
    {
        NoSecretStore store;
        QSignalSpy stateChanges(&store, &SecretStore::stateChanged);
        verifyUnavailable(probeStore(store));
        verifyUnavailable(writeSecret(store, m_ref, leakCanary() + "-never-kept"));
        verifyUnavailable(readSecret(store, m_ref));
        verifyUnavailable(removeSecret(store, m_ref));
        QCOMPARE(store.state(), SecretStore::State::Unavailable);
        // Nothing new to say, so nothing is said again: the GUI shows "no keychain" once.
        QCOMPARE(stateChanges.count(), 0);
    }

    void resultsArriveLaterNeverInsideTheCall()
    {
        NoSecretStore store;
        QObject context;
        int calls = 0;
        store.read(m_ref, &context, [&calls](const SecretResult &) { ++calls; });
        QCOMPARE(calls, 0);
        QTRY_COMPARE(calls, 1);
        QTest::qWait(50);
        QCOMPARE(calls, 1);
    }

    void destroyedContextGetsNoResult()
    {
        NoSecretStore store;
        int calls = 0;
        {
            QObject context;
            store.write(m_ref, QByteArrayLiteral("gone"), &context,
                        [&calls](const SecretResult &) { ++calls; });
        }
        // A later operation's result proves the queue has run past the first one.
        QVERIFY(probeStore(store));
        QCOMPARE(calls, 0);
    }

    void describeNamesEveryUnhappyState()
    {
        QVERIFY(SecretStore::describe(SecretStore::State::Unknown).isEmpty());
        QVERIFY(SecretStore::describe(SecretStore::State::Available).isEmpty());
        QVERIFY(!SecretStore::describe(SecretStore::State::Unavailable).isEmpty());
        QVERIFY(!SecretStore::describe(SecretStore::State::Locked).isEmpty());
        QVERIFY(!SecretStore::describe(SecretStore::State::AccessDenied).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_NoSecretStore)
#include "tst_nosecretstore.moc"
