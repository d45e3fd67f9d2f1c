#pragma once

#include <QList>

#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>
#include <vector>

// Runs jobs with at most `limit` of them at once, each on a thread of its own, and returns when
// all have finished. The probe's jobs block on sockets, so threads (not a CPU-sized pool) are the
// right tool; `limit` is the politeness bound: connections open at once to one server.
inline void runBounded(const QList<std::function<void()>> &jobs, int limit)
{
    if (jobs.isEmpty())
        return;
    const int workers = std::clamp(limit, 1, int(jobs.size()));
    if (workers == 1) {
        for (const auto &job : jobs)
            job();
        return;
    }
    std::atomic_int next { 0 };
    const auto worker = [&] {
        for (int i = next.fetch_add(1); i < jobs.size(); i = next.fetch_add(1))
            jobs.at(i)();
    };
    std::vector<std::jthread> threads;
    threads.reserve(size_t(workers));
    for (int i = 0; i < workers; ++i)
        threads.emplace_back(worker);
}
