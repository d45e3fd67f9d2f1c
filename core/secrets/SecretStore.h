#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

// Where one secret lives in the keychain: "<plan id>/<area>/<item id>/<label>". The plan file stores
// only key(), never the secret itself.
class SecretRef
{
public:
    SecretRef() = default;
    SecretRef(QString planId, QString area, QString itemId, QString label);

    // The parsed reference, or nothing when the key does not have exactly four valid parts.
    static std::optional<SecretRef> fromKey(const QString &key);

    // Every part is non-empty and free of '/', so key() and fromKey() round-trip.
    bool isValid() const;
    // The reference string the plan stores; empty for an invalid reference.
    QString key() const;

    const QString &planId() const { return m_planId; }
    const QString &area() const { return m_area; }
    const QString &itemId() const { return m_itemId; }
    const QString &label() const { return m_label; }

    bool operator==(const SecretRef &other) const = default;

private:
    QString m_planId;
    QString m_area;
    QString m_itemId;
    QString m_label;
};

// What became of one keychain operation: an outcome, a plain-words message for the owner, the
// backend's own text as a detail, and for a successful read the secret. The secret's buffer is
// wiped when the last SecretResult holding it goes away, unless the caller kept a copy.
class SecretResult
{
    Q_GADGET
public:
    enum class Outcome
    {
        Ok,
        NotFound,
        Unavailable,
        Locked,
        AccessDenied,
        Failed,
    };
    Q_ENUM(Outcome)

    SecretResult() = default;
    SecretResult(const SecretResult &) = default;
    SecretResult(SecretResult &&) noexcept = default;
    SecretResult &operator=(const SecretResult &other);
    SecretResult &operator=(SecretResult &&other) noexcept;
    ~SecretResult();

    static SecretResult success(QByteArray secret = {});
    static SecretResult failure(Outcome outcome, QString message, QString detail = {});

    Outcome outcome() const { return m_outcome; }
    bool ok() const { return m_outcome == Outcome::Ok; }
    // Translated, plain words for the owner; empty when ok().
    const QString &message() const { return m_message; }
    // The backend's own error text for a "details" disclosure; never contains the secret.
    const QString &detail() const { return m_detail; }
    // The secret of a successful read; empty otherwise.
    const QByteArray &secret() const { return m_secret; }

    Status toStatus() const;

private:
    void wipe();

    Outcome m_outcome = Outcome::Ok;
    QString m_message;
    QString m_detail;
    QByteArray m_secret;
};

// The only place secrets go: an asynchronous keychain. Every operation returns at once and later
// calls done exactly once with the result, on the context's thread, unless the context or the
// store has been destroyed by then. done is never called from inside the call that started it.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    // What the store knows about the keychain, so the GUI can say "no keychain" once, not nag.
    enum class State
    {
        Unknown,
        Available,
        Unavailable,
        Locked,
        AccessDenied,
    };
    Q_ENUM(State)

    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    State state() const { return m_state; }
    // One plain sentence about the state for the owner; empty while Unknown or Available.
    static QString describe(State state);

    virtual void read(const SecretRef &ref, QObject *context, Callback done) = 0;
    // Stores secret under ref, replacing what was there.
    virtual void write(const SecretRef &ref, QByteArray secret, QObject *context, Callback done) = 0;
    // Removing an entry that does not exist succeeds: afterwards it is gone either way.
    virtual void remove(const SecretRef &ref, QObject *context, Callback done) = 0;
    // Finds out whether the keychain works, without touching any real entry; updates state().
    virtual void probe(QObject *context, Callback done) = 0;

Q_SIGNALS:
    void stateChanged(SecretStore::State state);

protected:
    enum class Operation
    {
        Read,
        Write,
        Remove,
        Probe,
    };

    void setState(State state);
    // Moves the store's state along after an operation ended with outcome.
    void noteOutcome(SecretResult::Outcome outcome);

    // The result for a failed operation, with the owner's message for that outcome.
    static SecretResult failure(SecretResult::Outcome outcome, Operation operation, QString detail = {});
    static SecretResult invalidReference();

    // Calls done with result on context's thread; always later, never from inside the caller.
    static void deliverLater(QObject *context, Callback done, SecretResult result);
    // Calls done with result now if context lives in this thread, else queued to its thread.
    static void deliver(QObject *context, Callback done, SecretResult result);

private:
    State m_state = State::Unknown;
};

// Overwrites the bytes of a buffer this code alone holds, before it is freed.
void wipeSecret(QByteArray &secret);
