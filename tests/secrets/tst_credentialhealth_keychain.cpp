// The health check against a real keychain (gnome-keyring in a private D-Bus session, see
// run-with-private-keyring.sh): three providers' secrets are stored, gathered and assessed, and
// no secret shows up in the plan file or in anything the test logged, with every debug log on.
// Without a keychain the gathering says so and gives nothing to assess.
#include "SecretStoreTestSupport.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "secrets/CredentialHealth.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/NoSecretStore.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QMutex capturedLock;
QByteArray captured;
QtMessageHandler previousHandler = nullptr;

// Keeps everything logged, for the leak check, and passes it on as usual.
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&capturedLock);
        captured += message.toUtf8() + '\n';
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

// The secret in every form it could leak in.
QList<QByteArray> forms(const QByteArray &secret)
{
    const QString text = QString::fromUtf8(secret);
    return { secret, QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2),
             secret.toBase64(), secret.toHex() };
}

bool holds(const QByteArray &bytes, const QByteArray &secret)
{
    for (const QByteArray &form : forms(secret)) {
        if (bytes.contains(form))
            return true;
    }
    return false;
}

std::optional<CredentialGathering> gatherFrom(const Plan &plan, SecretStore &store,
                                              const std::function<void(CredentialGathering &)> &use = {})
{
    std::optional<CredentialGathering> gathered;
    QObject context;
    CredentialHealth::gather(plan, store, &context, [&gathered, &use](CredentialGathering &gathering) {
        if (use)
            use(gathering);
        // Only what is left after `use`: the labels and what went wrong.
        CredentialGathering summary;
        summary.ok = gathering.ok;
        summary.message = gathering.message;
        summary.missing = gathering.missing;
        for (const CredentialEntry &entry : gathering.entries)
            summary.entries.append(
                CredentialEntry { entry.label, entry.ref, entry.secret, entry.storedAt, {} });
        gathered = summary;
    });
    (void)QTest::qWaitFor([&gathered] { return gathered.has_value(); }, 4 * keychainTimeoutMs);
    return gathered;
}

} // namespace

class TestCredentialHealthKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        previousHandler = qInstallMessageHandler(capture);
        QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    }
    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
        Clock::setClock(nullptr);
    }

    void gatherAndAssessRealSecrets();
    void noKeychainGivesAMessageAndNothingToAssess();
    // Locks the keyring, so it runs last, and only in a throw-away one.
    void lockedKeychainGivesAMessageAndNothingToAssess();
};

void TestCredentialHealthKeychain::gatherAndAssessRealSecrets()
{
    KeychainSecretStore store;
    const auto probed = probeStore(store);
    if (!probed || !probed->ok()) {
        if (qEnvironmentVariableIsSet("STOREFORT_PRIVATE_KEYRING"))
            QFAIL(QByteArray("the private keyring is not available: " + describeResult(probed)).constData());
        QSKIP("No Secret Service here; run with tests/secrets/run-with-private-keyring.sh");
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.storefort"_s);
    // Two providers share one strong secret; a third has a weak one of its own.
    const QByteArray shared = leakCanary() + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    const QByteArray weak = "qwertyuiop";
    const QDateTime today(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    const QDateTime longAgo = today.addDays(-700);
    FixedClock clock(longAgo);
    Clock::setClock(&clock);
    const auto restoreClock = qScopeGuard([] { Clock::setClock(nullptr); });

    auto created = Plan::create(path, ShopProfile { .name = u"Tiny Tea"_s });
    QVERIFY2(created, qPrintable(created.error()));
    Plan &plan = *created.value();
    QList<SecretRef> refs;
    auto addWithSecret = [&](const QString &name, const QByteArray &secret) -> qint64 {
        Provider p;
        p.name = name;
        p.credentialUser = u"owner@tinytea.example"_s;
        const qint64 id = plan.addProvider(p).value();
        const SecretRef ref(plan.planId(), u"provider"_s, QString::number(id), u"portal"_s);
        const auto written = writeSecret(store, ref, secret);
        if (!written || !written->ok()) {
            qWarning("could not store a secret: %s", describeResult(written).constData());
            return 0;
        }
        refs.append(ref);
        Provider withSecret = *plan.provider(id);
        withSecret.credentialRef = ref.key();
        return plan.updateProvider(withSecret) ? id : 0;
    };
    const qint64 hostId = addWithSecret(u"Example Host"_s, shared);
    QVERIFY(hostId);
    clock.setTime(today.addDays(-10));
    const qint64 cdnId = addWithSecret(u"Fast CDN"_s, shared);
    QVERIFY(cdnId);
    const qint64 mailId = addWithSecret(u"Mail Co"_s, weak);
    QVERIFY(mailId);
    // One without a secret, and one whose secret the keychain lost.
    Provider bank;
    bank.name = u"Pay Ltd"_s;
    QVERIFY(plan.addProvider(bank));
    Provider gone;
    gone.name = u"Old Registrar"_s;
    const qint64 goneId = plan.addProvider(gone).value();
    gone = *plan.provider(goneId);
    gone.credentialRef = SecretRef(plan.planId(), u"provider"_s, QString::number(goneId), u"portal"_s).key();
    QVERIFY(plan.updateProvider(gone));
    clock.setTime(today);

    CredentialHealthResult result;
    const auto gathered = gatherFrom(plan, store, [&result, &today](CredentialGathering &gathering) {
        CredentialHealth::Options options;
        options.now = today;
        result = CredentialHealth::assess(gathering.entries, options);
    });
    QVERIFY2(gathered, "the gathering never ended");
    QVERIFY2(gathered->ok, qPrintable(gathered->message));
    QCOMPARE(gathered->missing, QStringList({ u"Portal of Old Registrar"_s }));
    // assess() overwrote every secret it was given.
    QCOMPARE(gathered->entries.size(), 3);
    for (const CredentialEntry &entry : gathered->entries)
        QVERIFY(entry.secret.isEmpty());

    QCOMPARE(result.reports.size(), 3);
    const CredentialReport &host = result.reports.at(0);
    const CredentialReport &cdn = result.reports.at(1);
    const CredentialReport &mail = result.reports.at(2);
    QCOMPARE(host.label, u"Portal of Example Host"_s);
    QCOMPARE(host.reusedWith, QStringList({ u"Portal of Fast CDN"_s }));
    QCOMPARE(cdn.reusedWith, QStringList({ u"Portal of Example Host"_s }));
    QVERIFY(mail.reusedWith.isEmpty());
    QVERIFY2(host.score >= CredentialHealth::goodEnoughScore, qPrintable(QString::number(host.entropyBits)));
    QCOMPARE(mail.score, 0);
    // When each was stored comes from the plan's audit trail.
    QCOMPARE(host.storedAt, longAgo);
    QCOMPARE(host.ageDays, 700);
    QCOMPARE(cdn.ageDays, 10);

    QStringList ids;
    for (const Finding &f : result.findings)
        ids.append(f.id + u' ' + f.subject);
    ids.sort();
    const QString hostSubject = u"secret/provider/%1/portal"_s.arg(hostId);
    QCOMPARE(ids,
             QStringList({ u"CRED-OLD "_s + hostSubject, u"CRED-REUSED "_s + hostSubject,
                           u"CRED-WEAK secret/provider/%1/portal"_s.arg(mailId) }));
    for (const Finding &f : result.findings) {
        for (const QString &text : { f.title, f.why, f.evidence, f.fix, f.subject }) {
            QVERIFY(!holds(text.toUtf8(), shared));
            QVERIFY(!holds(text.toUtf8(), weak));
        }
    }

    // Nothing was written: no secret in the plan file, its journal or anything beside it.
    int scanned = 0;
    QDirIterator files(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString file = files.next();
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!holds(bytes, shared) && !holds(bytes, weak), qPrintable(file + u" holds a secret"_s));
        ++scanned;
    }
    QVERIFY(scanned >= 1);
    QVERIFY(QFileInfo(path).size() > 0);

    // Nor in anything logged, with every debug category on.
    qDebug("capture-marker");
    {
        QMutexLocker locker(&capturedLock);
        QVERIFY2(captured.contains("capture-marker"), "the log capture does not work");
        QVERIFY2(!holds(captured, shared), "the shared secret was logged");
        QVERIFY2(!holds(captured, weak), "the weak secret was logged");
    }

    for (const SecretRef &ref : std::as_const(refs)) {
        const auto removed = removeSecret(store, ref);
        QVERIFY2(removed && removed->ok(), describeResult(removed).constData());
    }
}

void TestCredentialHealthKeychain::noKeychainGivesAMessageAndNothingToAssess()
{
    QTemporaryDir dir;
    auto created = Plan::create(dir.filePath(u"shop.storefort"_s), ShopProfile { .name = u"Tiny Tea"_s });
    QVERIFY2(created, qPrintable(created.error()));
    Plan &plan = *created.value();
    Provider p;
    p.name = u"Example Host"_s;
    const qint64 id = plan.addProvider(p).value();
    p = *plan.provider(id);
    p.credentialRef = SecretRef(plan.planId(), u"provider"_s, QString::number(id), u"portal"_s).key();
    QVERIFY(plan.updateProvider(p));

    NoSecretStore none;
    bool called = false;
    const auto gathered = gatherFrom(plan, none, [&called](CredentialGathering &) { called = true; });
    QVERIFY(gathered);
    QVERIFY(called);
    QVERIFY(!gathered->ok);
    QVERIFY(!gathered->message.isEmpty());
    QVERIFY(gathered->entries.isEmpty());
    QVERIFY(gathered->missing.isEmpty());
    QList<CredentialEntry> nothing = gathered->entries;
    QVERIFY(CredentialHealth::assess(nothing).findings.isEmpty());

    // A plan with no stored secret needs no keychain at all, and still answers later.
    QTemporaryDir other;
    auto empty = Plan::create(other.filePath(u"empty.storefort"_s), ShopProfile { .name = u"Tiny Tea"_s });
    QVERIFY(empty);
    const auto nothingStored = gatherFrom(*empty.value(), none);
    QVERIFY(nothingStored);
    QVERIFY(nothingStored->ok);
    QVERIFY(nothingStored->entries.isEmpty());
}

void TestCredentialHealthKeychain::lockedKeychainGivesAMessageAndNothingToAssess()
{
    if (qEnvironmentVariable("STOREFORT_PRIVATE_KEYRING") != "1"_L1)
        QSKIP("Locks the keyring: runs only in the throw-away keyring of run-with-private-keyring.sh");
    QTemporaryDir dir;
    auto created = Plan::create(dir.filePath(u"shop.storefort"_s), ShopProfile { .name = u"Tiny Tea"_s });
    QVERIFY2(created, qPrintable(created.error()));
    Plan &plan = *created.value();
    Provider p;
    p.name = u"Example Host"_s;
    const qint64 id = plan.addProvider(p).value();
    const SecretRef ref(plan.planId(), u"provider"_s, QString::number(id), u"portal"_s);
    KeychainSecretStore store;
    const QByteArray secret = leakCanary() + "-locked away";
    const auto written = writeSecret(store, ref, secret);
    QVERIFY2(written && written->ok(), describeResult(written).constData());
    p = *plan.provider(id);
    p.credentialRef = ref.key();
    QVERIFY(plan.updateProvider(p));

    const QString dbusSend = QStandardPaths::findExecutable(u"dbus-send"_s);
    QVERIFY2(!dbusSend.isEmpty(), "dbus-send is needed to lock the keyring");
    QProcess lock;
    lock.start(dbusSend,
               { u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.secrets"_s,
                 u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service.Lock"_s,
                 u"array:objpath:/org/freedesktop/secrets/aliases/default"_s });
    QVERIFY(lock.waitForFinished(keychainTimeoutMs));
    QVERIFY2(lock.exitCode() == 0, lock.readAllStandardError().constData());

    bool called = false;
    const auto gathered = gatherFrom(plan, store, [&called](CredentialGathering &) { called = true; });
    QVERIFY(gathered);
    QVERIFY(called);
    QVERIFY(!gathered->ok);
    QCOMPARE(gathered->message, SecretStore::describe(SecretStore::State::Locked));
    QVERIFY(gathered->entries.isEmpty());
    QVERIFY(gathered->missing.isEmpty()); // locked is not "missing"
}

QTEST_GUILESS_MAIN(TestCredentialHealthKeychain)
#include "tst_credentialhealth_keychain.moc"
