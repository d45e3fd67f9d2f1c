// Test helper for tst_crashsafety: edits a plan in a loop and reports every committed edit on
// stdout, until it is killed. Usage: plan_crash_editor PATH FIRST_NUMBER
#include "plan/Plan.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return 2;
    auto plan = Plan::open(args.at(1));
    if (!plan || plan.value()->isReadOnly()) {
        std::fprintf(stderr, "cannot open: %s\n",
                     qPrintable(plan ? plan.value()->readOnlyReason() : plan.error()));
        return 1;
    }
    for (qint64 n = args.at(2).toLongLong();; ++n) {
        // Two kinds of edit: a new team member, and the shop's name.
        auto added = plan.value()->addPerson(Person { .name = u"member %1"_s.arg(n), .role = u"r"_s });
        if (!added) {
            std::fprintf(stderr, "edit failed: %s\n", qPrintable(added.error()));
            return 1;
        }
        if (Status renamed = plan.value()->setShopName(u"Shop %1"_s.arg(n)); !renamed) {
            std::fprintf(stderr, "edit failed: %s\n", qPrintable(renamed.error()));
            return 1;
        }
        std::printf("committed %lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
}
