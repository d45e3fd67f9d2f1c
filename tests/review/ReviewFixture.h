#pragma once

// Real plans for the review tests: a probe of the shop's site kept in the plan's history, and a plan
// with something to find in every step. Header-only, shared by tests/review and tests/cli.

#include "plan/Plan.h"
#include "tls/TlsProbeJson.h"

#include <QDateTime>

#include <memory>

namespace ReviewFixture {

using namespace Qt::StringLiterals;

// Noon UTC, so the local date is the same day in every time zone a test machine uses.
inline const QDateTime fixedNow(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);

// A probe of `host` that finished at `at`, with a certificate running out on `notAfter`. `old`:
// SSL 2 and TLS 1.0 are accepted too (a critical and a medium finding).
inline TlsProbeResult probe(const QString &host, const QDateTime &at, const QDateTime &notAfter,
                            bool old = false, const QString &cdn = {})
{
    TlsProbeResult r;
    r.host = host;
    r.ip = u"192.0.2.10"_s;
    r.finishedAt = at;
    for (TlsVersion v : TlsVersions::all()) {
        ProtocolResult p;
        p.version = v;
        p.accepted = v == TlsVersion::TLS12 || v == TlsVersion::TLS13
            || (old && (v == TlsVersion::SSLv2 || v == TlsVersion::TLS10));
        r.protocols.append(p);
    }
    r.certificate.present = true;
    r.certificate.subject = u"CN="_s + host;
    r.certificate.notBefore = notAfter.addDays(-90);
    r.certificate.notAfter = notAfter;
    r.certificate.trusted = true;
    r.certificate.hostnameMatch = true;
    r.certificate.spkiSha256 = QString(64, u'a');
    r.http.reached = true;
    r.http.cdn = cdn;
    return r;
}

inline bool addProbe(Plan &plan, const TlsProbeResult &result, const QString &grade = u"A"_s)
{
    TlsProbeRecord record = TlsProbeJson::toRecord(result);
    record.grade = grade;
    const auto added = plan.addTlsProbe(record);
    if (!added)
        qWarning("probe: %s", qPrintable(added.error()));
    return added.ok();
}

inline std::unique_ptr<Plan> create(const QString &path, const QStringList &sites = {})
{
    auto plan = Plan::create(path, ShopProfile { .name = u"Tiny Tea"_s, .siteUrls = sites });
    if (!plan)
        qFatal("plan: %s", qPrintable(plan.error()));
    return std::move(plan.value());
}

// Something to find in every step: no owner (shop & team); an old protocol on the site (TLS); a
// host that answered nothing (providers); an admin without 2-step login and no access review
// (accounts); no CDN and no call tree (DDoS); recovery items nobody holds (contingency).
struct MessyPlan
{
    qint64 hostId = 0;
    qint64 systemId = 0;
    qint64 adminId = 0;
};

inline MessyPlan fillMessy(Plan &plan, const QDateTime &now)
{
    MessyPlan ids;
    const auto check = [](bool ok, const char *what) {
        if (!ok)
            qFatal("messy plan: %s", what);
    };
    check(plan.setSiteUrls({ u"https://tinytea.example"_s }).ok(), "site");
    check(addProbe(plan, probe(u"tinytea.example"_s, now.addDays(-2), now.addDays(200), true), u"F"_s),
          "probe");
    const auto host = plan.addProvider(Provider { .name = u"Acme Hosting"_s, .kind = ProviderKind::WebHost });
    check(host.ok(), "host");
    ids.hostId = host.value();
    const auto system = plan.addSystem(System { .name = u"Shop admin"_s });
    check(system.ok(), "system");
    ids.systemId = system.value();
    Account admin;
    admin.systemId = ids.systemId;
    admin.userName = u"jana"_s;
    admin.role = AccountRole::Admin;
    admin.mfa = YesNoUnknown::No;
    const auto added = plan.addAccount(admin);
    check(added.ok(), "account");
    ids.adminId = added.value();
    return ids;
}

} // namespace ReviewFixture
