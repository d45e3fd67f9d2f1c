#pragma once

#include "secrets/SecretStore.h"

#include <QByteArray>
#include <QMetaEnum>
#include <QObject>
#include <QTest>

#include <functional>
#include <optional>

// Every secret the tests store starts with this canary, so a run's output can be searched for
// leaks (see CheckNoLeak.cmake). Twelve bytes, so its base64 form is a fixed prefix too.
inline QByteArray leakCanary()
{
    return QByteArrayLiteral("SfLeakCanary");
}

// How long one keychain operation may take before the test gives up instead of hanging.
constexpr int keychainTimeoutMs = 20000;

// Starts one store operation and waits for its result; nothing if none arrived in time. The
// context dies on return, so a late result can never reach a dead local.
inline std::optional<SecretResult>
awaitResult(const std::function<void(QObject *, SecretStore::Callback)> &start)
{
    std::optional<SecretResult> result;
    QObject context;
    start(&context, [&result](const SecretResult &arrived) { result = arrived; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, keychainTimeoutMs);
    return result;
}

inline std::optional<SecretResult> readSecret(SecretStore &store, const SecretRef &ref)
{
    return awaitResult([&](QObject *context, SecretStore::Callback done) { store.read(ref, context, done); });
}

inline std::optional<SecretResult> writeSecret(SecretStore &store, const SecretRef &ref,
                                               const QByteArray &secret)
{
    return awaitResult(
        [&](QObject *context, SecretStore::Callback done) { store.write(ref, secret, context, done); });
}

inline std::optional<SecretResult> removeSecret(SecretStore &store, const SecretRef &ref)
{
    return awaitResult(
        [&](QObject *context, SecretStore::Callback done) { store.remove(ref, context, done); });
}

inline std::optional<SecretResult> probeStore(SecretStore &store)
{
    return awaitResult([&](QObject *context, SecretStore::Callback done) { store.probe(context, done); });
}

// A failure message for QVERIFY2 that shows what the store said, never a secret.
inline QByteArray describeResult(const std::optional<SecretResult> &result)
{
    if (!result)
        return QByteArrayLiteral("no result within the timeout");
    return QByteArray(QMetaEnum::fromType<SecretResult::Outcome>().valueToKey(int(result->outcome()))) + ": "
        + result->message().toUtf8() + " (" + result->detail().toUtf8() + ')';
}
