#pragma once

#include "SecretStore.h"

// The honest store for a computer without a keychain: every call fails with Unavailable and says
// so in plain words. It never keeps a secret anywhere, not even in memory.
class NoSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit NoSecretStore(QObject *parent = nullptr);
    ~NoSecretStore() override;

    void read(const SecretRef &ref, QObject *context, Callback done) override;
    void write(const SecretRef &ref, QByteArray secret, QObject *context, Callback done) override;
    void remove(const SecretRef &ref, QObject *context, Callback done) override;
    void probe(QObject *context, Callback done) override;

private:
    void refuse(Operation operation, QObject *context, Callback done);
};
