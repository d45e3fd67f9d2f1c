// The binder's first half: who to call, what to do in the first hour, what is at hand to rebuild,
// and the DDoS plan.
#include "BinderSections.h"

#include "BinderHtml.h"
#include "contingency/ContingencyFindings.h"
#include "plan/Actor.h"
#include "plan/Plan.h"
#include "providers/QuestionBank.h"

#include <QCoreApplication>
#include <QSysInfo>

using namespace Qt::StringLiterals;
using namespace BinderHtml;

QString BinderContext::personName(qint64 id) const
{
    if (const auto p = plan.person(id))
        return p->name;
    return {};
}

QString BinderContext::providerName(qint64 id) const
{
    if (const auto p = plan.provider(id))
        return p->name;
    return {};
}

QString BinderContext::holderName(qint64 personId, qint64 providerId) const
{
    if (personId != 0)
        return personName(personId);
    if (providerId != 0)
        return providerName(providerId);
    return QStringLiteral("—");
}

const Provider *BinderContext::firstProvider(ProviderKind kind) const
{
    for (const Provider &p : plan.providers()) {
        if (p.kind == kind)
            return &p;
    }
    return nullptr;
}

namespace {

// "Example Host, +49 30 1234 (24/7), account 4711" for a runbook line; empty when no such provider.
QString reach(const Provider *p)
{
    if (!p)
        return {};
    QStringList parts { u"<b>"_s + esc(p->name) + u"</b>"_s };
    if (!p->supportPhone.isEmpty())
        parts.append(esc(p->supportPhone)
                     + (p->support24x7
                            ? u" ("_s + esc(QCoreApplication::translate("BinderSections", "24/7")) + u")"_s
                            : QString()));
    else if (!p->supportEmail.isEmpty())
        parts.append(esc(p->supportEmail));
    if (!p->accountId.isEmpty())
        parts.append(
            esc(QCoreApplication::translate("BinderSections", "your account: %1").arg(p->accountId)));
    return parts.join(u", "_s);
}

// A runbook step naming whom to call, or what to find out when the plan does not know.
QString callStep(const Provider *p, const QString &withProvider, const QString &without)
{
    return p ? withProvider.arg(reach(p)) : esc(without);
}

QString runbook(const QString &title, const QString &when, const QStringList &steps)
{
    return u"<h2>"_s + esc(title) + u"</h2><p><i>"_s + esc(when) + u"</i></p>"_s + checklist(steps);
}

} // namespace

QString BinderSections::emergencyContacts(const BinderContext &context)
{
    const Plan &plan = context.plan;
    QString html = u"<h2>"_s + esc(QCoreApplication::translate("BinderSections", "Providers")) + u"</h2>"_s;
    Table providers({ QCoreApplication::translate("BinderSections", "Provider"),
                      QCoreApplication::translate("BinderSections", "Support"),
                      QCoreApplication::translate("BinderSections", "Hours"),
                      QCoreApplication::translate("BinderSections", "Your account"),
                      QCoreApplication::translate("BinderSections", "When support does not help") },
                    { 24, 26, 16, 14, 20 });
    for (const Provider &p : plan.providers()) {
        QStringList support;
        if (!p.supportPhone.isEmpty())
            support.append(esc(p.supportPhone));
        if (!p.supportEmail.isEmpty())
            support.append(esc(p.supportEmail));
        if (!p.portalUrl.isEmpty())
            support.append(esc(p.portalUrl));
        const QString hours = p.support24x7
            ? QCoreApplication::translate("BinderSections", "Around the clock")
            : p.supportHours;
        providers.row({ u"<b>"_s + esc(p.name) + u"</b><br/>"_s + esc(ProviderKinds::name(p.kind)),
                        support.isEmpty() ? esc(QCoreApplication::translate("BinderSections", "not recorded"))
                                          : support.join(u"<br/>"_s),
                        esc(hours.isEmpty() ? QStringLiteral("—") : hours),
                        esc(p.accountId.isEmpty() ? QStringLiteral("—") : p.accountId),
                        esc(p.escalationContact.isEmpty() ? QStringLiteral("—") : p.escalationContact) });
    }
    html += providers.isEmpty() ? note(QCoreApplication::translate(
                "BinderSections",
                "No providers are in the plan yet. Write your host's support number here "
                "by hand: ______________________"))
                                : providers.html();

    html += u"<h2>"_s + esc(QCoreApplication::translate("BinderSections", "The team")) + u"</h2>"_s;
    Table team({ QCoreApplication::translate("BinderSections", "Name"),
                 QCoreApplication::translate("BinderSections", "Role"),
                 QCoreApplication::translate("BinderSections", "Phone"),
                 QCoreApplication::translate("BinderSections", "E-mail") },
               { 28, 24, 22, 26 });
    for (const Person &p : plan.people()) {
        if (p.status == Person::Status::Left)
            continue;
        QString name = esc(p.name);
        if (p.id == plan.shop().ownerPersonId)
            name += u" <i>("_s + esc(QCoreApplication::translate("BinderSections", "owner")) + u")</i>"_s;
        team.row({ name, esc(p.role.isEmpty() ? Person::kindName(p.kind) : p.role),
                   esc(p.phone.isEmpty() ? QStringLiteral("—") : p.phone),
                   esc(p.email.isEmpty() ? QStringLiteral("—") : p.email) });
    }
    html += team.isEmpty()
        ? note(QCoreApplication::translate("BinderSections", "No team members are in the plan yet."))
        : team.html();
    html += u"<h2>"_s + esc(QCoreApplication::translate("BinderSections", "Others to know")) + u"</h2>"_s;
    html += u"<p>"_s
        + esc(QCoreApplication::translate(
            "BinderSections",
            "Police (for a report after a crime) and, for personal data, your data protection authority. "
            "Write their numbers here:"))
        + u"</p><p>______________________________________________</p><p>______________________________________________</p>"_s;
    return html;
}

QString BinderSections::runbooks(const BinderContext &context)
{
    const Provider *host = context.firstProvider(ProviderKind::WebHost);
    if (!host)
        host = context.firstProvider(ProviderKind::Platform);
    const Provider *cdn = context.plan.ddosPlan().cdnProviderId != 0 ? [&]() -> const Provider * {
        for (const Provider &p : context.plan.providers()) {
            if (p.id == context.plan.ddosPlan().cdnProviderId)
                return &p;
        }
        return nullptr;
    }()
        : context.firstProvider(ProviderKind::CdnDns);
    const Provider *developer = context.firstProvider(ProviderKind::Developer);
    const Provider *payment = context.firstProvider(ProviderKind::Payment);
    QString rootHolder;
    QString backupHolder;
    for (const RecoveryItem &item : context.plan.recoveryItems()) {
        if (item.builtIn == u"root_account")
            rootHolder = context.holderName(item.holderPersonId, item.holderProviderId);
        if (item.builtIn == u"backup")
            backupHolder = context.holderName(item.holderPersonId, item.holderProviderId);
    }
    const QString callHost = QCoreApplication::translate("BinderSections", "Call the host: %1.");
    const QString findHost = QCoreApplication::translate("BinderSections", "Call your host's support.");
    QString html = u"<p>"_s
        + esc(QCoreApplication::translate(
            "BinderSections",
            "Find your situation and work down its list. Write the time beside each box "
            "you tick; it helps the people you call, and the review afterwards."))
        + u"</p>"_s;

    html += runbook(
        QCoreApplication::translate("BinderSections", "The shop is down or under attack (DDoS)"),
        QCoreApplication::translate("BinderSections",
                                    "The site does not load, or is very slow, for everyone."),
        {
            esc(QCoreApplication::translate(
                "BinderSections",
                "Check from a phone on mobile data, not the office network: is it down "
                "for everyone?")),
            callStep(host, callHost, findHost),
            cdn ? QCoreApplication::translate("BinderSections",
                                              "Switch on the CDN's attack mode, or ask %1 to.")
                      .arg(reach(cdn))
                : esc(QCoreApplication::translate(
                    "BinderSections",
                    "Ask the host whether it can filter the attack or put a CDN in "
                    "front of the shop.")),
            esc(QCoreApplication::translate("BinderSections",
                                            "Work through the call tree in “DDoS plan and call tree”.")),
            esc(QCoreApplication::translate(
                "BinderSections", "Tell customers the shop is having trouble and when you expect it back.")),
            esc(QCoreApplication::translate(
                "BinderSections",
                "Keep notes: when it started, what you saw, whom you called, what they said.")),
        });
    html += runbook(
        QCoreApplication::translate("BinderSections", "Suspected break-in or data leak"),
        QCoreApplication::translate(
            "BinderSections",
            "Unknown admin accounts, strange orders or changes, a warning from a provider, "
            "or customer data seen where it should not be."),
        {
            esc(QCoreApplication::translate(
                "BinderSections",
                "Do not delete or tidy anything yet: it is the evidence. Write down what "
                "you saw and when.")),
            callStep(
                developer, QCoreApplication::translate("BinderSections", "Call the developers: %1."),
                QCoreApplication::translate("BinderSections", "Call whoever looks after the shop's code.")),
            callStep(host, callHost, findHost),
            esc(QCoreApplication::translate(
                "BinderSections",
                "From a computer you trust, change the admin passwords and sign every "
                "session out. Check the admin accounts for ones you do not know.")),
            callStep(
                payment,
                QCoreApplication::translate("BinderSections",
                                            "If card or payment data may be involved, call the payment "
                                            "provider: %1."),
                QCoreApplication::translate(
                    "BinderSections", "If card or payment data may be involved, call the payment provider.")),
            esc(QCoreApplication::translate(
                "BinderSections",
                "If personal data leaked, the data protection authority may have to be "
                "told quickly (in the EU within 72 hours). Note the time you found out.")),
            esc(QCoreApplication::translate(
                "BinderSections", "Tell the customers affected what happened and what they should do.")),
        });
    html += runbook(
        QCoreApplication::translate("BinderSections", "The site has been defaced"),
        QCoreApplication::translate("BinderSections", "Pages show something you did not put there."),
        {
            esc(QCoreApplication::translate("BinderSections",
                                            "Take screenshots, with the date and the address visible.")),
            callStep(host,
                     QCoreApplication::translate("BinderSections",
                                                 "Ask the host to put the shop into maintenance mode: %1."),
                     QCoreApplication::translate("BinderSections",
                                                 "Ask the host to put the shop into maintenance mode.")),
            callStep(
                developer, QCoreApplication::translate("BinderSections", "Call the developers: %1."),
                QCoreApplication::translate("BinderSections", "Call whoever looks after the shop's code.")),
            esc(QCoreApplication::translate("BinderSections",
                                            "Restore from a backup made before the change (see “Recovery "
                                            "items”; held by %1).")
                    .arg(backupHolder.isEmpty() ? QStringLiteral("—") : backupHolder)),
            esc(QCoreApplication::translate("BinderSections",
                                            "Change the admin passwords, then find out how they got in "
                                            "(the change log and missing updates are the usual places).")),
        });
    html += runbook(
        QCoreApplication::translate("BinderSections", "Nobody can log in to the admin"),
        QCoreApplication::translate("BinderSections",
                                    "Passwords are refused, or the admin e-mail was changed."),
        {
            esc(QCoreApplication::translate("BinderSections",
                                            "Try the password reset once; do not guess repeatedly.")),
            esc(QCoreApplication::translate("BinderSections", "Ask the holder of the root account: %1.")
                    .arg(rootHolder.isEmpty() ? QStringLiteral("—") : rootHolder)),
            callStep(host, QCoreApplication::translate("BinderSections", "Call the host or platform: %1."),
                     QCoreApplication::translate("BinderSections", "Call the host or platform's support.")),
            esc(QCoreApplication::translate(
                "BinderSections",
                "If someone changed the password or e-mail, treat it as a break-in and "
                "follow that list too.")),
        });
    html += runbook(
        QCoreApplication::translate("BinderSections", "The certificate has expired"),
        QCoreApplication::translate("BinderSections",
                                    "Browsers warn visitors that the connection is not private."),
        {
            esc(QCoreApplication::translate(
                "BinderSections", "Check the date in the browser's warning: expired, or another problem?")),
            callStep(host,
                     QCoreApplication::translate("BinderSections",
                                                 "Ask whoever manages the certificate to renew it: %1."),
                     QCoreApplication::translate("BinderSections",
                                                 "Ask whoever manages the certificate to renew it.")),
            esc(QCoreApplication::translate("BinderSections",
                                            "If it is renewed from the key on hand, the key, its request and "
                                            "passphrase are under “Recovery items”.")),
            esc(QCoreApplication::translate(
                "BinderSections", "Probe the site again in Storefort to see the new certificate served.")),
        });
    html += runbook(
        QCoreApplication::translate("BinderSections", "A provider has an outage"),
        QCoreApplication::translate("BinderSections",
                                    "The host, the platform, payments or e-mail stop working."),
        {
            esc(QCoreApplication::translate(
                "BinderSections",
                "Check the provider's status page and support (see “Emergency contacts”).")),
            esc(QCoreApplication::translate(
                "BinderSections", "Ask when they expect it fixed, and write down the answer and the time.")),
            esc(QCoreApplication::translate("BinderSections",
                                            "Tell customers what does not work and for how long.")),
            esc(QCoreApplication::translate(
                "BinderSections",
                "If it will last days: the backup, exports, certificate and code under "
                "“Recovery items” are what a new provider needs.")),
        });
    html += runbook(
        QCoreApplication::translate("BinderSections", "Ransomware, or the server is lost"),
        QCoreApplication::translate(
            "BinderSections",
            "Files are locked with a ransom note, or the server is gone or cannot be trusted."),
        {
            esc(QCoreApplication::translate(
                "BinderSections",
                "Disconnect the affected computers from the network. Do not pay, and do "
                "not delete anything.")),
            callStep(host, callHost, findHost),
            callStep(
                developer, QCoreApplication::translate("BinderSections", "Call the developers: %1."),
                QCoreApplication::translate("BinderSections", "Call whoever looks after the shop's code.")),
            esc(QCoreApplication::translate(
                "BinderSections",
                "Rebuild on a clean server from the older reference backup (made before "
                "the trouble), with the certificate, its key and the code.")),
            esc(QCoreApplication::translate("BinderSections",
                                            "Use the root account (held by %1) to take the server back.")
                    .arg(rootHolder.isEmpty() ? QStringLiteral("—") : rootHolder)),
            esc(QCoreApplication::translate("BinderSections",
                                            "Change every password, and report the crime to the police.")),
        });
    return html;
}

QString BinderSections::recoveryItems(const BinderContext &context)
{
    const Plan &plan = context.plan;
    QString html = u"<p>"_s
        + esc(QCoreApplication::translate(
            "BinderSections",
            "What the shop has at hand to rebuild, who holds it, how to reach it, and "
            "what Storefort found when it was last checked."))
        + u"</p>"_s;
    Table table({ QCoreApplication::translate("BinderSections", "Item"),
                  QCoreApplication::translate("BinderSections", "Held by"),
                  QCoreApplication::translate("BinderSections", "Where, and how to reach it"),
                  QCoreApplication::translate("BinderSections", "Last checked") },
                { 25, 15, 30, 30 });
    const QString computer = QSysInfo::machineHostName();
    const QString osUser = Actor::currentOsUser();
    for (const RecoveryItem &item : plan.recoveryItems()) {
        QString where
            = esc(item.location.isEmpty() ? QCoreApplication::translate("BinderSections", "not recorded")
                                          : item.location);
        if (!item.howToReach.isEmpty())
            where += u"<br/>"_s + esc(item.howToReach);
        if (RecoveryKinds::hasSecret(item.kind)) {
            // Where the secret is and who can open it; never the secret.
            const QString holder = context.holderName(item.holderPersonId, item.holderProviderId);
            where += u"<br/><i>"_s
                + esc(item.secretRef.isEmpty()
                          ? QCoreApplication::translate("BinderSections", "%1: not stored in Storefort.")
                                .arg(RecoveryKinds::secretName(item.kind))
                          : QCoreApplication::translate(
                                "BinderSections",
                                "%1: in the keychain of the user “%2” on the computer “%3”; "
                                "they can open it, and %4 holds it.")
                                .arg(RecoveryKinds::secretName(item.kind), osUser, computer, holder))
                + u"</i>"_s;
        }
        if (!item.secretUser.isEmpty())
            where += u"<br/>"_s
                + esc(QCoreApplication::translate("BinderSections", "User name: %1").arg(item.secretUser));
        QString checked;
        if (!item.lastVerification) {
            checked
                = u"<b>"_s + esc(QCoreApplication::translate("BinderSections", "Never checked")) + u"</b>"_s;
        } else {
            const Verification &v = *item.lastVerification;
            checked = u"<b>"_s + esc(CheckOutcomes::name(v.outcome())) + u"</b> — "_s
                + esc(dateTime(context.locale, v.at)) + u", "_s + esc(v.by);
            for (const VerificationCheck &c : v.checks) {
                if (c.outcome == CheckOutcome::Passed && v.checks.size() > 4)
                    continue; // long lists: what passed is implied by the outcome
                checked += u"<br/>"_s + esc(CheckOutcomes::name(c.outcome)) + u": "_s + esc(c.text);
            }
        }
        QString title = u"<b>"_s + esc(item.displayTitle()) + u"</b>"_s;
        if (!item.notes.isEmpty())
            title += u"<br/>"_s + esc(item.notes);
        table.row(
            { title, esc(context.holderName(item.holderPersonId, item.holderProviderId)), where, checked });
    }
    html += table.html();
    return html;
}

QString BinderSections::ddosPlan(const BinderContext &context)
{
    const Plan &plan = context.plan;
    const DdosPlan &ddos = plan.ddosPlan();
    QString html;
    html += u"<h2>"_s + esc(QCoreApplication::translate("BinderSections", "In front of the shop"))
        + u"</h2>"_s;
    const QString seen = DdosFindings::cdnSeen(context.probes);
    QStringList lines;
    if (!seen.isEmpty())
        lines.append(
            QCoreApplication::translate("BinderSections", "The latest probe saw %1 in front of the site.")
                .arg(seen));
    if (ddos.cdnProviderId != 0)
        lines.append(QCoreApplication::translate("BinderSections", "CDN recorded: %1.")
                         .arg(context.providerName(ddos.cdnProviderId)));
    if (lines.isEmpty())
        lines.append(QCoreApplication::translate("BinderSections",
                                                 "No CDN is in front of the shop as far as the plan knows."));
    if (!ddos.cdnNotes.isEmpty())
        lines.append(ddos.cdnNotes);
    for (const QString &line : std::as_const(lines))
        html += u"<p>"_s + esc(line) + u"</p>"_s;

    // What the host and others said they do in an attack.
    const QuestionBank &bank = QuestionBank::builtIn();
    Table answers({ QCoreApplication::translate("BinderSections", "Provider"),
                    QCoreApplication::translate("BinderSections", "Question"),
                    QCoreApplication::translate("BinderSections", "Answer"),
                    QCoreApplication::translate("BinderSections", "Given") },
                  { 18, 42, 26, 14 });
    for (const Answer &a : plan.answers()) {
        if (!a.questionId.startsWith(u"host.ddos.") && !a.questionId.startsWith(u"host.cdn."))
            continue;
        const Question *q = bank.find(a.questionId);
        if (!q)
            continue;
        answers.row({ esc(context.providerName(a.providerId)), esc(q->translatedText()),
                      esc(q->displayAnswer(a.value)), esc(date(context.locale, a.givenOn)) });
    }
    html += u"<h2>"_s + esc(QCoreApplication::translate("BinderSections", "What the providers said they do"))
        + u"</h2>"_s;
    html += answers.isEmpty() ? note(QCoreApplication::translate(
                "BinderSections", "No provider has answered the questions about attacks yet."))
                              : answers.html();

    html += u"<h2>"_s + esc(QCoreApplication::translate("BinderSections", "Call tree")) + u"</h2>"_s;
    Table calls({ u"#"_s, QCoreApplication::translate("BinderSections", "Task"),
                  QCoreApplication::translate("BinderSections", "Who calls"),
                  QCoreApplication::translate("BinderSections", "Whom"),
                  QCoreApplication::translate("BinderSections", "How") },
                { 7, 33, 18, 18, 24 });
    int n = 0;
    for (const CallTreeEntry &e : ddos.callTree) {
        QString whom = e.calleeProviderId != 0 ? context.providerName(e.calleeProviderId)
            : e.calleePersonId != 0            ? context.personName(e.calleePersonId)
                                               : QCoreApplication::translate("BinderSections", "Customers");
        QString how = esc(e.channel);
        if (!e.contact.isEmpty())
            how += (how.isEmpty() ? QString() : u"<br/>"_s) + esc(e.contact);
        calls.row({ QString(QChar(tickBox)) + u" "_s + QString::number(++n), esc(e.task),
                    esc(e.callerPersonId != 0 ? context.personName(e.callerPersonId) : QStringLiteral("—")),
                    esc(whom), how.isEmpty() ? u"—"_s : how });
    }
    html += calls.isEmpty()
        ? note(QCoreApplication::translate("BinderSections",
                                           "No call tree yet. Decide who calls the host, the CDN, "
                                           "the developers and the payment provider, and who "
                                           "tells customers."))
        : calls.html();

    html
        += u"<h2>"_s + esc(QCoreApplication::translate("BinderSections", "Prepared in advance")) + u"</h2>"_s;
    Table steps({ u""_s, QCoreApplication::translate("BinderSections", "Step"),
                  QCoreApplication::translate("BinderSections", "Since"),
                  QCoreApplication::translate("BinderSections", "Notes") },
                { 5, 45, 15, 35 });
    for (const DdosStep &s : ddos.steps)
        steps.row({ QString(QChar(s.prepared ? ticked : tickBox)), esc(s.displayTitle()),
                    esc(s.prepared ? date(context.locale, s.preparedOn)
                                   : QCoreApplication::translate("BinderSections", "not yet")),
                    esc(s.notes) });
    html += steps.html();
    html += u"<p>"_s
        + esc(ddos.lastDrill.isValid()
                  ? QCoreApplication::translate("BinderSections", "Last drill: %1.")
                        .arg(date(context.locale, ddos.lastDrill))
                  : QCoreApplication::translate("BinderSections", "The plan has never been drilled."))
        + (ddos.drillNotes.isEmpty() ? QString() : u" "_s + esc(ddos.drillNotes)) + u"</p>"_s;
    return html;
}
