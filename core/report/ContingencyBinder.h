#pragma once

#include "PagedDocument.h"

#include <QDateTime>
#include <QLocale>

class Plan;

// The contingency binder: the printed document for the day things go wrong, made from the plan
// alone (the GUI and the CLI make the same one). Cover, how to use it, emergency contacts,
// first-hour runbooks with tick boxes, the recovery items with their last verification, the DDoS
// plan and call tree, the TLS summary, the accounts summary, the providers' answers on file,
// open and accepted findings, the change log, and a sign-off page with the next review date.
// No secret is ever printed: where one matters it says which keychain holds it and who opens it.
namespace ContingencyBinder {
struct Options
{
    QDateTime now; // invalid: Clock::now()
    QLocale locale; // dates, numbers, and the paper size (A4 or Letter)
    int reviewEveryMonths = 6; // the sign-off page's next review date
};
PagedDocument build(const Plan &plan, const Options &options = {});
} // namespace ContingencyBinder
