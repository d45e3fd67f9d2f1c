// The health check of the secrets Storefort keeps: zxcvbn strength on both sides of every score
// threshold, reuse, age on both sides of the limit with an injected "now", when the plan says a
// secret was stored, and that no finding or report ever holds the secret or any part of it.
#include "common/Clock.h"
#include "plan/Plan.h"
#include "secrets/CredentialHealth.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Severity)

namespace {

const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

CredentialEntry entry(const QString &label, const QString &itemId, const QString &secret,
                      const QDateTime &storedAt = {})
{
    // A heap copy, as the keychain gives: assess() must be able to overwrite it.
    return CredentialEntry { label,
                             SecretRef(u"plan-1"_s, u"provider"_s, itemId, u"portal"_s),
                             QString(secret.constData(), secret.size()),
                             storedAt,
                             {} };
}

CredentialHealth::Options at(const QDateTime &when, int maxAgeDays = 365)
{
    CredentialHealth::Options options;
    options.now = when;
    options.maxAgeDays = maxAgeDays;
    return options;
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

// The first place `text` shows `secret` or any four characters of it in a row (case ignored).
QString partOfSecretIn(const QString &text, const QString &secret)
{
    if (text.contains(secret, Qt::CaseInsensitive))
        return secret.left(2) + u"…"_s;
    for (qsizetype i = 0; i + 4 <= secret.size(); ++i) {
        if (text.contains(secret.mid(i, 4), Qt::CaseInsensitive))
            return u"characters %1–%2"_s.arg(i + 1).arg(i + 4);
    }
    return {};
}

} // namespace

class TestCredentialHealth : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase() { Clock::setClock(nullptr); }

    void scoreThresholds_data();
    void scoreThresholds();
    void knownPasswords_data();
    void knownPasswords();
    void weakFindingFollowsTheScore_data();
    void weakFindingFollowsTheScore();
    void hintsMakeASecretWeaker();
    void reuseNamesEveryEntry();
    void ageOnBothSidesOfTheLimit_data();
    void ageOnBothSidesOfTheLimit();
    void noSecretInAnyFindingOrReport();
    void secretsAreOverwritten();
    void planKnowsWhenASecretWasStored();
};

void TestCredentialHealth::scoreThresholds_data()
{
    QTest::addColumn<double>("bits");
    QTest::addColumn<int>("score");
    QTest::newRow("0") << 0.0 << 0;
    QTest::newRow("just below weak") << 27.99 << 0;
    QTest::newRow("weak") << 28.0 << 1;
    QTest::newRow("just below fair") << 49.99 << 1;
    QTest::newRow("fair") << 50.0 << 2;
    QTest::newRow("just below strong") << 64.99 << 2;
    QTest::newRow("strong") << 65.0 << 3;
    QTest::newRow("just below very strong") << 89.99 << 3;
    QTest::newRow("very strong") << 90.0 << 4;
    QTest::newRow("huge") << 500.0 << 4;
}

void TestCredentialHealth::scoreThresholds()
{
    QFETCH(double, bits);
    QFETCH(int, score);
    QCOMPARE(CredentialHealth::scoreFor(bits), score);
}

void TestCredentialHealth::knownPasswords_data()
{
    // zxcvbn's estimates (libzxcvbn 2.5) in brackets: each pair sits on both sides of a threshold.
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("score");
    QTest::addColumn<QString>("name");
    QTest::newRow("common word [0]") << u"password"_s << 0 << u"very weak"_s;
    QTest::newRow("word and year [14]") << u"summer2024"_s << 0 << u"very weak"_s;
    QTest::newRow("6 random [34]") << u"mW9vQz"_s << 1 << u"weak"_s;
    QTest::newRow("classic leet [47]") << u"Tr0ub4dor&3"_s << 1 << u"weak"_s;
    QTest::newRow("8 random with symbol [53]") << u"Kx7#pQ2m"_s << 2 << u"fair"_s;
    QTest::newRow("10 random [58]") << u"mW9vQzP2rT"_s << 2 << u"fair"_s;
    QTest::newRow("10 random with symbol [66]") << u"Kx7#pQ2mZ9"_s << 3 << u"strong"_s;
    QTest::newRow("four words [70]") << u"correct horse battery staple"_s << 3 << u"strong"_s;
    QTest::newRow("16 random [99]") << u"Kx7#pQ2mZ9vL4t$W"_s << 4 << u"very strong"_s;
    QTest::newRow("20 random [113]") << u"n4Tq8vWz3KpY7rHs2mXc"_s << 4 << u"very strong"_s;
}

void TestCredentialHealth::knownPasswords()
{
    QFETCH(QString, secret);
    QFETCH(int, score);
    QFETCH(QString, name);
    const double bits = CredentialHealth::entropyBits(secret);
    QVERIFY2(CredentialHealth::scoreFor(bits) == score,
             qPrintable(u"%1 bits gave score %2, expected %3"_s.arg(bits)
                            .arg(CredentialHealth::scoreFor(bits))
                            .arg(score)));
    QCOMPARE(CredentialHealth::scoreName(score), name);

    QList<CredentialEntry> entries { entry(u"Portal of Example Host"_s, u"1"_s, secret) };
    const CredentialHealthResult result = CredentialHealth::assess(entries, at(now));
    QCOMPARE(result.reports.size(), 1);
    QCOMPARE(result.reports.first().score, score);
}

void TestCredentialHealth::weakFindingFollowsTheScore_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("weak");
    QTest::addColumn<Severity>("severity");
    QTest::newRow("score 0: high") << u"summer2024"_s << true << Severity::High;
    QTest::newRow("score 1: high") << u"mW9vQzP2"_s << true << Severity::High;
    QTest::newRow("score 2: medium") << u"mW9vQzP2rT"_s << true << Severity::Medium;
    QTest::newRow("score 3: none") << u"mW9vQzP2rTk8"_s << false << Severity::Info;
    QTest::newRow("score 4: none") << u"n4Tq8vWz3KpY7rHs2mXc"_s << false << Severity::Info;
}

void TestCredentialHealth::weakFindingFollowsTheScore()
{
    QFETCH(QString, secret);
    QFETCH(bool, weak);
    QFETCH(Severity, severity);
    QList<CredentialEntry> entries { entry(u"Portal of Example Host"_s, u"7"_s, secret, now.addDays(-3)) };
    const CredentialHealthResult result = CredentialHealth::assess(entries, at(now));
    const QList<Finding> found = withId(result.findings, u"CRED-WEAK"_s);
    QCOMPARE(found.size(), weak ? 1 : 0);
    QCOMPARE(result.findings.size(), found.size()); // not reused, not old
    if (weak) {
        QCOMPARE(found.first().severity, severity);
        QCOMPARE(found.first().subject, u"secret/provider/7/portal"_s);
        QVERIFY(found.first().title.contains(u"Portal of Example Host"_s));
        QVERIFY(!found.first().why.isEmpty());
        QVERIFY(!found.first().fix.isEmpty());
        QVERIFY(found.first().evidence.contains(CredentialHealth::scoreName(result.reports.first().score)));
    }
}

void TestCredentialHealth::hintsMakeASecretWeaker()
{
    const QString secret = u"tinyteashop"_s;
    const double plain = CredentialHealth::entropyBits(secret);
    const double hinted = CredentialHealth::entropyBits(secret, { u"Tiny Tea Shop"_s, u"tinyteashop"_s });
    QVERIFY2(hinted < plain, qPrintable(u"%1 bits with hints, %2 without"_s.arg(hinted).arg(plain)));
}

void TestCredentialHealth::reuseNamesEveryEntry()
{
    const QString shared = u"n4Tq8vWz3KpY7rHs2mXc"_s;
    QList<CredentialEntry> entries {
        entry(u"Portal of Example Host"_s, u"1"_s, shared),
        entry(u"Portal of Fast CDN"_s, u"2"_s, u"Kx7#pQ2mZ9vL4t$W"_s),
        entry(u"Portal of Mail Co"_s, u"3"_s, shared),
        entry(u"Portal of Pay Ltd"_s, u"4"_s, shared),
    };
    const CredentialHealthResult result = CredentialHealth::assess(entries, at(now));
    const QList<Finding> reused = withId(result.findings, u"CRED-REUSED"_s);
    QCOMPARE(reused.size(), 1);
    QCOMPARE(reused.first().severity, Severity::High);
    for (const QString &label :
         { u"Portal of Example Host"_s, u"Portal of Mail Co"_s, u"Portal of Pay Ltd"_s }) {
        QVERIFY2(reused.first().evidence.contains(label), qPrintable(reused.first().evidence));
        QVERIFY2(reused.first().fix.contains(label), qPrintable(reused.first().fix));
    }
    QVERIFY(!reused.first().evidence.contains(u"Fast CDN"_s));
    QVERIFY(reused.first().title.contains(u'3'));

    QCOMPARE(result.reports.at(0).reusedWith,
             QStringList({ u"Portal of Mail Co"_s, u"Portal of Pay Ltd"_s }));
    QCOMPARE(result.reports.at(1).reusedWith, QStringList());
    QCOMPARE(result.reports.at(2).reusedWith,
             QStringList({ u"Portal of Example Host"_s, u"Portal of Pay Ltd"_s }));
    QCOMPARE(result.reports.at(3).reusedWith,
             QStringList({ u"Portal of Example Host"_s, u"Portal of Mail Co"_s }));
    // Strong secrets: reuse is the only finding.
    QCOMPARE(result.findings.size(), 1);

    // Differing only in case is a different secret.
    QList<CredentialEntry> cased { entry(u"A"_s, u"1"_s, u"Kx7#pQ2mZ9vL4t$W"_s),
                                   entry(u"B"_s, u"2"_s, u"kx7#pq2mz9vl4t$w"_s) };
    QVERIFY(withId(CredentialHealth::assess(cased, at(now)).findings, u"CRED-REUSED"_s).isEmpty());
}

void TestCredentialHealth::ageOnBothSidesOfTheLimit_data()
{
    QTest::addColumn<QDateTime>("storedAt");
    QTest::addColumn<int>("maxAgeDays");
    QTest::addColumn<int>("ageDays");
    QTest::addColumn<bool>("old");
    QTest::newRow("today") << now.addSecs(-60) << 365 << 0 << false;
    QTest::newRow("365 days") << now.addDays(-365) << 365 << 365 << false;
    QTest::newRow("366 days") << now.addDays(-366) << 365 << 366 << true;
    QTest::newRow("three years") << now.addYears(-3) << 365 << 1096 << true;
    QTest::newRow("30 of 30") << now.addDays(-30) << 30 << 30 << false;
    QTest::newRow("31 of 30") << now.addDays(-31) << 30 << 31 << true;
    QTest::newRow("unknown") << QDateTime() << 365 << -1 << false;
    QTest::newRow("in the future") << now.addDays(2) << 365 << 0 << false;
}

void TestCredentialHealth::ageOnBothSidesOfTheLimit()
{
    QFETCH(QDateTime, storedAt);
    QFETCH(int, maxAgeDays);
    QFETCH(int, ageDays);
    QFETCH(bool, old);
    QList<CredentialEntry> entries { entry(u"Portal of Example Host"_s, u"1"_s, u"n4Tq8vWz3KpY7rHs2mXc"_s,
                                           storedAt) };
    const CredentialHealthResult result = CredentialHealth::assess(entries, at(now, maxAgeDays));
    QCOMPARE(result.reports.first().ageDays, ageDays);
    const QList<Finding> found = withId(result.findings, u"CRED-OLD"_s);
    QCOMPARE(found.size(), old ? 1 : 0);
    QCOMPARE(result.findings.size(), found.size());
    if (old) {
        QCOMPARE(found.first().severity, Severity::Low);
        QVERIFY(found.first().title.contains(QString::number(ageDays)));
        QVERIFY(found.first().evidence.contains(QString::number(maxAgeDays)));
    }

    // The clock is what "now" is when no date is given.
    FixedClock clock(now);
    Clock::setClock(&clock);
    const auto restoreClock = qScopeGuard([] { Clock::setClock(nullptr); });
    QList<CredentialEntry> again { entry(u"Portal of Example Host"_s, u"1"_s, u"n4Tq8vWz3KpY7rHs2mXc"_s,
                                         storedAt) };
    CredentialHealth::Options byClock;
    byClock.maxAgeDays = maxAgeDays;
    QCOMPARE(CredentialHealth::assess(again, byClock).reports.first().ageDays, ageDays);
}

void TestCredentialHealth::noSecretInAnyFindingOrReport()
{
    // Every rule fires: weak ones, a reused one, old ones. None of the secrets shares four
    // characters with the labels or the wording.
    const QStringList secrets { u"qwertyuiop"_s, u"zxcvbnm123"_s, u"Kx7#pQ2mZ9vL4t$W"_s, u"mW9vQzP2rT"_s };
    QList<CredentialEntry> entries {
        entry(u"Portal of Example Host"_s, u"1"_s, secrets.at(0), now.addYears(-2)),
        entry(u"Portal of Fast CDN"_s, u"2"_s, secrets.at(1), now.addDays(-400)),
        entry(u"Portal of Mail Co"_s, u"3"_s, secrets.at(2), now.addDays(-10)),
        entry(u"Portal of Pay Ltd"_s, u"4"_s, secrets.at(2), now.addDays(-500)),
        entry(u"Portal of Domain Inc"_s, u"5"_s, secrets.at(3)),
    };
    const CredentialHealthResult result = CredentialHealth::assess(entries, at(now));
    QCOMPARE(withId(result.findings, u"CRED-WEAK"_s).size(), 3);
    QCOMPARE(withId(result.findings, u"CRED-REUSED"_s).size(), 1);
    QCOMPARE(withId(result.findings, u"CRED-OLD"_s).size(), 3);

    int checked = 0;
    for (const Finding &f : result.findings) {
        for (const QString *field : { &f.id, &f.title, &f.why, &f.evidence, &f.fix, &f.subject }) {
            QVERIFY(!field->isEmpty());
            for (const QString &secret : secrets) {
                const QString part = partOfSecretIn(*field, secret);
                QVERIFY2(part.isEmpty(), qPrintable(f.id + u": a field shows "_s + part + u" of a secret"_s));
            }
            ++checked;
        }
    }
    for (const CredentialReport &report : result.reports) {
        for (const QString &secret : secrets) {
            QVERIFY(partOfSecretIn(report.label + report.subject + report.reusedWith.join(u' '), secret)
                        .isEmpty());
            QVERIFY(partOfSecretIn(CredentialHealth::scoreName(report.score), secret).isEmpty());
        }
    }
    QCOMPARE(checked, 7 * 6);
    // The check can fail: a finding quoting a secret would be caught.
    QVERIFY(!partOfSecretIn(u"the portal said: Xqwerty"_s, secrets.at(0)).isEmpty());
    QVERIFY(!partOfSecretIn(u"ends in 4T$w"_s, secrets.at(2)).isEmpty());
}

void TestCredentialHealth::secretsAreOverwritten()
{
    QList<CredentialEntry> entries { entry(u"Portal of Example Host"_s, u"1"_s, u"Kx7#pQ2mZ9vL4t$W"_s) };
    const QString copy = entries.first().secret; // shares the characters: they must go too
    QCOMPARE(copy, u"Kx7#pQ2mZ9vL4t$W"_s);
    const CredentialHealthResult result = CredentialHealth::assess(entries, at(now));
    QCOMPARE(result.reports.size(), 1);
    QVERIFY(entries.first().secret.isEmpty());
    QCOMPARE(copy.size(), 16);
    for (QChar c : copy)
        QCOMPARE(c, QChar());

    // A literal cannot be written over; it is let go of without a crash.
    QString literal = u"read-only"_s;
    wipeSecretText(literal);
    QVERIFY(literal.isEmpty());
}

void TestCredentialHealth::planKnowsWhenASecretWasStored()
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2024, 1, 10), QTime(9, 0), Qt::UTC));
    Clock::setClock(&clock);
    const auto restoreClock = qScopeGuard([] { Clock::setClock(nullptr); });
    auto plan = Plan::create(dir.filePath(u"shop.storefort"_s), ShopProfile { .name = u"Tiny Tea"_s });
    QVERIFY2(plan, qPrintable(plan.error()));

    // A provider added without a secret: nothing is known.
    Provider host;
    host.name = u"Example Host"_s;
    const qint64 hostId = plan.value()->addProvider(host).value();
    QVERIFY(!CredentialHealth::storedAt(*plan.value(), hostId).isValid());

    // Its secret stored later: that time.
    const QDateTime stored(QDate(2024, 5, 2), QTime(14, 30), Qt::UTC);
    clock.setTime(stored);
    Provider withSecret = *plan.value()->provider(hostId);
    withSecret.credentialRef
        = SecretRef(plan.value()->planId(), u"provider"_s, QString::number(hostId), u"portal"_s).key();
    QVERIFY(plan.value()->updateProvider(withSecret));
    // Other edits later do not count.
    clock.setTime(stored.addDays(20));
    withSecret.notes = u"Call Jana first"_s;
    QVERIFY(plan.value()->updateProvider(withSecret));
    QCOMPARE(CredentialHealth::storedAt(*plan.value(), hostId), stored);

    // Deleted and stored again: the second time.
    clock.setTime(stored.addDays(40));
    Provider without = *plan.value()->provider(hostId);
    without.credentialRef.clear();
    QVERIFY(plan.value()->updateProvider(without));
    const QDateTime again = stored.addDays(41);
    clock.setTime(again);
    QVERIFY(plan.value()->updateProvider(withSecret));
    QCOMPARE(CredentialHealth::storedAt(*plan.value(), hostId), again);

    // A provider created with a secret already: its creation.
    const QDateTime created(QDate(2025, 2, 3), QTime(8, 0), Qt::UTC);
    clock.setTime(created);
    Provider cdn;
    cdn.name = u"Fast CDN"_s;
    cdn.kind = ProviderKind::CdnDns;
    cdn.credentialRef = SecretRef(plan.value()->planId(), u"provider"_s, u"99"_s, u"portal"_s).key();
    const qint64 cdnId = plan.value()->addProvider(cdn).value();
    QCOMPARE(CredentialHealth::storedAt(*plan.value(), cdnId), created);
    QCOMPARE(CredentialHealth::storedAt(*plan.value(), hostId), again);
}

QTEST_GUILESS_MAIN(TestCredentialHealth)
#include "tst_credentialhealth.moc"
