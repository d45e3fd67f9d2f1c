#pragma once

#include "secrets/SecretStore.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

class NoticeBanner;
class PlanSession;
class QWidget;
class Status;

// What the dialog that asks for a secret says. The boxes translate it in their own context.
struct SecretDialogTexts
{
    QString title;
    QString intro;
    QString label;
    QString accessibleName;
    QString store;
    // Set, the secret is asked twice and OK waits until both match; empty, it is asked once.
    QString repeatLabel;
    QString repeatAccessibleName;
    QString mismatch;
};

// The keychain side shared by the boxes that keep a secret in the OS keychain (CredentialBox,
// RecoveryItemSecretBox): asking for the secret, writing and removing it through the session's
// SecretStore while the box is busy, and reporting the outcome on the box's banners. The boxes
// keep what the plan notes (which reference, on what) and every word the user reads.
class KeychainSecretFields final : public QObject
{
    Q_OBJECT

public:
    // `storeNotice` says when there is no keychain; `result` how the last operation went.
    KeychainSecretFields(PlanSession &session, NoticeBanner *storeNotice, NoticeBanner *result,
                         QWidget *owner);

    bool isBusy() const { return m_busy; }

    // Finds out once whether there is a keychain, so the box can say so before anyone tries.
    void probeIfUnknown();
    // Shows `cannotStore` and the reason when the keychain cannot take secrets; hides it otherwise.
    void showStoreState(const QString &cannotStore);

    // Asks for the secret; empty when the owner cancels. The fields are emptied again.
    static QByteArray askSecret(QWidget *parent, const SecretDialogTexts &texts);
    // Reads the secret at `ref` and hands it to `got`, which must not keep it.
    void read(const SecretRef &ref, std::function<void(const QByteArray &)> got);
    // Writes `secret` (taken over and wiped) at `ref`, then calls `written` if the keychain has it.
    void write(const SecretRef &ref, QByteArray secret, std::function<void()> written);
    // Removes the secret at `key` from the keychain, then calls `forget` to drop the reference. A
    // reference that points nowhere is simply dropped.
    void remove(const QString &key, std::function<void()> forget);

    void reportFailure(const SecretResult &result);
    // The plan could not note a change: `headline` (or the error itself when empty) and the error.
    void reportPlanFailure(const Status &status, const QString &headline = {});
    void reportSuccess(const QString &message);
    void reportDone();

    // Overwrites a string this code alone holds (fill() would detach a shared one first).
    static void wipeText(QString &text);

signals:
    void busyChanged();
    // A keychain operation ended: `ok` and the plain-words message.
    void finished(bool ok, const QString &message);

private:
    void setBusy(bool busy);

    PlanSession &m_session;
    NoticeBanner *m_storeNotice;
    NoticeBanner *m_result;
    bool m_busy = false;
};
