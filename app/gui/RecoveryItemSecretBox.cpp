#include "RecoveryItemSecretBox.h"

#include "MessageBox.h"
#include "NoticeBanner.h"
#include "PlanSession.h"
#include "RecoveryItemCommands.h"
#include "plan/Actor.h"
#include "plan/Plan.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// Overwrites a string this code alone holds (fill() would detach a shared one first).
void wipeText(QString &text)
{
    for (QChar &c : text) // non-const iteration detaches first
        c = QChar();
    text.clear();
}
} // namespace

RecoveryItemSecretBox::RecoveryItemSecretBox(PlanSession &session, QWidget *parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_userLabel(new QLabel(tr("&User name:"), this))
    , m_user(new QLineEdit(this))
    , m_state(new QLabel(this))
    , m_storeNotice(new NoticeBanner(this))
    , m_result(new NoticeBanner(this))
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
    // Find out once whether there is a keychain, so the box can say so before anyone tries.
    if (session.secrets()->state() == SecretStore::State::Unknown)
        session.secrets()->probe(this, [](const SecretResult &) {});
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
    const SecretStore::State state = m_session.secrets()->state();
    const QString why = SecretStore::describe(state);
    if (why.isEmpty()) {
        m_storeNotice->hide();
    } else {
        m_storeNotice->setMessage(state == SecretStore::State::Unavailable ? NoticeBanner::Kind::Warning
                                                                           : NoticeBanner::Kind::Information,
                                  tr("It cannot be stored on this computer."), why);
        m_storeNotice->show();
    }
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
    m_store->setEnabled(writable && keychain && !m_busy);
    m_remove->setEnabled(stored && writable && !m_busy);
    show();
}

void RecoveryItemSecretBox::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

void RecoveryItemSecretBox::reportFailure(const SecretResult &result)
{
    m_result->setMessage(NoticeBanner::Kind::Error, result.message());
    m_result->setToolTip(result.detail());
    m_result->show();
    emit operationFinished(false, result.message());
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
    if (!item || !RecoveryKinds::hasSecret(item->kind) || m_busy)
        return;
    const bool root = item->kind == RecoveryKind::RootAccount;
    QDialog dialog(this);
    dialog.setObjectName(u"secretDialog"_s);
    dialog.setWindowTitle(root ? tr("Store the Root Password") : tr("Store the Key's Passphrase"));
    auto *intro
        = new QLabel(tr("It goes into the keychain of this computer. Storefort keeps only a note that "
                        "it is there, and never shows it or prints it."),
                     &dialog);
    intro->setWordWrap(true);
    auto *field = new QLineEdit(&dialog);
    field->setObjectName(u"secretField"_s);
    field->setAccessibleName(RecoveryKinds::secretName(item->kind));
    field->setEchoMode(QLineEdit::Password);
    auto *repeat = new QLineEdit(&dialog);
    repeat->setObjectName(u"secretRepeat"_s);
    repeat->setAccessibleName(tr("The same again"));
    repeat->setEchoMode(QLineEdit::Password);
    auto *label = new QLabel(root ? tr("&Password:") : tr("&Passphrase:"), &dialog);
    label->setBuddy(field);
    auto *repeatLabel = new QLabel(tr("&Repeat it:"), &dialog);
    repeatLabel->setBuddy(repeat);
    auto *mismatch = new QLabel(tr("The two do not match yet."), &dialog);
    mismatch->setObjectName(u"secretMismatch"_s);
    mismatch->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Store"));
    ok->setObjectName(u"secretOk"_s);
    ok->setEnabled(false);
    auto *form = new QFormLayout;
    form->addRow(label, field);
    form->addRow(repeatLabel, repeat);
    form->addRow(QString(), mismatch);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto check = [field, repeat, ok, mismatch] {
        const bool same = field->text() == repeat->text();
        ok->setEnabled(!field->text().isEmpty() && same);
        mismatch->setVisible(!repeat->text().isEmpty() && !same);
    };
    connect(field, &QLineEdit::textChanged, &dialog, check);
    connect(repeat, &QLineEdit::textChanged, &dialog, check);
    dialog.resize(dialog.sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 60, 0)));
    const bool accepted = dialog.exec() == QDialog::Accepted;
    QString text = field->text();
    // Unlike clear(), leaves nothing in the fields' undo history.
    field->setText(QString());
    repeat->setText(QString());
    if (accepted && !text.isEmpty())
        storeSecretValue(text.toUtf8());
    wipeText(text);
}

void RecoveryItemSecretBox::storeSecretValue(QByteArray secret)
{
    const auto item = m_session.plan()->recoveryItem(m_itemId);
    if (!item || !RecoveryKinds::hasSecret(item->kind) || m_busy || secret.isEmpty()
        || m_session.plan()->isReadOnly()) {
        wipeSecret(secret);
        return;
    }
    const SecretRef ref = referenceFor(m_session.plan()->planId(), m_itemId);
    const qint64 itemId = m_itemId;
    setBusy(true);
    m_result->hide();
    // The store takes the buffer over and wipes it.
    m_session.secrets()->write(ref, std::move(secret), this, [this, ref, itemId](const SecretResult &result) {
        setBusy(false);
        if (!result.ok()) {
            reportFailure(result);
            return;
        }
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
            m_result->setMessage(NoticeBanner::Kind::Error,
                                 tr("It is in the keychain, but the plan could not note it."),
                                 status.error());
            m_result->show();
            emit operationFinished(false, status.error());
            return;
        }
        updateState();
        m_result->setMessage(NoticeBanner::Kind::Positive, tr("Stored in the keychain."));
        m_result->show();
        emit operationFinished(true, {});
    });
}

void RecoveryItemSecretBox::removeSecret()
{
    const auto item = m_session.plan()->recoveryItem(m_itemId);
    if (!item || item->secretRef.isEmpty() || m_busy || m_session.plan()->isReadOnly())
        return;
    const QString question = (item->kind == RecoveryKind::RootAccount
                                  ? tr("Delete the root password from this computer's keychain?")
                                  : tr("Delete the key's passphrase from this computer's keychain?"))
        + u"\n\n"_s + tr("This cannot be undone: to get it back you will need to store it again.");
    if (MessageBox::question(this, tr("Remove from Keychain"), question, tr("&Delete")) != QMessageBox::Yes)
        return;
    const auto ref = SecretRef::fromKey(item->secretRef);
    const qint64 itemId = m_itemId;
    auto forget = [this, itemId] {
        if (auto forgotten = m_session.plan()->recoveryItem(itemId);
            forgotten && !forgotten->secretRef.isEmpty()) {
            forgotten->secretRef.clear();
            if (Status status = m_session.plan()->updateRecoveryItem(*forgotten); !status) {
                m_result->setMessage(NoticeBanner::Kind::Error, status.error());
                m_result->show();
                emit operationFinished(false, status.error());
                return;
            }
        }
        emit operationFinished(true, {});
    };
    if (!ref) {
        forget(); // a reference that points nowhere is simply dropped
        return;
    }
    setBusy(true);
    m_result->hide();
    m_session.secrets()->remove(*ref, this, [this, forget](const SecretResult &result) {
        setBusy(false);
        if (!result.ok()) {
            reportFailure(result);
            return;
        }
        forget();
    });
}
