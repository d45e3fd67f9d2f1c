#pragma once

#include "secrets/SecretStore.h"

#include <QByteArray>
#include <QGroupBox>

class KeychainSecretFields;
class NoticeBanner;
class PlanSession;
class QLabel;
class QLineEdit;
class QPushButton;

// The secret a recovery item keeps in the OS keychain — the root password, or the private key's
// passphrase — and for the root account its user name. The plan keeps only a reference; this box
// never shows the secret, only where it is stored.
class RecoveryItemSecretBox final : public QGroupBox
{
    Q_OBJECT

public:
    explicit RecoveryItemSecretBox(PlanSession &session, QWidget *parent = nullptr);

    void setItem(qint64 itemId);
    bool isBusy() const;

    void storeSecret(); // asks for the secret in a dialog
    void storeSecretValue(QByteArray secret); // stores it; the caller's buffer is taken over and wiped
    void removeSecret();
    // Writes a changed user name to the plan (also done when the field loses focus).
    void commitUserName();

    // Where an item's secret goes in the keychain.
    static SecretRef referenceFor(const QString &planId, qint64 itemId);

signals:
    // A keychain operation ended: `ok` and the plain-words message (for tests and the page).
    void operationFinished(bool ok, const QString &message);

private:
    void updateState();
    void showStoreState();
    // The OS user who last put the item's secret in the keychain, from the audit trail.
    QString storedBy() const;

    PlanSession &m_session;
    qint64 m_itemId = 0;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_state;
    NoticeBanner *m_storeNotice;
    NoticeBanner *m_result;
    KeychainSecretFields *m_keychain;
    QPushButton *m_store;
    QPushButton *m_remove;
};
