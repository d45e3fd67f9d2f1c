#include "TlsChanges.h"

#include "TlsGrade.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

using Change = TlsChanges::Change;
using Direction = Change::Direction;

// Best first. T (not trusted) and M (wrong name) count below F: visitors see a warning page.
int gradeRank(const QString &letter)
{
    static const QStringList order { u"A+"_s, u"A"_s, u"A-"_s, u"B"_s, u"C"_s,
                                     u"D"_s,  u"E"_s, u"F"_s,  u"M"_s, u"T"_s };
    const qsizetype i = order.indexOf(letter);
    return i < 0 ? int(order.size()) : int(i);
}

QSet<quint32> suiteIds(const ProtocolResult *p)
{
    QSet<quint32> ids;
    if (p)
        for (const OfferedSuite &s : p->suites)
            ids.insert(s.ssl2Kind ? s.ssl2Kind : s.id);
    return ids;
}

QStringList namesOf(const ProtocolResult *p, const QSet<quint32> &ids)
{
    QStringList names;
    if (p)
        for (const OfferedSuite &s : p->suites)
            if (ids.contains(s.ssl2Kind ? s.ssl2Kind : s.id))
                names.append(s.name);
    return names;
}

void flaw(QList<Change> &out, const QString &id, bool before, bool after, const QString &name)
{
    if (before == after)
        return;
    if (after)
        out.append(
            { u"flaw-new-"_s + id, Direction::Worse,
              QCoreApplication::translate("TlsChanges", "%1: the site is now open to this flaw").arg(name) });
    else
        out.append({ u"flaw-fixed-"_s + id, Direction::Better,
                     QCoreApplication::translate("TlsChanges", "%1: fixed").arg(name) });
}

void protocolChanges(QList<Change> &out, const TlsProbeResult &before, const TlsProbeResult &after)
{
    for (const TlsVersion version : TlsVersions::all()) {
        const ProtocolResult *b = before.protocol(version);
        const ProtocolResult *a = after.protocol(version);
        if (!b || !a)
            continue; // not probed on one side: nothing to compare
        const QString name = TlsVersions::displayName(version);
        const QString key = TlsVersions::key(version);
        const bool modern = version >= TlsVersion::TLS12;
        if (!b->accepted && a->accepted)
            out.append({ u"protocol-added-"_s + key, modern ? Direction::Better : Direction::Worse,
                         QCoreApplication::translate("TlsChanges", "%1 newly accepted").arg(name) });
        else if (b->accepted && !a->accepted)
            out.append({ u"protocol-removed-"_s + key, modern ? Direction::Worse : Direction::Better,
                         QCoreApplication::translate("TlsChanges", "%1 no longer accepted").arg(name) });
        if (!b->accepted || !a->accepted)
            continue;
        const QSet<quint32> was = suiteIds(b);
        const QSet<quint32> now = suiteIds(a);
        const QSet<quint32> added = QSet<quint32>(now).subtract(was);
        const QSet<quint32> removed = QSet<quint32>(was).subtract(now);
        if (!added.isEmpty())
            out.append({ u"suites-added-"_s + key, Direction::Neutral,
                         QCoreApplication::translate("TlsChanges", "%1: %n cipher suite(s) added (%2)",
                                                     nullptr, int(added.size()))
                             .arg(name, namesOf(a, added).join(u", "_s)) });
        if (!removed.isEmpty())
            out.append({ u"suites-removed-"_s + key, Direction::Neutral,
                         QCoreApplication::translate("TlsChanges", "%1: %n cipher suite(s) removed (%2)",
                                                     nullptr, int(removed.size()))
                             .arg(name, namesOf(b, removed).join(u", "_s)) });
    }
}

void certificateChanges(QList<Change> &out, const CertificateResult &b, const CertificateResult &a)
{
    if (!b.present || !a.present)
        return;
    if (b.sha256 != a.sha256) {
        if (a.notAfter > b.notAfter)
            out.append({ u"certificate-renewed"_s, Direction::Better,
                         QCoreApplication::translate("TlsChanges", "Certificate renewed: %n day(s) left",
                                                     nullptr, a.daysLeft) });
        else
            out.append({ u"certificate-replaced"_s, Direction::Neutral,
                         QCoreApplication::translate("TlsChanges", "Certificate replaced: %n day(s) left",
                                                     nullptr, a.daysLeft) });
        if (b.spkiSha256 == a.spkiSha256)
            out.append({ u"certificate-same-key"_s, Direction::Neutral,
                         QCoreApplication::translate("TlsChanges", "The new certificate kept the old key") });
    } else if (b.daysLeft > 30 && a.daysLeft <= 30) {
        out.append({ u"certificate-expires-soon"_s, Direction::Worse,
                     QCoreApplication::translate("TlsChanges", "The certificate expires in %n day(s)",
                                                 nullptr, a.daysLeft) });
    }
    if (b.trusted != a.trusted)
        out.append({ a.trusted ? u"certificate-trusted"_s : u"certificate-untrusted"_s,
                     a.trusted ? Direction::Better : Direction::Worse,
                     a.trusted ? QCoreApplication::translate("TlsChanges", "The certificate is now trusted")
                               : QCoreApplication::translate("TlsChanges",
                                                             "The certificate is no longer trusted") });
    if (b.hostnameMatch != a.hostnameMatch)
        out.append({ a.hostnameMatch ? u"certificate-name-fixed"_s : u"certificate-name-mismatch"_s,
                     a.hostnameMatch ? Direction::Better : Direction::Worse,
                     a.hostnameMatch
                         ? QCoreApplication::translate("TlsChanges", "The certificate now matches the name")
                         : QCoreApplication::translate("TlsChanges",
                                                       "The certificate no longer matches the name") });
    if (!b.expired && a.expired)
        out.append({ u"certificate-expired"_s, Direction::Worse,
                     QCoreApplication::translate("TlsChanges", "The certificate has expired") });
}

void httpChanges(QList<Change> &out, const HttpResult &b, const HttpResult &a)
{
    if (!b.reached || !a.reached)
        return;
    if (!b.hstsMaxAge && a.hstsMaxAge)
        out.append({ u"hsts-added"_s, Direction::Better,
                     QCoreApplication::translate("TlsChanges", "HSTS switched on") });
    else if (b.hstsMaxAge && !a.hstsMaxAge)
        out.append({ u"hsts-removed"_s, Direction::Worse,
                     QCoreApplication::translate("TlsChanges", "HSTS switched off") });
    if (b.redirectsToHttps != a.redirectsToHttps)
        out.append({ a.redirectsToHttps ? u"redirect-added"_s : u"redirect-removed"_s,
                     a.redirectsToHttps ? Direction::Better : Direction::Worse,
                     a.redirectsToHttps
                         ? QCoreApplication::translate("TlsChanges", "Plain HTTP now sends visitors to HTTPS")
                         : QCoreApplication::translate("TlsChanges",
                                                       "Plain HTTP no longer sends visitors to HTTPS") });
    if (b.cdn != a.cdn) {
        if (a.cdn.isEmpty())
            out.append({ u"cdn-removed"_s, Direction::Neutral,
                         QCoreApplication::translate("TlsChanges", "No longer behind %1").arg(b.cdn) });
        else
            out.append({ u"cdn-changed"_s, Direction::Neutral,
                         QCoreApplication::translate("TlsChanges", "Now behind %1").arg(a.cdn) });
    }
}

} // namespace

QList<TlsChanges::Change> TlsChanges::compare(const TlsProbeResult &before, const TlsProbeResult &after)
{
    QList<Change> out;
    const TlsGrade::Grade b = TlsGrade::compute(before);
    const TlsGrade::Grade a = TlsGrade::compute(after);
    if (b.graded() && a.graded() && b.letter != a.letter) {
        const bool better = gradeRank(a.letter) < gradeRank(b.letter);
        out.append({ u"grade"_s, better ? Direction::Better : Direction::Worse,
                     QCoreApplication::translate("TlsChanges", "Grade went from %1 to %2")
                         .arg(b.letter, a.letter) });
    }
    protocolChanges(out, before, after);
    certificateChanges(out, before.certificate, after.certificate);
    const Vulnerabilities &vb = before.vulns;
    const Vulnerabilities &va = after.vulns;
    flaw(out, u"heartbleed"_s, vb.heartbleed, va.heartbleed, u"Heartbleed"_s);
    flaw(out, u"ccs"_s, vb.ccsInjection, va.ccsInjection, u"CCS injection"_s);
    flaw(out, u"compression"_s, vb.compression, va.compression, u"CRIME"_s);
    flaw(out, u"poodle"_s, vb.poodle, va.poodle, u"POODLE"_s);
    flaw(out, u"sweet32"_s, vb.sweet32, va.sweet32, u"SWEET32"_s);
    flaw(out, u"freak"_s, vb.freak, va.freak, u"FREAK"_s);
    flaw(out, u"logjam"_s, vb.logjam, va.logjam, u"Logjam"_s);
    flaw(out, u"rc4"_s, vb.rc4, va.rc4, u"RC4"_s);
    flaw(out, u"drown"_s, vb.drown, va.drown, u"DROWN"_s);
    httpChanges(out, before.http, after.http);
    if (!before.ip.isEmpty() && !after.ip.isEmpty() && before.ip != after.ip)
        out.append({ u"address-changed"_s, Direction::Neutral,
                     QCoreApplication::translate("TlsChanges", "The site now answers from %1 (was %2)")
                         .arg(after.ip, before.ip) });
    // Worse news first, then better, then the rest; stable within each group.
    std::stable_sort(out.begin(), out.end(), [](const Change &x, const Change &y) {
        const auto rank = [](Direction d) {
            return d == Direction::Worse ? 0 : d == Direction::Better ? 1 : 2;
        };
        return rank(x.direction) < rank(y.direction);
    });
    return out;
}
