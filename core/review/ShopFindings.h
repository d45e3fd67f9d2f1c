#pragma once

#include "findings/Finding.h"

#include <QList>

class Plan;

// What the shop's profile and team say, as findings: the plan cannot probe a site it does not
// know, and a plan nobody owns, or that only one person knows, fails on the day that person is away.
//
// Rule ids: SHOP-NO-SITE (no web address), SHOP-NO-OWNER (nobody named owner), SHOP-OWNER-LEFT (the
// owner named has left), SHOP-NO-TEAM (fewer than two active team members). Subject: "shop" or "team".
namespace ShopFindings {
QList<Finding> compute(const Plan &plan);
} // namespace ShopFindings
