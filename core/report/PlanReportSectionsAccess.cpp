// The plan report's providers and accounts: who runs what for the shop and what they answered, and
// who can get into it.
#include "BinderHtml.h"
#include "PlanReportSections.h"
#include "accounts/AccessMatrix.h"
#include "accounts/LeaverChecklist.h"
#include "plan/Plan.h"
#include "providers/QuestionBank.h"
#include "providers/Questionnaire.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace BinderHtml;

namespace {

// What the plan knows of a provider: what they run, the contract, how to reach them. The portal's
// password is in the keychain: the report says so, and never names the entry.
QString providerFacts(const ReportContext &context, const Provider &p)
{
    const QLocale &locale = context.locale();
    QString contract = QCoreApplication::translate("PlanReportSections", "not recorded");
    if (p.contractStart.isValid() || p.contractEnd.isValid())
        contract = QCoreApplication::translate("PlanReportSections", "%1 to %2")
                       .arg(date(locale, p.contractStart),
                            p.contractEnd.isValid()
                                ? date(locale, p.contractEnd)
                                : QCoreApplication::translate("PlanReportSections", "open-ended"));
    QStringList support;
    if (!p.supportPhone.isEmpty())
        support.append(esc(p.supportPhone));
    if (!p.supportEmail.isEmpty())
        support.append(esc(p.supportEmail));
    if (!p.portalUrl.isEmpty())
        support.append(esc(p.portalUrl));
    if (p.support24x7)
        support.append(esc(QCoreApplication::translate("PlanReportSections", "around the clock")));
    else if (!p.supportHours.isEmpty())
        support.append(esc(p.supportHours));
    QStringList certifications;
    for (const Certification &c : p.certifications)
        certifications.append(esc(c.expires.isValid()
                                      ? QCoreApplication::translate("PlanReportSections", "%1, runs out %2")
                                            .arg(c.displayName(), date(locale, c.expires))
                                      : c.displayName()));
    // The contract and the way to support are always shown (an auditor asks for them); the rest
    // only when recorded, so that a provider the plan knows little of takes few lines.
    QList<std::pair<QString, QString>> rows;
    if (!p.services.isEmpty())
        rows.append({ QCoreApplication::translate("PlanReportSections", "What they run"), esc(p.services) });
    rows.append({ QCoreApplication::translate("PlanReportSections", "Contract"), esc(contract) });
    rows.append({ QCoreApplication::translate("PlanReportSections", "Support"),
                  support.isEmpty() ? esc(QCoreApplication::translate("PlanReportSections", "not recorded"))
                                    : support.join(u"<br/>"_s) });
    if (!p.accountId.isEmpty())
        rows.append({ QCoreApplication::translate("PlanReportSections", "Your account"), esc(p.accountId) });
    if (!p.escalationContact.isEmpty())
        rows.append({ QCoreApplication::translate("PlanReportSections", "When support does not help"),
                      esc(p.escalationContact) });
    if (!certifications.isEmpty())
        rows.append({ QCoreApplication::translate("PlanReportSections", "Certifications"),
                      certifications.join(u"<br/>"_s) });
    if (!p.credentialRef.isEmpty() || !p.credentialUser.isEmpty()) {
        QStringList login;
        if (!p.credentialUser.isEmpty())
            login.append(
                QCoreApplication::translate("PlanReportSections", "user name %1").arg(p.credentialUser));
        login.append(
            p.credentialRef.isEmpty()
                ? QCoreApplication::translate("PlanReportSections", "the password is not kept in Storefort")
                : QCoreApplication::translate("PlanReportSections", "the password is kept in the keychain"));
        rows.append(
            { QCoreApplication::translate("PlanReportSections", "Portal login"), esc(login.join(u"; "_s)) });
    }
    if (!p.notes.isEmpty())
        rows.append({ QCoreApplication::translate("PlanReportSections", "Notes"), esc(p.notes) });
    return facts(rows);
}

// The provider's answers on file, each with its date, who gave it and when it is due again, and the
// questions still open.
QString providerAnswers(const ReportContext &context, const Provider &p)
{
    const Plan &plan = context.plan();
    const QLocale &locale = context.locale();
    const QDate today = context.today();
    const QList<Answer> answers = plan.answersOf(p.id);
    const Questionnaire::Progress progress
        = Questionnaire::progress(p, answers, plan.answerMaxAgeMonths(), today);
    QString html = u"<p>"_s
        + esc(QCoreApplication::translate("PlanReportSections", "%1 of %n question(s) answered", nullptr,
                                          progress.applicable)
                  .arg(locale.toString(progress.answered)))
        + u"; "_s
        + esc(QCoreApplication::translate("PlanReportSections", "%n to ask (again).", nullptr,
                                          progress.outstanding))
        + u"</p>"_s;
    const QuestionBank &bank = QuestionBank::builtIn();
    Table table({ QCoreApplication::translate("PlanReportSections", "Question"),
                  QCoreApplication::translate("PlanReportSections", "Answer"),
                  QCoreApplication::translate("PlanReportSections", "Given"),
                  QCoreApplication::translate("PlanReportSections", "Due again") },
                { 40, 26, 18, 16 });
    for (const Answer &a : answers) {
        const Question *q = bank.find(a.questionId);
        QString answer = esc(q ? q->displayAnswer(a.value) : a.value);
        for (const Attachment &file : a.attachments)
            answer += u"<br/>"_s
                + small(QCoreApplication::translate("PlanReportSections", "evidence: %1").arg(file.fileName));
        QString due = QStringLiteral("—");
        if (q) {
            switch (Questionnaire::stateOf(*q, a, plan.answerMaxAgeMonths(), today)) {
            case Questionnaire::State::Stale:
                due = bold(QCoreApplication::translate("PlanReportSections", "now: ask again"));
                break;
            case Questionnaire::State::OlderVersion:
                due = bold(QCoreApplication::translate("PlanReportSections", "now: the question changed"));
                break;
            case Questionnaire::State::Current:
            case Questionnaire::State::Unanswered:
                due = esc(date(locale, a.givenOn.addMonths(plan.answerMaxAgeMonths())));
                break;
            }
        }
        table.row({ esc(q ? q->translatedText() : a.questionId), answer,
                    esc(date(locale, a.givenOn)) + u"<br/>"_s + esc(a.answeredBy), due });
    }
    html += table.isEmpty()
        ? note(QCoreApplication::translate("PlanReportSections", "No answers on file yet."))
        : table.html();

    QStringList unanswered;
    const Questionnaire open = Questionnaire::build(plan, p.id, Questionnaire::Selection::Outstanding, today);
    for (const Questionnaire::Item &item : open.items()) {
        if (item.state == Questionnaire::State::Unanswered)
            unanswered.append(esc(item.question->translatedText()));
    }
    if (!unanswered.isEmpty())
        html += u"<h3>"_s + esc(QCoreApplication::translate("PlanReportSections", "Not answered yet"))
            + u"</h3>"_s + bullets(unanswered);
    return html;
}

QString systems(const ReportContext &context)
{
    const Plan &plan = context.plan();
    QHash<qint64, std::pair<int, int>> counts; // system -> active accounts, active admins
    for (const Account &a : plan.accounts()) {
        if (a.status != AccountStatus::Active)
            continue;
        auto &[active, admins] = counts[a.systemId];
        ++active;
        admins += a.role == AccountRole::Admin;
    }
    Table table({ QCoreApplication::translate("PlanReportSections", "System"),
                  QCoreApplication::translate("PlanReportSections", "Accounts"),
                  QCoreApplication::translate("PlanReportSections", "Two-step login required"),
                  QCoreApplication::translate("PlanReportSections", "Audit log"),
                  QCoreApplication::translate("PlanReportSections", "Password rules") },
                { 28, 17, 15, 20, 20 });
    for (const System &s : plan.systems()) {
        const auto [active, admins] = counts.value(s.id);
        QString name = bold(s.name) + u"<br/>"_s + small(SystemKinds::name(s.kind));
        if (s.providerId != 0)
            name += u"<br/>"_s
                + small(QCoreApplication::translate("PlanReportSections", "run by %1")
                            .arg(context.binder.providerName(s.providerId)));
        QStringList audit { YesNoUnknowns::name(s.auditLog) };
        if (s.auditRetentionDays > 0)
            audit.append(QCoreApplication::translate("PlanReportSections", "kept %n day(s)", nullptr,
                                                     s.auditRetentionDays));
        audit.append(s.auditLogReviewedOn.isValid()
                         ? QCoreApplication::translate("PlanReportSections", "read on %1")
                               .arg(date(context.locale(), s.auditLogReviewedOn))
                         : QCoreApplication::translate("PlanReportSections", "never read"));
        QStringList passwords;
        if (s.passwordPolicy.minLength > 0)
            passwords.append(QCoreApplication::translate("PlanReportSections", "at least %n character(s)",
                                                         nullptr, s.passwordPolicy.minLength));
        if (s.passwordPolicy.lockoutAfter > 0)
            passwords.append(QCoreApplication::translate("PlanReportSections", "locks after %n failed try(s)",
                                                         nullptr, s.passwordPolicy.lockoutAfter));
        table.row(
            { name,
              esc(QCoreApplication::translate("PlanReportSections", "%n active", nullptr, active))
                  + u"<br/>"_s
                  + small(QCoreApplication::translate("PlanReportSections", "%n admin(s)", nullptr, admins)),
              esc(YesNoUnknowns::name(s.mfaEnforced)), esc(audit.join(u"\n"_s)),
              passwords.isEmpty() ? esc(QCoreApplication::translate("PlanReportSections", "none recorded"))
                                  : esc(passwords.join(u"\n"_s)) });
    }
    return table.isEmpty()
        ? note(QCoreApplication::translate("PlanReportSections", "No systems are in the plan yet."))
        : table.html();
}

// Who reaches which kind of data, and how much of it their work does not need.
QString accessSummary(const ReportContext &context)
{
    const Plan &plan = context.plan();
    const AccessMatrix matrix = AccessMatrix::build(plan);
    QString html = u"<p>"_s
        + esc(plan.accessReviewedOn().isValid()
                  ? QCoreApplication::translate("PlanReportSections", "Last access review: %1.")
                        .arg(date(context.locale(), plan.accessReviewedOn()))
                  : QCoreApplication::translate("PlanReportSections", "The access has never been reviewed."))
        + u"</p>"_s;
    Table table({ QCoreApplication::translate("PlanReportSections", "Data"),
                  QCoreApplication::translate("PlanReportSections", "People who reach it"),
                  QCoreApplication::translate("PlanReportSections", "More than their work needs") },
                { 40, 30, 30 });
    int nobodysAccounts = 0;
    for (const AccessMatrix::Row &row : matrix.rows) {
        if (row.personId != 0)
            continue;
        for (const AccessMatrix::SystemCell &cell : row.systems)
            nobodysAccounts += int(cell.accountIds.size());
    }
    for (DataKind kind : DataKinds::all()) {
        int beyond = 0;
        for (const AccessMatrix::Row &row : matrix.rows)
            beyond += row.personId != 0 && row.beyondNeeds.testFlag(kind);
        table.row(
            { esc(DataKinds::name(kind)), esc(context.locale().toString(matrix.peopleReaching(kind))),
              beyond > 0 ? bold(context.locale().toString(beyond)) : esc(context.locale().toString(0)) });
    }
    html += table.html();
    if (nobodysAccounts > 0)
        html += u"<p>"_s
            + esc(QCoreApplication::translate("PlanReportSections",
                                              "%n active account(s) belong to nobody named in the team.",
                                              nullptr, nobodysAccounts))
            + u"</p>"_s;
    return html;
}

QString leavers(const ReportContext &context)
{
    const Plan &plan = context.plan();
    Table table({ QCoreApplication::translate("PlanReportSections", "Person"),
                  QCoreApplication::translate("PlanReportSections", "Left on"),
                  QCoreApplication::translate("PlanReportSections", "Accounts closed"),
                  QCoreApplication::translate("PlanReportSections", "Still open") },
                { 26, 16, 16, 42 });
    for (const Person &p : plan.people()) {
        if (p.status != Person::Status::Left)
            continue;
        const LeaverChecklist list = LeaverChecklist::of(plan, p.id);
        QStringList open;
        for (const LeaverChecklist::Item &item : list.items) {
            if (!item.isDone())
                open.append(item.account.userName);
        }
        const qsizetype shown = 12;
        QString openText = open.isEmpty() ? QStringLiteral("—") : open.mid(0, shown).join(u", "_s);
        if (open.size() > shown)
            openText += u" "_s
                + QCoreApplication::translate("PlanReportSections", "and %n more", nullptr,
                                              int(open.size() - shown));
        table.row({ bold(p.name), esc(date(context.locale(), p.leftOn)),
                    esc(QCoreApplication::translate("PlanReportSections", "%1 of %2")
                            .arg(context.locale().toString(list.doneCount()),
                                 context.locale().toString(qint64(list.items.size())))),
                    esc(openText) });
    }
    return table.isEmpty()
        ? note(QCoreApplication::translate("PlanReportSections", "Nobody has left the team."))
        : table.html();
}

QString letters(const ReportContext &context)
{
    const Plan &plan = context.plan();
    Table table({ QCoreApplication::translate("PlanReportSections", "Developer or agency"),
                  QCoreApplication::translate("PlanReportSections", "Written"),
                  QCoreApplication::translate("PlanReportSections", "Accounts asked about"),
                  QCoreApplication::translate("PlanReportSections", "Replies") },
                { 30, 16, 18, 36 });
    for (const ConfirmationLetter &letter : plan.confirmationLetters()) {
        int keep = 0;
        int remove = 0;
        for (const AccountConfirmation &c : plan.confirmations()) {
            if (c.letterId != letter.id)
                continue;
            (c.decision == AccountConfirmation::Decision::Keep ? keep : remove) += 1;
        }
        const int waiting = std::max(0, int(letter.accountIds.size()) - keep - remove);
        QStringList replies;
        if (keep > 0)
            replies.append(QCoreApplication::translate("PlanReportSections", "%n to keep", nullptr, keep));
        if (remove > 0)
            replies.append(
                QCoreApplication::translate("PlanReportSections", "%n to remove", nullptr, remove));
        if (waiting > 0)
            replies.append(
                QCoreApplication::translate("PlanReportSections", "%n not answered", nullptr, waiting));
        table.row({ bold(context.binder.personName(letter.personId)),
                    esc(date(context.locale(), letter.writtenOn)),
                    esc(context.locale().toString(qint64(letter.accountIds.size()))),
                    replies.isEmpty() ? QStringLiteral("—") : esc(replies.join(u", "_s)) });
    }
    return table.isEmpty() ? note(QCoreApplication::translate("PlanReportSections",
                                                              "No confirmation letters have been written."))
                           : table.html();
}

} // namespace

QString PlanReportSections::providers(const ReportContext &context)
{
    const Plan &plan = context.plan();
    if (plan.providers().isEmpty())
        return note(QCoreApplication::translate("PlanReportSections", "No providers are in the plan yet."));
    QString html = u"<p>"_s
        + esc(QCoreApplication::translate(
            "PlanReportSections",
            "Each provider with what the plan knows of them, the answers on file "
            "and the questions still open. Answers are asked again after %n "
            "month(s).",
            nullptr, plan.answerMaxAgeMonths()))
        + u"</p>"_s;
    for (const Provider &p : plan.providers()) {
        html += u"<h2>"_s + esc(p.name) + u" <small>("_s + esc(ProviderKinds::name(p.kind))
            + u")</small></h2>"_s;
        html += providerFacts(context, p) + providerAnswers(context, p);
    }
    return html;
}

QString PlanReportSections::accounts(const ReportContext &context)
{
    QString html = u"<h2>"_s + esc(QCoreApplication::translate("PlanReportSections", "Systems")) + u"</h2>"_s;
    html += systems(context);
    if (context.plan().accounts().isEmpty()) {
        html += note(
            QCoreApplication::translate("PlanReportSections",
                                        "No accounts are on file yet: import them from the shop admin, "
                                        "the hosting panel or the e-mail service, or enter them by hand."));
    } else {
        // The binder's summary: the counts, who holds admin rights with their two-step login, and
        // how many findings there are about accounts.
        html += BinderSections::accountsSummary(context.binder);
        html += u"<h2>"_s + esc(QCoreApplication::translate("PlanReportSections", "Who can reach what"))
            + u"</h2>"_s + accessSummary(context);
    }
    html += u"<h2>"_s + esc(QCoreApplication::translate("PlanReportSections", "Leavers")) + u"</h2>"_s;
    html += leavers(context);
    html += u"<h2>"_s + esc(QCoreApplication::translate("PlanReportSections", "Confirmation letters"))
        + u"</h2>"_s;
    html += letters(context);
    return html;
}
