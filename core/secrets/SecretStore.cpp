#include "SecretStore.h"

#include <QMetaObject>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

const QChar keySeparator = u'/';

bool isValidPart(const QString &part)
{
    return !part.isEmpty() && !part.contains(keySeparator);
}

} // namespace

void wipeSecret(QByteArray &secret)
{
    // Only a buffer nobody else shares may be overwritten: writing to a shared one would detach
    // and wipe a fresh copy, leaving the original behind (and corrupting nothing useful).
    if (secret.isDetached() && !secret.isEmpty()) {
        volatile char *bytes = secret.data();
        for (qsizetype i = 0; i < secret.size(); ++i)
            bytes[i] = 0;
    }
    secret.clear();
}

SecretRef::SecretRef(QString planId, QString area, QString itemId, QString label)
    : m_planId(std::move(planId))
    , m_area(std::move(area))
    , m_itemId(std::move(itemId))
    , m_label(std::move(label))
{ }

std::optional<SecretRef> SecretRef::fromKey(const QString &key)
{
    const QStringList parts = key.split(keySeparator);
    if (parts.size() != 4)
        return std::nullopt;
    SecretRef ref(parts.at(0), parts.at(1), parts.at(2), parts.at(3));
    if (!ref.isValid())
        return std::nullopt;
    return ref;
}

bool SecretRef::isValid() const
{
    return isValidPart(m_planId) && isValidPart(m_area) && isValidPart(m_itemId) && isValidPart(m_label);
}

QString SecretRef::key() const
{
    if (!isValid())
        return {};
    return m_planId % keySeparator % m_area % keySeparator % m_itemId % keySeparator % m_label;
}

SecretResult &SecretResult::operator=(const SecretResult &other)
{
    if (this != &other) {
        wipe();
        m_outcome = other.m_outcome;
        m_message = other.m_message;
        m_detail = other.m_detail;
        m_secret = other.m_secret;
    }
    return *this;
}

SecretResult &SecretResult::operator=(SecretResult &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_outcome = other.m_outcome;
        m_message = std::move(other.m_message);
        m_detail = std::move(other.m_detail);
        m_secret = std::move(other.m_secret);
    }
    return *this;
}

SecretResult::~SecretResult()
{
    wipe();
}

SecretResult SecretResult::success(QByteArray secret)
{
    SecretResult result;
    result.m_secret = std::move(secret);
    return result;
}

SecretResult SecretResult::failure(Outcome outcome, QString message, QString detail)
{
    SecretResult result;
    result.m_outcome = outcome;
    result.m_message = std::move(message);
    result.m_detail = std::move(detail);
    return result;
}

Status SecretResult::toStatus() const
{
    if (ok())
        return Status::success();
    return Status(Error { m_message });
}

void SecretResult::wipe()
{
    wipeSecret(m_secret);
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{ }

SecretStore::~SecretStore() = default;

QString SecretStore::describe(State state)
{
    switch (state) {
    case State::Unknown:
    case State::Available:
        return {};
    case State::Unavailable:
        return tr("No keychain is available on this computer, so Storefort cannot keep passwords. "
                  "Everything else still works.");
    case State::Locked:
        return tr("The keychain is locked, so Storefort cannot reach the passwords in it. Unlock it "
                  "(often by logging in again) and try once more.");
    case State::AccessDenied:
        return tr("The keychain did not let Storefort in, so Storefort cannot keep passwords. Allow "
                  "Storefort when the keychain asks, or check the keychain's settings.");
    }
    return {};
}

void SecretStore::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(m_state);
}

void SecretStore::noteOutcome(SecretResult::Outcome outcome)
{
    using Outcome = SecretResult::Outcome;
    switch (outcome) {
    case Outcome::Ok:
    case Outcome::NotFound:
        setState(State::Available);
        return;
    case Outcome::Unavailable:
        setState(State::Unavailable);
        return;
    case Outcome::Locked:
        setState(State::Locked);
        return;
    case Outcome::AccessDenied:
        setState(State::AccessDenied);
        return;
    case Outcome::Failed:
        // A single failure says nothing about the keychain as a whole.
        return;
    }
}

SecretResult SecretStore::failure(SecretResult::Outcome outcome, Operation operation, QString detail)
{
    using Outcome = SecretResult::Outcome;
    QString message;
    switch (outcome) {
    case Outcome::Ok:
        return SecretResult::success();
    case Outcome::NotFound:
        message = tr("No password is kept in the keychain for this item yet.");
        break;
    case Outcome::Unavailable:
        message = describe(State::Unavailable);
        break;
    case Outcome::Locked:
        message = describe(State::Locked);
        break;
    case Outcome::AccessDenied:
        message = describe(State::AccessDenied);
        break;
    case Outcome::Failed:
        switch (operation) {
        case Operation::Read:
            message = tr("Storefort could not read the password from the keychain.");
            break;
        case Operation::Write:
            message = tr("Storefort could not save the password in the keychain.");
            break;
        case Operation::Remove:
            message = tr("Storefort could not remove the password from the keychain.");
            break;
        case Operation::Probe:
            message = tr("Storefort could not check the keychain.");
            break;
        }
        break;
    }
    return SecretResult::failure(outcome, std::move(message), std::move(detail));
}

SecretResult SecretStore::invalidReference()
{
    return SecretResult::failure(SecretResult::Outcome::Failed,
                                 tr("This item's password reference is damaged, so Storefort cannot "
                                    "look the password up. Enter the password again to repair it."));
}

void SecretStore::deliverLater(QObject *context, Callback done, SecretResult result)
{
    Q_ASSERT(context);
    if (!context || !done)
        return;
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

void SecretStore::deliver(QObject *context, Callback done, SecretResult result)
{
    Q_ASSERT(context);
    if (!context || !done)
        return;
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); }, Qt::AutoConnection);
}
