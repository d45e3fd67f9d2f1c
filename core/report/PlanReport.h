#pragma once

#include "PagedDocument.h"

#include <QDateTime>
#include <QLocale>
#include <QPageSize>

#include <optional>

class Plan;

// The full plan report: the complete record of where the shop stands, for the owner, an agency or
// an auditor (the binder, beside it, is the document for a bad day). Cover with the readiness
// score, a summary of each step's part in it, then one section per step — shop and team,
// encryption, providers and their answers, accounts and access, DDoS readiness, contingency —,
// every finding (accepted ones apart, with their reason), what is due, and the audit trail's
// summary. Made from the plan alone; the GUI and the CLI make the same one. No secret and no
// keychain reference is ever printed.
namespace PlanReport {
struct Options
{
    QDateTime now; // invalid: Clock::now()
    QLocale locale; // dates and numbers, and the paper (A4 or Letter) unless `paper` says otherwise
    std::optional<QPageSize::PageSizeId> paper; // the paper asked for, whatever the locale
};
PagedDocument build(const Plan &plan, const Options &options = {});
} // namespace PlanReport
