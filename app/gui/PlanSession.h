#pragma once

#include "common/Result.h"
#include "plan/PlanFile.h"

#include <QObject>

#include <memory>

class Plan;
class PlanCommand;
class QUndoStack;
class ReadinessTracker;
class RecoveryVerifier;
class SecretStore;

// The one place where the app opens, creates and closes plans: it owns the open Plan and its undo
// history, notes every opened plan in the recent list, and carries edits to the plan.
class PlanSession final : public QObject
{
    Q_OBJECT

public:
    explicit PlanSession(QObject *parent = nullptr);
    ~PlanSession() override;

    Plan *plan() const { return m_plan.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    // Where portal passwords and other secrets go: the OS keychain, created once for the session.
    SecretStore *secrets() const { return m_secrets; }
    // Checks recovery items in the background for the open plan; started when a plan opens on the
    // items not checked for a week (RecoveryCheck::isDueForAutoCheck), gone when it closes.
    RecoveryVerifier *recoveryVerifier() const { return m_recoveryVerifier; }
    // The open plan's findings and readiness score, kept current; gone when the plan closes.
    ReadinessTracker *readiness() const { return m_readiness; }
    // For tests: use `store` (e.g. NoSecretStore) instead; the session takes it over.
    void setSecretStore(SecretStore *store);

    // Opening or creating a plan replaces the open one only when it succeeds.
    Status open(const QString &path);
    Status create(const QString &path, const QString &shopName);
    void close();

    // Makes the change and, when the plan accepts it, puts it on the undo stack. A refused change
    // is reported through editFailed() as well as returned.
    Status pushEdit(std::unique_ptr<PlanCommand> command);

    // Asks the window to show a step of the plan (its PlanStep id): how a page sends the owner to
    // where something is fixed ("Go to Accounts & access").
    void requestStep(const QString &id) { emit stepRequested(id); }

    // How the app opens plans: always with rolling copies in the copies folder.
    static PlanFile::Options fileOptions();

signals:
    void aboutToClose(); // the plan is still open: let go of anything that refers to it
    void opened();
    void closed();
    void editFailed(const QString &message);
    void stepRequested(const QString &id);

private:
    void adopt(std::unique_ptr<Plan> plan);

    std::unique_ptr<Plan> m_plan;
    QUndoStack *m_undoStack = nullptr;
    SecretStore *m_secrets = nullptr;
    RecoveryVerifier *m_recoveryVerifier = nullptr;
    ReadinessTracker *m_readiness = nullptr;
};
