#include "RecoveryVerifier.h"

#include "RecoveryCheck.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QThread>

#include <memory>

RecoveryVerifier::RecoveryVerifier(Plan *plan, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_secrets(secrets)
{ }

RecoveryVerifier::~RecoveryVerifier()
{
    m_queue.clear();
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

void RecoveryVerifier::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
}

void RecoveryVerifier::verify(const QList<qint64> &itemIds)
{
    for (qint64 id : itemIds) {
        if (id != m_running && !m_queue.contains(id))
            m_queue.append(id);
    }
    if (m_running == 0)
        QMetaObject::invokeMethod(this, &RecoveryVerifier::next, Qt::QueuedConnection);
}

int RecoveryVerifier::verifyDue(int days, DueItems which)
{
    if (!m_plan)
        return 0;
    const QDateTime now = Clock::now();
    QList<qint64> due;
    for (const RecoveryItem &item : m_plan->recoveryItems()) {
        const bool pick = which == DueItems::WithSomethingToCheck
            ? RecoveryCheck::isDueForAutoCheck(item, now, days)
            : RecoveryKinds::hasVerifier(item.kind) && RecoveryCheck::isDue(item, now, days);
        if (pick)
            due.append(item.id);
    }
    if (which == DueItems::WithSomethingToCheck && due.isEmpty())
        return 0; // nothing to say "finished" about
    verify(due);
    return int(due.size());
}

void RecoveryVerifier::cancel()
{
    m_queue.clear();
}

void RecoveryVerifier::next()
{
    if (m_running != 0)
        return;
    if (m_queue.isEmpty() || !m_plan) {
        m_queue.clear();
        emit finished();
        return;
    }
    const qint64 id = m_queue.takeFirst();
    const std::optional<RecoveryItem> item = m_plan->recoveryItem(id);
    if (!item) {
        emit itemFailed(id, tr("That recovery item is no longer in the plan."));
        next();
        return;
    }
    m_running = id;
    emit itemStarted(id);
    if (!m_plan) { // a slot of itemStarted closed the plan
        m_running = 0;
        next();
        return;
    }
    RecoveryContext context = RecoveryCheck::contextFor(*m_plan, *item, Clock::now());
    if (!RecoveryKinds::hasSecret(item->kind) || item->secretRef.isEmpty()) {
        run(id, std::move(context));
        return;
    }
    const std::optional<SecretRef> ref = SecretRef::fromKey(item->secretRef);
    if (!ref) {
        context.secret = RecoveryContext::Secret::Missing;
        run(id, std::move(context));
        return;
    }
    if (!m_secrets) {
        context.secret = RecoveryContext::Secret::Unavailable;
        context.secretMessage = tr("No keychain is available on this computer.");
        run(id, std::move(context));
        return;
    }
    const bool wantsPassphrase = item->kind == RecoveryKind::Certificate;
    m_secrets->read(*ref, this, [this, id, context, wantsPassphrase](const SecretResult &result) mutable {
        if (result.ok()) {
            context.secret = RecoveryContext::Secret::Present;
            // A copy of its own, which the worker wipes after use; the root password is not needed.
            if (wantsPassphrase)
                context.passphrase = QByteArray(result.secret().constData(), result.secret().size());
        } else if (result.outcome() == SecretResult::Outcome::NotFound) {
            context.secret = RecoveryContext::Secret::Missing;
        } else {
            context.secret = RecoveryContext::Secret::Unavailable;
            context.secretMessage = result.message();
        }
        run(id, std::move(context));
    });
}

void RecoveryVerifier::run(qint64 itemId, RecoveryContext context)
{
    const std::optional<RecoveryItem> item = m_plan ? m_plan->recoveryItem(itemId) : std::nullopt;
    if (!item) {
        m_running = 0;
        emit itemFailed(itemId, tr("That recovery item is no longer in the plan."));
        next();
        return;
    }
    auto result = std::make_shared<Verification>();
    auto shared = std::make_shared<RecoveryContext>(std::move(context));
    m_thread = QThread::create([item = *item, shared, result] {
        *result = RecoveryCheck::verify(item, *shared);
        wipeSecret(shared->passphrase);
    });
    connect(m_thread, &QThread::finished, this, [this, itemId, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_running = 0;
        if (!m_plan) {
            next(); // the plan was closed meanwhile: ends the queue, with finished()
            return;
        }
        if (auto recorded = m_plan->recordVerification(itemId, *result); !recorded)
            emit itemFailed(itemId, recorded.error());
        else
            emit itemVerified(itemId);
        next();
    });
    m_thread->start();
}
