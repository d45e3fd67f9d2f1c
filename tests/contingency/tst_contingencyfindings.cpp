// What the recovery items and the DDoS plan say as findings: items built in memory with and without
// holder, place and verifications, each failed check mapped to its rule; the CDN seen or recorded,
// the host's answer, the call tree, the drill and the standard steps. Then both on a real plan.
#include "common/Clock.h"
#include "contingency/ContingencyFindings.h"
#include "contingency/RecoveryCheck.h"
#include "plan/Plan.h"
#include "tls/TlsProbeJson.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime now(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
const QDate today(2026, 11, 28);

QStringList ids(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(f.id);
    out.sort();
    return out;
}

QList<Finding> withId(const QList<Finding> &findings, const QString &id)
{
    QList<Finding> out;
    for (const Finding &f : findings) {
        if (f.id == id)
            out.append(f);
    }
    return out;
}

Verification passedAt(const QDateTime &at)
{
    Verification v;
    v.at = at;
    v.by = u"Ana Lima"_s;
    v.add(u"backup.newest.age"_s, CheckOutcome::Passed, u"The newest backup is 3 hours old."_s);
    v.add(u"backup.reference"_s, CheckOutcome::Passed, u"An older backup from last week is kept."_s);
    return v;
}

// A backup item with nothing to complain about: held, placed, verified yesterday, every check passed.
RecoveryItem goodItem(qint64 id = 11)
{
    RecoveryItem item;
    item.id = id;
    item.kind = RecoveryKind::Backup;
    item.builtIn = u"backup"_s;
    item.holderPersonId = 3;
    item.location = u"/srv/backups"_s;
    item.lastVerification = passedAt(now.addDays(-1));
    return item;
}

QList<Finding> recovery(const QList<RecoveryItem> &items)
{
    RecoveryFindings::Options options;
    options.now = now;
    return RecoveryFindings::compute(items, options);
}

Provider provider(qint64 id, const QString &name, ProviderKind kind)
{
    Provider p;
    p.id = id;
    p.name = name;
    p.kind = kind;
    return p;
}

Answer ddosAnswer(qint64 providerId, const QString &value)
{
    Answer a;
    a.providerId = providerId;
    a.questionId = u"host.ddos.protection"_s;
    a.value = value;
    a.givenOn = today.addDays(-20);
    return a;
}

TlsProbeResult probe(const QString &cdn)
{
    TlsProbeResult r;
    r.host = u"tinytea.example"_s;
    r.ip = u"192.0.2.10"_s;
    r.finishedAt = now.addDays(-1);
    r.http.reached = true;
    r.http.cdn = cdn;
    return r;
}

// A DDoS plan with nothing to complain about: a CDN recorded, the host says it filters attacks,
// a call tree that tells customers, a drill last month, every standard step prepared.
DdosFindings::Input goodDdos()
{
    DdosFindings::Input input;
    input.providers = { provider(1, u"Acme Hosting"_s, ProviderKind::WebHost),
                        provider(2, u"Fast CDN"_s, ProviderKind::CdnDns) };
    input.answers = { ddosAnswer(1, u"yes"_s) };
    input.plan.cdnProviderId = 2;
    input.plan.lastDrill = today.addDays(-30);
    input.plan.callTree
        = { { .id = 1, .task = u"Call the host"_s, .callerPersonId = 1, .calleeProviderId = 1 },
            { .id = 2, .task = u"Tell customers"_s, .callerPersonId = 1, .position = 1 } };
    input.plan.steps = DdosPlan::standardSteps();
    for (DdosStep &s : input.plan.steps)
        s.prepared = true;
    return input;
}

QList<Finding> ddos(const DdosFindings::Input &input)
{
    DdosFindings::Options options;
    options.today = today;
    return DdosFindings::compute(input, options);
}

} // namespace

class TestContingencyFindings : public QObject
{
    Q_OBJECT

private slots:
    void aGoodItemRaisesNothing()
    {
        QVERIFY(recovery({ goodItem() }).isEmpty());
        QVERIFY(recovery({}).isEmpty());
    }

    void anItemNobodyHoldsOrPlaced()
    {
        RecoveryItem item = goodItem(11);
        item.holderPersonId = 0;
        QList<Finding> found = recovery({ item });
        QCOMPARE(ids(found), QStringList({ u"CONT-NO-HOLDER"_s }));
        QCOMPARE(found.constFirst().subject, u"recovery/11"_s);
        QCOMPARE(RecoveryFindings::itemOf(found.constFirst()), 11);
        QVERIFY(found.constFirst().title.contains(item.displayTitle()));
        QVERIFY(!found.constFirst().why.isEmpty());
        QVERIFY(!found.constFirst().fix.isEmpty());

        // A provider holding it is as good as a team member.
        item.holderProviderId = 5;
        QVERIFY(recovery({ item }).isEmpty());

        RecoveryItem nowhere = goodItem(12);
        nowhere.location = u"   "_s;
        found = recovery({ nowhere });
        QCOMPARE(ids(found), QStringList({ u"CONT-NO-LOCATION"_s }));
        QCOMPARE(found.constFirst().severity, Severity::Medium);
        // The owner's own items matter less.
        RecoveryItem own = nowhere;
        own.builtIn.clear();
        own.kind = RecoveryKind::Other;
        own.title = u"Spare office keys"_s;
        found = recovery({ own });
        QCOMPARE(ids(found), QStringList({ u"CONT-NO-LOCATION"_s }));
        QCOMPARE(found.constFirst().severity, Severity::Low);
        QVERIFY(found.constFirst().title.contains(u"Spare office keys"_s));
    }

    void anItemWithNothingRecordedIsOneFinding()
    {
        RecoveryItem item = goodItem(13);
        item.holderPersonId = 0;
        item.location.clear();
        item.lastVerification.reset();
        QList<Finding> found = recovery({ item });
        QCOMPARE(ids(found), QStringList({ u"CONT-NOT-RECORDED"_s }));
        QCOMPARE(found.constFirst().severity, Severity::Medium);
        QCOMPARE(found.constFirst().subject, u"recovery/13"_s);
        QVERIFY(found.constFirst().title.contains(item.displayTitle()));

        // Once anything is recorded, each gap is its own finding.
        item.lastVerification = RecoveryCheck::confirmedByHand({}, now.addDays(-1));
        QCOMPARE(ids(recovery({ item })), QStringList({ u"CONT-NO-HOLDER"_s, u"CONT-NO-LOCATION"_s }));
        item.lastVerification.reset();
        item.location = u"Office safe"_s;
        QCOMPARE(ids(recovery({ item })), QStringList({ u"CONT-NEVER-VERIFIED"_s, u"CONT-NO-HOLDER"_s }));
        item.location.clear();
        item.holderProviderId = 4;
        QCOMPARE(ids(recovery({ item })), QStringList({ u"CONT-NEVER-VERIFIED"_s, u"CONT-NO-LOCATION"_s }));
    }

    void anItemNeverVerified()
    {
        RecoveryItem item = goodItem();
        item.lastVerification.reset();
        QList<Finding> found = recovery({ item });
        QCOMPARE(ids(found), QStringList({ u"CONT-NEVER-VERIFIED"_s }));
        QCOMPARE(found.constFirst().severity, Severity::Medium);

        // A note that the item is somewhere Storefort cannot open checked nothing ...
        Verification remote;
        remote.at = now.addDays(-1);
        remote.add(u"item.remote"_s, CheckOutcome::Info, u"It is kept at “https://backup.example”."_s);
        item.lastVerification = remote;
        found = recovery({ item });
        QCOMPARE(ids(found), QStringList({ u"CONT-NEVER-VERIFIED"_s }));
        QVERIFY(found.constFirst().evidence.contains(u"https://backup.example"_s));

        // ... but the owner's confirmation by hand does count.
        item.lastVerification
            = RecoveryCheck::confirmedByHand(u"Seen on the host's portal"_s, now.addDays(-1));
        QVERIFY(item.lastVerification->byHand);
        QVERIFY(recovery({ item }).isEmpty());
    }

    void anItemVerifiedLongAgo_data()
    {
        QTest::addColumn<int>("daysAgo");
        QTest::addColumn<bool>("raised");
        QTest::newRow("29 days") << 29 << false;
        QTest::newRow("30 days") << 30 << false;
        QTest::newRow("31 days") << 31 << true;
        QTest::newRow("200 days") << 200 << true;
    }
    void anItemVerifiedLongAgo()
    {
        QFETCH(int, daysAgo);
        QFETCH(bool, raised);
        RecoveryItem item = goodItem();
        item.lastVerification = passedAt(now.addDays(-daysAgo));
        const QList<Finding> found = recovery({ item });
        QCOMPARE(ids(found), raised ? QStringList({ u"CONT-NOT-VERIFIED"_s }) : QStringList());
        if (raised) {
            QVERIFY(found.constFirst().title.contains(QString::number(daysAgo)));
            QVERIFY(found.constFirst().evidence.contains(u"Ana Lima"_s));
        }

        // The limit is the caller's.
        RecoveryFindings::Options strict;
        strict.now = now;
        strict.maxUnverifiedDays = 7;
        QCOMPARE(ids(RecoveryFindings::compute({ item }, strict)), QStringList({ u"CONT-NOT-VERIFIED"_s }));
    }

    void aFailedCheckRaisesItsRule_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("severity");
        const int failed = int(CheckOutcome::Failed);
        const int warning = int(CheckOutcome::Warning);
        QTest::newRow("backup old") << u"backup.newest.age"_s << failed << u"CONT-BACKUP-OLD"_s
                                    << int(Severity::High);
        QTest::newRow("backup old, warning")
            << u"backup.newest.age"_s << warning << u"CONT-BACKUP-OLD"_s << int(Severity::Medium);
        QTest::newRow("no reference")
            << u"backup.reference"_s << failed << u"CONT-BACKUP-NO-REFERENCE"_s << int(Severity::Medium);
        QTest::newRow("damaged") << u"backup.archive"_s << failed << u"CONT-BACKUP-DAMAGED"_s
                                 << int(Severity::High);
        QTest::newRow("shrunk") << u"backup.size"_s << warning << u"CONT-BACKUP-SHRUNK"_s
                                << int(Severity::Medium);
        QTest::newRow("backup missing")
            << u"backup.path"_s << failed << u"CONT-BACKUP-MISSING"_s << int(Severity::High);
        QTest::newRow("export old") << u"export.age"_s << failed << u"CONT-EXPORT-OLD"_s
                                    << int(Severity::Medium);
        QTest::newRow("export columns")
            << u"export.columns"_s << failed << u"CONT-EXPORT-COLUMNS"_s << int(Severity::Medium);
        QTest::newRow("key locked") << u"cert.key"_s << failed << u"CONT-KEY-LOCKED"_s << int(Severity::High);
        QTest::newRow("key live") << u"cert.key.live"_s << failed << u"CONT-KEY-LIVE-MISMATCH"_s
                                  << int(Severity::High);
        QTest::newRow("cert expiry") << u"cert.expiry"_s << warning << u"CONT-CERT-EXPIRY"_s
                                     << int(Severity::Medium);
        QTest::newRow("unpushed") << u"git.unpushed"_s << warning << u"CONT-CODE-UNPUSHED"_s
                                  << int(Severity::Medium);
        QTest::newRow("uncommitted") << u"git.uncommitted"_s << warning << u"CONT-CODE-UNCOMMITTED"_s
                                     << int(Severity::Low);
        QTest::newRow("root secret") << u"root.secret"_s << failed << u"CONT-ROOT-NO-SECRET"_s
                                     << int(Severity::High);
        QTest::newRow("root old") << u"root.age"_s << warning << u"CONT-ROOT-OLD"_s << int(Severity::Low);
        QTest::newRow("unknown code")
            << u"something.new"_s << failed << u"CONT-CHECK-FAILED"_s << int(Severity::Medium);
        QTest::newRow("unknown, warning")
            << u"something.new"_s << warning << u"CONT-CHECK-FAILED"_s << int(Severity::Low);
    }
    void aFailedCheckRaisesItsRule()
    {
        QFETCH(QString, code);
        QFETCH(int, outcome);
        QFETCH(QString, rule);
        QFETCH(int, severity);
        RecoveryItem item = goodItem(21);
        const QString text = u"What the check saw: "_s + code;
        item.lastVerification->add(code, CheckOutcome(outcome), text);
        const QList<Finding> found = recovery({ item });
        QCOMPARE(ids(found), QStringList({ rule }));
        const Finding &f = found.constFirst();
        QCOMPARE(int(f.severity), severity);
        QCOMPARE(f.evidence, text);
        QCOMPARE(f.subject, u"recovery/21"_s);
        QVERIFY2(f.title.contains(item.displayTitle()), qPrintable(f.title));
        QVERIFY(!f.why.isEmpty());
        QVERIFY(!f.fix.isEmpty());

        // The same check passed, or only noted, raises nothing.
        for (CheckOutcome fine : { CheckOutcome::Passed, CheckOutcome::Info }) {
            RecoveryItem ok = goodItem(21);
            ok.lastVerification->add(code, fine, text);
            QVERIFY(recovery({ ok }).isEmpty());
        }
    }

    void checksOfOneRuleMakeOneFinding()
    {
        RecoveryItem item = goodItem(31);
        item.kind = RecoveryKind::Certificate;
        item.builtIn = u"certificate"_s;
        Verification v;
        v.at = now.addDays(-1);
        v.add(u"cert.key"_s, CheckOutcome::Passed, u"The key opened."_s);
        v.add(u"cert.key.csr"_s, CheckOutcome::Warning, u"The key does not match the request."_s);
        v.add(u"cert.key.certificate"_s, CheckOutcome::Failed, u"The key does not match the certificate."_s);
        item.lastVerification = v;
        QList<Finding> found = recovery({ item });
        QCOMPARE(ids(found), QStringList({ u"CONT-KEY-MISMATCH"_s }));
        QCOMPARE(found.constFirst().evidence,
                 u"The key does not match the request.\nThe key does not match the certificate."_s);
        QCOMPARE(found.constFirst().severity, Severity::High); // the worse of the two

        // Two items: one finding each, apart.
        RecoveryItem other = item;
        other.id = 32;
        found = recovery({ item, other });
        QCOMPARE(found.size(), 2);
        QVERIFY(found.at(0).subject != found.at(1).subject);

        // Holder and secret of the root account both feed the same rule.
        RecoveryItem root = goodItem(33);
        root.kind = RecoveryKind::RootAccount;
        root.builtIn = u"root_account"_s;
        Verification r;
        r.at = now;
        r.add(u"root.holder"_s, CheckOutcome::Failed, u"Nobody holds it."_s);
        r.add(u"root.secret"_s, CheckOutcome::Failed, u"No password stored."_s);
        root.lastVerification = r;
        found = recovery({ root });
        QCOMPARE(ids(found), QStringList({ u"CONT-ROOT-NO-SECRET"_s }));
        QVERIFY(found.constFirst().evidence.contains(u"Nobody holds it."_s));
        QVERIFY(found.constFirst().evidence.contains(u"No password stored."_s));
    }

    void findingsAreSortedMostSevereFirst()
    {
        RecoveryItem item = goodItem(41);
        item.holderPersonId = 0; // Medium
        item.lastVerification->add(u"backup.newest.age"_s, CheckOutcome::Failed, u"Two days old."_s); // High
        item.lastVerification->add(u"git.uncommitted"_s, CheckOutcome::Warning, u"odd"_s); // Low
        const QList<Finding> found = recovery({ item });
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0).id, u"CONT-BACKUP-OLD"_s);
        QCOMPARE(found.at(1).id, u"CONT-NO-HOLDER"_s);
        QCOMPARE(found.at(2).id, u"CONT-CODE-UNCOMMITTED"_s);
        QCOMPARE(RecoveryFindings::itemOf(Finding { .subject = u"ddos/cdn"_s }), 0);
    }

    void aGoodDdosPlanRaisesNothing() { QVERIFY(ddos(goodDdos()).isEmpty()); }

    void theCdnSeenOrRecorded()
    {
        DdosFindings::Input input = goodDdos();
        input.plan.cdnProviderId = 0;
        // No probe, nothing recorded.
        QList<Finding> found = ddos(input);
        QCOMPARE(ids(found), QStringList({ u"DDOS-NO-CDN"_s }));
        QCOMPARE(found.constFirst().severity, Severity::High);
        QCOMPARE(found.constFirst().subject, u"ddos/cdn"_s);
        const QString unprobed = found.constFirst().evidence;

        // A probe that saw no CDN.
        input.probes = { probe({}) };
        found = ddos(input);
        QCOMPARE(ids(found), QStringList({ u"DDOS-NO-CDN"_s }));
        QVERIFY(found.constFirst().evidence != unprobed);
        QVERIFY(DdosFindings::cdnSeen(input.probes).isEmpty());

        // A probe that saw Cloudflare in front.
        input.probes.append(probe(u"Cloudflare"_s));
        QCOMPARE(DdosFindings::cdnSeen(input.probes), u"Cloudflare"_s);
        QVERIFY(ddos(input).isEmpty());

        // Or the owner recorded one the probe cannot see.
        input.probes = { probe({}) };
        input.plan.cdnProviderId = 2;
        QVERIFY(ddos(input).isEmpty());
    }

    void whatTheHostSaid()
    {
        DdosFindings::Input input = goodDdos();
        qint64 who = -1;
        QCOMPARE(DdosFindings::hostProtection(input.providers, input.answers, &who), u"yes"_s);
        QCOMPARE(who, 1);

        // "No", with a CDN in front: the CDN does the work.
        input.answers = { ddosAnswer(1, u"no"_s) };
        QCOMPARE(DdosFindings::hostProtection(input.providers, input.answers), u"no"_s);
        QVERIFY(ddos(input).isEmpty());
        // "No", and nothing in front.
        input.plan.cdnProviderId = 0;
        QList<Finding> found = ddos(input);
        QCOMPARE(ids(found), QStringList({ u"DDOS-HOST-NO-PROTECTION"_s, u"DDOS-NO-CDN"_s }));
        const Finding noProtection = withId(found, u"DDOS-HOST-NO-PROTECTION"_s).constFirst();
        QCOMPARE(noProtection.severity, Severity::High);
        QVERIFY2(noProtection.evidence.contains(u"Acme Hosting"_s), qPrintable(noProtection.evidence));
        // A CDN the probe saw is as good as one recorded.
        input.probes = { probe(u"Cloudflare"_s) };
        QVERIFY(ddos(input).isEmpty());
        input.probes.clear();

        // Nothing said ("unknown" is no answer either).
        input.answers = { ddosAnswer(1, u"unknown"_s) };
        QVERIFY(DdosFindings::hostProtection(input.providers, input.answers).isEmpty());
        found = ddos(input);
        QCOMPARE(ids(found), QStringList({ u"DDOS-HOST-NO-ANSWER"_s, u"DDOS-NO-CDN"_s }));
        QVERIFY(withId(found, u"DDOS-HOST-NO-ANSWER"_s).constFirst().evidence.contains(u"Acme Hosting"_s));
        input.answers.clear();
        QCOMPARE(ids(ddos(input)), QStringList({ u"DDOS-HOST-NO-ANSWER"_s, u"DDOS-NO-CDN"_s }));

        // Only those in front of the shop count: a payment provider's "yes" does not.
        input.providers.append(provider(3, u"Pay Ltd"_s, ProviderKind::Payment));
        input.answers = { ddosAnswer(3, u"yes"_s) };
        QVERIFY(DdosFindings::hostProtection(input.providers, input.answers).isEmpty());
        // One "yes" in front wins over another's "no".
        input.answers = { ddosAnswer(1, u"no"_s), ddosAnswer(2, u"yes"_s) };
        QCOMPARE(DdosFindings::hostProtection(input.providers, input.answers, &who), u"yes"_s);
        QCOMPARE(who, 2);
        // Another question answered "yes" is not this one.
        Answer other = ddosAnswer(1, u"yes"_s);
        other.questionId = u"host.backup.offsite"_s;
        input.answers = { other };
        QVERIFY(DdosFindings::hostProtection(input.providers, input.answers).isEmpty());
    }

    void theCallTree()
    {
        DdosFindings::Input input = goodDdos();
        input.plan.callTree.clear();
        QList<Finding> found = ddos(input);
        QCOMPARE(ids(found), QStringList({ u"DDOS-NO-CALL-TREE"_s }));
        QCOMPARE(found.constFirst().subject, u"ddos/call-tree"_s);

        // Calls to the host and a developer, but nobody tells customers.
        input.plan.callTree
            = { { .id = 1, .task = u"Call the host"_s, .callerPersonId = 1, .calleeProviderId = 1 },
                { .id = 2, .task = u"Wake the developer"_s, .callerPersonId = 1, .calleePersonId = 2 } };
        found = ddos(input);
        QCOMPARE(ids(found), QStringList({ u"DDOS-NO-CUSTOMER-CALL"_s }));
        QCOMPARE(found.constFirst().severity, Severity::Low);

        input.plan.callTree.append({ .id = 3, .task = u"Post on the status page"_s, .channel = u"web"_s });
        QVERIFY(ddos(input).isEmpty());
    }

    void theDrill_data()
    {
        QTest::addColumn<int>("daysAgo"); // -1: never
        QTest::addColumn<bool>("raised");
        QTest::newRow("never") << -1 << true;
        QTest::newRow("366 days") << 366 << true;
        QTest::newRow("365 days") << 365 << false;
        QTest::newRow("364 days") << 364 << false;
    }
    void theDrill()
    {
        QFETCH(int, daysAgo);
        QFETCH(bool, raised);
        DdosFindings::Input input = goodDdos();
        input.plan.lastDrill = daysAgo < 0 ? QDate() : today.addDays(-daysAgo);
        const QList<Finding> found = ddos(input);
        QCOMPARE(ids(found), raised ? QStringList({ u"DDOS-DRILL-OLD"_s }) : QStringList());
        if (raised) {
            QCOMPARE(found.constFirst().subject, u"ddos/drill"_s);
            QVERIFY(!found.constFirst().evidence.isEmpty());
        }
    }

    void theStandardStepsOpen()
    {
        DdosFindings::Input input = goodDdos();
        input.plan.steps = DdosPlan::standardSteps();
        QList<Finding> found = ddos(input);
        QCOMPARE(ids(found), QStringList({ u"DDOS-STEPS-OPEN"_s }));
        QCOMPARE(found.constFirst().severity, Severity::Medium);
        QCOMPARE(found.constFirst().evidence.split(u'\n').size(), 6);
        QVERIFY(found.constFirst().title.contains(u'6'));

        // Two left open: a smaller matter, naming just those two.
        for (qsizetype i = 0; i < 4; ++i)
            input.plan.steps[i].prepared = true;
        found = ddos(input);
        QCOMPARE(ids(found), QStringList({ u"DDOS-STEPS-OPEN"_s }));
        QCOMPARE(found.constFirst().severity, Severity::Low);
        QCOMPARE(found.constFirst().evidence,
                 input.plan.steps.at(4).displayTitle() + u'\n' + input.plan.steps.at(5).displayTitle());

        // The owner's own unticked steps are the owner's business.
        input.plan.steps[4].prepared = true;
        input.plan.steps[5].prepared = true;
        input.plan.steps.append({ .title = u"Static page at the CDN"_s, .position = 6 });
        QVERIFY(ddos(input).isEmpty());
    }

    void onARealPlan()
    {
        QTemporaryDir dir;
        FixedClock clock(now);
        Clock::setClock(&clock);
        const auto restore = qScopeGuard([] { Clock::setClock(nullptr); });
        auto created = Plan::create(
            dir.filePath(u"plan.storefort"_s),
            ShopProfile { .name = u"Tiny Tea"_s, .siteUrls = { u"https://tinytea.example"_s } });
        QVERIFY2(created, qPrintable(created.error()));
        Plan &plan = *created.value();

        // A new plan: each of the seven items is not recorded yet, one finding each.
        QList<Finding> found = RecoveryFindings::compute(plan, now);
        QCOMPARE(found.size(), 7);
        for (const RecoveryItem &item : plan.recoveryItems()) {
            QStringList forItem;
            for (const Finding &f : found) {
                if (RecoveryFindings::itemOf(f) == item.id)
                    forItem.append(f.id);
            }
            QCOMPARE(forItem, QStringList({ u"CONT-NOT-RECORDED"_s }));
        }
        QCOMPARE(ids(DdosFindings::compute(plan, today)),
                 QStringList({ u"DDOS-DRILL-OLD"_s, u"DDOS-HOST-NO-ANSWER"_s, u"DDOS-NO-CALL-TREE"_s,
                               u"DDOS-NO-CDN"_s, u"DDOS-STEPS-OPEN"_s }));

        // The probe kept in the plan shows Cloudflare in front; the host answered "no".
        TlsProbeResult seen = probe(u"Cloudflare"_s);
        QVERIFY(plan.addTlsProbe(TlsProbeJson::toRecord(seen)));
        const qint64 host = plan.addProvider(provider(0, u"Acme Hosting"_s, ProviderKind::WebHost)).value();
        Answer no = ddosAnswer(host, u"no"_s);
        no.answeredBy = u"Acme support"_s;
        const auto answered = plan.setAnswer(no);
        QVERIFY2(answered, qPrintable(answered.error()));
        QCOMPARE(ids(DdosFindings::compute(plan, today)),
                 QStringList({ u"DDOS-DRILL-OLD"_s, u"DDOS-NO-CALL-TREE"_s, u"DDOS-STEPS-OPEN"_s }));

        // A verified, held, placed backup drops out.
        RecoveryItem backup = plan.recoveryItems().constFirst();
        backup.holderProviderId = host;
        backup.location = u"/srv/backups"_s;
        QVERIFY(plan.updateRecoveryItem(backup));
        QVERIFY(plan.recordVerification(backup.id, passedAt(now.addDays(-2))));
        found = RecoveryFindings::compute(plan, now);
        QCOMPARE(found.size(), 6);
        for (const Finding &f : found)
            QVERIFY(RecoveryFindings::itemOf(f) != backup.id);
    }
};

QTEST_GUILESS_MAIN(TestContingencyFindings)
#include "tst_contingencyfindings.moc"
