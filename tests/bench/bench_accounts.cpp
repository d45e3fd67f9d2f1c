// Account import benchmark: a generated 100,000-row WordPress export (`wp user list --format=csv`)
// read, compared with the accounts on file and applied to a fresh plan. Prints each step's wall time
// and the peak memory (ru_maxrss). Targets (issue 5): import <= 2 s, peak memory <= 300 MB.
// Usage: bench_accounts [ROWS]
#include "accounts/AccountSync.h"
#include "accounts/importers/AccountImporter.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray wordPressExport(int rows)
{
    QByteArray csv = "ID,user_login,display_name,user_email,user_registered,roles\n";
    csv.reserve(qsizetype(rows) * 90);
    for (int i = 1; i <= rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += n + ",user" + n + ",\"Customer " + n + "\",user" + n + "@shop.example,2024-01-31 10:20:"
            + QByteArray::number(10 + i % 50) + ',' + (i % 1000 == 0 ? "administrator" : "customer") + '\n';
    }
    return csv;
}

double peakMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::max(1, atoi(argv[1])) : 100000;
    QTemporaryDir dir;
    auto plan = Plan::create(dir.filePath(u"bench.storefort"_s), ShopProfile { .name = u"Bench shop"_s });
    if (!plan) {
        std::fprintf(stderr, "plan: %s\n", qPrintable(plan.error()));
        return 1;
    }
    auto systemId = plan.value()->addSystem(System { .name = u"Shop admin"_s });
    if (!systemId)
        return 1;
    const QByteArray bytes = wordPressExport(rows);
    const double baseline = peakMegabytes();

    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    auto import = AccountImporter::read(bytes, AccountImportFormat::WordPress, u"users.csv"_s);
    const double parseMs = step.nsecsElapsed() / 1e6;
    if (!import || !import->errors.isEmpty()) {
        std::fprintf(stderr, "import: %s\n",
                     qPrintable(import ? import->errors.constFirst().message : import.error()));
        return 1;
    }
    step.restart();
    AccountSync sync = AccountSync::compute(systemId.value(), plan.value()->accounts(), import.value());
    const double syncMs = step.nsecsElapsed() / 1e6;
    import = Error {}; // the import is not needed once compared
    step.restart();
    if (Status status = plan.value()->applyImport(systemId.value(), sync); !status) {
        std::fprintf(stderr, "apply: %s\n", qPrintable(status.error()));
        return 1;
    }
    const double applyMs = step.nsecsElapsed() / 1e6;
    const double totalMs = total.nsecsElapsed() / 1e6;

    std::printf("account import: %d WordPress rows (%.1f MB of CSV) into a fresh plan\n", rows,
                bytes.size() / 1048576.0);
    std::printf("  read and map the export:  %8.1f ms\n", parseMs);
    std::printf("  compare with the plan:    %8.1f ms\n", syncMs);
    std::printf("  apply (one transaction):  %8.1f ms\n", applyMs);
    std::printf("  import in all:            %8.1f ms   (target <= 2000 ms)\n", totalMs);
    std::printf("  peak memory:              %8.1f MB   (target <= 300 MB; %.1f MB before the import)\n",
                peakMegabytes(), baseline);
    std::printf("  accounts on file:         %8lld\n",
                static_cast<long long>(plan.value()->accounts().size()));
    return 0;
}
