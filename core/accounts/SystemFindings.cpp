// The system-wide account rules: the audit log and the password policy.
#include "AccountFindings.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

Finding systemFinding(const char *id, Severity severity, const System &system)
{
    Finding f;
    f.id = QString::fromLatin1(id);
    f.severity = severity;
    f.subject = AccountFindings::subjectForSystem(system.id);
    return f;
}

void auditLogRules(QList<Finding> &out, const System &s, const AccountRules &rules, QDate today)
{
    if (s.auditLog == YesNoUnknown::No) {
        Finding f = systemFinding("SYS-AUDIT-NONE", Severity::High, s);
        f.title = QCoreApplication::translate("AccountFindings", "%1 keeps no audit log").arg(s.name);
        f.why
            = QCoreApplication::translate("AccountFindings",
                                          "Without a log of who signed in and what they changed, nobody can "
                                          "tell after a break-in what was done, from which account, or "
                                          "when.");
        f.evidence = QCoreApplication::translate("AccountFindings", "You recorded that %1 has no audit log.")
                         .arg(s.name);
        f.fix
            = QCoreApplication::translate("AccountFindings",
                                          "Turn the audit or activity log on (your provider or developer can "
                                          "help), then record it here.");
        out.append(f);
        return;
    }
    if (s.auditLog == YesNoUnknown::Unknown) {
        Finding f = systemFinding("SYS-AUDIT-UNKNOWN", Severity::Medium, s);
        f.title = QCoreApplication::translate("AccountFindings", "Not known whether %1 keeps an audit log")
                      .arg(s.name);
        f.why = QCoreApplication::translate("AccountFindings",
                                            "An audit log is the evidence trail of every account's actions. "
                                            "If you do not know whether there is one, you cannot count on it "
                                            "on the day you need it.");
        f.evidence
            = QCoreApplication::translate("AccountFindings", "The audit log of %1 is marked \"not known\".")
                  .arg(s.name);
        f.fix
            = QCoreApplication::translate("AccountFindings",
                                          "Ask whoever runs %1 whether it logs sign-ins and changes, and for "
                                          "how long; record the answer on the system.")
                  .arg(s.name);
        out.append(f);
        return;
    }
    if (s.auditRetentionDays > 0 && s.auditRetentionDays < rules.auditRetentionMinDays) {
        Finding f = systemFinding("SYS-AUDIT-RETENTION", Severity::Medium, s);
        f.title = QCoreApplication::translate("AccountFindings", "%1 keeps its audit log too briefly")
                      .arg(s.name);
        f.why
            = QCoreApplication::translate("AccountFindings",
                                          "Break-ins are often found months after they began. A log that is "
                                          "already deleted by then cannot show how the intruder got in.");
        f.evidence
            = QCoreApplication::translate("AccountFindings", "Kept for %n day(s); at least %1 are needed.",
                                          nullptr, s.auditRetentionDays)
                  .arg(rules.auditRetentionMinDays);
        f.fix = QCoreApplication::translate("AccountFindings",
                                            "Raise the log's retention to %n day(s) or more, or export it "
                                            "regularly to a place that keeps it.",
                                            nullptr, rules.auditRetentionMinDays);
        out.append(f);
    }
    const bool neverReviewed = !s.auditLogReviewedOn.isValid();
    const qint64 sinceReview = neverReviewed ? 0 : s.auditLogReviewedOn.daysTo(today);
    if (neverReviewed || sinceReview > rules.auditReviewMaxDays) {
        Finding f = systemFinding("SYS-AUDIT-REVIEW", Severity::Medium, s);
        f.title = QCoreApplication::translate("AccountFindings",
                                              "Nobody has looked at the audit log of %1 lately")
                      .arg(s.name);
        f.why = QCoreApplication::translate("AccountFindings",
                                            "A log helps only if someone reads it: a look every few months "
                                            "catches sign-ins at odd hours, unknown accounts and changes "
                                            "nobody made on purpose.");
        f.evidence = neverReviewed
            ? QCoreApplication::translate("AccountFindings", "No review of the log is on record.")
            : QCoreApplication::translate("AccountFindings", "Last reviewed on %1, %n day(s) ago.", nullptr,
                                          int(sinceReview))
                  .arg(QLocale().toString(s.auditLogReviewedOn, QLocale::ShortFormat));
        f.fix = QCoreApplication::translate(
            "AccountFindings",
            "Read the log's last weeks for anything you do not recognise, then "
            "record the date of the review on the system. Repeat at least every "
            "%n day(s).",
            nullptr, rules.auditReviewMaxDays);
        out.append(f);
    }
}

void passwordPolicyRules(QList<Finding> &out, const System &s, const AccountRules &rules)
{
    const bool mfa = s.mfaEnforced == YesNoUnknown::Yes;
    const int needed = mfa ? rules.passwordMinLengthWithMfa : rules.passwordMinLength;
    if (s.passwordPolicy.minLength < needed) {
        const bool unknown = s.passwordPolicy.minLength == 0;
        Finding f = systemFinding("SYS-PASSWORD-SHORT", unknown ? Severity::Low : Severity::Medium, s);
        f.title = unknown
            ? QCoreApplication::translate("AccountFindings", "No minimum password length is known for %1")
                  .arg(s.name)
            : QCoreApplication::translate("AccountFindings", "%1 accepts short passwords").arg(s.name);
        f.why = QCoreApplication::translate("AccountFindings",
                                            "Short passwords are guessed by programs that try millions of "
                                            "combinations. Length is what makes a password hard to guess.");
        f.evidence = unknown
            ? QCoreApplication::translate("AccountFindings",
                                          "The system's shortest allowed password is not recorded.")
            : QCoreApplication::translate("AccountFindings",
                                          "The shortest allowed password has %n character(s).", nullptr,
                                          s.passwordPolicy.minLength);
        f.fix = mfa
            ? QCoreApplication::translate("AccountFindings",
                                          "Require at least %n characters (a second factor is enforced "
                                          "here).",
                                          nullptr, needed)
            : QCoreApplication::translate("AccountFindings",
                                          "Require at least %n characters, or enforce a second factor and "
                                          "at least %1.",
                                          nullptr, needed)
                  .arg(rules.passwordMinLengthWithMfa);
        out.append(f);
    }
    if (s.passwordPolicy.lockoutAfter == 0) {
        Finding f = systemFinding("SYS-PASSWORD-NO-LOCKOUT", Severity::Medium, s);
        f.title = QCoreApplication::translate("AccountFindings", "%1 never locks out password guessing")
                      .arg(s.name);
        f.why = QCoreApplication::translate("AccountFindings",
                                            "If an account never locks after wrong passwords, a program can "
                                            "keep guessing until it is in.");
        f.evidence = QCoreApplication::translate(
            "AccountFindings", "No lockout after failed sign-ins is recorded for this system.");
        f.fix
            = QCoreApplication::translate("AccountFindings",
                                          "Have the system lock an account (or slow it down) after a handful "
                                          "of failed attempts, for example ten; a security plugin or the "
                                          "provider's settings do this.");
        out.append(f);
    }
}

} // namespace

void SystemFindings::append(QList<Finding> &out, const System &system, const AccountRules &rules, QDate today)
{
    auditLogRules(out, system, rules, today);
    passwordPolicyRules(out, system, rules);
}
