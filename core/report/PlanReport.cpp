#include "PlanReport.h"

#include "BinderHtml.h"
#include "PlanReportSections.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "review/PlanArea.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace BinderHtml;

namespace {

QString coverHtml(const ReportContext &context)
{
    const Plan &plan = context.plan();
    const ShopProfile &shop = plan.shop();
    QString html = u"<p style=\"font-size:11pt\">&nbsp;</p><p style=\"font-size:11pt\">&nbsp;</p>"_s;
    html += u"<p align=\"center\" style=\"font-size:13pt; letter-spacing:2px\"><b>"_s
        + esc(QCoreApplication::translate("PlanReport", "CONFIDENTIAL")) + u"</b></p>"_s;
    html += u"<p align=\"center\" style=\"font-size:30pt\"><b>"_s + esc(shop.name) + u"</b></p>"_s;
    html += u"<p align=\"center\" style=\"font-size:20pt\">"_s
        + esc(QCoreApplication::translate("PlanReport", "Security plan report")) + u"</p>"_s;
    html += u"<p align=\"center\" style=\"font-size:12pt\">"_s
        + esc(QCoreApplication::translate("PlanReport", "As of %1")
                  .arg(context.locale().toString(context.today(), QLocale::LongFormat)))
        + u"</p><p style=\"font-size:11pt\">&nbsp;</p>"_s;

    // The score, boxed: what the owner, an agency or an auditor looks for first.
    html += u"<table align=\"center\" width=\"46%\" border=\"1\" cellspacing=\"0\" cellpadding=\"10\">"
            u"<tr><td align=\"center\">"_s;
    html += u"<p align=\"center\" style=\"font-size:12pt\">"_s
        + esc(QCoreApplication::translate("PlanReport", "Readiness score")) + u"</p>"_s;
    html += u"<p align=\"center\" style=\"font-size:34pt\"><b>"_s
        + esc(context.locale().toString(context.readiness.score))
        + u"</b><span style=\"font-size:14pt\"> / "_s + esc(context.locale().toString(100))
        + u"</span></p>"_s;
    qsizetype open = 0;
    for (const PlanFinding &f : context.findings)
        open += !f.isAccepted() && f.finding.severity != Severity::Info;
    html += u"<p align=\"center\">"_s
        + esc(open == 0
                  ? QCoreApplication::translate("PlanReport", "No open findings.")
                  : QCoreApplication::translate("PlanReport", "%n open finding(s).", nullptr, int(open)))
        + u"</p></td></tr></table>"_s;
    html += u"<p style=\"font-size:11pt\">&nbsp;</p>"_s;

    QString owner = QCoreApplication::translate("PlanReport", "not chosen yet");
    if (const auto person = plan.person(shop.ownerPersonId))
        owner = person->name;
    html += facts(
        {
            { QCoreApplication::translate("PlanReport", "Web addresses"),
              esc(shop.siteUrls.isEmpty() ? QCoreApplication::translate("PlanReport", "none recorded")
                                          : shop.siteUrls.join(u"\n"_s)) },
            { QCoreApplication::translate("PlanReport", "Platform"),
              esc(ShopPlatforms::displayName(shop.platform)) },
            { QCoreApplication::translate("PlanReport", "Owner of the plan"), esc(owner) },
            { QCoreApplication::translate("PlanReport", "Report made"),
              esc(dateTime(context.locale(), context.binder.now)) },
        },
        36, 70);
    html += u"<p style=\"font-size:11pt\">&nbsp;</p>"_s;
    html += u"<p style=\"font-size:9pt\">"_s
        + esc(QCoreApplication::translate(
            "PlanReport",
            "This report is the complete record of the shop's security plan on the day it was made, as "
            "Storefort keeps it: each step, every finding, what is due, and the history of changes. It "
            "names people and how to reach them: share it only with those who need it. It holds no "
            "passwords: they stay in the keychain."))
        + u"</p>"_s;
    return html;
}

} // namespace

PagedDocument PlanReport::build(const Plan &plan, const Options &options)
{
    ReportContext context {
        BinderContext {
            plan, options.now.isValid() ? options.now : Clock::now(), options.locale, {}, {}, {} },
        {},
        {},
        {}
    };
    context.binder.probes = plan.latestProbes();
    context.findings = PlanFindings::compute(plan, context.binder.now);
    context.due = DueDates::compute(plan, context.binder.now);
    context.readiness = ReadinessScore::compute(plan, context.findings, context.due, context.binder.now);
    // The binder's sections read the open findings (notes aside) and the accepted ones apart.
    for (const PlanFinding &f : std::as_const(context.findings)) {
        if (f.acceptance)
            context.binder.accepted.append({ f.finding, *f.acceptance });
        else if (f.finding.severity != Severity::Info)
            context.binder.findings.append(f.finding);
    }

    PagedDocument::Options documentOptions;
    documentOptions.title
        = QCoreApplication::translate("PlanReport", "%1 — security plan report").arg(plan.shop().name);
    documentOptions.marking = QCoreApplication::translate("PlanReport", "Confidential");
    documentOptions.footerNote = QCoreApplication::translate("PlanReport", "As of %1")
                                     .arg(context.locale().toString(context.today(), QLocale::ShortFormat));
    documentOptions.contentsTitle = QCoreApplication::translate("PlanReport", "Contents");
    documentOptions.pageSize
        = options.paper ? QPageSize(*options.paper) : PagedDocument::pageSizeFor(options.locale);

    const QList<DocumentSection> sections {
        { QCoreApplication::translate("PlanReport", "Where the shop stands"),
          PlanReportSections::summary(context) },
        { PlanAreas::name(PlanArea::ShopTeam), PlanReportSections::shopAndTeam(context) },
        { PlanAreas::name(PlanArea::Tls), PlanReportSections::encryption(context) },
        { PlanAreas::name(PlanArea::Providers), PlanReportSections::providers(context) },
        { PlanAreas::name(PlanArea::Accounts), PlanReportSections::accounts(context) },
        { PlanAreas::name(PlanArea::Ddos), BinderSections::ddosPlan(context.binder) },
        { PlanAreas::name(PlanArea::Contingency), BinderSections::recoveryItems(context.binder) },
        { QCoreApplication::translate("PlanReport", "All findings"), PlanReportSections::findings(context) },
        { QCoreApplication::translate("PlanReport", "What is due"), PlanReportSections::due(context) },
        { QCoreApplication::translate("PlanReport", "History of changes"),
          PlanReportSections::audit(context) },
    };
    return PagedDocument(documentOptions, coverHtml(context), sections);
}
