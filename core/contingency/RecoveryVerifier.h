#pragma once

#include "RecoveryCheck.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class Plan;
class QThread;
class SecretStore;

// Verifies recovery items one after another, for the GUI and the CLI alike: reads the secret an
// item needs from the keychain (the key's passphrase; for the root account only whether it is
// there), runs the item's verifier on a worker thread (files, archives and git never block the
// caller's event loop), and records each verification in the plan on the caller's thread.
class RecoveryVerifier final : public QObject
{
    Q_OBJECT

public:
    // `secrets` may be null (no keychain): items that need a secret then say the keychain could not
    // be asked.
    RecoveryVerifier(Plan *plan, SecretStore *secrets, QObject *parent = nullptr);
    // Waits for a verifier still running (a git command is cut short after its timeout).
    ~RecoveryVerifier() override;

    // Adds items to the queue (an item already queued or running is not added twice) and starts.
    void verify(const QList<qint64> &itemIds);
    enum class DueItems
    {
        All, // every item with a verifier not verified in `days` days (or never)
        WithSomethingToCheck, // of those, the ones RecoveryCheck::isDueForAutoCheck() picks
    };
    // Queues the due items. Returns how many were queued.
    int verifyDue(int days = 7, DueItems which = DueItems::All);
    // Drops the items still queued; the one being checked finishes and is recorded.
    void cancel();
    bool isBusy() const { return m_running != 0 || !m_queue.isEmpty(); }
    // The item being checked (if any) and those queued, in order.
    QList<qint64> pending() const
    {
        QList<qint64> ids = m_queue;
        if (m_running != 0)
            ids.prepend(m_running);
        return ids;
    }
    qint64 currentItem() const { return m_running; }
    // The keychain to read secrets from from now on (null: none).
    void setSecretStore(SecretStore *secrets);

Q_SIGNALS:
    void itemStarted(qint64 itemId);
    // The verification is in the plan (the item's lastVerification).
    void itemVerified(qint64 itemId);
    // It could not be recorded (the plan refused the edit); `message` says why in plain words.
    void itemFailed(qint64 itemId, const QString &message);
    // The queue is empty.
    void finished();

private:
    void next();
    void run(qint64 itemId, RecoveryContext context);

    QPointer<Plan> m_plan;
    QPointer<SecretStore> m_secrets;
    QList<qint64> m_queue;
    qint64 m_running = 0;
    QThread *m_thread = nullptr;
};
