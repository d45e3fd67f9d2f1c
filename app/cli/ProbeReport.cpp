#include "ProbeReport.h"

#include "tls/MozillaIntermediate.h"
#include "tls/TlsFindings.h"
#include "tls/TlsGrade.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("ProbeReport", "yes")
                 : QCoreApplication::translate("ProbeReport", "no");
}

QString severityLabel(TlsFindings::Severity severity)
{
    switch (severity) {
    case TlsFindings::Severity::Critical:
        return QCoreApplication::translate("ProbeReport", "critical");
    case TlsFindings::Severity::High:
        return QCoreApplication::translate("ProbeReport", "high");
    case TlsFindings::Severity::Medium:
        return QCoreApplication::translate("ProbeReport", "medium");
    case TlsFindings::Severity::Low:
        return QCoreApplication::translate("ProbeReport", "low");
    case TlsFindings::Severity::Info:
        break;
    }
    return QCoreApplication::translate("ProbeReport", "info");
}

void printOne(QTextStream &out, const TlsProbeResult &r)
{
    const QLocale locale;
    out << QCoreApplication::translate("ProbeReport", "%1 port %2 (%3), probed in %4 s")
               .arg(r.host)
               .arg(r.port)
               .arg(r.ip, locale.toString(double(r.durationMs) / 1000.0, 'f', 1))
        << '\n';
    const TlsGrade::Grade grade = TlsGrade::compute(r);
    if (grade.graded()) {
        out << QCoreApplication::translate("ProbeReport", "Grade: %1 (score %2)")
                   .arg(grade.letter)
                   .arg(grade.score);
        if (grade.letterIgnoringTrust != grade.letter)
            out << "  "
                << QCoreApplication::translate("ProbeReport", "%1 once the certificate is trusted")
                       .arg(grade.letterIgnoringTrust);
        out << '\n';
    } else {
        out << QCoreApplication::translate("ProbeReport", "Grade: none (too little was learned)") << '\n';
    }
    for (const TlsGrade::Reason &reason : grade.reasons)
        out << "  - " << reason.text << '\n';

    QStringList protocols;
    for (const ProtocolResult &p : r.protocols)
        protocols << u"%1 %2"_s.arg(TlsVersions::displayName(p.version), yesNo(p.accepted));
    out << QCoreApplication::translate("ProbeReport", "Protocols: %1").arg(protocols.join(u" · "_s)) << '\n';
    for (const ProtocolResult &p : r.protocols) {
        if (!p.accepted || p.suites.isEmpty())
            continue;
        out << "  " << TlsVersions::displayName(p.version) << ":";
        if (p.serverOrder)
            out << ' ' << QCoreApplication::translate("ProbeReport", "(server's order)");
        out << '\n';
        for (const OfferedSuite &s : p.suites)
            out << "    " << s.name << " (" << s.bits << ")" << '\n';
    }
    if (!r.keyExchange.groups.isEmpty())
        out << QCoreApplication::translate("ProbeReport", "Key exchange: %1")
                   .arg(r.keyExchange.groups.join(u", "_s))
            << '\n';

    const CertificateResult &c = r.certificate;
    if (c.present) {
        out << QCoreApplication::translate("ProbeReport", "Certificate: %1").arg(c.subject) << '\n';
        out << "  " << QCoreApplication::translate("ProbeReport", "issued by %1").arg(c.issuer) << '\n';
        out << "  "
            << QCoreApplication::translate("ProbeReport", "valid until %1 (%n day(s) left)", nullptr,
                                           c.daysLeft)
                   .arg(locale.toString(c.notAfter.toLocalTime(), QLocale::ShortFormat))
            << '\n';
        out << "  "
            << QCoreApplication::translate("ProbeReport",
                                           "trusted: %1 · name matches: %2 · key: %3 %4 bits · %5")
                   .arg(yesNo(c.trusted), yesNo(c.hostnameMatch), c.keyType)
                   .arg(c.keyBits)
                   .arg(c.signatureAlgorithm)
            << '\n';
        if (!c.trusted && !c.trustProblem.isEmpty())
            out << "  " << c.trustProblem << '\n';
        out << "  SHA-256 " << c.sha256 << '\n' << "  SPKI SHA-256 " << c.spkiSha256 << '\n';
    }
    const HttpResult &h = r.http;
    if (h.reached) {
        // The days outside the call: lupdate 6.4 never finishes on a '*' dereference inside it.
        const int hstsDays = int(h.hstsMaxAge.value_or(0) / 86400);
        const QString hsts = h.hstsMaxAge
            ? QCoreApplication::translate("ProbeReport", "%n day(s)", nullptr, hstsDays)
            : QCoreApplication::translate("ProbeReport", "none");
        out << QCoreApplication::translate("ProbeReport",
                                           "HSTS: %1 · HTTP sends visitors to HTTPS: %2 · CDN: %3")
                   .arg(hsts, yesNo(h.redirectsToHttps),
                        h.cdn.isEmpty() ? QCoreApplication::translate("ProbeReport", "none seen") : h.cdn)
            << '\n';
    }
    const MozillaIntermediate::Verdict mozilla = MozillaIntermediate::check(r);
    out << QCoreApplication::translate("ProbeReport", "Mozilla intermediate: %1")
               .arg(mozilla.compliant ? QCoreApplication::translate("ProbeReport", "compliant")
                                      : QCoreApplication::translate("ProbeReport", "not compliant"))
        << '\n';
    const QList<TlsFindings::Finding> findings = TlsFindings::compute(r);
    out << QCoreApplication::translate("ProbeReport", "Findings (%1):").arg(findings.size()) << '\n';
    for (const TlsFindings::Finding &f : findings) {
        out << "  [" << severityLabel(f.severity) << "] " << f.title << '\n';
        out << "      " << QCoreApplication::translate("ProbeReport", "What to do: %1").arg(f.fix) << '\n';
    }
    for (const QString &note : r.notes)
        out << QCoreApplication::translate("ProbeReport", "Note: %1").arg(note) << '\n';
}

} // namespace

void ProbeReport::print(QTextStream &out, const QList<TlsProbeResult> &results,
                        const QList<TlsChanges::Change> &changes, bool keptInPlan)
{
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (i > 0)
            out << '\n';
        printOne(out, results.at(i));
    }
    if (keptInPlan) {
        out << '\n';
        if (changes.isEmpty()) {
            out << QCoreApplication::translate("ProbeReport",
                                               "Kept in the plan. Nothing important changed since the "
                                               "last probe.")
                << '\n';
        } else {
            out << QCoreApplication::translate("ProbeReport", "Kept in the plan. Since the last probe:")
                << '\n';
            for (const TlsChanges::Change &change : changes)
                out << "  - " << change.text << '\n';
        }
    }
    out.flush();
}
