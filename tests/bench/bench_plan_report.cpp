// Full plan report benchmark: the large plan of bench_binder (BenchPlan.h) — 10,000 accounts, 30
// providers with 200 answers, 50 probes in the history, every recovery item verified, a full call
// tree — made into the plan report and written as PDF. Prints the time to gather the findings, the
// score, the due dates and the sections, the time to lay out and write the PDF, the pages, and the
// peak memory (ru_maxrss). The binder's targets apply: <= 3 s, <= 300 MB.
// Usage: bench_plan_report [OUTPUT.pdf]
#include "BenchPlan.h"
#include "report/PlanReport.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using BenchPlan::fail;
using BenchPlan::peakMegabytes;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    const QString out = app.arguments().value(1, dir.filePath(u"report.pdf"_s));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::unique_ptr<Plan> built = BenchPlan::build(dir.filePath(u"bench.storefort"_s), now);
    Plan &plan = *built;
    const double before = peakMegabytes();

    QElapsedTimer timer;
    timer.start();
    const PagedDocument report = PlanReport::build(plan, { .now = now, .locale = QLocale(u"en_GB"_s) });
    const double buildMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    auto pages = report.writePdf(out);
    const double writeMs = timer.nsecsElapsed() / 1e6;
    if (!pages)
        fail("pdf", pages.error());

    std::printf("plan report: %lld accounts, %lld providers, %lld answers, 50 probes in history\n",
                static_cast<long long>(plan.accounts().size()),
                static_cast<long long>(plan.providers().size()),
                static_cast<long long>(plan.answers().size()));
    std::printf("  gather findings, score and sections: %8.1f ms\n", buildMs);
    std::printf("  lay out and write the PDF:           %8.1f ms\n", writeMs);
    std::printf("  report in all:                       %8.1f ms   (target <= 3000 ms)\n", buildMs + writeMs);
    std::printf("  pages:                               %8d\n", pages.value());
    std::printf("  peak memory:                         %8.1f MB   (target <= 300 MB; %.1f MB with the plan "
                "loaded)\n",
                peakMegabytes(), before);
    return 0;
}
