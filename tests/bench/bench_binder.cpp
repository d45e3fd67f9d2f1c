// Contingency binder benchmark: a large plan — 10,000 accounts (100 of them admins), 30 providers
// with 200 answers, 50 probes of the site in its history, every recovery item verified with a
// 20-commit change log, a full call tree — made into the binder and written as PDF. Prints the
// time to gather the plan's findings and lay the document out, the time to write the PDF, the
// pages, and the peak memory (ru_maxrss). Targets (issue 6): <= 3 s, <= 300 MB.
// Usage: bench_binder [OUTPUT.pdf]
#include "BenchPlan.h"
#include "report/ContingencyBinder.h"

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
    const QString out = app.arguments().value(1, dir.filePath(u"binder.pdf"_s));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::unique_ptr<Plan> built = BenchPlan::build(dir.filePath(u"bench.storefort"_s), now);
    Plan &plan = *built;
    const double before = peakMegabytes();

    QElapsedTimer timer;
    timer.start();
    const PagedDocument binder
        = ContingencyBinder::build(plan, { .now = now, .locale = QLocale(u"en_GB"_s) });
    const double buildMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    auto pages = binder.writePdf(out);
    const double writeMs = timer.nsecsElapsed() / 1e6;
    if (!pages)
        fail("pdf", pages.error());

    std::printf("contingency binder: %lld accounts, %lld providers, %lld answers, 50 probes in history\n",
                static_cast<long long>(plan.accounts().size()),
                static_cast<long long>(plan.providers().size()),
                static_cast<long long>(plan.answers().size()));
    std::printf("  gather findings and sections: %8.1f ms\n", buildMs);
    std::printf("  lay out and write the PDF:    %8.1f ms\n", writeMs);
    std::printf("  binder in all:                %8.1f ms   (target <= 3000 ms)\n", buildMs + writeMs);
    std::printf("  pages:                        %8d\n", pages.value());
    std::printf(
        "  peak memory:                  %8.1f MB   (target <= 300 MB; %.1f MB with the plan loaded)\n",
        peakMegabytes(), before);
    return 0;
}
