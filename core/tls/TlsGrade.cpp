#include "TlsGrade.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

// Interpretations where the issue is silent (also in the report to the lead):
// - Every accepted suite of every accepted protocol counts for "best" and "worst".
// - Key exchange strength per suite: anonymous 0, export 40; static RSA uses
//   KeyExchangeResult::rsaKeyBits, else the certificate's RSA key; DHE/DH use the DH parameter
//   size; ECDHE/ECDH and TLS 1.3 use the accepted groups (x25519 counts 253 bits, so 100 points;
//   hybrid X25519MLKEM768 counts as its X25519 half; TLS 1.3 with ffdhe groups uses the DH table).
//   When nothing about the key exchange was measured, the certificate's key stands in.
// - "No TLS 1.2" caps at C only when TLS 1.3 is missing too: a TLS 1.3-only site is not weaker.
// - "No forward secrecy": no accepted suite is forward secret, or the server enforces its order
//   and its preferred suite on its best protocol is not (modern browsers then get none).
// - "No secure renegotiation" warns only when a protocol older than TLS 1.3 is accepted.
// - HSTS missing (or max-age=0, which switches it off) is no warning: it just rules out A+.
// - Anonymous suites cap at F (added: anyone in the middle can read the traffic).
// - Certificate: not yet valid and no certificate at all also give T; T wins over M.
// - No accepted protocol, or no cipher suite learned: no grade, with a reason.

namespace {
constexpr int hstsLongSeconds = 180 * 24 * 3600;

// Letters from worst to best; T and M stand outside the scale.
const QStringList scale = { u"F"_s, u"E"_s, u"D"_s, u"C"_s, u"B"_s, u"A-"_s, u"A"_s, u"A+"_s };

QString lower(const QString &a, const QString &b)
{
    return scale.indexOf(a) <= scale.indexOf(b) ? a : b;
}

bool anySuite(const TlsProbeResult &r, const std::function<bool(const OfferedSuite &)> &pred,
              TlsVersion from = TlsVersion::SSLv2)
{
    for (const ProtocolResult &p : r.protocols) {
        if (!p.accepted || p.version < from)
            continue;
        if (std::any_of(p.suites.cbegin(), p.suites.cend(), pred))
            return true;
    }
    return false;
}

bool isAnonymous(const OfferedSuite &s)
{
    return s.anonymous || s.kx == u"ADH"_s || s.kx == u"AECDH"_s;
}

bool isForwardSecret(const OfferedSuite &s)
{
    return s.forwardSecret || s.kx == u"TLS13"_s;
}

bool noForwardSecrecy(const TlsProbeResult &r)
{
    if (!anySuite(r, isForwardSecret))
        return true;
    const auto best = r.bestProtocol();
    const ProtocolResult *p = best ? r.protocol(*best) : nullptr;
    if (!p || !p->serverOrder || !p->preferred)
        return false;
    for (const OfferedSuite &s : p->suites) {
        if (s.id == *p->preferred)
            return !isForwardSecret(s);
    }
    return false;
}

bool md(const TlsProbeResult &r, QStringView algo)
{
    return r.certificate.present && r.certificate.signatureAlgorithm.contains(algo, Qt::CaseInsensitive);
}

struct Rule
{
    const char *id;
    const char *cap; // the letter this rule caps at
    bool (*applies)(const TlsProbeResult &);
    const char *text;
};

// Most severe first; the letter is the lowest cap of all that apply.
const Rule capRules[] = {
    { "cap-F-sslv2", "F", [](const TlsProbeResult &r) { return r.accepted(TlsVersion::SSLv2); },
      QT_TRANSLATE_NOOP("TlsGrade", "The site still accepts SSL 2, which has been broken for decades.") },
    { "cap-F-sslv3-best", "F", [](const TlsProbeResult &r) { return r.bestProtocol() == TlsVersion::SSLv3; },
      QT_TRANSLATE_NOOP("TlsGrade", "SSL 3 is the newest protocol the site speaks; it is broken (POODLE).") },
    { "cap-F-export", "F",
      [](const TlsProbeResult &r) { return anySuite(r, [](const OfferedSuite &s) { return s.export_; }); },
      QT_TRANSLATE_NOOP(
          "TlsGrade",
          "The site accepts 1990s \"export\" ciphers that can be broken in hours (FREAK, Logjam).") },
    { "cap-F-anonymous", "F", [](const TlsProbeResult &r) { return anySuite(r, isAnonymous); },
      QT_TRANSLATE_NOOP(
          "TlsGrade",
          "The site accepts anonymous ciphers: anyone in the middle can read and change the traffic.") },
    { "cap-F-weak-cipher", "F",
      [](const TlsProbeResult &r) {
          return anySuite(r, [](const OfferedSuite &s) { return s.null || s.bits < 112; });
      },
      QT_TRANSLATE_NOOP("TlsGrade",
                        "The site accepts ciphers weaker than 112 bits (or no encryption at all).") },
    { "cap-F-heartbleed", "F", [](const TlsProbeResult &r) { return r.vulns.heartbleed; },
      QT_TRANSLATE_NOOP(
          "TlsGrade",
          "The server is vulnerable to Heartbleed: attackers can read its memory, keys included.") },
    { "cap-F-ccs-injection", "F", [](const TlsProbeResult &r) { return r.vulns.ccsInjection; },
      QT_TRANSLATE_NOOP("TlsGrade",
                        "The server is vulnerable to CCS injection: attackers can decrypt its traffic.") },
    { "cap-F-md5-signature", "F", [](const TlsProbeResult &r) { return md(r, u"md5"); },
      QT_TRANSLATE_NOOP("TlsGrade", "The certificate is signed with MD5, which can be forged.") },
    { "cap-F-md2-signature", "F", [](const TlsProbeResult &r) { return md(r, u"md2"); },
      QT_TRANSLATE_NOOP("TlsGrade", "The certificate is signed with MD2, which can be forged.") },
    { "cap-C-no-tls12", "C",
      [](const TlsProbeResult &r) {
          return !r.accepted(TlsVersion::TLS12) && !r.accepted(TlsVersion::TLS13);
      },
      QT_TRANSLATE_NOOP("TlsGrade", "The site speaks neither TLS 1.2 nor TLS 1.3.") },
    { "cap-C-rc4-tls11", "C",
      [](const TlsProbeResult &r) {
          return anySuite(
              r, [](const OfferedSuite &s) { return s.rc4; }, TlsVersion::TLS11);
      },
      QT_TRANSLATE_NOOP("TlsGrade", "The site uses the broken RC4 cipher even with TLS 1.1 or newer.") },
    { "cap-C-64bit-block-tls11", "C",
      [](const TlsProbeResult &r) {
          return anySuite(
              r, [](const OfferedSuite &s) { return s.block64; }, TlsVersion::TLS11);
      },
      QT_TRANSLATE_NOOP(
          "TlsGrade",
          "The site uses 64-bit block ciphers such as 3DES even with TLS 1.1 or newer (SWEET32).") },
    { "cap-C-compression", "C", [](const TlsProbeResult &r) { return r.vulns.compression; },
      QT_TRANSLATE_NOOP("TlsGrade",
                        "The server compresses TLS traffic, which leaks secrets such as cookies (CRIME).") },
    { "cap-C-poodle", "C", [](const TlsProbeResult &r) { return r.vulns.poodle; },
      QT_TRANSLATE_NOOP("TlsGrade", "The server is vulnerable to POODLE.") },
    { "cap-B-sslv3", "B", [](const TlsProbeResult &r) { return r.accepted(TlsVersion::SSLv3); },
      QT_TRANSLATE_NOOP("TlsGrade", "The site still accepts SSL 3.") },
    { "cap-B-tls10", "B", [](const TlsProbeResult &r) { return r.accepted(TlsVersion::TLS10); },
      QT_TRANSLATE_NOOP("TlsGrade", "The site still accepts TLS 1.0, which browsers dropped in 2020.") },
    { "cap-B-tls11", "B", [](const TlsProbeResult &r) { return r.accepted(TlsVersion::TLS11); },
      QT_TRANSLATE_NOOP("TlsGrade", "The site still accepts TLS 1.1, which browsers dropped in 2020.") },
    { "cap-B-no-forward-secrecy", "B", noForwardSecrecy,
      QT_TRANSLATE_NOOP(
          "TlsGrade",
          "Modern browsers get no forward secrecy: a key stolen later unlocks recorded traffic.") },
    { "cap-B-no-aead", "B",
      [](const TlsProbeResult &r) {
          return !anySuite(r, [](const OfferedSuite &s) { return s.aead || s.kx == u"TLS13"_s; });
      },
      QT_TRANSLATE_NOOP("TlsGrade", "The site offers no modern (AEAD) cipher such as AES-GCM or ChaCha20.") },
    { "cap-B-rc4", "B",
      [](const TlsProbeResult &r) {
          return r.vulns.rc4 || anySuite(r, [](const OfferedSuite &s) { return s.rc4; });
      },
      QT_TRANSLATE_NOOP("TlsGrade", "The site still accepts the broken RC4 cipher.") },
    { "cap-B-chain-incomplete", "B",
      [](const TlsProbeResult &r) { return r.certificate.present && !r.certificate.chainComplete; },
      QT_TRANSLATE_NOOP(
          "TlsGrade",
          "The server does not send the full certificate chain; some visitors will see errors.") },
    { "cap-A--no-tls13", "A-", [](const TlsProbeResult &r) { return !r.accepted(TlsVersion::TLS13); },
      QT_TRANSLATE_NOOP("TlsGrade", "The site does not speak TLS 1.3 yet.") },
    { "cap-A--no-secure-renegotiation", "A-",
      [](const TlsProbeResult &r) {
          const auto worst = r.worstProtocol();
          return worst && *worst < TlsVersion::TLS13 && !r.vulns.secureRenegotiation;
      },
      QT_TRANSLATE_NOOP("TlsGrade", "The server does not support secure renegotiation (RFC 5746).") },
    { "cap-A--hsts-short", "A-",
      [](const TlsProbeResult &r) {
          return r.http.hstsMaxAge && *r.http.hstsMaxAge > 0 && *r.http.hstsMaxAge < hstsLongSeconds;
      },
      QT_TRANSLATE_NOOP("TlsGrade",
                        "HSTS is on but for less than 180 days, so browsers forget it too soon.") },
};

struct Range
{
    int best = -1;
    int worst = -1;

    void add(int points)
    {
        best = std::max(best, points);
        worst = worst < 0 ? points : std::min(worst, points);
    }
    void add(const Range &other)
    {
        if (other.known()) {
            add(other.best);
            add(other.worst);
        }
    }
    bool known() const { return best >= 0; }
    double score() const { return (best + worst) / 2.0; }
};

// Points of the accepted groups, elliptic curves and (for TLS 1.3) finite-field groups.
Range groupPoints(const TlsProbeResult &r, bool ec, bool dh)
{
    Range range;
    for (const QString &group : r.keyExchange.groups) {
        bool isDh = false;
        const int bits = TlsGrade::groupBits(group, &isDh);
        if (bits > 0 && ((isDh && dh) || (!isDh && ec)))
            range.add(isDh ? TlsGrade::rsaDhPoints(bits) : TlsGrade::ecPoints(bits));
    }
    if (ec && r.keyExchange.minEcBits > 0)
        range.add(TlsGrade::ecPoints(r.keyExchange.minEcBits));
    return range;
}

Range keyExchangePoints(const TlsProbeResult &r, const OfferedSuite &s)
{
    Range range;
    if (isAnonymous(s)) {
        range.add(0);
    } else if (s.export_) {
        range.add(40);
    } else if (s.kx == u"RSA"_s) {
        int bits = r.keyExchange.rsaKeyBits;
        if (bits <= 0 && r.certificate.keyType == u"RSA"_s)
            bits = r.certificate.keyBits;
        if (bits > 0)
            range.add(TlsGrade::rsaDhPoints(bits));
    } else if (s.kx == u"DHE"_s || s.kx == u"DH"_s || s.kx == u"EDH"_s) {
        if (r.keyExchange.minDhBits > 0)
            range.add(TlsGrade::rsaDhPoints(r.keyExchange.minDhBits));
        else
            range = groupPoints(r, false, true);
    } else if (s.kx == u"ECDHE"_s || s.kx == u"ECDH"_s) {
        range = groupPoints(r, true, false);
    } else if (s.kx == u"TLS13"_s) {
        range = groupPoints(r, true, true);
    }
    return range;
}

Range certificateKeyPoints(const CertificateResult &c)
{
    Range range;
    if (c.keyType == u"RSA"_s && c.keyBits > 0)
        range.add(TlsGrade::rsaDhPoints(c.keyBits));
    else if ((c.keyType == u"EC"_s || c.keyType == u"Ed25519"_s) && c.keyBits > 0)
        range.add(TlsGrade::ecPoints(c.keyBits));
    return range;
}

QString letterForScore(int score)
{
    if (score >= 80)
        return u"A"_s;
    if (score >= 65)
        return u"B"_s;
    if (score >= 50)
        return u"C"_s;
    if (score >= 35)
        return u"D"_s;
    if (score >= 20)
        return u"E"_s;
    return u"F"_s;
}
} // namespace

int TlsGrade::protocolPoints(TlsVersion version)
{
    switch (version) {
    case TlsVersion::SSLv2:
        return 0;
    case TlsVersion::SSLv3:
        return 80;
    case TlsVersion::TLS10:
        return 90;
    case TlsVersion::TLS11:
        return 95;
    case TlsVersion::TLS12:
    case TlsVersion::TLS13:
        return 100;
    }
    return 0;
}

int TlsGrade::rsaDhPoints(int bits)
{
    if (bits < 512)
        return 20;
    if (bits < 1024)
        return 40;
    if (bits < 2048)
        return 80;
    if (bits < 4096)
        return 90;
    return 100;
}

int TlsGrade::ecPoints(int bits)
{
    if (bits < 110)
        return 20;
    if (bits < 123)
        return 40;
    if (bits < 163)
        return 80;
    if (bits < 225)
        return 90;
    return 100;
}

int TlsGrade::cipherPoints(const OfferedSuite &suite)
{
    if (suite.null || suite.bits <= 0)
        return 0;
    if (suite.bits >= 256)
        return 100;
    if (suite.bits >= 128)
        return 80;
    return 20;
}

int TlsGrade::groupBits(const QString &group, bool *isDh)
{
    const QString g = group.toLower();
    if (isDh)
        *isDh = g.startsWith(u"ffdhe"_s);
    if (g.startsWith(u"ffdhe"_s))
        return g.mid(5).toInt();
    // Hybrids count as their classical half: that is what a classical attacker faces.
    if (g == u"x25519"_s || g == u"x25519mlkem768"_s || g == u"x25519kyber768draft00"_s)
        return 253;
    if (g == u"x448"_s)
        return 448;
    if (g == u"secp256r1"_s || g == u"prime256v1"_s || g == u"brainpoolp256r1"_s
        || g == u"secp256r1mlkem768"_s)
        return 256;
    if (g == u"secp384r1"_s || g == u"brainpoolp384r1"_s || g == u"secp384r1mlkem1024"_s)
        return 384;
    if (g == u"secp521r1"_s)
        return 521;
    if (g == u"brainpoolp512r1"_s)
        return 512;
    if (g == u"secp224r1"_s)
        return 224;
    if (g == u"secp192r1"_s || g == u"prime192v1"_s)
        return 192;
    if (g.startsWith(u"sect"_s) || g.startsWith(u"secp"_s)) // sect163k1, secp160r1, ...
        return g.mid(4, 3).toInt();
    return 0;
}

TlsGrade::Grade TlsGrade::compute(const TlsProbeResult &r)
{
    Grade grade;
    const auto best = r.bestProtocol();
    const auto worst = r.worstProtocol();
    if (!best || !worst) {
        grade.reasons.append(
            { u"no-protocol"_s,
              QCoreApplication::translate(
                  "TlsGrade", "The site accepted no SSL or TLS protocol, so there is nothing to grade.") });
        return grade;
    }
    const QList<OfferedSuite> suites = r.allSuites();
    if (suites.isEmpty()) {
        grade.reasons.append(
            { u"no-suites"_s,
              QCoreApplication::translate(
                  "TlsGrade",
                  "The probe could not learn which ciphers the site accepts, so it cannot grade it.") });
        return grade;
    }

    Range protocol;
    protocol.add(protocolPoints(*best));
    protocol.add(protocolPoints(*worst));

    Range keyExchange;
    Range cipher;
    for (const OfferedSuite &s : suites) {
        keyExchange.add(keyExchangePoints(r, s));
        cipher.add(cipherPoints(s));
    }
    if (!keyExchange.known()) {
        keyExchange = certificateKeyPoints(r.certificate);
        grade.reasons.append(
            { u"kx-estimated"_s,
              QCoreApplication::translate(
                  "TlsGrade",
                  "The key exchange strength was not measured; the certificate's key stands in for it.") });
    }
    if (!keyExchange.known())
        keyExchange.add(0);

    const double score = 0.3 * protocol.score() + 0.3 * keyExchange.score() + 0.4 * cipher.score();
    grade.score = int(std::lround(score));
    grade.protocolScore = int(std::lround(protocol.score()));
    grade.keyExchangeScore = int(std::lround(keyExchange.score()));
    grade.cipherScore = int(std::lround(cipher.score()));

    QString letter = letterForScore(grade.score);
    bool warnings = false;
    for (const Rule &rule : capRules) {
        if (!rule.applies(r))
            continue;
        const QString cap = QString::fromLatin1(rule.cap);
        grade.capsApplied.append(QString::fromLatin1(rule.id));
        grade.reasons.append(
            { QString::fromLatin1(rule.id), QCoreApplication::translate("TlsGrade", rule.text) });
        if (cap == u"A-"_s)
            warnings = true;
        else
            letter = lower(letter, cap);
    }
    const qint64 hsts = r.http.hstsMaxAge.value_or(0);
    if (letter == u"A"_s) {
        if (warnings)
            letter = u"A-"_s;
        else if (hsts >= hstsLongSeconds)
            letter = u"A+"_s;
        else
            grade.reasons.append(
                { u"note-no-hsts"_s,
                  QCoreApplication::translate(
                      "TlsGrade",
                      "An A+ needs HSTS of at least 180 days, which tells browsers to always use HTTPS.") });
    }
    grade.letterIgnoringTrust = letter;

    // Certificate problems come first: they decide what a visitor's browser does.
    const CertificateResult &c = r.certificate;
    QStringList certCaps;
    auto certProblem = [&](const QString &id, const QString &text) {
        certCaps.append(id);
        grade.reasons.prepend({ id, text });
    };
    if (c.present) {
        if (!c.hostnameMatch)
            certProblem(
                u"cap-M-name-mismatch"_s,
                QCoreApplication::translate("TlsGrade", "The certificate is not for this site's name."));
        if (c.notYetValid)
            certProblem(u"cap-T-not-yet-valid"_s,
                        QCoreApplication::translate("TlsGrade", "The certificate is not valid yet."));
        if (c.expired)
            certProblem(u"cap-T-expired"_s,
                        QCoreApplication::translate("TlsGrade", "The certificate has expired."));
        if (c.selfSigned)
            certProblem(u"cap-T-self-signed"_s,
                        QCoreApplication::translate("TlsGrade",
                                                    "The certificate is self-signed: no browser trusts it."));
        if (!c.trusted && !c.expired && !c.notYetValid && !c.selfSigned)
            certProblem(
                u"cap-T-untrusted"_s,
                QCoreApplication::translate("TlsGrade", "Browsers do not trust the certificate's issuer."));
    } else {
        certProblem(u"cap-T-no-certificate"_s,
                    QCoreApplication::translate("TlsGrade", "The site showed no certificate."));
    }
    std::reverse(certCaps.begin(), certCaps.end());
    grade.capsApplied = certCaps + grade.capsApplied;
    if (std::any_of(certCaps.cbegin(), certCaps.cend(),
                    [](const QString &id) { return id.startsWith(u"cap-T-"_s); }))
        letter = u"T"_s;
    else if (!certCaps.isEmpty())
        letter = u"M"_s;
    grade.letter = letter;
    return grade;
}
