#include "NoSecretStore.h"

#include <utility>

NoSecretStore::NoSecretStore(QObject *parent)
    : SecretStore(parent)
{
    // Known from the start: there is nothing to probe.
    setState(State::Unavailable);
}

NoSecretStore::~NoSecretStore() = default;

void NoSecretStore::read(const SecretRef &ref, QObject *context, Callback done)
{
    Q_UNUSED(ref);
    refuse(Operation::Read, context, std::move(done));
}

void NoSecretStore::write(const SecretRef &ref, QByteArray secret, QObject *context, Callback done)
{
    Q_UNUSED(ref);
    wipeSecret(secret);
    refuse(Operation::Write, context, std::move(done));
}

void NoSecretStore::remove(const SecretRef &ref, QObject *context, Callback done)
{
    Q_UNUSED(ref);
    refuse(Operation::Remove, context, std::move(done));
}

void NoSecretStore::probe(QObject *context, Callback done)
{
    refuse(Operation::Probe, context, std::move(done));
}

void NoSecretStore::refuse(Operation operation, QObject *context, Callback done)
{
    deliverLater(context, std::move(done), failure(SecretResult::Outcome::Unavailable, operation));
}
