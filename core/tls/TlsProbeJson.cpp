#include "TlsProbeJson.h"

#include "MozillaIntermediate.h"
#include "TlsFindings.h"
#include "TlsGrade.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

// Bumped when a key changes meaning; readers accept every version up to theirs.
constexpr int formatVersion = 1;

QString hexId(quint32 id, int digits)
{
    return u"0x"_s + QString::number(id, 16).toUpper().rightJustified(digits, u'0');
}

std::optional<quint32> parseHexId(const QString &text)
{
    if (!text.startsWith(u"0x"_s, Qt::CaseInsensitive))
        return std::nullopt;
    bool ok = false;
    const uint value = text.mid(2).toUInt(&ok, 16);
    return ok ? std::optional<quint32>(value) : std::nullopt;
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime fromIso(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time;
}

QJsonObject suiteJson(const OfferedSuite &s)
{
    return QJsonObject {
        { u"id"_s, s.ssl2Kind ? hexId(s.ssl2Kind, 6) : hexId(s.id, 4) },
        { u"name"_s, s.name },
        { u"bits"_s, s.bits },
        { u"kx"_s, s.kx },
        { u"forward_secret"_s, s.forwardSecret },
        { u"aead"_s, s.aead },
        { u"cbc"_s, s.cbc },
        { u"export"_s, s.export_ },
        { u"anonymous"_s, s.anonymous },
        { u"rc4"_s, s.rc4 },
        { u"block64"_s, s.block64 },
        { u"null"_s, s.null },
    };
}

OfferedSuite suiteFrom(const QJsonObject &o, bool ssl2)
{
    OfferedSuite s;
    const quint32 id = parseHexId(o.value(u"id"_s).toString()).value_or(0);
    if (ssl2)
        s.ssl2Kind = id;
    else
        s.id = quint16(id);
    s.name = o.value(u"name"_s).toString();
    s.bits = o.value(u"bits"_s).toInt();
    s.kx = o.value(u"kx"_s).toString();
    s.forwardSecret = o.value(u"forward_secret"_s).toBool();
    s.aead = o.value(u"aead"_s).toBool();
    s.cbc = o.value(u"cbc"_s).toBool();
    s.export_ = o.value(u"export"_s).toBool();
    s.anonymous = o.value(u"anonymous"_s).toBool();
    s.rc4 = o.value(u"rc4"_s).toBool();
    s.block64 = o.value(u"block64"_s).toBool();
    s.null = o.value(u"null"_s).toBool();
    return s;
}

QJsonObject certificateJson(const CertificateResult &c)
{
    QJsonArray chain;
    for (const ChainEntry &e : c.chain)
        chain.append(QJsonObject { { u"subject"_s, e.subject },
                                   { u"issuer"_s, e.issuer },
                                   { u"not_after"_s, isoUtc(e.notAfter) },
                                   { u"key_type"_s, e.keyType },
                                   { u"key_bits"_s, e.keyBits },
                                   { u"signature"_s, e.signatureAlgorithm } });
    return QJsonObject {
        { u"present"_s, c.present },
        { u"subject"_s, c.subject },
        { u"issuer"_s, c.issuer },
        { u"sans"_s, strings(c.sans) },
        { u"not_before"_s, isoUtc(c.notBefore) },
        { u"not_after"_s, isoUtc(c.notAfter) },
        { u"days_left"_s, c.daysLeft },
        { u"trusted"_s, c.trusted },
        { u"trust_problem"_s, c.trustProblem },
        { u"self_signed"_s, c.selfSigned },
        { u"hostname_match"_s, c.hostnameMatch },
        { u"chain_complete"_s, c.chainComplete },
        { u"chain_in_order"_s, c.chainInOrder },
        { u"expired"_s, c.expired },
        { u"not_yet_valid"_s, c.notYetValid },
        { u"key_type"_s, c.keyType },
        { u"key_bits"_s, c.keyBits },
        { u"signature"_s, c.signatureAlgorithm },
        { u"ocsp_stapled"_s, c.ocspStapled },
        { u"ocsp_status"_s, c.ocspStatus },
        { u"must_staple"_s, c.mustStaple },
        { u"sct_present"_s, c.sctPresent },
        { u"sha256"_s, c.sha256 },
        { u"spki_sha256"_s, c.spkiSha256 },
        { u"chain"_s, chain },
    };
}

CertificateResult certificateFrom(const QJsonObject &o)
{
    CertificateResult c;
    c.present = o.value(u"present"_s).toBool();
    c.subject = o.value(u"subject"_s).toString();
    c.issuer = o.value(u"issuer"_s).toString();
    c.sans = strings(o.value(u"sans"_s));
    c.notBefore = fromIso(o.value(u"not_before"_s));
    c.notAfter = fromIso(o.value(u"not_after"_s));
    c.daysLeft = o.value(u"days_left"_s).toInt();
    c.trusted = o.value(u"trusted"_s).toBool();
    c.trustProblem = o.value(u"trust_problem"_s).toString();
    c.selfSigned = o.value(u"self_signed"_s).toBool();
    c.hostnameMatch = o.value(u"hostname_match"_s).toBool();
    c.chainComplete = o.value(u"chain_complete"_s).toBool();
    c.chainInOrder = o.value(u"chain_in_order"_s).toBool();
    c.expired = o.value(u"expired"_s).toBool();
    c.notYetValid = o.value(u"not_yet_valid"_s).toBool();
    c.keyType = o.value(u"key_type"_s).toString();
    c.keyBits = o.value(u"key_bits"_s).toInt();
    c.signatureAlgorithm = o.value(u"signature"_s).toString();
    c.ocspStapled = o.value(u"ocsp_stapled"_s).toBool();
    c.ocspStatus = o.value(u"ocsp_status"_s).toString();
    c.mustStaple = o.value(u"must_staple"_s).toBool();
    c.sctPresent = o.value(u"sct_present"_s).toBool();
    c.sha256 = o.value(u"sha256"_s).toString();
    c.spkiSha256 = o.value(u"spki_sha256"_s).toString();
    for (const QJsonValue &v : o.value(u"chain"_s).toArray()) {
        const QJsonObject e = v.toObject();
        ChainEntry entry;
        entry.subject = e.value(u"subject"_s).toString();
        entry.issuer = e.value(u"issuer"_s).toString();
        entry.notAfter = fromIso(e.value(u"not_after"_s));
        entry.keyType = e.value(u"key_type"_s).toString();
        entry.keyBits = e.value(u"key_bits"_s).toInt();
        entry.signatureAlgorithm = e.value(u"signature"_s).toString();
        c.chain.append(entry);
    }
    return c;
}

QJsonObject httpJson(const HttpResult &h)
{
    QJsonObject headers;
    for (auto it = h.headers.cbegin(); it != h.headers.cend(); ++it)
        headers.insert(it.key(), it.value());
    QJsonObject hsts;
    if (h.hstsMaxAge)
        hsts = QJsonObject { { u"max_age"_s, double(*h.hstsMaxAge) },
                             { u"include_subdomains"_s, h.hstsIncludeSubDomains },
                             { u"preload"_s, h.hstsPreload } };
    QJsonArray cookies;
    for (const HttpCookie &c : h.cookies)
        cookies.append(QJsonObject { { u"name"_s, c.name },
                                     { u"secure"_s, c.secure },
                                     { u"http_only"_s, c.httpOnly },
                                     { u"same_site"_s, c.sameSite } });
    return QJsonObject {
        { u"reached"_s, h.reached },
        { u"status"_s, h.statusCode },
        { u"hsts"_s, h.hstsMaxAge ? QJsonValue(hsts) : QJsonValue(QJsonValue::Null) },
        { u"redirects_to_https"_s, h.redirectsToHttps },
        { u"headers"_s, headers },
        { u"cookies"_s, cookies },
        { u"security_headers"_s,
          QJsonObject { { u"content_security_policy"_s, h.csp },
                        { u"frame_ancestors"_s, h.cspFrameAncestors },
                        { u"x_frame_options"_s, h.xFrameOptions },
                        { u"x_content_type_options_nosniff"_s, h.contentTypeNosniff },
                        { u"referrer_policy"_s, h.referrerPolicy },
                        { u"permissions_policy"_s, h.permissionsPolicy } } },
        { u"server"_s, h.server },
        { u"cdn"_s, h.cdn },
        { u"redirects"_s, strings(h.redirects) },
        { u"location"_s, h.location },
        { u"problem"_s, h.problem },
        { u"plain_http"_s,
          QJsonObject { { u"status"_s, h.plainStatusCode },
                        { u"location"_s, h.plainLocation },
                        { u"problem"_s, h.plainProblem } } },
    };
}

HttpResult httpFrom(const QJsonObject &o)
{
    HttpResult h;
    h.reached = o.value(u"reached"_s).toBool();
    h.statusCode = o.value(u"status"_s).toInt();
    const QJsonValue hsts = o.value(u"hsts"_s);
    if (hsts.isObject()) {
        const QJsonObject object = hsts.toObject();
        h.hstsMaxAge = qint64(object.value(u"max_age"_s).toDouble());
        h.hstsIncludeSubDomains = object.value(u"include_subdomains"_s).toBool();
        h.hstsPreload = object.value(u"preload"_s).toBool();
    }
    h.redirectsToHttps = o.value(u"redirects_to_https"_s).toBool();
    const QJsonObject headers = o.value(u"headers"_s).toObject();
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
        h.headers.insert(it.key(), it.value().toString());
    for (const QJsonValue &v : o.value(u"cookies"_s).toArray()) {
        const QJsonObject c = v.toObject();
        HttpCookie cookie;
        cookie.name = c.value(u"name"_s).toString();
        cookie.secure = c.value(u"secure"_s).toBool();
        cookie.httpOnly = c.value(u"http_only"_s).toBool();
        cookie.sameSite = c.value(u"same_site"_s).toString();
        h.cookies.append(cookie);
    }
    const QJsonObject security = o.value(u"security_headers"_s).toObject();
    h.csp = security.value(u"content_security_policy"_s).toBool();
    h.cspFrameAncestors = security.value(u"frame_ancestors"_s).toBool();
    h.xFrameOptions = security.value(u"x_frame_options"_s).toBool();
    h.contentTypeNosniff = security.value(u"x_content_type_options_nosniff"_s).toBool();
    h.referrerPolicy = security.value(u"referrer_policy"_s).toBool();
    h.permissionsPolicy = security.value(u"permissions_policy"_s).toBool();
    h.server = o.value(u"server"_s).toString();
    h.cdn = o.value(u"cdn"_s).toString();
    h.redirects = strings(o.value(u"redirects"_s));
    h.location = o.value(u"location"_s).toString();
    h.problem = o.value(u"problem"_s).toString();
    const QJsonObject plain = o.value(u"plain_http"_s).toObject();
    h.plainStatusCode = plain.value(u"status"_s).toInt();
    h.plainLocation = plain.value(u"location"_s).toString();
    h.plainProblem = plain.value(u"problem"_s).toString();
    return h;
}

QJsonObject vulnerabilitiesJson(const Vulnerabilities &v)
{
    return QJsonObject {
        { u"heartbleed"_s, v.heartbleed },
        { u"ccs_injection"_s, v.ccsInjection },
        { u"secure_renegotiation"_s, v.secureRenegotiation },
        { u"compression"_s, v.compression },
        { u"fallback_scsv"_s, v.fallbackScsv },
        { u"fallback_scsv_applicable"_s, v.fallbackScsvApplicable },
        { u"poodle"_s, v.poodle },
        { u"beast"_s, v.beast },
        { u"sweet32"_s, v.sweet32 },
        { u"freak"_s, v.freak },
        { u"logjam"_s, v.logjam },
        { u"rc4"_s, v.rc4 },
        { u"drown"_s, v.drown },
        { u"session_resumption"_s, v.sessionResumption },
        { u"alpn"_s, strings(v.alpn) },
    };
}

Vulnerabilities vulnerabilitiesFrom(const QJsonObject &o)
{
    Vulnerabilities v;
    v.heartbleed = o.value(u"heartbleed"_s).toBool();
    v.ccsInjection = o.value(u"ccs_injection"_s).toBool();
    v.secureRenegotiation = o.value(u"secure_renegotiation"_s).toBool();
    v.compression = o.value(u"compression"_s).toBool();
    v.fallbackScsv = o.value(u"fallback_scsv"_s).toBool();
    v.fallbackScsvApplicable = o.value(u"fallback_scsv_applicable"_s).toBool();
    v.poodle = o.value(u"poodle"_s).toBool();
    v.beast = o.value(u"beast"_s).toBool();
    v.sweet32 = o.value(u"sweet32"_s).toBool();
    v.freak = o.value(u"freak"_s).toBool();
    v.logjam = o.value(u"logjam"_s).toBool();
    v.rc4 = o.value(u"rc4"_s).toBool();
    v.drown = o.value(u"drown"_s).toBool();
    v.sessionResumption = o.value(u"session_resumption"_s).toBool();
    v.alpn = strings(o.value(u"alpn"_s));
    return v;
}

QJsonObject verdictJson(const TlsProbeResult &result)
{
    QJsonObject out;
    const TlsGrade::Grade grade = TlsGrade::compute(result);
    out.insert(u"grade"_s, grade.graded() ? QJsonValue(grade.letter) : QJsonValue(QJsonValue::Null));
    out.insert(u"grade_ignoring_trust"_s,
               grade.graded() ? QJsonValue(grade.letterIgnoringTrust) : QJsonValue(QJsonValue::Null));
    out.insert(u"score"_s, grade.score);
    QJsonArray reasons;
    for (const TlsGrade::Reason &r : grade.reasons)
        reasons.append(QJsonObject { { u"id"_s, r.id }, { u"text"_s, r.text } });
    out.insert(u"grade_reasons"_s, reasons);

    const MozillaIntermediate::Verdict mozilla = MozillaIntermediate::check(result);
    QJsonArray deviations;
    for (const MozillaIntermediate::Deviation &d : mozilla.deviations)
        deviations.append(
            QJsonObject { { u"id"_s, d.id }, { u"text"_s, d.text }, { u"required"_s, d.required } });
    out.insert(u"mozilla_intermediate"_s,
               QJsonObject { { u"compliant"_s, mozilla.compliant }, { u"deviations"_s, deviations } });

    QJsonArray findings;
    for (const TlsFindings::Finding &f : TlsFindings::compute(result))
        findings.append(QJsonObject { { u"id"_s, f.id },
                                      { u"severity"_s, TlsFindings::severityKey(f.severity) },
                                      { u"title"_s, f.title },
                                      { u"why"_s, f.why },
                                      { u"evidence"_s, f.evidence },
                                      { u"fix"_s, f.fix } });
    out.insert(u"findings"_s, findings);
    return out;
}

} // namespace

QJsonObject TlsProbeJson::toJson(const TlsProbeResult &result)
{
    QJsonObject out {
        { u"format"_s, formatVersion },
        { u"host"_s, result.host },
        { u"port"_s, result.port },
        { u"ip"_s, result.ip },
        { u"probed_at"_s, isoUtc(result.finishedAt) },
        { u"duration_ms"_s, double(result.durationMs) },
    };
    QJsonObject protocols;
    QJsonObject ciphers;
    QJsonObject serverOrder;
    QJsonObject preferred;
    QJsonArray probed;
    for (const ProtocolResult &p : result.protocols) {
        const QString key = TlsVersions::key(p.version);
        probed.append(key);
        protocols.insert(key, p.accepted);
        if (!p.accepted)
            continue;
        QJsonArray list;
        for (const OfferedSuite &s : p.suites)
            list.append(suiteJson(s));
        ciphers.insert(key, list);
        serverOrder.insert(key, p.serverOrder);
        if (p.preferred)
            preferred.insert(key, hexId(*p.preferred, 4));
    }
    // Versions not probed read as not accepted; `protocols_probed` tells them apart.
    for (const TlsVersion version : TlsVersions::all())
        if (!protocols.contains(TlsVersions::key(version)))
            protocols.insert(TlsVersions::key(version), false);
    out.insert(u"protocols"_s, protocols);
    out.insert(u"protocols_probed"_s, probed);
    out.insert(u"ciphers"_s, ciphers);
    out.insert(u"server_order"_s, serverOrder);
    out.insert(u"preferred"_s, preferred);
    out.insert(u"groups"_s, strings(result.keyExchange.groups));
    out.insert(u"dh_min_bits"_s, result.keyExchange.minDhBits);
    out.insert(u"ec_min_bits"_s, result.keyExchange.minEcBits);
    out.insert(u"certificate"_s, certificateJson(result.certificate));
    out.insert(u"http"_s, httpJson(result.http));
    out.insert(u"vulnerabilities"_s, vulnerabilitiesJson(result.vulns));
    out.insert(u"notes"_s, strings(result.notes));
    const QJsonObject verdict = verdictJson(result);
    for (auto it = verdict.constBegin(); it != verdict.constEnd(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

Result<TlsProbeResult> TlsProbeJson::fromJson(const QJsonObject &object)
{
    const int format = object.value(u"format"_s).toInt();
    if (format < 1 || format > formatVersion || !object.value(u"host"_s).isString()
        || !object.value(u"protocols"_s).isObject())
        return Error { QCoreApplication::translate("TlsProbeJson",
                                                   "This is not a probe result Storefort can read.") };
    TlsProbeResult r;
    r.host = object.value(u"host"_s).toString();
    r.port = object.value(u"port"_s).toInt(443);
    r.ip = object.value(u"ip"_s).toString();
    r.finishedAt = fromIso(object.value(u"probed_at"_s));
    r.durationMs = qint64(object.value(u"duration_ms"_s).toDouble());
    const QJsonObject protocols = object.value(u"protocols"_s).toObject();
    const QJsonObject ciphers = object.value(u"ciphers"_s).toObject();
    const QJsonObject serverOrder = object.value(u"server_order"_s).toObject();
    const QJsonObject preferred = object.value(u"preferred"_s).toObject();
    const QStringList probed = strings(object.value(u"protocols_probed"_s));
    for (const TlsVersion version : TlsVersions::all()) {
        const QString key = TlsVersions::key(version);
        if (!probed.contains(key) && !protocols.value(key).toBool())
            continue;
        ProtocolResult p;
        p.version = version;
        p.accepted = protocols.value(key).toBool();
        for (const QJsonValue &v : ciphers.value(key).toArray())
            p.suites.append(suiteFrom(v.toObject(), version == TlsVersion::SSLv2));
        p.serverOrder = serverOrder.value(key).toBool();
        if (const auto id = parseHexId(preferred.value(key).toString()))
            p.preferred = quint16(*id);
        r.protocols.append(p);
    }
    r.keyExchange.groups = strings(object.value(u"groups"_s));
    r.keyExchange.minDhBits = object.value(u"dh_min_bits"_s).toInt();
    r.keyExchange.minEcBits = object.value(u"ec_min_bits"_s).toInt();
    r.certificate = certificateFrom(object.value(u"certificate"_s).toObject());
    r.http = httpFrom(object.value(u"http"_s).toObject());
    r.vulns = vulnerabilitiesFrom(object.value(u"vulnerabilities"_s).toObject());
    r.notes = strings(object.value(u"notes"_s));
    return r;
}

TlsProbeRecord TlsProbeJson::toRecord(const TlsProbeResult &result)
{
    TlsProbeRecord record;
    record.at = (result.finishedAt.isValid() ? result.finishedAt : Clock::now()).toUTC();
    record.host = result.host;
    record.port = result.port;
    record.ip = result.ip;
    record.grade = TlsGrade::compute(result).letter;
    record.json = QJsonDocument(toJson(result)).toJson(QJsonDocument::Compact);
    return record;
}

Result<TlsProbeResult> TlsProbeJson::fromRecord(const TlsProbeRecord &record)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(record.json, &error);
    if (!document.isObject())
        return Error { QCoreApplication::translate("TlsProbeJson", "This kept probe is damaged: %1")
                           .arg(error.errorString()) };
    return fromJson(document.object());
}
