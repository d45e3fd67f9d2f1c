// Provider findings: every rule on both sides of its threshold with a fixed date, and the claims
// checked against real probes of `openssl s_server` on 127.0.0.1 and ::1.
#include "../tls/OpensslServers.h"
#include "../tls/ProbeTestHelpers.h"
#include "PlanFixture.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "providers/ProviderFindings.h"
#include "providers/QuestionBank.h"
#include "tls/TlsProbe.h"
#include "tls/TlsProbeJson.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDate today(2026, 11, 28);

Provider host(qint64 id = 1)
{
    Provider p;
    p.id = id;
    p.name = u"Acme Hosting"_s;
    p.kind = ProviderKind::WebHost;
    p.supportEmail = u"support@acme.example"_s;
    return p;
}

Answer answer(const QString &questionId, const QString &value, QDate givenOn = today.addDays(-10),
              qint64 providerId = 1)
{
    Answer a;
    a.id = qHash(questionId);
    a.providerId = providerId;
    a.questionId = questionId;
    a.questionVersion = QuestionBank::builtIn().find(questionId)->version;
    a.value = value;
    a.answeredBy = u"Jana Berg"_s;
    a.givenOn = givenOn;
    return a;
}

QList<Finding> findings(const QList<Provider> &providers, const QList<Answer> &answers,
                        const QList<TlsProbeResult> &probes = {}, int maxAgeMonths = 12)
{
    ProviderFindings::Options o;
    o.today = today;
    o.answerMaxAgeMonths = maxAgeMonths;
    return ProviderFindings::compute(providers, answers, probes, o);
}

QList<Finding> withId(const QList<Finding> &all, const QString &id)
{
    QList<Finding> out;
    for (const Finding &f : all) {
        if (f.id == id)
            out.append(f);
    }
    return out;
}

// Every applicable question of a host answered the way the bank expects, so that only the answers
// a test changes can raise findings.
QList<Answer> goodAnswers(const Provider &p)
{
    QList<Answer> out;
    QHash<QString, QString> values;
    // Conditions may open further questions: repeat until nothing new applies.
    for (int round = 0; round < 5; ++round) {
        for (const Question *q : QuestionBank::builtIn().applicable(p.kind, values)) {
            if (values.contains(q->id))
                continue;
            QString value;
            switch (q->type) {
            case Question::Type::YesNo:
            case Question::Type::Choice:
                value = q->expected.anyOf.isEmpty()
                    ? (q->type == Question::Type::YesNo ? u"yes"_s : q->choices.constFirst().key)
                    : q->expected.anyOf.constFirst();
                break;
            case Question::Type::Choices:
                value
                    = q->expected.anyOf.isEmpty() ? q->choices.constLast().key : q->expected.anyOf.join(u';');
                break;
            case Question::Type::Number:
                value = QString::number(q->expected.min ? *q->expected.min
                                                        : (q->expected.max ? *q->expected.max : 1));
                break;
            case Question::Type::Date:
                value = (q->expected.inFuture ? today.addDays(100) : today.addDays(-1)).toString(Qt::ISODate);
                break;
            case Question::Type::Text:
                value = u"As agreed in the contract."_s;
                break;
            }
            values.insert(q->id, value);
            out.append(answer(q->id, q->normalisedAnswer(value), today.addDays(-10), p.id));
        }
    }
    return out;
}

QList<Answer> replaced(QList<Answer> answers, const Answer &a)
{
    for (Answer &existing : answers) {
        if (existing.questionId == a.questionId)
            existing = a;
    }
    return answers;
}

} // namespace

class TestProviderFindings : public QObject
{
    Q_OBJECT

private slots:
    void aFullyAnsweredHostHasNoFindings()
    {
        const Provider p = host();
        const QList<Finding> all = findings({ p }, goodAnswers(p));
        for (const Finding &f : all)
            qWarning("unexpected: %s %s", qPrintable(f.id), qPrintable(f.title));
        QVERIFY(all.isEmpty());
    }

    void unansweredQuestionsAreGroupedBySeverity()
    {
        const Provider p = host();
        const QList<Finding> all = withId(findings({ p }, {}), u"PROV-UNANSWERED"_s);
        QSet<Severity> expected;
        int questions = 0;
        for (const Question *q : QuestionBank::builtIn().applicable(p.kind, {})) {
            if (q->severity != Severity::Info) {
                expected.insert(q->severity);
                ++questions;
            }
        }
        QSet<Severity> seen;
        int listed = 0;
        for (const Finding &f : all) {
            seen.insert(f.severity);
            listed += int(f.evidence.count(u'\n')) + 1;
            QCOMPARE(ProviderFindings::providerOf(f), p.id);
        }
        QCOMPARE(seen, expected);
        QCOMPARE(listed, questions);
        QVERIFY(all.constFirst().severity >= all.constLast().severity);

        // Answering every question of one severity removes that group alone.
        const Severity top = all.constFirst().severity;
        QList<Answer> someAnswers;
        for (const Answer &a : goodAnswers(p)) {
            if (QuestionBank::builtIn().find(a.questionId)->severity == top)
                someAnswers.append(a);
        }
        const QList<Finding> after = withId(findings({ p }, someAnswers), u"PROV-UNANSWERED"_s);
        QCOMPARE(after.size(), all.size() - 1);
        for (const Finding &f : after)
            QVERIFY(f.severity != top);
    }

    void answersThatFallShortAndUnknownAnswers()
    {
        const Provider p = host();
        QList<Answer> answers = replaced(goodAnswers(p), answer(u"host.tls.versions"_s, u"tls10;tls12"_s));
        answers = replaced(answers, answer(u"host.hsts"_s, u"unknown"_s));
        const QList<Finding> all = findings({ p }, answers);
        const QList<Finding> shortfalls = withId(all, u"PROV-ANSWER-SHORT"_s);
        QCOMPARE(shortfalls.size(), 1);
        QCOMPARE(shortfalls.constFirst().subject, u"provider/1/host.tls.versions"_s);
        QCOMPARE(shortfalls.constFirst().severity,
                 QuestionBank::builtIn().find(u"host.tls.versions"_s)->severity);
        QVERIFY(shortfalls.constFirst().evidence.contains(u"Jana Berg"_s));
        QVERIFY(shortfalls.constFirst().evidence.contains(u"TLS 1.0"_s));
        const QList<Finding> unknown = withId(all, u"PROV-ANSWER-UNKNOWN"_s);
        QCOMPARE(unknown.size(), 1);
        QVERIFY(unknown.constFirst().evidence.contains(
            QuestionBank::builtIn().find(u"host.hsts"_s)->translatedText()));
    }

    void answersGrowStaleAfterTheirAge()
    {
        const Provider p = host();
        // Given exactly 12 months ago: still fresh. A day earlier: due again.
        QList<Answer> fresh
            = replaced(goodAnswers(p), answer(u"host.hsts"_s, u"yes"_s, today.addMonths(-12)));
        QVERIFY(withId(findings({ p }, fresh), u"PROV-ANSWER-STALE"_s).isEmpty());
        QList<Answer> stale
            = replaced(goodAnswers(p), answer(u"host.hsts"_s, u"yes"_s, today.addMonths(-12).addDays(-1)));
        const QList<Finding> due = withId(findings({ p }, stale), u"PROV-ANSWER-STALE"_s);
        QCOMPARE(due.size(), 1);
        // A shorter age set by the owner makes the fresh one due too.
        QCOMPARE(withId(findings({ p }, fresh, {}, 6), u"PROV-ANSWER-STALE"_s).size(), 1);
        // An answer to an older version of the question is due whatever its age.
        Answer oldVersion = answer(u"host.hsts"_s, u"yes"_s);
        oldVersion.questionVersion = 0;
        QCOMPARE(withId(findings({ p }, replaced(goodAnswers(p), oldVersion)), u"PROV-ANSWER-STALE"_s).size(),
                 1);
    }

    void certificationsRunOut()
    {
        Provider payment = host(2);
        payment.kind = ProviderKind::Payment;
        payment.name = u"PayCo"_s;
        payment.certifications = { { Certification::Kind::PciDssAoc, {}, today.addDays(-1) },
                                   { Certification::Kind::Iso27001, {}, today.addDays(30) },
                                   { Certification::Kind::Soc2, {}, today.addDays(31) },
                                   { Certification::Kind::Other, u"C5"_s, today } };
        const QList<Finding> all = findings({ payment }, goodAnswers(payment));
        const QList<Finding> expired = withId(all, u"PROV-CERT-EXPIRED"_s);
        QCOMPARE(expired.size(), 1);
        QCOMPARE(expired.constFirst().severity, Severity::High);
        QCOMPARE(expired.constFirst().subject, u"provider/2/cert/0"_s);
        const QList<Finding> expiring = withId(all, u"PROV-CERT-EXPIRING"_s);
        QCOMPARE(expiring.size(), 2); // 30 days and today; 31 days is not yet a finding
        QStringList subjects { expiring.at(0).subject, expiring.at(1).subject };
        subjects.sort();
        QCOMPARE(subjects, (QStringList { u"provider/2/cert/1"_s, u"provider/2/cert/3"_s }));
    }

    void contractsAndContacts()
    {
        Provider ended = host();
        ended.contractEnd = today.addDays(-1);
        QCOMPARE(withId(findings({ ended }, goodAnswers(ended)), u"PROV-CONTRACT-ENDED"_s).size(), 1);
        ended.contractEnd = today;
        QVERIFY(withId(findings({ ended }, goodAnswers(ended)), u"PROV-CONTRACT-ENDED"_s).isEmpty());

        Provider unreachable = host();
        unreachable.supportEmail.clear();
        QCOMPARE(withId(findings({ unreachable }, goodAnswers(unreachable)), u"PROV-NO-CONTACT"_s).size(), 1);
        unreachable.escalationContact = u"Jana, +49 30 1"_s;
        QVERIFY(withId(findings({ unreachable }, goodAnswers(unreachable)), u"PROV-NO-CONTACT"_s).isEmpty());
    }

    void claimsAreCheckedAgainstRealProbes_data() { OpensslServers::addLoopbackHosts(); }

    void claimsAreCheckedAgainstRealProbes()
    {
        QFETCH(QString, host);
        OpensslServers servers;
        QVERIFY2(servers.setUp().isEmpty(), "openssl could not be set up");
        // A server that still takes TLS 1.0 and sends no HSTS and no CDN headers.
        const auto legacy = servers.start(
            host, { u"-min_protocol"_s, u"TLSv1"_s, u"-cipher"_s, u"DEFAULT:@SECLEVEL=0"_s, u"-www"_s });
        QVERIFY(legacy.port != 0);
        TlsProbe probe({ host, legacy.port }, ProbeTestHelpers::quickOptions());
        auto results = probe.run();
        QVERIFY2(results, qPrintable(results.error()));
        QCOMPARE(results->size(), 1);
        const TlsProbeResult seen = results->constFirst();
        QVERIFY(seen.accepted(TlsVersion::TLS10));
        QVERIFY(seen.http.reached);

        const Provider p = ::host();
        QList<Answer> claims = goodAnswers(p);
        claims = replaced(claims, answer(u"host.tls.versions"_s, u"tls12;tls13"_s));
        claims = replaced(claims, answer(u"host.hsts"_s, u"yes"_s));
        claims = replaced(claims, answer(u"host.cdn.fronted"_s, u"yes"_s));
        const QList<Finding> all = findings({ p }, claims, { seen });
        QCOMPARE(withId(all, u"PROV-CLAIM-TLS-OLD"_s).size(), 1);
        QVERIFY(withId(all, u"PROV-CLAIM-TLS-OLD"_s).constFirst().title.contains(u"TLS 1.0"_s));
        QCOMPARE(withId(all, u"PROV-CLAIM-HSTS"_s).size(), 1);
        QCOMPARE(withId(all, u"PROV-CLAIM-CDN"_s).size(), 1);
        // The answers themselves are good ones: only the probe shows them wrong.
        QVERIFY(withId(all, u"PROV-ANSWER-SHORT"_s).isEmpty());

        // Honest answers raise no contradiction.
        QList<Answer> honest = replaced(claims, answer(u"host.tls.versions"_s, u"tls10;tls11;tls12;tls13"_s));
        honest = replaced(honest, answer(u"host.hsts"_s, u"no"_s));
        honest = replaced(honest, answer(u"host.cdn.fronted"_s, u"no"_s));
        const QList<Finding> none = findings({ p }, honest, { seen });
        for (const QString &id : { u"PROV-CLAIM-TLS-OLD"_s, u"PROV-CLAIM-HSTS"_s, u"PROV-CLAIM-CDN"_s })
            QVERIFY2(withId(none, id).isEmpty(), qPrintable(id));

        // A server without TLS 1.3 contradicts a claim of TLS 1.3.
        const auto noTls13 = servers.start(host, { u"-no_tls1_3"_s, u"-www"_s });
        QVERIFY(noTls13.port != 0);
        TlsProbe second({ host, noTls13.port }, ProbeTestHelpers::quickOptions());
        auto secondResults = second.run();
        QVERIFY(secondResults);
        const QList<Finding> missing = findings({ p }, claims, { secondResults->constFirst() });
        QCOMPARE(withId(missing, u"PROV-CLAIM-TLS-MISSING"_s).size(), 1);
        QVERIFY(withId(missing, u"PROV-CLAIM-TLS-OLD"_s).isEmpty());
    }

    void aPlanChecksItsLatestProbeOfItsOwnSite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"plan.storefort"_s);
        auto plan = Plan::create(
            path, ShopProfile { .name = u"Tiny Tea"_s, .siteUrls = { u"https://tinytea.example"_s } });
        QVERIFY2(plan, qPrintable(plan.error()));
        const qint64 id = plan.value()->addProvider(::host()).value();
        QVERIFY(plan.value()->setAnswer(answer(u"host.hsts"_s, u"yes"_s, today.addDays(-3), id)));

        TlsProbeResult older;
        older.host = u"tinytea.example"_s;
        older.ip = u"192.0.2.1"_s;
        older.finishedAt = QDateTime(today.addDays(-5), QTime(9, 0), Qt::UTC);
        older.http.reached = true; // no HSTS then
        TlsProbeResult newer = older;
        newer.finishedAt = older.finishedAt.addDays(2);
        newer.http.hstsMaxAge = 31536000;
        TlsProbeResult elsewhere = older; // another site: not the shop's
        elsewhere.host = u"unrelated.example"_s;
        for (const TlsProbeResult &r : { older, newer, elsewhere })
            QVERIFY(plan.value()->addTlsProbe(TlsProbeJson::toRecord(r)));

        const QList<TlsProbeResult> latest = ProviderFindings::latestProbes(*plan.value());
        QCOMPARE(latest.size(), 1);
        QCOMPARE(latest.constFirst().finishedAt, newer.finishedAt);
        QVERIFY(withId(ProviderFindings::compute(*plan.value(), today), u"PROV-CLAIM-HSTS"_s).isEmpty());

        // A newer probe without HSTS brings the contradiction back.
        TlsProbeResult newest = older;
        newest.finishedAt = newer.finishedAt.addDays(1);
        QVERIFY(plan.value()->addTlsProbe(TlsProbeJson::toRecord(newest)));
        QCOMPARE(withId(ProviderFindings::compute(*plan.value(), today), u"PROV-CLAIM-HSTS"_s).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProviderFindings)
#include "tst_providerfindings.moc"
