#include "RecoveryItemSecretBox.h"

#include "KeychainSecretFields.h"
#include "MessageBox.h"
#include "NoticeBanner.h"
#include "PlanSession.h"
#include "RecoveryItemCommands.h"
#include "plan/Actor.h"
#include "plan/Plan.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RecoveryItemSecretBox::RecoveryItemSecretBox(PlanSession &session, QWidget *parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_userLabel(new QLabel(tr("&User name:"), this))
    , m_user(new QLineEdit(this))
    , m_state(new QLabel(this))
    , m_storeNotice(new NoticeBanner(this))
    , m_result(new NoticeBanner(this))
    , m_keychain(new KeychainSecretFields(session, m_storeNotice, m_result, this))
    , m_store(new QPushButton(tr("&Store in Keychain…"), this))
    , m_remove(new QPushButton(tr("Remove from &Keychain…"), this))
{
    setObjectName(u"recoverySecretBox"_s);
    m_user->setObjectName(u"recoverySecretUser"_s);
    m_user->setAccessibleName(tr("User name of the root account"));
    m_user->setPlaceholderText(tr("For example: root"));
    m_userLabel->setBuddy(m_user);
    m_state->setObjectName(u"recoverySecretState"_s);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_storeNotice->setObjectName(u"recoverySecretStoreNotice"_s);
    m_storeNotice->hide();
    m_result->setObjectName(u"recoverySecretResult"_s);
    m_result->hide();
    m_store->setObjectName(u"recoverySecretStore"_s);
    m_remove->setObjectName(u"recoverySecretRemove"_s);
    m_remove->setToolTip(tr("Delete it from this computer's keychain"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_userLabel, m_user);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_store);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_state);
    layout->addWidget(m_storeNotice);
    layout->addLayout(buttons);
    layout->addWidget(m_result);

    connect(m_store, &QPushButton::clicked, this, &RecoveryItemSecretBox::storeSecret);
    connect(m_remove, &QPushButton::clicked, this, &RecoveryItemSecretBox::removeSecret);
    connect(m_user, &QLineEdit::editingFinished, this, &RecoveryItemSecretBox::commitUserName);
    connect(session.plan(), &Plan::recoveryItemsChanged, this, &RecoveryItemSecretBox::updateState);
    connect(session.secrets(), &SecretStore::stateChanged, this, &RecoveryItemSecretBox::showStoreState);
    connect(m_keychain, &KeychainSecretFields::busyChanged, this, &RecoveryItemSecretBox::updateState);
    connect(m_keychain, &KeychainSecretFields::finished, this, &RecoveryItemSecretBox::operationFinished);
    // Find out once whether there is a keychain, so the box can say so before anyone tries.
    m_keychain->probeIfUnknown();
    showStoreState();
}

SecretRef RecoveryItemSecretBox::referenceFor(const QString &planId, qint64 itemId)
{
    return SecretRef(planId, u"recovery"_s, QString::number(itemId), u"secret"_s);
}

void RecoveryItemSecretBox::setItem(qint64 itemId)
{
    if (itemId == m_itemId)
        return;
    commitUserName();
    m_itemId = itemId;
    m_result->hide();
    updateState();
}

void RecoveryItemSecretBox::showStoreState()
{
    m_keychain->showStoreState(tr("It cannot be stored on this computer."));
    updateState();
}

QString RecoveryItemSecretBox::storedBy() const
{
    AuditFilter filter;
    filter.area = u"contingency"_s;
    const auto entries = m_session.plan()->auditEntries(filter);
    if (!entries)
        return {};
    QString who;
    QDateTime newest;
    for (const AuditEntry &e : entries.value()) {
        if (e.entity != u"recovery_item" || e.entityId != QString::number(m_itemId))
            continue;
        const bool setsRef
            = (e.field == u"secret_ref" && !e.newValue.isEmpty()) || e.field == u"secret_changed";
        if (setsRef && (!newest.isValid() || e.at >= newest)) {
            newest = e.at;
            who = e.osUser;
        }
    }
    return who;
}

void RecoveryItemSecretBox::updateState()
{
    const auto item = m_session.plan()->recoveryItem(m_itemId);
    if (!item || !RecoveryKinds::hasSecret(item->kind)) {
        hide();
        return;
    }
    const bool root = item->kind == RecoveryKind::RootAccount;
    setTitle(RecoveryKinds::secretName(item->kind));
    const bool writable = !m_session.plan()->isReadOnly();
    const bool stored = !item->secretRef.isEmpty();
    const bool keychain = m_session.secrets()->state() != SecretStore::State::Unavailable;
    m_userLabel->setVisible(root);
    m_user->setVisible(root);
    if (root && !m_user->hasFocus() && m_user->text() != item->secretUser)
        m_user->setText(item->secretUser);
    m_user->setEnabled(writable);
    if (stored) {
        QString who = storedBy();
        if (who.isEmpty())
            who = Actor::currentOsUser();
        m_state->setText(
            root ? tr("The password is stored in the keychain of %1 on this computer.").arg(who)
                 : tr("The passphrase is stored in the keychain of %1 on this computer.").arg(who));
    } else if (keychain) {
        m_state->setText(root ? tr("No password stored yet. Store it here, so Storefort can check it is at "
                                   "hand; it goes into this computer's keychain, never into the plan.")
                              : tr("No passphrase stored yet. Store it here, so Storefort can check that it "
                                   "opens the key; it goes into this computer's keychain, never into the "
                                   "plan."));
    } else {
        m_state->setText(tr("Nothing stored. Keep it in your own password manager for now."));
    }
    m_store->setText(stored ? tr("Re&place…") : tr("&Store in Keychain…"));
    m_store->setToolTip(root ? tr("Put the root password into this computer's keychain")
                             : tr("Put the key's passphrase into this computer's keychain"));
    m_store->setAccessibleName(stored
                                   ? (root ? tr("Replace the root password") : tr("Replace the passphrase"))
                                   : (root ? tr("Store the root password in the keychain")
                                           : tr("Store the passphrase in the keychain")));
    m_remove->setAccessibleName(root ? tr("Remove the root password from the keychain")
                                     : tr("Remove the passphrase from the keychain"));
    m_store->setEnabled(writable && keychain && !isBusy());
    m_remove->setEnabled(stored && writable && !isBusy());
    show();
}

bool RecoveryItemSecretBox::isBusy() const
{
    return m_keychain->isBusy();
}

void RecoveryItemSecretBox::commitUserName()
{
    const auto before = m_session.plan()->recoveryItem(m_itemId);
    if (!before || before->kind != RecoveryKind::RootAccount || m_session.plan()->isReadOnly())
        return;
    const QString user = m_user->text().trimmed();
    if (before->secretUser == user)
        return;
    RecoveryItem after = *before;
    after.secretUser = user;
    static_cast<void>(m_session.pushEdit(std::make_unique<EditRecoveryItemCommand>(
        *m_session.plan(), *before, after, tr("Change the root account's user name"))));
}

void RecoveryItemSecretBox::storeSecret()
{
    const auto item = m_session.plan()->recoveryItem(m_itemId);
    if (!item || !RecoveryKinds::hasSecret(item->kind) || isBusy())
        return;
    const bool root = item->kind == RecoveryKind::RootAccount;
    SecretDialogTexts texts;
    texts.title = root ? tr("Store the Root Password") : tr("Store the Key's Passphrase");
    texts.intro = tr("It goes into the keychain of this computer. Storefort keeps only a note that "
                     "it is there, and never shows it or prints it.");
    texts.label = root ? tr("&Password:") : tr("&Passphrase:");
    texts.accessibleName = RecoveryKinds::secretName(item->kind);
    texts.store = tr("&Store");
    texts.repeatLabel = tr("&Repeat it:");
    texts.repeatAccessibleName = tr("The same again");
    texts.mismatch = tr("The two do not match yet.");
    if (QByteArray secret = KeychainSecretFields::askSecret(this, texts); !secret.isEmpty())
        storeSecretValue(std::move(secret));
}

void RecoveryItemSecretBox::storeSecretValue(QByteArray secret)
{
    const auto item = m_session.plan()->recoveryItem(m_itemId);
    if (!item || !RecoveryKinds::hasSecret(item->kind) || isBusy() || secret.isEmpty()
        || m_session.plan()->isReadOnly()) {
        wipeSecret(secret);
        return;
    }
    const SecretRef ref = referenceFor(m_session.plan()->planId(), m_itemId);
    const qint64 itemId = m_itemId;
    m_keychain->write(ref, std::move(secret), [this, ref, itemId] {
        Plan &plan = *m_session.plan();
        auto noted = plan.recoveryItem(itemId);
        // The item went while the keychain was writing: take the entry away again, so no secret is
        // left behind that nothing points to.
        if (!noted) {
            m_session.secrets()->remove(ref, this, [](const SecretResult &) {});
            return;
        }
        // Only now, with the secret safely in the keychain, does the plan learn where it is. The
        // keychain has no undo, so neither has this.
        Status status = Status::success();
        if (noted->secretRef != ref.key()) {
            noted->secretRef = ref.key();
            status = plan.updateRecoveryItem(*noted);
        } else {
            status = plan.noteSecretChanged(itemId); // its age counts from now
        }
        if (!status) {
            m_keychain->reportPlanFailure(status,
                                          tr("It is in the keychain, but the plan could not note it."));
            return;
        }
        updateState();
        m_keychain->reportSuccess(tr("Stored in the keychain."));
    });
}

void RecoveryItemSecretBox::removeSecret()
{
    const auto item = m_session.plan()->recoveryItem(m_itemId);
    if (!item || item->secretRef.isEmpty() || isBusy() || m_session.plan()->isReadOnly())
        return;
    const QString question = (item->kind == RecoveryKind::RootAccount
                                  ? tr("Delete the root password from this computer's keychain?")
                                  : tr("Delete the key's passphrase from this computer's keychain?"))
        + u"\n\n"_s + tr("This cannot be undone: to get it back you will need to store it again.");
    if (MessageBox::question(this, tr("Remove from Keychain"), question, tr("&Delete")) != QMessageBox::Yes)
        return;
    const qint64 itemId = m_itemId;
    m_keychain->remove(item->secretRef, [this, itemId] {
        if (auto forgotten = m_session.plan()->recoveryItem(itemId);
            forgotten && !forgotten->secretRef.isEmpty()) {
            forgotten->secretRef.clear();
            if (Status status = m_session.plan()->updateRecoveryItem(*forgotten); !status) {
                m_keychain->reportPlanFailure(status);
                return;
            }
        }
        m_keychain->reportDone();
    });
}
