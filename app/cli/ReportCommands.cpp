#include "ReportCommands.h"

#include "PdfCommand.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "report/PlanReport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int ReportCommands::report(CliContext &context)
{
    const QString usage = QCoreApplication::translate(
        "ReportCommands", "Usage: storefort-cli report PLAN -o FILE.pdf [--paper a4|letter]");
    return PdfCommand::run(context, usage, [](const Plan &plan, std::optional<QPageSize::PageSizeId> paper) {
        PlanReport::Options options;
        options.now = Clock::now();
        options.locale = QLocale();
        options.paper = paper;
        return PlanReport::build(plan, options);
    });
}
