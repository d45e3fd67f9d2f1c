// The plan report's first part: where the shop stands, the shop and its team, and the encryption
// of its sites.
#include "PlanReportSections.h"

#include "BinderHtml.h"
#include "plan/Plan.h"
#include "review/PlanArea.h"
#include "tls/TlsFindings.h"
#include "tls/TlsGrade.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace BinderHtml;

namespace {

// "Critical 1", "High 2": the open findings by severity, most severe first.
QStringList openBySeverity(const QHash<Severity, int> &open, const QLocale &locale)
{
    QStringList parts;
    for (Severity s : { Severity::Critical, Severity::High, Severity::Medium, Severity::Low }) {
        if (open.value(s) > 0)
            parts.append(QString(Severities::name(s) + u' ' + locale.toString(open.value(s))));
    }
    return parts;
}

QString yesNo(bool yes)
{
    return yes ? QCoreApplication::translate("PlanReportSections", "yes")
               : QCoreApplication::translate("PlanReportSections", "no");
}

// The site's HTTP protections, one row each: what it is for, and what the probe saw.
QString securityHeaders(const HttpResult &http)
{
    if (!http.reached)
        return note(http.problem.isEmpty()
                        ? QCoreApplication::translate("PlanReportSections",
                                                      "The probe could not read the site's page.")
                        : QCoreApplication::translate("PlanReportSections",
                                                      "The probe could not read the site's page: %1")
                              .arg(http.problem));
    const QString notSent = QCoreApplication::translate("PlanReportSections", "not sent");
    const QString sent = QCoreApplication::translate("PlanReportSections", "sent");
    Table table({ QCoreApplication::translate("PlanReportSections", "Protection"),
                  QCoreApplication::translate("PlanReportSections", "What it is for"),
                  QCoreApplication::translate("PlanReportSections", "Seen") },
                { 30, 44, 26 });
    QString hsts = notSent;
    if (http.hstsMaxAge) {
        // Worked out before translate(): lupdate (Qt 6.4) never returns from a division inside its
        // arguments.
        const int keptDays = int(*http.hstsMaxAge / 86400);
        QStringList parts { QCoreApplication::translate("PlanReportSections", "kept %n day(s)", nullptr,
                                                        keptDays) };
        if (http.hstsIncludeSubDomains)
            parts.append(QCoreApplication::translate("PlanReportSections", "with subdomains"));
        if (http.hstsPreload)
            parts.append(QCoreApplication::translate("PlanReportSections", "preload"));
        hsts = parts.join(u", "_s);
    }
    table.row({ esc(QCoreApplication::translate("PlanReportSections", "Strict-Transport-Security (HSTS)")),
                esc(QCoreApplication::translate("PlanReportSections",
                                                "Browsers use only the encrypted connection, even when a "
                                                "link says http.")),
                esc(hsts) });
    table.row({ esc(QCoreApplication::translate("PlanReportSections", "Redirect from http to https")),
                esc(QCoreApplication::translate("PlanReportSections",
                                                "Visitors who type the address alone land on the encrypted "
                                                "site.")),
                esc(yesNo(http.redirectsToHttps)) });
    table.row({ esc(QCoreApplication::translate("PlanReportSections", "Content-Security-Policy")),
                esc(QCoreApplication::translate("PlanReportSections",
                                                "Limits where the page may load scripts from, against "
                                                "injected code.")),
                esc(!http.csp ? notSent
                        : http.cspFrameAncestors
                        ? QCoreApplication::translate("PlanReportSections", "sent, with frame-ancestors")
                        : sent) });
    table.row({ esc(QCoreApplication::translate("PlanReportSections", "X-Frame-Options")),
                esc(QCoreApplication::translate("PlanReportSections",
                                                "Stops other sites from showing the shop inside their "
                                                "own page.")),
                esc(http.xFrameOptions ? sent : notSent) });
    table.row({ esc(QCoreApplication::translate("PlanReportSections", "X-Content-Type-Options")),
                esc(QCoreApplication::translate("PlanReportSections",
                                                "Stops browsers from guessing what a file is.")),
                esc(http.contentTypeNosniff ? sent : notSent) });
    table.row({ esc(QCoreApplication::translate("PlanReportSections", "Referrer-Policy")),
                esc(QCoreApplication::translate("PlanReportSections",
                                                "Keeps the shop's addresses from leaking to other sites.")),
                esc(http.referrerPolicy ? sent : notSent) });
    table.row({ esc(QCoreApplication::translate("PlanReportSections", "Permissions-Policy")),
                esc(QCoreApplication::translate(
                    "PlanReportSections", "Turns off the camera, microphone and the like for the page.")),
                esc(http.permissionsPolicy ? sent : notSent) });
    if (!http.cookies.isEmpty()) {
        int unprotected = 0;
        for (const HttpCookie &c : http.cookies)
            unprotected += !c.secure || !c.httpOnly;
        table.row({ esc(QCoreApplication::translate("PlanReportSections", "Cookies")),
                    esc(QCoreApplication::translate("PlanReportSections",
                                                    "Marked Secure and HttpOnly, they travel only encrypted "
                                                    "and stay out of scripts' reach.")),
                    esc(QCoreApplication::translate("PlanReportSections", "%n cookie(s)", nullptr,
                                                    int(http.cookies.size())))
                        + u"<br/>"_s
                        + esc(unprotected == 0
                                  ? QCoreApplication::translate("PlanReportSections", "all protected")
                                  : QCoreApplication::translate("PlanReportSections", "%n without both flags",
                                                                nullptr, unprotected)) });
    }
    return table.html();
}

// The findings of one probe as the plan holds them (accepted ones marked).
QString probeFindings(const ReportContext &context, const TlsProbeResult &probe)
{
    QSet<QString> ids;
    for (const Finding &f : TlsFindings::compute(probe))
        ids.insert(f.id);
    Table table({ QCoreApplication::translate("PlanReportSections", "Severity"),
                  QCoreApplication::translate("PlanReportSections", "Finding"),
                  QCoreApplication::translate("PlanReportSections", "What to do") },
                { 17, 44, 39 });
    for (const PlanFinding &pf : context.findings) {
        const Finding &f = pf.finding;
        if (pf.area != PlanArea::Tls || f.subject != probe.host || !ids.contains(f.id))
            continue;
        QString severity = bold(Severities::name(f.severity));
        if (pf.isAccepted())
            severity += u"<br/>"_s + small(QCoreApplication::translate("PlanReportSections", "accepted"));
        table.row({ severity, bold(f.title) + u"<br/>"_s + esc(f.evidence), esc(f.fix) });
    }
    return table.isEmpty()
        ? note(QCoreApplication::translate("PlanReportSections", "The probe found nothing to fix."))
        : table.html();
}

} // namespace

QString PlanReportSections::summary(const ReportContext &context)
{
    const QLocale &locale = context.locale();
    QString html = u"<p>"_s
        + esc(QCoreApplication::translate("PlanReportSections", "Readiness score: %1 of 100.")
                  .arg(locale.toString(context.readiness.score)))
        + u" "_s
        + esc(QCoreApplication::translate(
            "PlanReportSections",
            "Each step gives its part: how much of it is filled in, held down by its open findings. "
            "Findings the owner accepted as risks do not hold it down; they are listed apart."))
        + u"</p>"_s;
    Table table({ QCoreApplication::translate("PlanReportSections", "Step"),
                  QCoreApplication::translate("PlanReportSections", "Score"),
                  QCoreApplication::translate("PlanReportSections", "What counts"),
                  QCoreApplication::translate("PlanReportSections", "What holds it down") },
                { 19, 15, 33, 33 });
    for (const StepReadiness &step : context.readiness.steps) {
        QStringList raised;
        for (const QString &line : step.raisedBy)
            raised.append(esc(line));
        QStringList held;
        for (const QString &line : step.heldDownBy)
            held.append(esc(line));
        QString open;
        for (const QString &line : openBySeverity(step.open, locale))
            open += u"<br/>"_s + small(line);
        table.row({ bold(PlanAreas::name(step.area)) + u"<br/>"_s + esc(StepStates::name(step.state)),
                    bold(QCoreApplication::translate("PlanReportSections", "%1 / 100")
                             .arg(locale.toString(step.score)))
                        + u"<br/>"_s
                        + small(QCoreApplication::translate("PlanReportSections", "filled in: %1 %")
                                    .arg(locale.toString(step.completion)))
                        + open,
                    bullets(raised), bullets(held) });
    }
    html += table.html();

    // The findings and dates at a glance; the sections near the end list them.
    QHash<Severity, int> open;
    int accepted = 0;
    for (const PlanFinding &f : context.findings) {
        if (f.isAccepted())
            ++accepted;
        else
            ++open[f.finding.severity];
    }
    int overdue = 0;
    int soon = 0;
    for (const DueItem &item : context.due) {
        if (item.neverDone || item.due < context.today())
            ++overdue;
        else if (context.today().daysTo(item.due) <= 30)
            ++soon;
    }
    html += u"<h2>"_s + esc(QCoreApplication::translate("PlanReportSections", "At a glance")) + u"</h2>"_s;
    const QString none = QCoreApplication::translate("PlanReportSections", "none");
    html += facts({
        { QCoreApplication::translate("PlanReportSections", "Open findings"),
          esc(openBySeverity(open, locale).isEmpty() ? none : openBySeverity(open, locale).join(u" · "_s)) },
        { QCoreApplication::translate("PlanReportSections", "Notes"),
          esc(locale.toString(open.value(Severity::Info))) },
        { QCoreApplication::translate("PlanReportSections", "Risks accepted"),
          esc(locale.toString(accepted)) },
        { QCoreApplication::translate("PlanReportSections", "Overdue"), esc(locale.toString(overdue)) },
        { QCoreApplication::translate("PlanReportSections", "Due in the next 30 days"),
          esc(locale.toString(soon)) },
    });
    return html;
}

QString PlanReportSections::shopAndTeam(const ReportContext &context)
{
    const Plan &plan = context.plan();
    const ShopProfile &shop = plan.shop();
    QString owner = QCoreApplication::translate("PlanReportSections", "not chosen yet");
    if (const auto person = plan.person(shop.ownerPersonId))
        owner = person->name;
    QString html = facts({
        { QCoreApplication::translate("PlanReportSections", "Shop"), esc(shop.name) },
        { QCoreApplication::translate("PlanReportSections", "Web addresses"),
          esc(shop.siteUrls.isEmpty() ? QCoreApplication::translate("PlanReportSections", "none recorded yet")
                                      : shop.siteUrls.join(u"\n"_s)) },
        { QCoreApplication::translate("PlanReportSections", "Platform"),
          esc(ShopPlatforms::displayName(shop.platform)) },
        { QCoreApplication::translate("PlanReportSections", "Owner of the plan"), esc(owner) },
    });

    html += u"<h2>"_s + esc(QCoreApplication::translate("PlanReportSections", "People and roles"))
        + u"</h2>"_s;
    Table team({ QCoreApplication::translate("PlanReportSections", "Name"),
                 QCoreApplication::translate("PlanReportSections", "Role"),
                 QCoreApplication::translate("PlanReportSections", "Works as"),
                 QCoreApplication::translate("PlanReportSections", "How to reach them"),
                 QCoreApplication::translate("PlanReportSections", "Status") },
               { 22, 20, 16, 28, 14 });
    for (const Person &p : plan.people()) {
        QString name = bold(p.name);
        if (p.id == shop.ownerPersonId)
            name
                += u"<br/>"_s + small(QCoreApplication::translate("PlanReportSections", "owner of the plan"));
        QStringList reach;
        if (!p.phone.isEmpty())
            reach.append(esc(p.phone));
        if (!p.email.isEmpty())
            reach.append(esc(p.email));
        const QString status = p.status == Person::Status::Left
            ? QCoreApplication::translate("PlanReportSections", "Left on %1")
                  .arg(date(context.locale(), p.leftOn))
            : Person::statusName(p.status);
        team.row({ name, esc(p.role.isEmpty() ? QStringLiteral("—") : p.role), esc(Person::kindName(p.kind)),
                   reach.isEmpty() ? QStringLiteral("—") : reach.join(u"<br/>"_s), esc(status) });
    }
    html += team.isEmpty()
        ? note(QCoreApplication::translate("PlanReportSections", "No team members are in the plan yet."))
        : team.html();
    return html;
}

QString PlanReportSections::encryption(const ReportContext &context)
{
    if (context.binder.probes.isEmpty())
        return note(
            QCoreApplication::translate("PlanReportSections",
                                        "The site's encryption has not been probed yet: probe it in the "
                                        "Encryption step, and its grade, certificate and findings will "
                                        "be here."));
    // The overview is the binder's: address, grade, protocols, certificate with the days left.
    QString html = BinderSections::tlsSummary(context.binder);
    for (const TlsProbeResult &probe : context.binder.probes) {
        QString address = probe.host;
        if (probe.port != 443)
            address += u':' + QString::number(probe.port);
        if (!probe.ip.isEmpty())
            address += u" ("_s + probe.ip + u')';
        html += u"<h2>"_s + esc(address) + u"</h2>"_s;

        const TlsGrade::Grade grade = TlsGrade::compute(probe);
        QStringList reasons;
        for (const TlsGrade::Reason &r : grade.reasons)
            reasons.append(esc(r.text));
        const CertificateResult &c = probe.certificate;
        QString certificate = QCoreApplication::translate("PlanReportSections", "None seen");
        if (c.present) {
            certificate = esc(c.subject) + u"<br/>"_s
                + esc(QCoreApplication::translate("PlanReportSections", "issued by %1").arg(c.issuer));
            if (c.keyBits > 0)
                certificate += u"<br/>"_s + esc(u"%1 %2"_s.arg(c.keyType).arg(c.keyBits));
            certificate += u"<br/>"_s
                + (c.trusted ? esc(QCoreApplication::translate("PlanReportSections", "trusted by browsers"))
                             : bold(c.trustProblem.isEmpty()
                                        ? QCoreApplication::translate("PlanReportSections", "not trusted")
                                        : c.trustProblem));
        } else {
            certificate = esc(certificate);
        }
        html += facts({
            { QCoreApplication::translate("PlanReportSections", "Grade"),
              bold(grade.graded() ? grade.letter : QStringLiteral("—"))
                  + (reasons.isEmpty() ? QString() : bullets(reasons)) },
            { QCoreApplication::translate("PlanReportSections", "Certificate"), certificate },
            { QCoreApplication::translate("PlanReportSections", "Probed"),
              esc(dateTime(context.locale(), probe.finishedAt)) },
        });
        html += u"<h3>"_s + esc(QCoreApplication::translate("PlanReportSections", "Security headers"))
            + u"</h3>"_s + securityHeaders(probe.http);
        html += u"<h3>"_s + esc(QCoreApplication::translate("PlanReportSections", "What the probe found"))
            + u"</h3>"_s + probeFindings(context, probe);
        if (!probe.notes.isEmpty()) {
            QStringList notes;
            for (const QString &n : probe.notes)
                notes.append(esc(n));
            html += u"<p><i>"_s
                + esc(QCoreApplication::translate("PlanReportSections", "What the probe could not learn:"))
                + u"</i></p>"_s + bullets(notes);
        }
    }
    return html;
}
