#include "ContingencyBinder.h"

#include "BinderHtml.h"
#include "BinderSections.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "review/PlanFindings.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace BinderHtml;

namespace {

QString coverHtml(const BinderContext &context)
{
    const Plan &plan = context.plan;
    // The plan's version: how many changes it has seen and when the last one was made.
    qint64 changes = 0;
    QDateTime lastChange;
    QSqlQuery query(plan.database());
    if (query.exec(u"SELECT count(*), max(at) FROM audit"_s) && query.next()) {
        changes = query.value(0).toLongLong();
        lastChange = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
    }
    QString html
        = u"<div align=\"center\"><p style=\"font-size:11pt\">&nbsp;</p><p style=\"font-size:11pt\">&nbsp;</p>"_s;
    html += u"<p style=\"font-size:13pt; letter-spacing:2px\"><b>"_s
        + esc(QCoreApplication::translate("ContingencyBinder", "CONFIDENTIAL")) + u"</b></p>"_s;
    html += u"<p style=\"font-size:30pt\"><b>"_s + esc(plan.shop().name) + u"</b></p>"_s;
    html += u"<p style=\"font-size:20pt\">"_s
        + esc(QCoreApplication::translate("ContingencyBinder", "Contingency binder")) + u"</p>"_s;
    if (!plan.shop().siteUrls.isEmpty())
        html += u"<p style=\"font-size:12pt\">"_s + esc(plan.shop().siteUrls.join(u"  ·  "_s)) + u"</p>"_s;
    html += u"<p style=\"font-size:11pt\">&nbsp;</p>"_s;
    html += u"<p style=\"font-size:12pt\">"_s
        + esc(QCoreApplication::translate("ContingencyBinder", "Printed on %1")
                  .arg(context.locale.toString(context.now.toLocalTime().date(), QLocale::LongFormat)))
        + u"</p>"_s;
    html += u"<p style=\"font-size:10pt\">"_s
        + esc(QCoreApplication::translate("ContingencyBinder", "Plan as of %1 (change no. %2)")
                  .arg(dateTime(context.locale, lastChange), context.locale.toString(changes)))
        + u"</p>"_s;
    html += u"<p style=\"font-size:11pt\">&nbsp;</p><p style=\"font-size:11pt\">&nbsp;</p>"_s;
    html += u"<table width=\"80%\" border=\"1\" cellspacing=\"0\" cellpadding=\"10\"><tr><td>"_s;
    html += u"<p><b>"_s
        + esc(QCoreApplication::translate("ContingencyBinder", "If something has gone wrong right now:"))
        + u"</b></p>"_s;
    html += u"<p>"_s
        + esc(QCoreApplication::translate(
            "ContingencyBinder",
            "Stay calm and do not delete anything. Turn to “First hour”, find what is happening, and work "
            "through it from the top, ticking each box. The people and companies to call are under "
            "“Emergency contacts”."))
        + u"</p>"_s;
    html += u"</td></tr></table>"_s;
    html += u"<p style=\"font-size:11pt\">&nbsp;</p>"_s;
    html += u"<p style=\"font-size:9pt\">"_s
        + esc(QCoreApplication::translate(
            "ContingencyBinder",
            "This binder holds names, phone numbers and where the shop's keys are kept. Keep it locked away, "
            "and give a copy only to the people it names. It holds no passwords: they stay in the keychain."))
        + u"</p></div>"_s;
    return html;
}

QString howToUse(const BinderContext &context)
{
    QString html;
    html += u"<p>"_s
        + esc(QCoreApplication::translate(
            "ContingencyBinder",
            "This binder is for the day things go wrong: the shop is down, someone has broken in, or a "
            "provider has let you down. It was printed from the shop's security plan in Storefort, so it "
            "says what the plan knew on the day it was printed."))
        + u"</p>"_s;
    html += checklist({
        esc(QCoreApplication::translate(
            "ContingencyBinder",
            "Keep one copy where you work and one away from it (at home, or with "
            "someone you trust). A binder that burns with the office helps nobody.")),
        esc(QCoreApplication::translate("ContingencyBinder",
                                        "When something happens, open “First hour” and follow the list for "
                                        "your situation. Write the time beside each box you tick.")),
        esc(QCoreApplication::translate(
            "ContingencyBinder",
            "“Recovery items” says what you have at hand to rebuild the shop, who "
            "holds it, and when it was last checked.")),
        esc(QCoreApplication::translate(
            "ContingencyBinder",
            "Passwords are not printed. Where one is needed, the binder says whose "
            "keychain holds it and who can open it.")),
        esc(QCoreApplication::translate("ContingencyBinder",
                                        "Print a new binder after every review, and shred the old one: phone "
                                        "numbers and people change.")),
    });
    const int open = int(context.findings.size());
    html += u"<p>"_s
        + esc(open == 0
                  ? QCoreApplication::translate("ContingencyBinder",
                                                "On the day it was printed, the plan had no open findings.")
                  : QCoreApplication::translate("ContingencyBinder",
                                                "On the day it was printed, the plan had %n open finding(s); "
                                                "they are listed near the end.",
                                                nullptr, open))
        + u"</p>"_s;
    return html;
}

} // namespace

PagedDocument ContingencyBinder::build(const Plan &plan, const Options &options)
{
    BinderContext context { plan, options.now.isValid() ? options.now : Clock::now(), options.locale, {}, {},
                            {} };
    context.probes = plan.latestProbes();

    // Every step's findings (PlanFindings); those the owner accepted go to their own list. The
    // binder's steps are the five it had before the shop & team got findings of their own.
    const QDate today = context.now.toLocalTime().date();
    for (PlanFinding &f : PlanFindings::compute(plan, context.now)) {
        if (f.area == PlanArea::ShopTeam)
            continue;
        if (f.acceptance)
            context.accepted.append({ std::move(f.finding), *f.acceptance });
        else if (f.finding.severity != Severity::Info)
            context.findings.append(std::move(f.finding));
    }
    Severities::sort(context.findings);

    PagedDocument::Options documentOptions;
    documentOptions.title
        = QCoreApplication::translate("ContingencyBinder", "%1 — contingency binder").arg(plan.shop().name);
    documentOptions.marking = QCoreApplication::translate("ContingencyBinder", "Confidential");
    documentOptions.footerNote = QCoreApplication::translate("ContingencyBinder", "Printed %1")
                                     .arg(context.locale.toString(today, QLocale::ShortFormat));
    documentOptions.contentsTitle = QCoreApplication::translate("ContingencyBinder", "Contents");
    documentOptions.pageSize = PagedDocument::pageSizeFor(context.locale);

    QList<DocumentSection> sections {
        { QCoreApplication::translate("ContingencyBinder", "How to use this binder"), howToUse(context) },
        { QCoreApplication::translate("ContingencyBinder", "Emergency contacts"),
          BinderSections::emergencyContacts(context) },
        { QCoreApplication::translate("ContingencyBinder", "First hour: what to do"),
          BinderSections::runbooks(context) },
        { QCoreApplication::translate("ContingencyBinder", "Recovery items"),
          BinderSections::recoveryItems(context) },
        { QCoreApplication::translate("ContingencyBinder", "DDoS plan and call tree"),
          BinderSections::ddosPlan(context) },
        { QCoreApplication::translate("ContingencyBinder", "Encryption (TLS)"),
          BinderSections::tlsSummary(context) },
        { QCoreApplication::translate("ContingencyBinder", "Accounts and access"),
          BinderSections::accountsSummary(context) },
        { QCoreApplication::translate("ContingencyBinder", "Providers' answers on file"),
          BinderSections::providerAnswers(context) },
        { QCoreApplication::translate("ContingencyBinder", "Open findings and accepted risks"),
          BinderSections::findings(context) },
        { QCoreApplication::translate("ContingencyBinder", "Change log of the website"),
          BinderSections::changeLog(context) },
        { QCoreApplication::translate("ContingencyBinder", "Sign-off"),
          BinderSections::signOff(context, options.reviewEveryMonths) },
    };
    return PagedDocument(documentOptions, coverHtml(context), sections);
}
