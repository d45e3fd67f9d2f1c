#include "KeychainSecretStore.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID) && !defined(Q_OS_HAIKU)
#define STOREFORT_SECRET_SERVICE 1
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

#include <qt6keychain/keychain.h>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

using Outcome = SecretResult::Outcome;

// Has no '/', so it can never be the key of a real SecretRef.
QString probeKey()
{
    return u"storefort-availability-probe"_s;
}

Outcome outcomeFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return Outcome::Ok;
    case QKeychain::EntryNotFound:
        return Outcome::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Outcome::Unavailable;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Outcome::AccessDenied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        return Outcome::Failed;
    }
    return Outcome::Failed;
}

// Overwrites a buffer that only this code and a finished QtKeychain job still share. Writing through
// constData() is deliberate: data() would detach and wipe a fresh copy instead of the job's.
void wipeJobBuffer(QByteArray &buffer)
{
    if (!buffer.isEmpty()) {
        volatile char *bytes = const_cast<char *>(buffer.constData());
        for (qsizetype i = 0; i < buffer.size(); ++i)
            bytes[i] = 0;
    }
    buffer.clear();
}

// The backend's error text, unless it somehow quotes the secret.
QString detailWithoutSecret(const QString &text, const QByteArray &secret)
{
    if (secret.isEmpty() || text.isEmpty())
        return text;
    const QByteArray utf8 = text.toUtf8();
    QByteArray encoded = secret.toBase64();
    const bool quotesSecret = utf8.contains(secret) || utf8.contains(encoded);
    wipeSecret(encoded);
    if (quotesSecret)
        return KeychainSecretStore::tr(
            "The keychain's message was withheld because it contained the password.");
    return text;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{ }

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::serviceName()
{
    return u"org.storefort.Storefort"_s;
}

void KeychainSecretStore::read(const SecretRef &ref, QObject *context, Callback done)
{
    if (!ref.isValid()) {
        deliverLater(context, std::move(done), invalidReference());
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(ref.key());
    start(job, Operation::Read, context, std::move(done));
}

void KeychainSecretStore::write(const SecretRef &ref, QByteArray secret, QObject *context, Callback done)
{
    // A private copy, so the job's buffer can be wiped once it has finished (see finish()).
    QByteArray payload(secret.constData(), secret.size());
    wipeSecret(secret);
    if (!ref.isValid()) {
        wipeSecret(payload);
        deliverLater(context, std::move(done), invalidReference());
        return;
    }
    if (payload.isEmpty()) {
        deliverLater(context, std::move(done),
                     SecretResult::failure(Outcome::Failed, tr("There is no password to save.")));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(ref.key());
    job->setBinaryData(payload);
    start(job, Operation::Write, context, std::move(done), std::move(payload));
}

void KeychainSecretStore::remove(const SecretRef &ref, QObject *context, Callback done)
{
    if (!ref.isValid()) {
        deliverLater(context, std::move(done), invalidReference());
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(ref.key());
    start(job, Operation::Remove, context, std::move(done));
}

void KeychainSecretStore::probe(QObject *context, Callback done)
{
    // Reading an entry that never exists: "not found" proves the keychain answers, without
    // creating anything and without an unlock prompt (no matching item needs unlocking).
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(probeKey());
    start(job, Operation::Probe, context, std::move(done));
}

void KeychainSecretStore::start(QKeychain::Job *job, Operation operation, QObject *context, Callback done,
                                QByteArray payload)
{
    // The job has no parent: QtKeychain's backends hold raw pointers to a running job, so it must
    // not die with the store. It deletes itself once finished; the connection dies with the store.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this,
            [this, operation, context = QPointer<QObject>(context), done = std::move(done),
             payload = std::move(payload)](QKeychain::Job *finished) mutable {
                finish(finished, operation, context, std::move(done), std::move(payload));
            });
    job->start();
}

void KeychainSecretStore::finish(QKeychain::Job *job, Operation operation, const QPointer<QObject> &context,
                                 Callback done, QByteArray payload)
{
    Outcome outcome = outcomeFor(job->error());
    const QString detail
        = outcome == Outcome::Ok ? QString() : detailWithoutSecret(job->errorString(), payload);
    wipeJobBuffer(payload);

    QByteArray secret;
    if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(job); readJob && outcome == Outcome::Ok) {
        QByteArray jobCopy = readJob->binaryData();
        if (operation == Operation::Read)
            secret = QByteArray(jobCopy.constData(), jobCopy.size());
        wipeJobBuffer(jobCopy);
    }

    switch (operation) {
    case Operation::Remove:
        if (outcome == Outcome::NotFound)
            outcome = Outcome::Ok; // gone either way
        break;
    case Operation::Probe:
        if (outcome == Outcome::NotFound)
            outcome = Outcome::Ok; // the keychain answered
        break;
    case Operation::Read:
    case Operation::Write:
        break;
    }

    // A read or write that worked, or a plain "no backend", needs no second opinion. Anything else
    // may hide a missing or locked keychain: QtKeychain reports a missing Secret Service as
    // OtherError, a locked one as AccessDenied on write, "not found" on read and success on delete.
    const bool certain = outcome == Outcome::Unavailable
        || (outcome == Outcome::Ok && (operation == Operation::Read || operation == Operation::Write));
    if (certain) {
        conclude(outcome == Outcome::Ok ? SecretResult::success(std::move(secret))
                                        : failure(outcome, operation, detail),
                 context, std::move(done));
        return;
    }
    wipeSecret(secret);

    diagnose(
        [this, outcome, operation, detail, context, done = std::move(done)](Diagnosis diagnosis) mutable {
            Outcome settled = outcome;
            switch (diagnosis) {
            case Diagnosis::NoKeychain:
                settled = Outcome::Unavailable;
                break;
            case Diagnosis::Locked:
                settled = Outcome::Locked;
                break;
            case Diagnosis::Unlocked:
            case Diagnosis::Unknown:
                break;
            }
            conclude(settled == Outcome::Ok ? SecretResult::success() : failure(settled, operation, detail),
                     context, std::move(done));
        });
}

void KeychainSecretStore::conclude(SecretResult result, const QPointer<QObject> &context, Callback done)
{
    // State first, so a callback that looks at state() sees the news.
    noteOutcome(result.outcome());
    if (context)
        deliver(context, std::move(done), std::move(result));
}

void KeychainSecretStore::diagnose(std::function<void(Diagnosis)> then)
{
#ifdef STOREFORT_SECRET_SERVICE
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        then(Diagnosis::NoKeychain);
        return;
    }
    // Asking the default collection whether it is locked also tells whether a Secret Service
    // runs or can be started at all. It never prompts.
    QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s,
                                                       u"/org/freedesktop/secrets/aliases/default"_s,
                                                       u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    call << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
    constexpr int timeoutMs = 10000;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, timeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [then = std::move(then)](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<QDBusVariant> reply = *finished;
                if (!reply.isError()) {
                    then(reply.value().variant().toBool() ? Diagnosis::Locked : Diagnosis::Unlocked);
                    return;
                }
                const QDBusError error = reply.error();
                const QString name = error.name();
                const bool noService = error.type() == QDBusError::ServiceUnknown
                    || error.type() == QDBusError::NoServer || error.type() == QDBusError::Disconnected
                    || name == "org.freedesktop.DBus.Error.NameHasNoOwner"_L1
                    || name.startsWith("org.freedesktop.DBus.Error.Spawn."_L1);
                // Any other error (no default collection yet, a timeout) leaves the question open.
                then(noService ? Diagnosis::NoKeychain : Diagnosis::Unknown);
            });
#else
    then(Diagnosis::Unknown);
#endif
}
