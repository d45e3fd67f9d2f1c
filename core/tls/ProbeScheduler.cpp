#include "ProbeScheduler.h"

#include "BoundedParallel.h"

#include <QElapsedTimer>

ProbeStopFlag::ProbeStopFlag(const std::atomic_bool *external, int budgetMs)
    : m_watch([this, external, budgetMs](std::stop_token token) {
        QElapsedTimer clock;
        clock.start();
        std::unique_lock lock(m_mutex);
        while (!token.stop_requested()) {
            if (external && external->load()) {
                m_cancelled = true;
                break;
            }
            if (clock.elapsed() >= budgetMs) {
                m_timedOut = true;
                break;
            }
            m_wake.wait_for(lock, token, std::chrono::milliseconds(20), [] { return false; });
        }
        m_stop = true;
    })
{ }

ProbeStopFlag::~ProbeStopFlag()
{
    m_watch.request_stop();
    m_watch.join();
}

void ProbeStopFlag::pause(int ms) const
{
    QElapsedTimer clock;
    clock.start();
    while (!m_stop.load() && clock.elapsed() < ms)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
}

void ProbeProgress::grow(int steps)
{
    QMutexLocker lock(&m_mutex);
    m_total += steps;
}

void ProbeProgress::started(const QString &name)
{
    QMutexLocker lock(&m_mutex);
    if (m_callback)
        m_callback(m_done, m_total, name);
}

void ProbeProgress::finished(const QString &name)
{
    QMutexLocker lock(&m_mutex);
    ++m_done;
    if (m_callback)
        m_callback(m_done, m_total, name);
}

bool runProbeJobs(QList<ProbeJob> &jobs, int parallel, const ProbeStopFlag &stop, ProbeProgress &progress,
                  QString &error)
{
    progress.grow(int(jobs.size()));
    QList<std::function<void()>> calls;
    for (ProbeJob &job : jobs)
        calls.append([&job, &progress] {
            progress.started(job.name);
            job.outcome = job.run(false);
            progress.finished(job.name);
        });
    runBounded(calls, parallel);

    constexpr int pausesMs[] = { 250, 1000 };
    for (const int pauseMs : pausesMs) {
        if (stop.stopped())
            return false;
        const bool again = std::any_of(jobs.cbegin(), jobs.cend(), [](const ProbeJob &j) {
            return j.outcome != ProbeJob::Outcome::Done;
        });
        if (!again)
            return true;
        stop.pause(pauseMs);
        for (ProbeJob &job : jobs) {
            if (job.outcome == ProbeJob::Outcome::Done || stop.stopped())
                continue;
            const ProbeJob::Outcome outcome = job.run(true);
            // An abrupt end seen twice, the second time alone, is the server's answer.
            job.outcome = outcome == ProbeJob::Outcome::RetryAbrupt ? ProbeJob::Outcome::Done : outcome;
        }
    }
    for (const ProbeJob &job : std::as_const(jobs))
        if (job.outcome != ProbeJob::Outcome::Done) {
            error = job.error;
            return false;
        }
    return !stop.stopped();
}
