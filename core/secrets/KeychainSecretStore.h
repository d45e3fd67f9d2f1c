#pragma once

#include "SecretStore.h"

#include <QPointer>

namespace QKeychain {
class Job;
}

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows). Never falls back to storing secrets anywhere else.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    // The keychain service every Storefort entry is filed under.
    static QString serviceName();

    void read(const SecretRef &ref, QObject *context, Callback done) override;
    void write(const SecretRef &ref, QByteArray secret, QObject *context, Callback done) override;
    void remove(const SecretRef &ref, QObject *context, Callback done) override;
    void probe(QObject *context, Callback done) override;

private:
    // What the operating system says about the keychain beyond QtKeychain's error code.
    enum class Diagnosis
    {
        Unknown,
        NoKeychain,
        Locked,
        Unlocked,
    };

    void start(QKeychain::Job *job, Operation operation, QObject *context, Callback done,
               QByteArray payload = {});
    void finish(QKeychain::Job *job, Operation operation, const QPointer<QObject> &context, Callback done,
                QByteArray payload);
    void conclude(SecretResult result, const QPointer<QObject> &context, Callback done);
    // Asks the OS what QtKeychain's error codes leave open: whether there is a keychain at all, and
    // whether it is locked. Calls then later, or at once when the answer is already clear.
    void diagnose(std::function<void(Diagnosis)> then);
};
