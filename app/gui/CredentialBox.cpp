#include "CredentialBox.h"

#include "KeychainSecretFields.h"
#include "MessageBox.h"
#include "NoticeBanner.h"
#include "PlanSession.h"
#include "ProviderCommands.h"
#include "plan/Plan.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QByteArray hashOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

CredentialBox::CredentialBox(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_storeNotice(new NoticeBanner(this))
    , m_result(new NoticeBanner(this))
    , m_keychain(new KeychainSecretFields(session, m_storeNotice, m_result, this))
    , m_user(new QLineEdit(this))
    , m_state(new QLabel(this))
    , m_revealed(new QLabel(this))
    , m_store(new QPushButton(tr("&Store Password or Token…"), this))
    , m_reveal(new QPushButton(tr("Re&veal"), this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_remove(new QPushButton(tr("De&lete…"), this))
    , m_revealTimer(new QTimer(this))
    , m_clipboardTimer(new QTimer(this))
{
    setObjectName(u"credentialBox"_s);
    auto *intro = new QLabel(tr("Keep the sign-in for the provider's customer portal here, so you can get in "
                                "quickly when something goes wrong. The password or token is kept in your "
                                "computer's keychain, never in the plan file."),
                             this);
    intro->setWordWrap(true);

    m_storeNotice->setObjectName(u"credentialStoreNotice"_s);
    m_storeNotice->hide();
    m_result->setObjectName(u"credentialResult"_s);
    m_result->hide();

    m_user->setObjectName(u"credentialUser"_s);
    m_user->setAccessibleName(tr("Portal user name"));
    m_user->setPlaceholderText(tr("The name or email you sign in with"));
    auto *userLabel = new QLabel(tr("&User name:"), this);
    userLabel->setBuddy(m_user);

    m_state->setObjectName(u"credentialState"_s);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_revealed->setObjectName(u"credentialRevealed"_s);
    m_revealed->setAccessibleName(tr("Revealed password or token"));
    // No selection, so neither Ctrl+C nor the X11 primary selection can take the secret past the
    // clipboard's 30 seconds; "Copy" is the one way to copy it.
    m_revealed->setTextInteractionFlags(Qt::NoTextInteraction);
    m_revealed->setTextFormat(Qt::PlainText);
    m_revealed->setFrameShape(QFrame::StyledPanel);
    m_revealed->hide();

    m_store->setObjectName(u"credentialStore"_s);
    m_store->setToolTip(tr("Put the password or API token into the keychain"));
    m_reveal->setObjectName(u"credentialReveal"_s);
    m_reveal->setToolTip(tr("Show the password for a short while"));
    m_copy->setObjectName(u"credentialCopy"_s);
    m_copy->setToolTip(tr("Copy the password; the clipboard is cleared again after a short while"));
    m_remove->setObjectName(u"credentialRemove"_s);
    m_remove->setToolTip(tr("Delete the password from the keychain"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(userLabel, m_user);
    auto *secretBox = new QVBoxLayout;
    secretBox->addWidget(m_state);
    secretBox->addWidget(m_revealed);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_store);
    buttons->addWidget(m_reveal);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    secretBox->addLayout(buttons);
    form->addRow(new QLabel(tr("Password:"), this), secretBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_storeNotice);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch();

    m_revealTimer->setSingleShot(true);
    m_clipboardTimer->setSingleShot(true);
    setSecretTimeoutMs(m_timeoutMs);
    connect(m_revealTimer, &QTimer::timeout, this, &CredentialBox::hideRevealed);
    connect(m_clipboardTimer, &QTimer::timeout, this, &CredentialBox::clearClipboardIfOurs);
    connect(m_store, &QPushButton::clicked, this, &CredentialBox::storeSecret);
    connect(m_reveal, &QPushButton::clicked, this, &CredentialBox::revealSecret);
    connect(m_copy, &QPushButton::clicked, this, &CredentialBox::copySecret);
    connect(m_remove, &QPushButton::clicked, this, &CredentialBox::removeSecret);
    connect(m_user, &QLineEdit::editingFinished, this, &CredentialBox::saveUserName);
    connect(session.plan(), &Plan::providersChanged, this, &CredentialBox::updateState);
    connect(session.secrets(), &SecretStore::stateChanged, this, &CredentialBox::showStoreState);
    connect(m_keychain, &KeychainSecretFields::busyChanged, this, &CredentialBox::updateState);
    connect(m_keychain, &KeychainSecretFields::finished, this, &CredentialBox::operationFinished);

    // Find out once whether there is a keychain, so the page can say so before anyone tries.
    m_keychain->probeIfUnknown();
    showStoreState();
    updateState();
}

CredentialBox::~CredentialBox()
{
    // The page goes (plan closed, app quits): a copied secret does not outlive it.
    if (m_clipboardTimer->isActive())
        clearClipboardIfOurs();
    hideRevealed();
}

QString CredentialBox::secretHintFormat()
{
    return u"x-kde-passwordManagerHint"_s;
}

void CredentialBox::setSecretTimeoutMs(int ms)
{
    m_timeoutMs = ms;
    m_revealTimer->setInterval(ms);
    m_clipboardTimer->setInterval(ms);
}

void CredentialBox::setProvider(qint64 providerId)
{
    if (providerId == m_providerId)
        return;
    hideRevealed();
    m_result->hide();
    m_providerId = providerId;
    updateState();
}

SecretRef CredentialBox::reference() const
{
    return SecretRef(m_session.plan()->planId(), u"provider"_s, QString::number(m_providerId), u"portal"_s);
}

void CredentialBox::showStoreState()
{
    m_keychain->showStoreState(tr("The password cannot be stored on this computer."));
    updateState();
}

void CredentialBox::updateState()
{
    const auto provider = m_session.plan()->provider(m_providerId);
    const bool writable = provider && !m_session.plan()->isReadOnly();
    const bool stored = provider && !provider->credentialRef.isEmpty();
    const bool keychain = m_session.secrets()->state() != SecretStore::State::Unavailable;
    if (provider && !m_user->hasFocus() && m_user->text() != provider->credentialUser)
        m_user->setText(provider->credentialUser);
    m_user->setEnabled(writable);
    if (!provider)
        m_state->clear();
    else if (stored)
        m_state->setText(tr("A password or token is stored in the keychain."));
    else if (keychain)
        m_state->setText(tr("No password stored yet."));
    else
        m_state->setText(tr("No password stored. Keep it in your own password manager for now."));
    m_store->setText(stored ? tr("Re&place Password or Token…") : tr("&Store Password or Token…"));
    m_store->setEnabled(writable && keychain && !isBusy());
    m_reveal->setEnabled(stored && keychain && !isBusy());
    m_copy->setEnabled(stored && keychain && !isBusy());
    m_remove->setEnabled(stored && writable && !isBusy());
    if (!stored)
        hideRevealed();
}

bool CredentialBox::isBusy() const
{
    return m_keychain->isBusy();
}

void CredentialBox::saveUserName()
{
    const auto before = m_session.plan()->provider(m_providerId);
    const QString user = m_user->text().trimmed();
    if (!before || before->credentialUser == user || m_session.plan()->isReadOnly())
        return;
    Provider after = *before;
    after.credentialUser = user;
    static_cast<void>(m_session.pushEdit(std::make_unique<EditProviderCommand>(
        *m_session.plan(), *before, after, tr("Change the portal user name of %1").arg(before->name))));
}

void CredentialBox::storeSecret()
{
    const auto provider = m_session.plan()->provider(m_providerId);
    if (!provider || isBusy())
        return;
    SecretDialogTexts texts;
    texts.title = tr("Store the Password for %1").arg(provider->name);
    texts.intro = tr("The password or API token goes into your computer's keychain. Storefort keeps only a "
                     "note that it is there.");
    texts.label = tr("&Password or token:");
    texts.accessibleName = tr("Password or API token");
    texts.store = tr("&Store");
    if (QByteArray secret = KeychainSecretFields::askSecret(this, texts); !secret.isEmpty())
        storeSecretValue(std::move(secret));
}

void CredentialBox::storeSecretValue(QByteArray secret)
{
    const auto provider = m_session.plan()->provider(m_providerId);
    if (!provider || isBusy() || secret.isEmpty() || m_session.plan()->isReadOnly()) {
        wipeSecret(secret);
        return;
    }
    const SecretRef ref = reference();
    const qint64 providerId = m_providerId;
    m_keychain->write(ref, std::move(secret), [this, ref, providerId] {
        // The provider went while the keychain was writing: take the entry away again, so no secret
        // is left behind that nothing points to.
        if (!m_session.plan()->provider(providerId)) {
            m_session.secrets()->remove(ref, this, [](const SecretResult &) {});
            return;
        }
        // Only now, with the secret safely in the keychain, does the plan learn where it is. The
        // keychain has no undo, so neither has this.
        if (auto noted = m_session.plan()->provider(providerId); noted && noted->credentialRef != ref.key()) {
            noted->credentialRef = ref.key();
            if (Status status = m_session.plan()->updateProvider(*noted); !status) {
                m_keychain->reportPlanFailure(
                    status, tr("The password is in the keychain, but the plan could not note it."));
                return;
            }
        }
        m_keychain->reportSuccess(tr("The password is stored in the keychain."));
    });
}

// Reads the shown provider's secret from the keychain and hands it, as text, to `use`, which must
// not keep it: the text is wiped here afterwards. Nothing happens when another provider is shown
// by the time the keychain answers.
void CredentialBox::withSecret(const std::function<void(const QString &)> &use)
{
    const auto provider = m_session.plan()->provider(m_providerId);
    if (!provider || provider->credentialRef.isEmpty() || isBusy())
        return;
    const auto ref = SecretRef::fromKey(provider->credentialRef);
    if (!ref)
        return;
    const qint64 providerId = m_providerId;
    m_keychain->read(*ref, [this, providerId, use](const QByteArray &secret) {
        if (providerId != m_providerId)
            return; // another provider is shown by now: use nothing the owner did not ask for
        QString text = QString::fromUtf8(secret);
        use(text);
        KeychainSecretFields::wipeText(text);
        m_keychain->reportDone();
    });
}

void CredentialBox::revealSecret()
{
    withSecret([this](const QString &secret) {
        m_revealed->setText(secret);
        m_revealed->show();
        m_revealTimer->start();
    });
}

void CredentialBox::hideRevealed()
{
    m_revealTimer->stop();
    if (!m_revealed->text().isEmpty())
        m_revealed->setText(QString());
    m_revealed->hide();
}

void CredentialBox::copySecret()
{
    withSecret([this](const QString &secret) {
        auto *mime = new QMimeData;
        mime->setText(secret);
        // Clipboard managers that honour it (Klipper, KDE Connect) do not keep or sync the entry.
        mime->setData(secretHintFormat(), QByteArrayLiteral("secret"));
        QApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
        m_clipboardHash = hashOf(secret);
        m_clipboardTimer->start();
        m_result->setMessage(NoticeBanner::Kind::Information,
                             tr("The password is on the clipboard for %Ln seconds.", nullptr,
                                std::max(1, m_timeoutMs / 1000)));
        m_result->show();
    });
}

void CredentialBox::clearClipboardIfOurs()
{
    m_clipboardTimer->stop();
    if (m_clipboardHash.isEmpty())
        return;
    QClipboard *clipboard = QApplication::clipboard();
    QString now = clipboard->text(QClipboard::Clipboard);
    // Something else copied since: leave it alone.
    if (hashOf(now) == m_clipboardHash)
        clipboard->clear(QClipboard::Clipboard);
    KeychainSecretFields::wipeText(now);
    m_clipboardHash.clear();
    if (m_result->isVisible() && m_result->kind() == NoticeBanner::Kind::Information)
        m_result->hide();
}

void CredentialBox::removeSecret()
{
    const auto provider = m_session.plan()->provider(m_providerId);
    if (!provider || provider->credentialRef.isEmpty() || isBusy() || m_session.plan()->isReadOnly())
        return;
    const QString question = tr("Delete the password for %1 from the keychain?\n\nThis cannot be undone: to "
                                "get it back you will need to store it again.")
                                 .arg(provider->name);
    if (MessageBox::question(this, tr("Delete Password"), question, tr("&Delete")) != QMessageBox::Yes)
        return;
    const qint64 providerId = m_providerId;
    m_keychain->remove(provider->credentialRef, [this, providerId] {
        if (auto forgotten = m_session.plan()->provider(providerId);
            forgotten && !forgotten->credentialRef.isEmpty()) {
            forgotten->credentialRef.clear();
            if (Status status = m_session.plan()->updateProvider(*forgotten); !status) {
                m_keychain->reportPlanFailure(status);
                return;
            }
        }
        hideRevealed();
        m_keychain->reportDone();
    });
}
