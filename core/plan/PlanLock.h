#pragma once

#include <QString>

// Who may write a plan: one process at a time. The lock is an advisory flock() on a small file
// beside the plan, so the kernel releases it the instant its holder dies, even by SIGKILL; a
// crash never locks the owner out of their plan.
class PlanLock
{
public:
    explicit PlanLock(QString planPath);
    ~PlanLock();
    PlanLock(const PlanLock &) = delete;
    PlanLock &operator=(const PlanLock &) = delete;

    enum class Outcome
    {
        Acquired,
        HeldElsewhere,
        Failed
    };
    Outcome tryLock();

    // When HeldElsewhere: the holder as it described itself (pid and host; 0 and empty if unknown).
    qint64 holderPid() const { return m_holderPid; }
    QString holderHost() const { return m_holderHost; }
    QString errorString() const { return m_error; }

private:
    void readHolder();

    QString m_path;
    int m_fd = -1;
    qint64 m_holderPid = 0;
    QString m_holderHost;
    QString m_error;
};
