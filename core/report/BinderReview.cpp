// The binder's second half: where the shop stands — encryption, accounts, providers' answers,
// findings — the change log and the sign-off.
#include "BinderHtml.h"
#include "BinderSections.h"
#include "accounts/AccountRole.h"
#include "contingency/verifiers/GitVerifier.h"
#include "plan/Plan.h"
#include "providers/QuestionBank.h"
#include "tls/TlsGrade.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace BinderHtml;

QString BinderSections::tlsSummary(const BinderContext &context)
{
    if (context.probes.isEmpty())
        return note(
            QCoreApplication::translate("BinderSections",
                                        "The site's encryption has not been probed yet. Probe it in the "
                                        "Encryption step and print the binder again."));
    Table table({ QCoreApplication::translate("BinderSections", "Address"),
                  QCoreApplication::translate("BinderSections", "Grade"),
                  QCoreApplication::translate("BinderSections", "Protocols accepted"),
                  QCoreApplication::translate("BinderSections", "Certificate"),
                  QCoreApplication::translate("BinderSections", "Probed") },
                { 20, 13, 23, 28, 16 });
    for (const TlsProbeResult &probe : context.probes) {
        const TlsGrade::Grade grade = TlsGrade::compute(probe);
        QStringList protocols;
        for (const ProtocolResult &p : probe.protocols) {
            if (p.accepted)
                protocols.append(TlsVersions::displayName(p.version));
        }
        QString certificate;
        if (probe.certificate.present) {
            const qint64 days = context.now.daysTo(probe.certificate.notAfter);
            certificate = days < 0
                ? QCoreApplication::translate("BinderSections", "Expired on %1")
                      .arg(date(context.locale, probe.certificate.notAfter.toLocalTime().date()))
                : QCoreApplication::translate("BinderSections", "Valid until %1 (%n day(s) left)", nullptr,
                                              int(days))
                      .arg(date(context.locale, probe.certificate.notAfter.toLocalTime().date()));
        } else {
            certificate = QCoreApplication::translate("BinderSections", "None seen");
        }
        QString address = probe.host;
        if (probe.port != 443)
            address += u':' + QString::number(probe.port);
        table.row({ esc(address) + (probe.ip.isEmpty() ? QString() : u"<br/>"_s + esc(probe.ip)),
                    u"<b>"_s + esc(grade.graded() ? grade.letter : QStringLiteral("—")) + u"</b>"_s,
                    esc(protocols.isEmpty() ? QStringLiteral("—") : protocols.join(u", "_s)),
                    esc(certificate), esc(dateTime(context.locale, probe.finishedAt)) });
    }
    return table.html();
}

QString BinderSections::accountsSummary(const BinderContext &context)
{
    const Plan &plan = context.plan;
    QString html;
    qsizetype active = 0;
    for (const Account &a : plan.accounts())
        active += a.status == AccountStatus::Active;
    html += u"<p>"_s
        + esc(QCoreApplication::translate("BinderSections", "%n system(s) in the plan", nullptr,
                                          int(plan.systems().size())))
        + u", "_s
        + esc(QCoreApplication::translate("BinderSections", "%n active account(s).", nullptr, int(active)))
        + u"</p>"_s;
    html += u"<h2>"_s + esc(QCoreApplication::translate("BinderSections", "Who holds admin rights"))
        + u"</h2>"_s;
    Table table({ QCoreApplication::translate("BinderSections", "System"),
                  QCoreApplication::translate("BinderSections", "Account"),
                  QCoreApplication::translate("BinderSections", "Belongs to"),
                  QCoreApplication::translate("BinderSections", "Two-step login") },
                { 26, 26, 30, 18 });
    for (const System &s : plan.systems()) {
        for (const Account &a : plan.accountsOf(s.id)) {
            if (a.role != AccountRole::Admin || a.status != AccountStatus::Active)
                continue;
            QStringList owners;
            for (qint64 id : a.personIds)
                owners.append(context.personName(id));
            const QString mfa = a.mfa == YesNoUnknown::Yes
                ? QCoreApplication::translate("BinderSections", "yes")
                : a.mfa == YesNoUnknown::No ? QCoreApplication::translate("BinderSections", "no")
                                            : QCoreApplication::translate("BinderSections", "not known");
            table.row({ esc(s.name), esc(a.userName),
                        owners.isEmpty()
                            ? u"<b>"_s + esc(QCoreApplication::translate("BinderSections", "nobody named"))
                                + u"</b>"_s
                            : esc(owners.join(u", "_s)),
                        esc(mfa) });
        }
    }
    html += table.isEmpty()
        ? note(QCoreApplication::translate("BinderSections", "No admin accounts are on file."))
        : table.html();
    qsizetype accountFindings = 0;
    for (const Finding &f : context.findings)
        accountFindings += f.id.startsWith(u"ACC-") || f.id.startsWith(u"SYS-");
    html += u"<p>"_s
        + esc(QCoreApplication::translate("BinderSections",
                                          "%n open finding(s) about accounts; see the findings section.",
                                          nullptr, int(accountFindings)))
        + u"</p>"_s;
    return html;
}

QString BinderSections::providerAnswers(const BinderContext &context)
{
    const Plan &plan = context.plan;
    const QuestionBank &bank = QuestionBank::builtIn();
    const QDate today = context.now.toLocalTime().date();
    QString html;
    for (const Provider &p : plan.providers()) {
        const QList<Answer> answers = plan.answersOf(p.id);
        html += u"<h2>"_s + esc(p.name) + u" <small>("_s + esc(ProviderKinds::name(p.kind))
            + u")</small></h2>"_s;
        if (answers.isEmpty()) {
            html += note(QCoreApplication::translate("BinderSections", "No answers on file."));
            continue;
        }
        Table table({ QCoreApplication::translate("BinderSections", "Question"),
                      QCoreApplication::translate("BinderSections", "Answer"),
                      QCoreApplication::translate("BinderSections", "Given by"),
                      QCoreApplication::translate("BinderSections", "Age") },
                    { 44, 26, 16, 14 });
        for (const Answer &a : answers) {
            const Question *q = bank.find(a.questionId);
            const qint64 days = a.givenOn.isValid() ? a.givenOn.daysTo(today) : -1;
            const QString age = days < 0 ? QStringLiteral("—")
                : days >= 365 * plan.answerMaxAgeMonths() / 12
                ? QCoreApplication::translate("BinderSections", "%n day(s) — ask again", nullptr, int(days))
                : QCoreApplication::translate("BinderSections", "%n day(s)", nullptr, int(days));
            table.row({ esc(q ? q->translatedText() : a.questionId),
                        esc(q ? q->displayAnswer(a.value) : a.value), esc(a.answeredBy), esc(age) });
        }
        html += table.html();
    }
    if (html.isEmpty())
        html = note(QCoreApplication::translate("BinderSections", "No providers are in the plan yet."));
    return html;
}

QString BinderSections::findings(const BinderContext &context)
{
    QString html;
    if (context.findings.isEmpty()) {
        html += note(
            QCoreApplication::translate("BinderSections", "No open findings on the day this was printed."));
    } else {
        Table table({ QCoreApplication::translate("BinderSections", "Severity"),
                      QCoreApplication::translate("BinderSections", "Finding"),
                      QCoreApplication::translate("BinderSections", "What to do") },
                    { 12, 48, 40 });
        for (const Finding &f : context.findings)
            table.row({ u"<b>"_s + esc(Severities::name(f.severity)) + u"</b>"_s,
                        u"<b>"_s + esc(f.title) + u"</b><br/>"_s + esc(f.evidence) + u"<br/><small>"_s
                            + esc(f.id) + u"</small>"_s,
                        esc(f.fix) });
        html += table.html();
    }
    html += u"<h2>"_s + esc(QCoreApplication::translate("BinderSections", "Risks accepted")) + u"</h2>"_s;
    if (context.accepted.isEmpty()) {
        html += note(QCoreApplication::translate("BinderSections", "No risks have been accepted."));
        return html;
    }
    Table table({ QCoreApplication::translate("BinderSections", "Finding"),
                  QCoreApplication::translate("BinderSections", "Why it is accepted"),
                  QCoreApplication::translate("BinderSections", "Accepted"),
                  QCoreApplication::translate("BinderSections", "Until") },
                { 32, 36, 16, 16 });
    for (const auto &[finding, acceptance] : context.accepted)
        table.row(
            { u"<b>"_s + esc(Severities::name(finding.severity)) + u"</b>: "_s + esc(finding.title),
              esc(acceptance.reason),
              esc(date(context.locale, acceptance.acceptedOn)) + u"<br/>"_s + esc(acceptance.acceptedBy),
              esc(acceptance.expiresOn.isValid()
                      ? date(context.locale, acceptance.expiresOn)
                      : QCoreApplication::translate("BinderSections", "until withdrawn")) });
    return html + table.html();
}

QString BinderSections::changeLog(const BinderContext &context)
{
    for (const RecoveryItem &item : context.plan.recoveryItems()) {
        if (item.kind != RecoveryKind::CodeRepository || !item.lastVerification)
            continue;
        const QList<ChangeLogEntry> log = GitVerifier::changeLog(*item.lastVerification);
        if (log.isEmpty())
            continue;
        QString html = u"<p>"_s
            + esc(QCoreApplication::translate(
                      "BinderSections",
                      "The last changes to the site's code, newest first, as read from %1 on %2.")
                      .arg(item.location, dateTime(context.locale, item.lastVerification->at)))
            + u"</p>"_s;
        Table table({ QCoreApplication::translate("BinderSections", "When"),
                      QCoreApplication::translate("BinderSections", "Who"),
                      QCoreApplication::translate("BinderSections", "What"),
                      QCoreApplication::translate("BinderSections", "Commit") },
                    { 17, 19, 44, 20 });
        for (const ChangeLogEntry &e : log)
            table.row({ esc(dateTime(context.locale, e.date)), esc(e.author), esc(e.subject),
                        // Never broken across lines: the hash is read off the paper to find the change.
                        u"<small style=\"white-space: nowrap\">"_s + esc(e.hash.left(12)) + u"</small>"_s });
        return html + table.html();
    }
    return note(QCoreApplication::translate("BinderSections",
                                            "No change log yet: record where the site's code is kept (a git "
                                            "repository) under “Recovery items” and verify it."));
}

QString BinderSections::signOff(const BinderContext &context, int reviewEveryMonths)
{
    const QDate next = context.now.toLocalTime().date().addMonths(reviewEveryMonths);
    QString html = u"<p>"_s
        + esc(QCoreApplication::translate(
            "BinderSections",
            "We have read this binder, checked that the people and numbers in it are "
            "right, and know where it is kept."))
        + u"</p>"_s;
    Table table({ QCoreApplication::translate("BinderSections", "Name"),
                  QCoreApplication::translate("BinderSections", "Role"),
                  QCoreApplication::translate("BinderSections", "Date"),
                  QCoreApplication::translate("BinderSections", "Signature") },
                { 30, 22, 18, 30 });
    const QString blank = u"<br/>&nbsp;<br/>&nbsp;"_s;
    for (int i = 0; i < 4; ++i)
        table.row({ blank, blank, blank, blank });
    html += table.html();
    html += u"<p>&nbsp;</p><p><b>"_s
        + esc(QCoreApplication::translate("BinderSections", "Next review: %1")
                  .arg(context.locale.toString(next, QLocale::LongFormat)))
        + u"</b></p><p>"_s
        + esc(QCoreApplication::translate(
            "BinderSections",
            "At the review, open the plan in Storefort, verify the recovery items, "
            "go through the open findings, and print a new binder."))
        + u"</p>"_s;
    return html;
}
