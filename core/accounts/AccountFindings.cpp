#include "AccountFindings.h"

#include "common/Clock.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <array>
#include <map>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 secondsPerDay = 86400;
constexpr qsizetype namesShown = 10;

// Accounts of one system with the same problem: the first few user names and how many in all.
struct Group
{
    QStringList names;
    qsizetype count = 0;
    QDateTime oldest; // for ages: the oldest time among them

    void add(const Account &a, const QDateTime &time = {})
    {
        if (names.size() < namesShown)
            names.append(a.userName);
        ++count;
        if (time.isValid() && (!oldest.isValid() || time < oldest))
            oldest = time;
    }
};

QString nameList(const Group &g)
{
    QString out = g.names.join(u", "_s);
    if (g.count > g.names.size())
        out += u' '
            % QCoreApplication::translate("AccountFindings", "and %n more", nullptr,
                                          int(g.count - g.names.size()));
    return out;
}

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

enum Rule
{
    NoPerson,
    SeveralPeople,
    Shared,
    AdminNoMfa,
    PasswordOld,
    Inactive,
    RuleCount
};

Finding make(const char *id, Severity severity, const QString &subject)
{
    Finding f;
    f.id = QString::fromLatin1(id);
    f.severity = severity;
    f.subject = subject;
    return f;
}

void systemGroupFinding(QList<Finding> &out, Rule rule, const System &s, const Group &g,
                        const AccountRules &rules)
{
    const QString subject = AccountFindings::subjectForSystem(s.id);
    const int n = int(g.count);
    const QString names = nameList(g);
    switch (rule) {
    case NoPerson: {
        Finding f = make("ACC-NO-PERSON", Severity::Medium, subject);
        f.title = QCoreApplication::translate("AccountFindings", "%n account(s) on %1 belong to nobody named",
                                              nullptr, n)
                      .arg(s.name);
        f.why = QCoreApplication::translate(
            "AccountFindings",
            "An account nobody answers for is the one nobody notices when it is "
            "misused, and the one that stays open when people leave.");
        f.evidence = names;
        f.fix = QCoreApplication::translate(
            "AccountFindings",
            "Say whose each account is (edit the account), mark machine accounts "
            "as service accounts, and disable the ones nobody claims.");
        out.append(f);
        return;
    }
    case SeveralPeople: {
        Finding f = make("ACC-SEVERAL-PEOPLE", Severity::High, subject);
        f.title = QCoreApplication::translate("AccountFindings",
                                              "%n account(s) on %1 are used by several people", nullptr, n)
                      .arg(s.name);
        f.why = QCoreApplication::translate(
            "AccountFindings",
            "When several people sign in with one user name, the log cannot say "
            "who did what, and the password cannot be changed when one of them "
            "leaves without stopping the others.");
        f.evidence = names;
        f.fix
            = QCoreApplication::translate("AccountFindings",
                                          "Give each person their own account with their own password, then "
                                          "disable the shared one.");
        out.append(f);
        return;
    }
    case Shared: {
        Finding f = make("ACC-SHARED", Severity::High, subject);
        f.title = QCoreApplication::translate("AccountFindings", "%n shared or generic account(s) on %1",
                                              nullptr, n)
                      .arg(s.name);
        f.why = QCoreApplication::translate("AccountFindings",
                                            "Accounts named after a team or a mailbox (info, office, shop, "
                                            "support...) or marked shared are usually used by several people "
                                            "with one password: nobody can tell who did what.");
        f.evidence = names;
        f.fix = QCoreApplication::translate(
            "AccountFindings",
            "Replace each with personal accounts; if one must stay (a mailbox), "
            "make sure nobody signs in to the shop with it.");
        out.append(f);
        return;
    }
    case AdminNoMfa: {
        Finding f = make("ACC-ADMIN-NO-MFA", Severity::High, subject);
        f.title = QCoreApplication::translate("AccountFindings",
                                              "%n administrator account(s) on %1 without a second factor",
                                              nullptr, n)
                      .arg(s.name);
        f.why
            = QCoreApplication::translate("AccountFindings",
                                          "An administrator can change everything, including other accounts. "
                                          "With a password alone, one leaked or guessed password hands the "
                                          "whole system over.");
        f.evidence = names;
        f.fix = QCoreApplication::translate("AccountFindings",
                                            "Turn on two-step sign-in (an app or a security key) for every "
                                            "administrator, and enforce it on the system if it can.");
        out.append(f);
        return;
    }
    case PasswordOld: {
        Finding f = make("ACC-PASSWORD-OLD", Severity::Medium, subject);
        f.title = QCoreApplication::translate("AccountFindings",
                                              "%n password(s) on %1 not changed for too long", nullptr, n)
                      .arg(s.name);
        f.why = QCoreApplication::translate("AccountFindings",
                                            "Old passwords have had years to leak: through a reused password "
                                            "elsewhere, an old laptop or a former colleague.");
        f.evidence = names
            % (g.oldest.isValid() ? u"\n"_s
                       % QCoreApplication::translate("AccountFindings", "The oldest was last changed on %1.")
                             .arg(shortDate(g.oldest.date()))
                                  : QString());
        f.fix
            = QCoreApplication::translate("AccountFindings",
                                          "Change these passwords (every %n day(s) at most; every %1 where "
                                          "the password is the only factor), or better, add a second factor.",
                                          nullptr, rules.passwordMaxAgeDays)
                  .arg(rules.passwordMaxAgeSingleFactorDays);
        out.append(f);
        return;
    }
    case Inactive: {
        Finding f = make("ACC-INACTIVE", Severity::Low, subject);
        f.title = QCoreApplication::translate("AccountFindings", "%n account(s) on %1 not used for %2 days",
                                              nullptr, n)
                      .arg(s.name)
                      .arg(rules.inactiveDays);
        f.why
            = QCoreApplication::translate("AccountFindings",
                                          "An account nobody uses is still a way in, and nobody would notice "
                                          "if someone else started using it.");
        f.evidence = names;
        f.fix = QCoreApplication::translate(
            "AccountFindings",
            "Disable the accounts nobody needs any more; they can be turned back "
            "on if someone asks.");
        out.append(f);
        return;
    }
    case RuleCount:
        break;
    }
}

struct PersonAccounts
{
    QList<const Account *> active;
};

} // namespace

QString AccountFindings::subjectForSystem(qint64 id)
{
    return u"system/"_s % QString::number(id);
}

QString AccountFindings::subjectForAccount(qint64 id)
{
    return u"account/"_s % QString::number(id);
}

QString AccountFindings::subjectForPerson(qint64 id)
{
    return u"person/"_s % QString::number(id);
}

bool AccountFindings::isBuiltInAdmin(const Account &account, const System &system)
{
    const QString key = account.userKey();
    if (key == u"admin"_s || key == u"administrator"_s || key == u"root"_s)
        return true;
    const QString own = system.builtInAdmin.trimmed();
    return !own.isEmpty() && key == own.toLower();
}

bool AccountFindings::isGenericName(const QString &userName)
{
    static const QSet<QString> generic { u"info"_s, u"office"_s, u"shop"_s,
                                         u"team"_s, u"staff"_s,  u"support"_s };
    QString key = userName.trimmed().toLower();
    if (const qsizetype at = key.indexOf(u'@'); at > 0)
        key.truncate(at);
    return generic.contains(key);
}

std::optional<DataReach> AccountFindings::needsOf(const Input &input, qint64 personId)
{
    const auto it = input.access.constFind(personId);
    if (it == input.access.constEnd())
        return std::nullopt;
    return it->needs;
}

QList<Finding> AccountFindings::compute(const Input &input, const QDateTime &now)
{
    QList<Finding> out;
    const QDate today = now.toUTC().date();
    const AccountRules &rules = input.rules;

    QHash<qint64, const System *> systems;
    for (const System &s : input.systems)
        systems.insert(s.id, &s);
    QHash<qint64, const Person *> people;
    for (const Person &p : input.people)
        people.insert(p.id, &p);

    // Per system and rule, the accounts with the problem; per person, their active accounts.
    QHash<qint64, std::array<Group, RuleCount>> groups;
    QHash<qint64, int> adminCount;
    QHash<qint64, PersonAccounts> byPerson;
    for (const Account &a : input.accounts) {
        if (a.status != AccountStatus::Active)
            continue;
        const System *system = systems.value(a.systemId);
        if (!system)
            continue;
        auto &g = groups[a.systemId];
        for (qint64 personId : a.personIds)
            byPerson[personId].active.append(&a);

        if (a.personIds.isEmpty() && !a.serviceAccount)
            g[NoPerson].add(a);
        if (a.personIds.size() > 1)
            g[SeveralPeople].add(a);
        if (a.shared || isGenericName(a.userName))
            g[Shared].add(a);
        const bool secondFactor = a.mfa == YesNoUnknown::Yes || system->mfaEnforced == YesNoUnknown::Yes;
        if (a.role == AccountRole::Admin) {
            ++adminCount[a.systemId];
            if (!secondFactor)
                g[AdminNoMfa].add(a);
        }
        if (a.lastPasswordChange.isValid()) {
            const int maxDays
                = secondFactor ? rules.passwordMaxAgeDays : rules.passwordMaxAgeSingleFactorDays;
            if (a.lastPasswordChange.secsTo(now) > maxDays * secondsPerDay)
                g[PasswordOld].add(a, a.lastPasswordChange);
        }
        if (!a.serviceAccount && a.lastLogin.isValid()
            && a.lastLogin.secsTo(now) > rules.inactiveDays * secondsPerDay)
            g[Inactive].add(a);

        if (isBuiltInAdmin(a, *system)) {
            const QString subject = subjectForAccount(a.id);
            if (a.lastLogin.isValid()
                && a.lastLogin.secsTo(now) <= rules.builtInAdminRecentDays * secondsPerDay) {
                Finding f = make("ACC-ADMIN-BUILTIN-USED", Severity::High, subject);
                f.title = QCoreApplication::translate("AccountFindings",
                                                      "The built-in \"%1\" account of %2 is in use")
                              .arg(a.userName, system->name);
                f.why = QCoreApplication::translate(
                    "AccountFindings",
                    "Everyone knows the built-in administrator's name, so attackers "
                    "try it first; and when several people use it, nobody can tell "
                    "who did what.");
                f.evidence = QCoreApplication::translate("AccountFindings", "Last signed in on %1.")
                                 .arg(shortDate(a.lastLogin.toLocalTime().date()));
                f.fix = QCoreApplication::translate(
                            "AccountFindings",
                            "Give each person who administers %1 a personal administrator "
                            "account, and stop signing in as \"%2\".")
                            .arg(system->name, a.userName);
                out.append(f);
            }
            Finding f = make("ACC-ADMIN-BUILTIN-NAME", Severity::Medium, subject);
            f.title = QCoreApplication::translate("AccountFindings", "%1 still has an account named \"%2\"")
                          .arg(system->name, a.userName);
            f.why = QCoreApplication::translate(
                "AccountFindings",
                "With the default name known, an attacker only has to guess the "
                "password.");
            f.evidence = QCoreApplication::translate("AccountFindings", "The account \"%1\" is active.")
                             .arg(a.userName);
            f.fix = QCoreApplication::translate(
                "AccountFindings",
                "Rename it or replace it with a personal account; where it cannot "
                "be renamed (root on a server), forbid signing in with it directly.");
            out.append(f);
        }
    }

    for (const System &s : input.systems) {
        SystemFindings::append(out, s, rules, today);
        const auto git = groups.constFind(s.id);
        if (git != groups.constEnd()) {
            for (int rule = 0; rule < RuleCount; ++rule) {
                if (git->at(rule).count > 0)
                    systemGroupFinding(out, Rule(rule), s, git->at(rule), rules);
            }
        }
        if (const int admins = adminCount.value(s.id); admins > rules.maxAdminsPerSystem) {
            Finding f = make("ACC-TOO-MANY-ADMINS", Severity::Medium, subjectForSystem(s.id));
            f.title
                = QCoreApplication::translate("AccountFindings", "%n administrator(s) on %1", nullptr, admins)
                      .arg(s.name);
            f.why = QCoreApplication::translate(
                "AccountFindings",
                "Each administrator is a key to everything. Most people need to "
                "manage orders or products, not accounts and settings.");
            f.evidence = QCoreApplication::translate("AccountFindings", "You allow at most %n.", nullptr,
                                                     rules.maxAdminsPerSystem);
            f.fix = QCoreApplication::translate(
                "AccountFindings",
                "Give those who do not change settings or accounts a smaller role "
                "(manager, editor).");
            out.append(f);
        }
    }

    // People: leavers, developers' confirmations, access beyond what their work needs.
    QHash<qint64, QDate> keptSince; // account -> the newest "keep" reply's date
    QHash<qint64, QDate> removeAsked; // account -> the newest "remove" reply's date
    for (const AccountConfirmation &c : input.confirmations) {
        QHash<qint64, QDate> &map
            = c.decision == AccountConfirmation::Decision::Keep ? keptSince : removeAsked;
        if (map.value(c.accountId) < c.repliedOn)
            map.insert(c.accountId, c.repliedOn);
    }
    for (const Person &p : input.people) {
        const QList<const Account *> active = byPerson.value(p.id).active;
        const auto systemName = [&](const Account *a) {
            const System *s = systems.value(a->systemId);
            return s ? s->name : QString();
        };
        const auto describe = [&](const QList<const Account *> &accounts) {
            QStringList lines;
            for (const Account *a : accounts) {
                if (lines.size() == namesShown) {
                    lines.append(QCoreApplication::translate("AccountFindings", "and %n more", nullptr,
                                                             int(accounts.size() - namesShown)));
                    break;
                }
                lines.append(a->userName % u" (" % systemName(a) % u')');
            }
            return lines.join(u", "_s);
        };
        const QString subject = subjectForPerson(p.id);

        if (p.status == Person::Status::Left && !active.isEmpty()) {
            Finding f = make("ACC-LEFT-ACTIVE", Severity::Critical, subject);
            f.title
                = QCoreApplication::translate("AccountFindings", "%1 has left but %n account(s) still work",
                                              nullptr, int(active.size()))
                      .arg(p.name);
            f.why = QCoreApplication::translate(
                "AccountFindings",
                "A former colleague's account is a door nobody watches: their "
                "password may be on an old phone, in a browser, or with their new "
                "employer.");
            const QString days = p.leftOn.isValid()
                ? QCoreApplication::translate("AccountFindings", "Left on %1, %n day(s) ago.", nullptr,
                                              int(p.leftOn.daysTo(today)))
                      .arg(shortDate(p.leftOn))
                : QCoreApplication::translate("AccountFindings", "Marked as left.");
            f.evidence = days % u'\n' % describe(active);
            f.fix = QCoreApplication::translate(
                        "AccountFindings",
                        "Work through %1's leaver checklist: disable each account, or hand "
                        "it over to a colleague, and tick it off.")
                        .arg(p.name);
            out.append(f);
        }

        const bool developer = p.kind == Person::Kind::Developer || p.kind == Person::Kind::Agency;
        const PersonAccess access = input.access.value(p.id);
        if (developer && p.status != Person::Status::Left && access.projectEndedOn.isValid()
            && access.projectEndedOn <= today) {
            QList<const Account *> unconfirmed;
            QList<const Account *> toRemove;
            for (const Account *a : active) {
                if (removeAsked.value(a->id) >= access.projectEndedOn
                    && removeAsked.value(a->id) >= keptSince.value(a->id))
                    toRemove.append(a);
                else if (!(keptSince.value(a->id) >= access.projectEndedOn))
                    unconfirmed.append(a);
            }
            if (!unconfirmed.isEmpty()) {
                Finding f = make("ACC-DEV-UNCONFIRMED", Severity::High, subject);
                f.title = QCoreApplication::translate(
                              "AccountFindings", "%n account(s) of %1 not confirmed since the project ended",
                              nullptr, int(unconfirmed.size()))
                              .arg(p.name);
                f.why = QCoreApplication::translate(
                    "AccountFindings",
                    "Developers keep accounts long after their work is done. Each "
                    "one they no longer need is a way in through their laptop, "
                    "their passwords and their staff.");
                f.evidence = QCoreApplication::translate("AccountFindings", "Project ended on %1.")
                                 .arg(shortDate(access.projectEndedOn))
                    % u'\n' % describe(unconfirmed);
                f.fix = QCoreApplication::translate(
                    "AccountFindings",
                    "Write them the confirmation letter, record their answer for "
                    "each account, and disable the ones they do not need.");
                out.append(f);
            }
            if (!toRemove.isEmpty()) {
                Finding f = make("ACC-DEV-REMOVE-PENDING", Severity::High, subject);
                f.title = QCoreApplication::translate("AccountFindings",
                                                      "%n account(s) %1 no longer needs are still active",
                                                      nullptr, int(toRemove.size()))
                              .arg(p.name);
                f.why = QCoreApplication::translate(
                    "AccountFindings",
                    "They told you these accounts can go; until they are disabled "
                    "they are still a way in.");
                f.evidence = describe(toRemove);
                f.fix = QCoreApplication::translate(
                    "AccountFindings",
                    "Disable or delete these accounts on their systems, then mark "
                    "them disabled here.");
                out.append(f);
            }
        }

        if (p.status != Person::Status::Left && !active.isEmpty()) {
            const std::optional<DataReach> needs = access.needs;
            DataReach beyond;
            QList<const Account *> through;
            for (const Account *a : active) {
                const DataReach allowed = needs ? *needs : AccountRoles::usualReach(a->role);
                const DataReach extra = a->reach & ~allowed;
                if (extra) {
                    beyond |= extra;
                    through.append(a);
                }
            }
            if (beyond) {
                QStringList kinds;
                for (DataKind kind : DataKinds::all()) {
                    if (beyond.testFlag(kind))
                        kinds.append(DataKinds::name(kind));
                }
                Finding f = make("ACC-REACH-EXCEEDS", Severity::Medium, subject);
                f.title = QCoreApplication::translate("AccountFindings",
                                                      "%1 can reach more than their work needs")
                              .arg(p.name);
                f.why = QCoreApplication::translate(
                    "AccountFindings",
                    "Everyone who can see customers' data, buying habits or purchase "
                    "prices is one more person whose account can leak them. Access "
                    "should follow the work, not convenience.");
                f.evidence
                    = QCoreApplication::translate("AccountFindings", "Beyond their work: %1. Through: %2.")
                          .arg(kinds.join(u", "_s), describe(through));
                f.fix = needs
                    ? QCoreApplication::translate("AccountFindings",
                                                  "Give these accounts a smaller role, or, if their work "
                                                  "does need it, say so in the access review.")
                    : QCoreApplication::translate("AccountFindings",
                                                  "These accounts reach more than their role usually does. "
                                                  "Narrow them, or record what %1's work needs in the "
                                                  "access review.")
                          .arg(p.name);
                out.append(f);
            }
        }
    }

    // Letters not answered in time: active accounts of the letter without a reply to it (or a reply
    // given without a letter on or after its date).
    QSet<qint64> activeIds;
    if (!input.letters.isEmpty()) {
        for (const Account &a : input.accounts) {
            if (a.status == AccountStatus::Active)
                activeIds.insert(a.id);
        }
    }
    for (const ConfirmationLetter &letter : input.letters) {
        if (letter.writtenOn.daysTo(today) <= rules.letterReplyDays)
            continue;
        qsizetype open = 0;
        for (qint64 accountId : letter.accountIds) {
            if (!activeIds.contains(accountId))
                continue; // closed meanwhile: no answer needed
            bool replied = false;
            for (const AccountConfirmation &c : input.confirmations) {
                if (c.accountId == accountId
                    && (c.letterId == letter.id || (c.letterId == 0 && c.repliedOn >= letter.writtenOn))) {
                    replied = true;
                    break;
                }
            }
            open += !replied;
        }
        if (open == 0)
            continue;
        const Person *p = people.value(letter.personId);
        Finding f
            = make("ACC-LETTER-UNANSWERED", Severity::Medium, u"letter/"_s % QString::number(letter.id));
        f.title = QCoreApplication::translate("AccountFindings", "%1 has not answered about %n account(s)",
                                              nullptr, int(open))
                      .arg(p ? p->name : QString());
        f.why = QCoreApplication::translate("AccountFindings",
                                            "Without their answer you cannot tell which accounts are still "
                                            "needed, so none of them can safely be closed or kept.");
        f.evidence = QCoreApplication::translate("AccountFindings", "Letter of %1, %n day(s) ago.", nullptr,
                                                 int(letter.writtenOn.daysTo(today)))
                         .arg(shortDate(letter.writtenOn));
        f.fix = QCoreApplication::translate(
            "AccountFindings",
            "Remind them, or call; record each answer as it comes. Accounts still "
            "unanswered after a reminder are best disabled.");
        out.append(f);
    }

    // The access review itself.
    const bool anyAccount = std::any_of(input.accounts.cbegin(), input.accounts.cend(),
                                        [](const Account &a) { return a.status == AccountStatus::Active; });
    if (anyAccount
        && (!input.accessReviewedOn.isValid()
            || input.accessReviewedOn.daysTo(today) > rules.accessReviewEveryDays)) {
        Finding f = make("ACC-ACCESS-REVIEW-DUE", Severity::Medium, u"accounts"_s);
        f.title = QCoreApplication::translate("AccountFindings", "The access review is due");
        f.why
            = QCoreApplication::translate("AccountFindings",
                                          "People change jobs and projects end, but access stays. A regular "
                                          "look at who can reach what is how it shrinks back.");
        f.evidence = input.accessReviewedOn.isValid()
            ? QCoreApplication::translate("AccountFindings", "Last review on %1, %n day(s) ago.", nullptr,
                                          int(input.accessReviewedOn.daysTo(today)))
                  .arg(shortDate(input.accessReviewedOn))
            : QCoreApplication::translate("AccountFindings", "No access review is on record.");
        f.fix = QCoreApplication::translate(
            "AccountFindings",
            "Go through the access picture: for each person, is every account and "
            "every kind of data still needed? Then record the review (every %n "
            "day(s)).",
            nullptr, rules.accessReviewEveryDays);
        out.append(f);
    }

    Severities::sort(out);
    return out;
}

QList<Finding> AccountFindings::compute(const Plan &plan, const QDateTime &now)
{
    Input input;
    input.systems = plan.systems();
    input.accounts = plan.accounts();
    input.people = plan.people();
    input.access = plan.personAccess();
    input.letters = plan.confirmationLetters();
    input.confirmations = plan.confirmations();
    input.rules = plan.accountRules();
    input.accessReviewedOn = plan.accessReviewedOn();
    return compute(input, now.isValid() ? now : Clock::now());
}
