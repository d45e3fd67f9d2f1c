// Readiness benchmark: the large plan of BenchPlan.h (10,000 accounts, 30 providers with 200
// answers, 50 probes in the history, every recovery item verified) — every step's findings in one
// list (PlanFindings), then the readiness score over them (ReadinessScore), as the dashboard does on
// every change. Prints the best and the median of several runs of each, and the peak memory.
// Usage: bench_readiness [RUNS]
#include "BenchPlan.h"
#include "review/Readiness.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Figures
{
    double best = 0;
    double median = 0;
};

Figures figures(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return { ms.first(), ms.at(ms.size() / 2) };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = std::max(1, app.arguments().value(1, u"7"_s).toInt());
    QTemporaryDir dir;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::unique_ptr<Plan> built = BenchPlan::build(dir.filePath(u"bench.storefort"_s), now);
    const Plan &plan = *built;

    QList<double> findingsMs, scoreMs, totalMs;
    qsizetype count = 0;
    int score = 0;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        const QList<PlanFinding> findings = PlanFindings::compute(plan, now);
        const double f = timer.nsecsElapsed() / 1e6;
        timer.restart();
        const Readiness readiness = ReadinessScore::compute(plan, findings, now);
        const double s = timer.nsecsElapsed() / 1e6;
        findingsMs.append(f);
        scoreMs.append(s);
        totalMs.append(f + s);
        count = findings.size();
        score = readiness.score;
    }
    const Figures f = figures(findingsMs), s = figures(scoreMs), t = figures(totalMs);
    std::printf("readiness: %lld accounts, %lld providers, %lld answers; %lld findings, score %d; %d runs\n",
                static_cast<long long>(plan.accounts().size()),
                static_cast<long long>(plan.providers().size()),
                static_cast<long long>(plan.answers().size()), static_cast<long long>(count), score, runs);
    std::printf("  PlanFindings::compute:   best %8.1f ms   median %8.1f ms\n", f.best, f.median);
    std::printf("  ReadinessScore::compute: best %8.1f ms   median %8.1f ms\n", s.best, s.median);
    std::printf("  both:                    best %8.1f ms   median %8.1f ms\n", t.best, t.median);
    std::printf("  peak memory:             %8.1f MB\n", BenchPlan::peakMegabytes());
    return 0;
}
