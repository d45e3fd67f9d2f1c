#pragma once

#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

// The machinery TlsProbe runs its pieces with: one stop flag for cancel and the time budget,
// progress from many threads, and jobs run a few at a time with gentle retries.

// The one flag every piece of the probe checks: set when the caller cancels or the budget runs out.
class ProbeStopFlag
{
public:
    ProbeStopFlag(const std::atomic_bool *external, int budgetMs);
    ~ProbeStopFlag();
    ProbeStopFlag(const ProbeStopFlag &) = delete;
    ProbeStopFlag &operator=(const ProbeStopFlag &) = delete;

    const std::atomic_bool *flag() const { return &m_stop; }
    bool stopped() const { return m_stop.load(); }
    bool cancelled() const { return m_cancelled.load(); }
    bool timedOut() const { return m_timedOut.load(); }
    // Sleeps up to `ms`, less when the probe is stopped meanwhile.
    void pause(int ms) const;

private:
    std::atomic_bool m_stop { false };
    std::atomic_bool m_cancelled { false };
    std::atomic_bool m_timedOut { false };
    std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::jthread m_watch;
};

// Progress from many threads, one report at a time: "step of total, name".
class ProbeProgress
{
public:
    using Callback = std::function<void(int step, int total, const QString &name)>;
    explicit ProbeProgress(Callback callback)
        : m_callback(std::move(callback))
    { }
    void grow(int steps);
    void started(const QString &name);
    void finished(const QString &name);

private:
    QMutex m_mutex;
    Callback m_callback;
    int m_done = 0;
    int m_total = 0;
};

// One piece of a probe, e.g. "the TLS 1.2 cipher suites". A server that resets connections under
// load must not look like a server that refuses: such a piece asks to be run again, alone.
struct ProbeJob
{
    enum class Outcome
    {
        Done,
        RetryAbrupt, // ended in a close/reset/silence: run again alone; accepted as is on a retry
        RetryConnect, // the connection could not be made: run again alone, an error if it persists
    };
    QString name;
    // `retry` is false on the first, parallel run and true when run again alone.
    std::function<Outcome(bool retry)> run;
    Outcome outcome = Outcome::Done;
    QString error; // the job's own message when it ends in RetryConnect
};

// Runs `jobs` at most `parallel` at once, then the ones asking for it again one at a time after a
// pause (250 ms, then 1 s). Returns false when a job's connection still fails (`error` says why)
// or the probe was stopped.
bool runProbeJobs(QList<ProbeJob> &jobs, int parallel, const ProbeStopFlag &stop, ProbeProgress &progress,
                  QString &error);
