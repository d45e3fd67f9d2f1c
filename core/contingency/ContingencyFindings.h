#pragma once

#include "DdosPlan.h"
#include "RecoveryItem.h"
#include "findings/Finding.h"
#include "providers/Answer.h"
#include "providers/Provider.h"
#include "tls/TlsProbeResult.h"

#include <QDateTime>
#include <QList>

class Plan;

// What the recovery items and their latest verifications say, as findings.
//
// Rule ids: CONT-NOT-RECORDED (no holder, no place, never checked: one finding for all three),
// CONT-NO-HOLDER (nobody named holds an item), CONT-NO-LOCATION (nowhere recorded),
// CONT-NEVER-VERIFIED, CONT-NOT-VERIFIED (last verified more than Options::maxUnverifiedDays ago),
// and from the checks of the latest verification: CONT-BACKUP-OLD, CONT-BACKUP-NO-REFERENCE,
// CONT-BACKUP-DAMAGED, CONT-BACKUP-SHRUNK, CONT-BACKUP-MISSING, CONT-EXPORT-MISSING, CONT-EXPORT-OLD,
// CONT-EXPORT-BROKEN, CONT-EXPORT-COLUMNS, CONT-CERT-FILES, CONT-KEY-LOCKED, CONT-KEY-MISMATCH,
// CONT-KEY-LIVE-MISMATCH, CONT-CERT-EXPIRY, CONT-CODE-MISSING, CONT-CODE-UNCOMMITTED,
// CONT-CODE-UNPUSHED, CONT-ROOT-NO-SECRET, CONT-ROOT-OLD, CONT-CHECK-FAILED (any other check).
// Subjects: "recovery/<item id>".
namespace RecoveryFindings {
struct Options
{
    QDateTime now; // invalid: Clock::now()
    int maxUnverifiedDays = 30; // compute(plan) takes the plan's Plan::recheckDays()
};
QList<Finding> compute(const QList<RecoveryItem> &items, const Options &options);
QList<Finding> compute(const Plan &plan, const QDateTime &now = {});
QString subjectFor(qint64 itemId);
// The item a finding's subject names, 0 when it names none.
qint64 itemOf(const Finding &finding);
} // namespace RecoveryFindings

// What the DDoS plan, the providers' answers and the probes say about the shop's readiness.
//
// Rule ids: DDOS-NO-CDN (no CDN seen by the probe, none recorded), DDOS-HOST-NO-ANSWER (no host
// answered whether it can absorb an attack), DDOS-HOST-NO-PROTECTION (the host said it cannot,
// and no CDN fronts the site), DDOS-NO-CALL-TREE, DDOS-NO-CUSTOMER-CALL (nobody tells customers),
// DDOS-DRILL-OLD (never, or more than Options::maxDrillAgeDays ago), DDOS-STEPS-OPEN (standard
// steps not prepared). Subjects: "ddos" or "ddos/<what>".
namespace DdosFindings {
struct Options
{
    QDate today; // invalid: Clock::now() in local time
    int maxDrillAgeDays = 365;
};
struct Input
{
    DdosPlan plan;
    QList<Provider> providers;
    QList<Answer> answers;
    QList<TlsProbeResult> probes; // the newest probe of each of the shop's addresses
};
QList<Finding> compute(const Input &input, const Options &options);
QList<Finding> compute(const Plan &plan, QDate today = {});
// The CDN the probes saw in front of the site ("Cloudflare"), empty when none.
QString cdnSeen(const QList<TlsProbeResult> &probes);
// Whether any provider answered that it can absorb or filter an attack ("yes"), "no", or nothing.
QString hostProtection(const QList<Provider> &providers, const QList<Answer> &answers,
                       qint64 *providerId = nullptr);
} // namespace DdosFindings
