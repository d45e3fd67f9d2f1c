#pragma once

// The large plan the report benchmarks share: 10,000 accounts (100 of them admins), 30 providers
// with 200 answers, 50 probes of the site in its history, every recovery item held, placed and
// verified with a 20-commit change log, a full call tree. Header-only: each benchmark is one file.
#include "accounts/AccountSync.h"
#include "accounts/importers/AccountImporter.h"
#include "plan/Plan.h"
#include "providers/QuestionBank.h"
#include "tls/TlsProbeJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <sys/resource.h>

namespace BenchPlan {

using namespace Qt::StringLiterals;

inline double peakMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

[[noreturn]] inline void fail(const char *what, const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(message));
    std::exit(1);
}

inline QByteArray wordPressExport(int rows)
{
    QByteArray csv = "ID,user_login,display_name,user_email,user_registered,roles\n";
    for (int i = 1; i <= rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += n + ",user" + n + ",\"Customer " + n + "\",user" + n + "@shop.example,2024-01-31 10:20:10,"
            + (i % 100 == 0 ? "administrator" : "customer") + '\n';
    }
    return csv;
}

// A value the question accepts.
inline QString answerFor(const Question &q, int n)
{
    switch (q.type) {
    case Question::Type::YesNo:
        return n % 3 == 0 ? u"no"_s : u"yes"_s;
    case Question::Type::Choice:
    case Question::Type::Choices:
        return q.choices.isEmpty() ? u"unknown"_s : q.choices.at(n % q.choices.size()).key;
    case Question::Type::Number:
        return QString::number(10 + n % 50);
    case Question::Type::Date:
        return u"2026-06-01"_s;
    case Question::Type::Text:
        return u"Answered in writing by the provider's security team, see the attached statement no. %1."_s
            .arg(n);
    }
    return u"unknown"_s;
}

inline TlsProbeResult probe(int n, const QDateTime &at)
{
    TlsProbeResult r;
    r.host = u"shop.example"_s;
    r.ip = u"192.0.2.10"_s;
    r.finishedAt = at;
    for (TlsVersion v : TlsVersions::all()) {
        ProtocolResult p;
        p.version = v;
        p.accepted = v == TlsVersion::TLS12 || v == TlsVersion::TLS13 || (n < 10 && v == TlsVersion::TLS10);
        r.protocols.append(p);
    }
    r.certificate.present = true;
    r.certificate.subject = u"CN=shop.example"_s;
    r.certificate.notBefore = at.addDays(-30);
    r.certificate.notAfter = at.addDays(60);
    r.certificate.trusted = true;
    r.certificate.hostnameMatch = true;
    r.certificate.spkiSha256 = u"ab"_s.repeated(32);
    r.http.reached = true;
    r.http.cdn = n % 2 ? u"Cloudflare"_s : QString();
    return r;
}

// Makes the plan at `path`, as of `now`; exits with a message when any step fails.
inline std::unique_ptr<Plan> build(const QString &path, const QDateTime &now)
{
    auto created = Plan::create(path, ShopProfile { .name = u"Bench shop"_s });
    if (!created)
        fail("plan", created.error());
    Plan &plan = *created.value();
    if (Status s = plan.setSiteUrls({ u"https://shop.example"_s }); !s)
        fail("site", s.error());

    // The team.
    QList<qint64> people;
    for (int i = 0; i < 12; ++i) {
        Person p;
        p.name = u"Team member %1"_s.arg(i + 1);
        p.phone = u"+49 30 555 01%1"_s.arg(i, 2, 10, QChar(u'0'));
        p.email = u"member%1@shop.example"_s.arg(i + 1);
        auto id = plan.addPerson(p);
        if (!id)
            fail("person", id.error());
        people.append(id.value());
    }
    // 30 providers and 200 answers.
    const QList<ProviderKind> kinds { ProviderKind::WebHost, ProviderKind::CdnDns,    ProviderKind::Platform,
                                      ProviderKind::Payment, ProviderKind::Developer, ProviderKind::Email };
    QList<Answer> answers;
    for (int i = 0; i < 30; ++i) {
        Provider p;
        p.name = u"Provider %1"_s.arg(i + 1);
        p.kind = kinds.at(i % kinds.size());
        p.supportPhone = u"+49 800 000 %1"_s.arg(i, 3, 10, QChar(u'0'));
        p.supportEmail = u"support@provider%1.example"_s.arg(i + 1);
        p.supportHours = u"Mon–Fri 8–18"_s;
        p.accountId = u"C-%1"_s.arg(10000 + i);
        auto id = plan.addProvider(p);
        if (!id)
            fail("provider", id.error());
        const auto questions = QuestionBank::builtIn().forKind(p.kind);
        for (const Question *q : questions) {
            if (answers.size() >= 200 || answers.size() >= (i + 1) * 7)
                break;
            Answer a;
            a.providerId = id.value();
            a.questionId = q->id;
            a.value = answerFor(*q, int(answers.size()));
            a.answeredBy = u"Security team"_s;
            a.givenOn = now.date().addDays(-(int(answers.size()) * 3));
            answers.append(a);
        }
    }
    if (Status s = plan.setAnswers(answers); !s)
        fail("answers", s.error());
    // 50 probes in the history.
    for (int i = 0; i < 50; ++i) {
        const QDateTime at = now.addDays(i - 50);
        const TlsProbeResult r = probe(i, at);
        TlsProbeRecord record;
        record.at = at;
        record.host = r.host;
        record.ip = r.ip;
        record.grade = u"A"_s;
        record.json = QJsonDocument(TlsProbeJson::toJson(r)).toJson(QJsonDocument::Compact);
        if (auto id = plan.addTlsProbe(record); !id)
            fail("probe", id.error());
    }
    // 10,000 accounts.
    auto system = plan.addSystem(System { .name = u"Shop admin"_s });
    if (!system)
        fail("system", system.error());
    auto import
        = AccountImporter::read(wordPressExport(10000), AccountImportFormat::WordPress, u"users.csv"_s);
    if (!import)
        fail("import", import.error());
    const AccountSync sync = AccountSync::compute(system.value(), plan.accounts(), import.value());
    if (Status s = plan.applyImport(system.value(), sync); !s)
        fail("apply", s.error());
    // Every recovery item held, placed and verified; the code item with a 20-commit change log.
    // A copy: each update reloads the plan's list, which would leave a loop over it dangling.
    const QList<RecoveryItem> items = plan.recoveryItems();
    for (RecoveryItem item : items) {
        item.holderPersonId = people.at(int(item.id % people.size()));
        item.location = u"/srv/recovery/"_s + item.builtIn;
        item.howToReach = u"Ask the holder; a copy is in the office safe."_s;
        if (Status s = plan.updateRecoveryItem(item); !s)
            fail("item", s.error());
        Verification v;
        v.at = now.addSecs(-3600);
        v.add(u"item.checked"_s, CheckOutcome::Passed, u"Checked by the benchmark."_s);
        if (item.kind == RecoveryKind::CodeRepository) {
            QJsonArray log;
            for (int c = 0; c < 20; ++c)
                log.append(QJsonObject { { u"hash"_s, u"%1"_s.arg(c, 12, 16, QChar(u'0')) },
                                         { u"author"_s, u"Developer %1"_s.arg(c % 3 + 1) },
                                         { u"date"_s, now.addDays(-c).toString(Qt::ISODate) },
                                         { u"subject"_s, u"Change number %1 to the checkout"_s.arg(c) } });
            v.facts.insert(u"log"_s, log);
        }
        if (auto id = plan.recordVerification(item.id, v); !id)
            fail("verification", id.error());
    }
    DdosPlan ddos = plan.ddosPlan();
    for (int i = 0; i < 8; ++i)
        ddos.callTree.append({ .task = u"Call number %1"_s.arg(i + 1),
                               .callerPersonId = people.at(i % people.size()),
                               .calleeProviderId = plan.providers().at(i).id,
                               .channel = u"Phone"_s,
                               .contact = plan.providers().at(i).supportPhone });
    if (Status s = plan.setDdosPlan(ddos); !s)
        fail("ddos", s.error());
    return std::move(created.value());
}

} // namespace BenchPlan
