#include "SecretStoreTestSupport.h"
#include "secrets/KeychainSecretStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

// Round trips through a real Secret Service (gnome-keyring in a private D-Bus session). Without a
// reachable keychain every test here fails: it must never pass by having nothing to check.
class tst_SecretStore : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore *m_store = nullptr;
    // A fresh plan id per run keeps runs apart even in a keychain that outlives them.
    const QString m_planId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<SecretRef> m_written;

    SecretRef ref(const QString &itemId, const QString &label = u"portal-password"_s)
    {
        return SecretRef(m_planId, u"providers"_s, itemId, label);
    }

    static QByteArray secret(const QByteArray &tail) { return leakCanary() + '-' + tail; }

    void write(const SecretRef &target, const QByteArray &value)
    {
        m_written.append(target);
        const std::optional<SecretResult> written = writeSecret(*m_store, target, value);
        QVERIFY2(written && written->ok(), describeResult(written).constData());
    }

    // Compares without QCOMPARE so that a failure never prints a secret.
    void verifyReadsBack(const SecretRef &target, const QByteArray &expected)
    {
        const std::optional<SecretResult> read = readSecret(*m_store, target);
        QVERIFY2(read && read->ok(), describeResult(read).constData());
        QCOMPARE(read->secret().size(), expected.size());
        QVERIFY2(read->secret() == expected, "the keychain returned different bytes");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = new KeychainSecretStore(this);
        QCOMPARE(m_store->state(), SecretStore::State::Unknown);
        QSignalSpy stateChanges(m_store, &SecretStore::stateChanged);

        const std::optional<SecretResult> probed = probeStore(*m_store);
        const QByteArray hint = "No working Secret Service: run under dbus-run-session with "
                                "'gnome-keyring-daemon --unlock --components=secrets'. "
            + describeResult(probed);
        QVERIFY2(probed && probed->ok(), hint.constData());
        QCOMPARE(m_store->state(), SecretStore::State::Available);
        QCOMPARE(stateChanges.count(), 1);
        QCOMPARE(stateChanges.at(0).at(0).value<SecretStore::State>(), SecretStore::State::Available);
    }

    void cleanupTestCase()
    {
        for (const SecretRef &written : std::as_const(m_written))
            (void)removeSecret(*m_store, written);
    }

    void probeMakesStateAvailableOnce()
    {
        KeychainSecretStore store;
        QSignalSpy stateChanges(&store, &SecretStore::stateChanged);
        store.probe(&store, [](const SecretResult &) {});
        QTRY_COMPARE_WITH_TIMEOUT(store.state(), SecretStore::State::Available, keychainTimeoutMs);
        QCOMPARE(stateChanges.count(), 1);

        // A second probe has nothing new to say, so the GUI is not told again.
        const std::optional<SecretResult> again = probeStore(store);
        QVERIFY2(again && again->ok(), describeResult(again).constData());
        QCOMPARE(stateChanges.count(), 1);
    }

    void writeThenReadBack()
    {
        const SecretRef target = ref(u"host"_s);
        write(target, secret("first value"));
        verifyReadsBack(target, secret("first value"));
        QCOMPARE(m_store->state(), SecretStore::State::Available);
    }

    void overwriteThenReadTheNewValue()
    {
        const SecretRef target = ref(u"cdn"_s);
        write(target, secret("old value"));
        write(target, secret("new value, longer than the old one"));
        verifyReadsBack(target, secret("new value, longer than the old one"));
        write(target, secret("short"));
        verifyReadsBack(target, secret("short"));
    }

    void removeThenReadGivesNotFound()
    {
        const SecretRef target = ref(u"developer"_s);
        write(target, secret("to be removed"));
        const std::optional<SecretResult> removed = removeSecret(*m_store, target);
        QVERIFY2(removed && removed->ok(), describeResult(removed).constData());

        const std::optional<SecretResult> read = readSecret(*m_store, target);
        QVERIFY(read);
        QCOMPARE(read->outcome(), SecretResult::Outcome::NotFound);
        QVERIFY(read->secret().isEmpty());
        QVERIFY(!read->message().isEmpty());
        QCOMPARE(m_store->state(), SecretStore::State::Available);
    }

    void readOfMissingEntryGivesNotFound()
    {
        const std::optional<SecretResult> read = readSecret(*m_store, ref(u"never-written"_s));
        QVERIFY(read);
        QCOMPARE(read->outcome(), SecretResult::Outcome::NotFound);
        QVERIFY(!read->message().isEmpty());
        QCOMPARE(m_store->state(), SecretStore::State::Available);
    }

    void removeOfMissingEntrySucceeds()
    {
        const std::optional<SecretResult> removed = removeSecret(*m_store, ref(u"never-written-either"_s));
        QVERIFY2(removed && removed->ok(), describeResult(removed).constData());
    }

    void binaryDataRoundTrips()
    {
        QByteArray value = secret("binary");
        value += QByteArray("\0\0nul\0", 6);
        value += u"Grüße, €, 🔑, 鍵"_s.toUtf8();
        for (int byte = 0; byte < 256; ++byte)
            value += char(byte);
        value += '\0';
        const SecretRef target = ref(u"certificate"_s, u"passphrase"_s);
        write(target, value);
        verifyReadsBack(target, value);
    }

    void nonAsciiRefsWork()
    {
        const SecretRef target(m_planId, u"konten"_s, u"müller"_s, u"passwort für Zugänge"_s);
        write(target, secret("ümlaut ref"));
        verifyReadsBack(target, secret("ümlaut ref"));
    }

    void sameLabelInDifferentPlansDoesNotCollide()
    {
        const QString otherPlan = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const SecretRef mine = ref(u"root"_s, u"root-password"_s);
        const SecretRef theirs(otherPlan, mine.area(), mine.itemId(), mine.label());
        write(mine, secret("plan one"));
        write(theirs, secret("plan two"));
        verifyReadsBack(mine, secret("plan one"));
        verifyReadsBack(theirs, secret("plan two"));

        const std::optional<SecretResult> removed = removeSecret(*m_store, theirs);
        QVERIFY2(removed && removed->ok(), describeResult(removed).constData());
        verifyReadsBack(mine, secret("plan one"));
    }

    void entryIsFiledUnderServiceAndKey()
    {
        // Looks the entry up with libsecret's own tool, outside Storefort: the keychain knows it by
        // service name and reference key, which is all the plan file needs to keep.
        const QString secretTool = QStandardPaths::findExecutable(u"secret-tool"_s);
        if (secretTool.isEmpty())
            QSKIP("secret-tool (libsecret-tools) is not installed");
        const SecretRef target = ref(u"filed"_s);
        write(target, secret("filed"));

        QProcess lookup;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"G_MESSAGES_DEBUG"_s); // GLib would print its debug log among the answer
        lookup.setProcessEnvironment(environment);
        lookup.start(secretTool,
                     { u"lookup"_s, u"server"_s, KeychainSecretStore::serviceName(), u"user"_s, target.key(),
                       u"type"_s, u"base64"_s });
        QVERIFY(lookup.waitForFinished(keychainTimeoutMs));
        QCOMPARE(lookup.exitCode(), 0);
        QByteArray stored = lookup.readAllStandardOutput();
        QVERIFY2(QByteArray::fromBase64(stored.trimmed()) == secret("filed"),
                 "secret-tool found something else under the reference key");
        wipeSecret(stored);
    }

    void resultsArriveLaterNeverInsideTheCall()
    {
        QObject context;
        int calls = 0;
        m_store->read(ref(u"host"_s), &context, [&calls](const SecretResult &) { ++calls; });
        QCOMPARE(calls, 0);
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, keychainTimeoutMs);
    }

    void destroyedContextGetsNoResult()
    {
        int calls = 0;
        {
            QObject context;
            m_store->read(ref(u"host"_s), &context, [&calls](const SecretResult &) { ++calls; });
        }
        // QtKeychain runs jobs one after another: once this result is in, the first has ended.
        QVERIFY(readSecret(*m_store, ref(u"host"_s)));
        QTest::qWait(50);
        QCOMPARE(calls, 0);
    }

    void invalidRefIsRefused()
    {
        const SecretRef broken(m_planId, u"providers"_s, u"a/b"_s, u"label"_s);
        for (const std::optional<SecretResult> &result :
             { readSecret(*m_store, broken), writeSecret(*m_store, broken, secret("x")),
               removeSecret(*m_store, broken) }) {
            QVERIFY(result);
            QCOMPARE(result->outcome(), SecretResult::Outcome::Failed);
            QVERIFY(!result->message().isEmpty());
        }
        QCOMPARE(m_store->state(), SecretStore::State::Available);
    }

    void emptySecretIsRefused()
    {
        const std::optional<SecretResult> written = writeSecret(*m_store, ref(u"empty"_s), QByteArray());
        QVERIFY(written);
        QCOMPARE(written->outcome(), SecretResult::Outcome::Failed);
        QVERIFY(!written->message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
