// The plan report's review: every finding, what is due, and the history of changes.
#include "BinderHtml.h"
#include "PlanReportSections.h"
#include "plan/Plan.h"
#include "review/PlanArea.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace BinderHtml;

namespace {

// A finding's title with its step and rule id under it.
QString findingTitle(const PlanFinding &f)
{
    return bold(f.finding.title) + u"<br/>"_s + small(PlanAreas::name(f.area) + u" · "_s + f.finding.id);
}

QString findingsTable(const QList<const PlanFinding *> &list)
{
    Table table(
        { QCoreApplication::translate("PlanReportSections", "Severity"),
          QCoreApplication::translate("PlanReportSections", "Finding"),
          QCoreApplication::translate("PlanReportSections", "Why it matters, what was seen, what to do") },
        { 16, 28, 56 });
    for (const PlanFinding *f : list) {
        QStringList parts;
        if (!f->finding.why.isEmpty())
            parts.append(bold(QCoreApplication::translate("PlanReportSections", "Why:")) + u" "_s
                         + esc(f->finding.why));
        if (!f->finding.evidence.isEmpty())
            parts.append(bold(QCoreApplication::translate("PlanReportSections", "Seen:")) + u" "_s
                         + esc(f->finding.evidence));
        if (!f->finding.fix.isEmpty())
            parts.append(bold(QCoreApplication::translate("PlanReportSections", "To do:")) + u" "_s
                         + esc(f->finding.fix));
        table.row({ bold(Severities::name(f->finding.severity)), findingTitle(*f), parts.join(u"<br/>"_s) });
    }
    return table.html();
}

// The audit trail's areas in the owner's words.
QString areaName(const QString &area)
{
    if (area == u"plan")
        return QCoreApplication::translate("PlanReportSections", "The plan");
    if (area == u"shop")
        return QCoreApplication::translate("PlanReportSections", "Shop");
    if (area == u"team")
        return QCoreApplication::translate("PlanReportSections", "Team");
    if (area == u"tls")
        return QCoreApplication::translate("PlanReportSections", "Encryption (TLS)");
    if (area == u"providers")
        return QCoreApplication::translate("PlanReportSections", "Providers");
    if (area == u"accounts")
        return QCoreApplication::translate("PlanReportSections", "Accounts");
    if (area == u"ddos")
        return QCoreApplication::translate("PlanReportSections", "DDoS readiness");
    if (area == u"contingency")
        return QCoreApplication::translate("PlanReportSections", "Recovery items");
    if (area == u"findings")
        return QCoreApplication::translate("PlanReportSections", "Findings");
    return area;
}

} // namespace

QString PlanReportSections::findings(const ReportContext &context)
{
    QList<const PlanFinding *> open;
    QList<const PlanFinding *> notes;
    QList<const PlanFinding *> accepted;
    for (const PlanFinding &f : context.findings) {
        if (f.isAccepted())
            accepted.append(&f);
        else if (f.finding.severity == Severity::Info)
            notes.append(&f);
        else
            open.append(&f);
    }
    QString html = u"<p>"_s
        + esc(QCoreApplication::translate("PlanReportSections", "%n finding(s) in all", nullptr,
                                          int(context.findings.size())))
        + u": "_s
        + esc(QCoreApplication::translate("PlanReportSections", "%n open", nullptr, int(open.size())))
        + u", "_s
        + esc(QCoreApplication::translate("PlanReportSections", "%n accepted as a risk", nullptr,
                                          int(accepted.size())))
        + u", "_s
        + esc(QCoreApplication::translate("PlanReportSections", "%n note(s).", nullptr, int(notes.size())))
        + u"</p>"_s;

    html += u"<h2>"_s + esc(QCoreApplication::translate("PlanReportSections", "Open findings")) + u"</h2>"_s;
    html += open.isEmpty() ? note(QCoreApplication::translate("PlanReportSections",
                                                              "No open findings on the day of this report."))
                           : findingsTable(open);

    html += u"<h2>"_s + esc(QCoreApplication::translate("PlanReportSections", "Risks accepted")) + u"</h2>"_s;
    if (accepted.isEmpty()) {
        html += note(QCoreApplication::translate("PlanReportSections", "No risks have been accepted."));
    } else {
        Table table({ QCoreApplication::translate("PlanReportSections", "Finding"),
                      QCoreApplication::translate("PlanReportSections", "Why it is accepted"),
                      QCoreApplication::translate("PlanReportSections", "Accepted by"),
                      QCoreApplication::translate("PlanReportSections", "Until") },
                    { 34, 34, 18, 14 });
        for (const PlanFinding *f : std::as_const(accepted)) {
            const FindingAcceptance &a = *f->acceptance;
            table.row(
                { bold(Severities::name(f->finding.severity)) + u": "_s + findingTitle(*f)
                      + (f->finding.evidence.isEmpty() ? QString() : u"<br/>"_s + esc(f->finding.evidence)),
                  esc(a.reason),
                  esc(a.acceptedBy.isEmpty() ? QStringLiteral("—") : a.acceptedBy) + u"<br/>"_s
                      + esc(date(context.locale(), a.acceptedOn)),
                  esc(a.expiresOn.isValid()
                          ? date(context.locale(), a.expiresOn)
                          : QCoreApplication::translate("PlanReportSections", "until withdrawn")) });
        }
        html += table.html();
    }

    html += u"<h2>"_s + esc(QCoreApplication::translate("PlanReportSections", "Notes")) + u"</h2>"_s;
    html += notes.isEmpty() ? note(QCoreApplication::translate("PlanReportSections", "No notes."))
                            : findingsTable(notes);
    return html;
}

QString PlanReportSections::due(const ReportContext &context)
{
    if (context.due.isEmpty())
        return note(QCoreApplication::translate(
            "PlanReportSections", "Nothing is due: the plan holds no date that calls for action yet."));
    const QDate today = context.today();
    int overdue = 0;
    Table table({ QCoreApplication::translate("PlanReportSections", "Due"),
                  QCoreApplication::translate("PlanReportSections", "Step"),
                  QCoreApplication::translate("PlanReportSections", "What"),
                  QCoreApplication::translate("PlanReportSections", "What to do") },
                { 15, 17, 30, 38 });
    for (const DueItem &item : context.due) {
        QString when = esc(date(context.locale(), item.due));
        if (item.neverDone) {
            ++overdue;
            when = bold(QCoreApplication::translate("PlanReportSections", "Now")) + u"<br/>"_s
                + small(QCoreApplication::translate("PlanReportSections", "never done so far"));
        } else if (item.due < today) {
            ++overdue;
            when = bold(QCoreApplication::translate("PlanReportSections", "Overdue")) + u"<br/>"_s + when;
        }
        table.row({ when, esc(PlanAreas::name(item.area)), bold(item.what), esc(item.detail) });
    }
    QString html = u"<p>"_s
        + esc(QCoreApplication::translate("PlanReportSections", "%n date(s) on file", nullptr,
                                          int(context.due.size())))
        + u", "_s
        + esc(QCoreApplication::translate("PlanReportSections", "%n of them overdue.", nullptr, overdue))
        + u"</p>"_s;
    return html + table.html();
}

QString PlanReportSections::audit(const ReportContext &context)
{
    const Plan &plan = context.plan();
    const QLocale &locale = context.locale();
    // Checked afresh for the report, not taken from when the plan was opened.
    const AuditTrail::Verification verification = plan.verifyAudit();
    QString html = u"<p>"_s
        + (verification.intact
               ? esc(QCoreApplication::translate(
                   "PlanReportSections",
                   "The history of changes was checked when this report was made: "
                   "all %n entry(s) are intact; none was changed, removed or "
                   "reordered.",
                   nullptr, int(verification.entryCount)))
               : bold(QCoreApplication::translate("PlanReportSections",
                                                  "The history of changes does not verify: it was altered "
                                                  "outside Storefort."))
                   + u" "_s + esc(verification.message))
        + u"</p>"_s;

    const QDate since = context.binder.now.toUTC().date().addDays(-90);
    AuditFilter filter;
    filter.from = since;
    const auto entries = plan.auditEntries(filter);
    html += u"<h2>"_s + esc(QCoreApplication::translate("PlanReportSections", "The last 90 days"))
        + u"</h2>"_s;
    if (!entries) {
        html += note(QCoreApplication::translate("PlanReportSections", "The history could not be read: %1")
                         .arg(entries.error()));
        return html;
    }
    struct AreaCount
    {
        int count = 0;
        QDateTime last;
        QSet<QString> who;
    };
    QMap<QString, AreaCount> areas;
    for (const AuditEntry &e : entries.value()) {
        AreaCount &a = areas[e.area];
        ++a.count;
        if (!a.last.isValid() || e.at > a.last)
            a.last = e.at;
        a.who.insert(e.member.isEmpty() ? e.osUser : e.member);
    }
    html += u"<p>"_s
        + esc(QCoreApplication::translate("PlanReportSections", "Since %1, %n change(s) were recorded.",
                                          nullptr, int(entries->size()))
                  .arg(date(locale, since)))
        + u"</p>"_s;
    if (areas.isEmpty())
        return html;
    Table table({ QCoreApplication::translate("PlanReportSections", "Area"),
                  QCoreApplication::translate("PlanReportSections", "Changes"),
                  QCoreApplication::translate("PlanReportSections", "Last change"),
                  QCoreApplication::translate("PlanReportSections", "Made by") },
                { 26, 14, 24, 36 });
    for (auto it = areas.cbegin(); it != areas.cend(); ++it) {
        QStringList who(it->who.cbegin(), it->who.cend());
        who.sort(Qt::CaseInsensitive);
        table.row({ esc(areaName(it.key())), esc(locale.toString(it->count)), esc(dateTime(locale, it->last)),
                    esc(who.join(u", "_s)) });
    }
    return html + table.html();
}
