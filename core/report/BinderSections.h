#pragma once

// The binder's sections (internal to core/report): each makes the HTML of one part from the plan.

#include "PagedDocument.h"
#include "findings/Finding.h"
#include "findings/FindingAcceptance.h"
#include "providers/Provider.h"
#include "tls/TlsProbeResult.h"

#include <QDateTime>
#include <QList>
#include <QLocale>

class Plan;

struct BinderContext
{
    const Plan &plan;
    QDateTime now;
    QLocale locale;
    QList<TlsProbeResult> probes; // the newest probe of each of the shop's addresses
    QList<Finding> findings; // every step's findings, most severe first
    QList<std::pair<Finding, FindingAcceptance>> accepted; // findings the owner accepted, in force today

    QString personName(qint64 id) const;
    QString providerName(qint64 id) const;
    // "Example Host (Web host)" or the team member's name; "—" when nobody.
    QString holderName(qint64 personId, qint64 providerId) const;
    // The first provider of a kind, for runbooks ("call your host"); nullptr when the plan has none.
    const Provider *firstProvider(ProviderKind kind) const;
};

namespace BinderSections {
QString emergencyContacts(const BinderContext &context);
QString runbooks(const BinderContext &context);
QString recoveryItems(const BinderContext &context);
QString ddosPlan(const BinderContext &context);
QString tlsSummary(const BinderContext &context);
QString accountsSummary(const BinderContext &context);
QString providerAnswers(const BinderContext &context);
QString findings(const BinderContext &context);
QString changeLog(const BinderContext &context);
QString signOff(const BinderContext &context, int reviewEveryMonths);
} // namespace BinderSections
