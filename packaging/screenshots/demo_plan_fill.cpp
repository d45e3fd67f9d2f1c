// storefort-demo-plan: fills in what storefort-cli cannot about the demo shop "Tiny Tea" whose plan
// packaging/screenshots/make-demo-plan.sh builds for the screenshots: the team, who owns which
// imported account, the recovery items' holders and places, the DDoS plan, one accepted finding, and
// the readiness score's history. Everything goes through Plan's API, as the app's edits do.
//
// Usage: storefort-demo-plan team PLAN [--lang en|de]
//        storefort-demo-plan fill PLAN --files DIR [--lang en|de]
//            prints the ids of the recovery items given a place to check, one a line
//        storefort-demo-plan accept PLAN [--lang en|de]
//        storefort-demo-plan record PLAN --days-ago N
// The free texts (roles, notes, tasks) are written in the screenshots' language: the German shots
// show a German shop's plan.
#include "common/Clock.h"
#include "plan/Plan.h"
#include "review/PlanFindings.h"
#include "review/Readiness.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool german = false;

// The demo's free text in the screenshots' language.
QString text(const QString &en, const QString &de)
{
    return german ? de : en;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "storefort-demo-plan: %s\n", qPrintable(message));
    return 1;
}

QDate daysAgo(int days)
{
    return Clock::now().toLocalTime().date().addDays(-days);
}

std::optional<Person> personNamed(const Plan &plan, const QString &name)
{
    for (const Person &p : plan.people()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

std::optional<Provider> providerOfKind(const Plan &plan, ProviderKind kind)
{
    for (const Provider &p : plan.providers()) {
        if (p.kind == kind)
            return p;
    }
    return std::nullopt;
}

// The four people of the shop; Mei owns the plan and keeps it on this computer.
int team(Plan &plan)
{
    const QList<Person> people {
        { .name = u"Mei Lin"_s,
          .role = text(u"Owner"_s, u"Inhaberin"_s),
          .email = u"mei@tinytea.example"_s,
          .phone = u"+49 30 5550 1010"_s },
        { .name = u"Jonas Weber"_s,
          .role = text(u"Part-time help: packing and customer mail"_s, u"Aushilfe: Versand und Kundenpost"_s),
          .email = u"jonas@tinytea.example"_s,
          .phone = u"+49 30 5550 1011"_s },
        { .name = u"Priya Nair"_s,
          .role = text(u"Web developer at Leafcraft Studio"_s, u"Webentwicklerin bei Leafcraft Studio"_s),
          .email = u"priya@leafcraft.example"_s,
          .phone = u"+49 40 5550 2200"_s,
          .kind = Person::Kind::Developer },
        { .name = u"Karl Brandt"_s,
          .role = text(u"Bookkeeper"_s, u"Buchhalter"_s),
          .email = u"karl@brandt-books.example"_s,
          .phone = u"+49 30 5550 3030"_s },
    };
    qint64 owner = 0;
    for (const Person &person : people) {
        if (personNamed(plan, person.name))
            continue;
        auto added = plan.addPerson(person);
        if (!added)
            return fail(added.error());
        if (!owner)
            owner = added.value();
    }
    if (owner) {
        if (Status s = plan.setOwner(owner); !s)
            return fail(s.error());
        if (Status s = plan.setMe(owner); !s)
            return fail(s.error());
    }
    return 0;
}

// Who owns each imported account on the shop's admin, and what is known about its sign-in.
Status describeAccounts(Plan &plan, qint64 mei, qint64 jonas, qint64 priya, qint64 karl)
{
    struct Owner
    {
        QString userName;
        QList<qint64> people;
        YesNoUnknown mfa = YesNoUnknown::Unknown;
        bool service = false;
        int passwordDaysAgo = -1;
    };
    const QList<Owner> owners {
        { u"admin"_s, { mei }, YesNoUnknown::No, false, 900 },
        { u"mei.lin"_s, { mei }, YesNoUnknown::Yes, false, 60 },
        { u"jonas"_s, { jonas }, YesNoUnknown::Yes, false, 120 },
        { u"karl.brandt"_s, { karl }, YesNoUnknown::No, false, 200 },
        { u"priya.leafcraft"_s, { priya }, YesNoUnknown::Yes, false, 30 },
        { u"deploy-leafcraft"_s, { priya }, YesNoUnknown::No, true, 30 },
        { u"shop"_s, { mei, jonas }, YesNoUnknown::No, false, 400 },
        { u"packing"_s, { jonas }, YesNoUnknown::No, false, 150 },
        { u"woo-api"_s, { priya }, YesNoUnknown::Unknown, true, 90 },
        { u"mailchimp-sync"_s, { mei }, YesNoUnknown::Unknown, true, 300 },
        { u"stock-sync"_s, { priya }, YesNoUnknown::Unknown, true, 45 },
        { u"jonas.test"_s, { jonas }, YesNoUnknown::No, false, 80 },
    };
    const QDateTime now = Clock::now();
    for (const Owner &o : owners) {
        const auto found = std::find_if(plan.accounts().cbegin(), plan.accounts().cend(),
                                        [&o](const Account &a) { return a.userKey() == o.userName; });
        if (found == plan.accounts().cend())
            return Error { u"no account %1 was imported"_s.arg(o.userName) };
        Account a = *found;
        a.personIds = o.people;
        a.mfa = o.mfa;
        a.serviceAccount = o.service;
        if (o.passwordDaysAgo >= 0)
            a.lastPasswordChange = now.addDays(-o.passwordDaysAgo);
        if (Status s = plan.updateAccount(a); !s)
            return s;
    }
    return Status::success();
}

Status describeShopAdmin(Plan &plan)
{
    const QList<System> systems = plan.systems(); // a copy: the edit reloads the plan's list
    for (const System &found : systems) {
        if (found.kind != SystemKind::ShopAdmin)
            continue;
        System s = found;
        s.builtInAdmin = u"admin"_s;
        s.auditLog = YesNoUnknown::Yes;
        s.auditRetentionDays = 365;
        s.auditLogReviewedOn = daysAgo(40);
        s.mfaEnforced = YesNoUnknown::No;
        s.passwordPolicy = { .minLength = 12, .maxAgeDays = 0, .lockoutAfter = 5 };
        return plan.updateSystem(s);
    }
    return Error { u"the plan has no shop admin system"_s };
}

// Holders, places and ways to reach the recovery items. Items with a place Storefort can look at
// are printed, for `storefort-cli verify --item`.
Result<QList<qint64>> describeRecoveryItems(Plan &plan, const QDir &files, qint64 mei, qint64 jonas,
                                            qint64 karl, qint64 host, qint64 agency)
{
    QList<qint64> toVerify;
    // A copy: every edit reloads the plan's list.
    const QList<RecoveryItem> items = plan.recoveryItems();
    for (const RecoveryItem &found : items) {
        RecoveryItem item = found;
        QString location;
        if (item.builtIn == u"backup"_s) {
            item.holderPersonId = mei;
            location = files.filePath(u"Backups"_s);
            item.howToReach = text(u"A nightly copy on the office NAS; Mei has the key to the safe."_s,
                                   u"Nächtliche Kopie auf dem NAS im Büro; Mei hat den Tresorschlüssel."_s);
        } else if (item.builtIn == u"customer_export"_s) {
            item.holderProviderId = host;
            item.howToReach = text(u"Ask Greenleaf support; they send it within two days."_s,
                                   u"Beim Greenleaf-Support anfordern; kommt binnen zwei Tagen."_s);
        } else if (item.builtIn == u"order_export"_s) {
            item.holderPersonId = karl;
            location = files.filePath(u"Exports/orders.csv"_s);
            item.howToReach = text(u"Karl exports the orders each month for the books."_s,
                                   u"Karl exportiert die Bestellungen monatlich für die Bücher."_s);
        } else if (item.builtIn == u"product_csv"_s) {
            item.holderPersonId = jonas;
            location = files.filePath(u"Exports/products.csv"_s);
            item.howToReach = text(u"WooCommerce → Products → Export; a copy on the office PC."_s,
                                   u"WooCommerce → Produkte → Exportieren; Kopie auf dem Büro-PC."_s);
        } else if (item.builtIn == u"certificate"_s) {
            item.holderPersonId = mei;
            location = files.filePath(u"Certificate"_s);
            item.howToReach = text(u"Key and signing request of the last renewal, also on the NAS."_s,
                                   u"Schlüssel und Antrag der letzten Erneuerung, auch auf dem NAS."_s);
        } else if (item.builtIn == u"code"_s) {
            item.holderProviderId = agency;
            location = files.filePath(u"Code/tinytea-theme"_s);
            item.howToReach = text(u"Priya sends a copy of the repository after each release."_s,
                                   u"Priya schickt nach jedem Release eine Kopie des Repositorys."_s);
        } else if (item.builtIn == u"root_account"_s) {
            item.holderPersonId = mei;
            item.secretUser = u"mei"_s;
            item.howToReach = text(u"Greenleaf customer portal, customer number TT-20418."_s,
                                   u"Greenleaf-Kundenportal, Kundennummer TT-20418."_s);
            // Checked now (its password is not in the keychain yet), not when the app opens the plan.
            toVerify.append(item.id);
        }
        if (!location.isEmpty()) {
            item.location = QDir::toNativeSeparators(location);
            toVerify.append(item.id);
        }
        if (item == found)
            continue;
        if (Status s = plan.updateRecoveryItem(item); !s)
            return Error { s.error() };
    }
    return toVerify;
}

// Half a DDoS plan: the CDN recorded, three calls, three of the six standard steps, never drilled.
Status describeDdos(Plan &plan, qint64 mei, qint64 jonas, qint64 priya, qint64 host, qint64 cdn)
{
    DdosPlan ddos = plan.ddosPlan();
    ddos.cdnProviderId = cdn;
    ddos.cdnNotes = text(u"Bluefront CDN stands in front of tinytea.example since March 2025; Priya manages "
                         u"its settings."_s,
                         u"Bluefront CDN steht seit März 2025 vor tinytea.example; Priya verwaltet die "
                         u"Einstellungen."_s);
    ddos.callTree = {
        { .task = text(u"Call the host's emergency line"_s, u"Notfallnummer des Hosters anrufen"_s),
          .callerPersonId = mei,
          .calleeProviderId = host,
          .channel = text(u"Phone"_s, u"Telefon"_s),
          .contact = u"+49 30 5550 1200"_s,
          .position = 0 },
        { .task = text(u"Turn on the CDN's attack mode"_s, u"Angriffsmodus des CDN einschalten"_s),
          .callerPersonId = priya,
          .calleeProviderId = cdn,
          .channel = text(u"Dashboard"_s, u"Dashboard"_s),
          .contact = u"https://dash.bluefront.example"_s,
          .position = 1 },
        { .task = text(u"Tell customers that orders may be slow"_s,
                       u"Kundschaft informieren, dass Bestellungen stocken können"_s),
          .callerPersonId = jonas,
          .channel = text(u"Instagram and newsletter"_s, u"Instagram und Newsletter"_s),
          .contact = u"@tinytea.shop"_s,
          .position = 2 },
    };
    const QStringList prepared { u"cdn_attack_mode"_s, u"caching"_s, u"dns_access"_s };
    for (DdosStep &step : ddos.steps) {
        if (prepared.contains(step.builtIn)) {
            step.prepared = true;
            step.preparedOn = daysAgo(25);
        }
    }
    return plan.setDdosPlan(ddos);
}

int fill(Plan &plan, const QString &filesPath)
{
    const auto mei = personNamed(plan, u"Mei Lin"_s);
    const auto jonas = personNamed(plan, u"Jonas Weber"_s);
    const auto priya = personNamed(plan, u"Priya Nair"_s);
    const auto karl = personNamed(plan, u"Karl Brandt"_s);
    const auto host = providerOfKind(plan, ProviderKind::WebHost);
    const auto cdn = providerOfKind(plan, ProviderKind::CdnDns);
    const auto agency = providerOfKind(plan, ProviderKind::Developer);
    if (!mei || !jonas || !priya || !karl)
        return fail(u"the team is not on file: run `storefort-demo-plan team` first"_s);
    if (!host || !cdn || !agency)
        return fail(u"the host, the CDN and the agency must be on file"_s);

    if (Status s = describeShopAdmin(plan); !s)
        return fail(s.error());
    if (Status s = describeAccounts(plan, mei->id, jonas->id, priya->id, karl->id); !s)
        return fail(s.error());
    // Karl's work needs the orders and the payments; the bookkeeping needs nothing else.
    if (Status s = plan.setPersonAccess(
            { .personId = karl->id, .needs = DataReach(DataKind::OrdersAndHabits) | DataKind::Payments });
        !s)
        return fail(s.error());
    if (Status s = plan.recordAccessReview(daysAgo(35)); !s)
        return fail(s.error());

    auto items
        = describeRecoveryItems(plan, QDir(filesPath), mei->id, jonas->id, karl->id, host->id, agency->id);
    if (!items)
        return fail(items.error());
    if (Status s = describeDdos(plan, mei->id, jonas->id, priya->id, host->id, cdn->id); !s)
        return fail(s.error());
    for (qint64 id : items.value())
        std::printf("%lld\n", static_cast<long long>(id));
    return 0;
}

// Karl signs in only for the quarter's books: his account's inactivity is a risk Mei accepts.
int accept(Plan &plan)
{
    const QDateTime now = Clock::now();
    for (const PlanFinding &pf : PlanFindings::compute(plan, now)) {
        if (pf.finding.id != u"ACC-INACTIVE"_s || pf.isAccepted())
            continue;
        FindingAcceptance acceptance;
        acceptance.ruleId = pf.finding.id;
        acceptance.subject = pf.finding.subject;
        acceptance.reason
            = text(u"Karl signs in only for the quarterly and year-end books; his account stays."_s,
                   u"Karl meldet sich nur zum Quartals- und Jahresabschluss an; sein Konto "
                   u"bleibt."_s);
        acceptance.acceptedOn = now.toLocalTime().date();
        acceptance.expiresOn = acceptance.acceptedOn.addMonths(6);
        if (Status s = plan.acceptFinding(acceptance); !s)
            return fail(s.error());
        return 0;
    }
    return fail(u"there is no open ACC-INACTIVE finding to accept"_s);
}

// Keeps today's score as the history's point of `days` days ago: the plan was made in stages, and
// the chart shows it growing.
int record(Plan &plan, int days)
{
    const QDateTime now = Clock::now();
    const Readiness readiness = ReadinessScore::compute(plan, PlanFindings::compute(plan, now), now);
    auto kept = plan.recordReadiness({ now.addDays(-days), readiness.score, readiness.parts() });
    if (!kept)
        return fail(kept.error());
    std::printf("%d\n", readiness.score);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption lang(u"lang"_s, u"Language of the demo's texts (en, de)."_s, u"LANG"_s, u"en"_s);
    const QCommandLineOption files(u"files"_s, u"Folder with the shop's files (fill)."_s, u"DIR"_s);
    const QCommandLineOption daysAgoOption(u"days-ago"_s, u"Date the score this many days back (record)."_s,
                                           u"N"_s, u"0"_s);
    parser.addOptions({ lang, files, daysAgoOption });
    parser.addPositionalArgument(u"command"_s, u"team, fill, accept or record"_s);
    parser.addPositionalArgument(u"plan"_s, u"The .storefort file"_s);
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return fail(u"usage: storefort-demo-plan team|fill|accept|record PLAN [--lang L] [--files DIR] "
                    u"[--days-ago N]"_s);
    german = parser.value(lang) == u"de"_s;

    auto opened = Plan::open(args.at(1));
    if (!opened)
        return fail(opened.error());
    Plan &plan = *opened.value();
    if (plan.isReadOnly())
        return fail(plan.readOnlyReason());

    const QString command = args.at(0);
    if (command == u"team"_s)
        return team(plan);
    if (command == u"fill"_s) {
        if (!parser.isSet(files))
            return fail(u"fill needs --files DIR"_s);
        return fill(plan, parser.value(files));
    }
    if (command == u"accept"_s)
        return accept(plan);
    if (command == u"record"_s) {
        bool ok = false;
        const int days = parser.value(daysAgoOption).toInt(&ok);
        if (!ok || days < 0)
            return fail(u"--days-ago takes a whole number of days"_s);
        return record(plan, days);
    }
    return fail(u"unknown command: %1"_s.arg(command));
}
