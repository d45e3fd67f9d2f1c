#pragma once

#include "Answer.h"
#include "Provider.h"
#include "findings/Finding.h"
#include "tls/TlsProbeResult.h"

#include <QDate>
#include <QList>

class Plan;

// What the providers' register and their answers say about the shop, as findings: questions not
// answered (by severity), answers that fall short, answers the provider could not give, answers
// due to be asked again, certifications run out, contracts ended, no way to reach a provider, and
// claims the latest TLS probe of the shop's site contradicts.
//
// Rule ids: PROV-UNANSWERED, PROV-ANSWER-SHORT, PROV-ANSWER-UNKNOWN, PROV-ANSWER-STALE,
// PROV-CERT-EXPIRED, PROV-CERT-EXPIRING, PROV-CONTRACT-ENDED, PROV-NO-CONTACT,
// PROV-CLAIM-TLS-OLD, PROV-CLAIM-TLS-MISSING, PROV-CLAIM-HSTS, PROV-CLAIM-CDN.
// Subjects: "provider/<id>" or "provider/<id>/<question id>" (or ".../cert/<n>").
class ProviderFindings
{
public:
    struct Options
    {
        QDate today; // invalid: Clock::now() in local time
        int answerMaxAgeMonths = 12;
        int certificationWarningDays = 30;
    };

    // Most severe first (Severities::sort). `probes`: the newest probe of each of the shop's
    // addresses; claims are checked against every one of them.
    static QList<Finding> compute(const QList<Provider> &providers, const QList<Answer> &answers,
                                  const QList<TlsProbeResult> &probes, const Options &options);
    // The same for an open plan: its providers, answers, setting and latest probes.
    static QList<Finding> compute(const Plan &plan, QDate today = {});

    // Plan::latestProbes(), which the plan reads once and keeps; kept here for the callers of old.
    static QList<TlsProbeResult> latestProbes(const Plan &plan);

    static QString subjectFor(qint64 providerId, const QString &rest = {});
    // The provider a finding's subject names, 0 when it names none.
    static qint64 providerOf(const Finding &finding);
};
