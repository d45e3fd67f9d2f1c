#pragma once

#include "secrets/SecretStore.h"

#include <QByteArray>
#include <QWidget>

#include <functional>

class KeychainSecretFields;
class NoticeBanner;
class PlanSession;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

// A provider's portal sign-in: the user name (kept in the plan) and the password or API token,
// kept only in the OS keychain. The secret is read on demand to reveal it for a while or to copy it
// to the clipboard, marked as secret and cleared again. Without a keychain it says so plainly and
// the rest of the provider still saves.
class CredentialBox final : public QWidget
{
    Q_OBJECT
    // How long a revealed secret stays shown, and a copied one on the clipboard (30 s).
    Q_PROPERTY(int secretTimeoutMs READ secretTimeoutMs WRITE setSecretTimeoutMs)

public:
    explicit CredentialBox(PlanSession &session, QWidget *parent = nullptr);
    ~CredentialBox() override;

    void setProvider(qint64 providerId);

    int secretTimeoutMs() const { return m_timeoutMs; }
    void setSecretTimeoutMs(int ms);
    bool isBusy() const;

    void storeSecret(); // asks for the secret in a dialog
    void storeSecretValue(QByteArray secret); // stores it; the caller's buffer is taken over and wiped
    void revealSecret();
    void copySecret();
    void removeSecret();

    // The MIME type and value that tell clipboard managers not to keep an entry (KDE's convention).
    static QString secretHintFormat();

signals:
    // A keychain operation ended (for tests and the status line): `ok` and the plain-words message.
    void operationFinished(bool ok, const QString &message);

private:
    SecretRef reference() const;
    void updateState();
    void showStoreState();
    void saveUserName();
    void hideRevealed();
    void withSecret(const std::function<void(const QString &)> &use);
    void clearClipboardIfOurs();

    PlanSession &m_session;
    qint64 m_providerId = 0;
    int m_timeoutMs = 30000;
    QByteArray m_clipboardHash; // SHA-256 of what we put on the clipboard, never the secret itself
    NoticeBanner *m_storeNotice;
    NoticeBanner *m_result;
    KeychainSecretFields *m_keychain;
    QLineEdit *m_user;
    QLabel *m_state;
    QLabel *m_revealed; // plain text, never selectable: nothing copies it around the 30 s clipboard
    QPushButton *m_store;
    QPushButton *m_reveal;
    QPushButton *m_copy;
    QPushButton *m_remove;
    QTimer *m_revealTimer;
    QTimer *m_clipboardTimer;
};
