#pragma once

// The plan report's sections (internal to core/report): each makes the HTML of one part from the
// plan and what the review computed of it.

#include "BinderSections.h"
#include "review/DueDates.h"
#include "review/PlanFindings.h"
#include "review/Readiness.h"

#include <QList>

struct ReportContext
{
    // The plan, the day, the locale, the newest probes, the open findings (no notes) and the
    // accepted ones: what the binder's sections read, for those the report shows as they are.
    BinderContext binder;
    QList<PlanFinding> findings; // every step's findings, most severe first, notes and accepted ones too
    Readiness readiness;
    QList<DueItem> due; // by date, overdue ones first

    const Plan &plan() const { return binder.plan; }
    const QLocale &locale() const { return binder.locale; }
    QDate today() const { return binder.now.toLocalTime().date(); }
};

namespace PlanReportSections {
// PlanReportSections.cpp
QString summary(const ReportContext &context);
QString shopAndTeam(const ReportContext &context);
QString encryption(const ReportContext &context);
// PlanReportSectionsAccess.cpp
QString providers(const ReportContext &context);
QString accounts(const ReportContext &context);
// PlanReportSectionsReview.cpp
QString findings(const ReportContext &context);
QString due(const ReportContext &context);
QString audit(const ReportContext &context);
} // namespace PlanReportSections
