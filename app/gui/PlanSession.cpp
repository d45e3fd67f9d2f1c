#include "PlanSession.h"

#include "PlanCommand.h"
#include "ReadinessTracker.h"
#include "contingency/RecoveryVerifier.h"
#include "plan/Plan.h"
#include "plan/PlanLocations.h"
#include "secrets/KeychainSecretStore.h"

#include <QFileInfo>
#include <QUndoStack>

PlanSession::PlanSession(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_secrets(new KeychainSecretStore(this))
{ }

PlanSession::~PlanSession()
{
    // Commands refer to the plan: they go first.
    m_undoStack->clear();
}

void PlanSession::setSecretStore(SecretStore *store)
{
    if (!store || store == m_secrets)
        return;
    store->setParent(this);
    delete m_secrets;
    m_secrets = store;
    if (m_recoveryVerifier)
        m_recoveryVerifier->setSecretStore(store);
}

PlanFile::Options PlanSession::fileOptions()
{
    return PlanFile::Options { .backupDir = PlanLocations::backupFolder() };
}

Status PlanSession::open(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_plan && m_plan->path() == absolute) {
        PlanLocations::noteOpened(absolute);
        return Status::success(); // already open here; a second open would only find our own lock
    }
    auto plan = Plan::open(absolute, fileOptions());
    if (!plan)
        return Error { plan.error() };
    adopt(std::move(plan.value()));
    return Status::success();
}

Status PlanSession::create(const QString &path, const QString &shopName)
{
    ShopProfile profile;
    profile.name = shopName;
    auto plan = Plan::create(QFileInfo(path).absoluteFilePath(), profile, fileOptions());
    if (!plan)
        return Error { plan.error() };
    adopt(std::move(plan.value()));
    return Status::success();
}

void PlanSession::close()
{
    if (!m_plan)
        return;
    emit aboutToClose();
    // Waits for a check still running: it must not outlive the plan it records into.
    delete m_recoveryVerifier;
    m_recoveryVerifier = nullptr;
    delete m_readiness;
    m_readiness = nullptr;
    m_undoStack->clear();
    m_plan.reset();
    emit closed();
}

void PlanSession::adopt(std::unique_ptr<Plan> plan)
{
    close();
    m_plan = std::move(plan);
    PlanLocations::noteOpened(m_plan->path());
    m_recoveryVerifier = new RecoveryVerifier(m_plan.get(), m_secrets, this);
    m_readiness = new ReadinessTracker(*m_plan, this);
    emit opened();
    // What has not been checked for a week, in the background (a read-only plan records nothing).
    if (!m_plan->isReadOnly())
        m_recoveryVerifier->verifyDue(7, RecoveryVerifier::DueItems::WithSomethingToCheck);
}

Status PlanSession::pushEdit(std::unique_ptr<PlanCommand> command)
{
    if (Status status = command->apply(); !status) {
        emit editFailed(status.error());
        return status;
    }
    command->setFailureHandler([this](const QString &message) { emit editFailed(message); });
    m_undoStack->push(command.release());
    return Status::success();
}
