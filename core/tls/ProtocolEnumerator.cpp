#include "ProtocolEnumerator.h"

#include "CipherSuiteCatalog.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

struct VersionPair
{
    TlsWire::Version wire;
    TlsVersion model;
};

// Oldest first; SSLv2 has its own hello format and is left to a separate check.
constexpr VersionPair Versions[] = {
    { TlsWire::Version::SSLv3, TlsVersion::SSLv3 },   { TlsWire::Version::TLSv1_0, TlsVersion::TLS10 },
    { TlsWire::Version::TLSv1_1, TlsVersion::TLS11 }, { TlsWire::Version::TLSv1_2, TlsVersion::TLS12 },
    { TlsWire::Version::TLSv1_3, TlsVersion::TLS13 },
};

QString kxName(KeyExchange kx)
{
    switch (kx) {
    case KeyExchange::RSA:
        return u"RSA"_s;
    case KeyExchange::DH:
        return u"DH"_s;
    case KeyExchange::DHE:
        return u"DHE"_s;
    case KeyExchange::ECDH:
        return u"ECDH"_s;
    case KeyExchange::ECDHE:
        return u"ECDHE"_s;
    case KeyExchange::DHAnon:
        return u"ADH"_s;
    case KeyExchange::ECDHAnon:
        return u"AECDH"_s;
    case KeyExchange::PSK:
        return u"PSK"_s;
    case KeyExchange::DHEPSK:
        return u"DHEPSK"_s;
    case KeyExchange::RSAPSK:
        return u"RSAPSK"_s;
    case KeyExchange::ECDHEPSK:
        return u"ECDHEPSK"_s;
    case KeyExchange::SRP:
        return u"SRP"_s;
    case KeyExchange::KRB5:
        return u"KRB5"_s;
    case KeyExchange::GOST:
        return u"GOST"_s;
    case KeyExchange::CECPQ1:
        return u"CECPQ1"_s;
    case KeyExchange::TLS13:
        return u"TLS13"_s;
    case KeyExchange::None:
    case KeyExchange::Signalling:
        break;
    }
    return {};
}

OfferedSuite offered(quint16 id)
{
    OfferedSuite s;
    s.id = id;
    const CipherSuite *c = CipherSuiteCatalog::find(id);
    if (!c) {
        s.name = CipherSuiteCatalog::name(id);
        return s;
    }
    s.name = c->ianaName;
    s.bits = c->bits;
    s.kx = kxName(c->keyExchange);
    s.forwardSecret = c->flags.testFlag(CipherFlag::ForwardSecret);
    s.aead = c->flags.testFlag(CipherFlag::Aead);
    s.cbc = c->flags.testFlag(CipherFlag::Cbc);
    s.export_ = c->flags.testFlag(CipherFlag::Export);
    s.anonymous = c->flags.testFlag(CipherFlag::Anonymous);
    s.rc4 = c->flags.testFlag(CipherFlag::Rc4);
    s.block64 = c->flags.testFlag(CipherFlag::Block64);
    s.null = c->flags.testFlag(CipherFlag::NullEncryption);
    return s;
}

// Strength of a curve for the grade; x25519 is counted like P-256 (same security level).
int ecBits(quint16 group)
{
    switch (group) {
    case TlsWire::X25519:
    case TlsWire::Secp256r1:
    case TlsWire::X25519MLKEM768:
        return 256;
    case TlsWire::Secp384r1:
        return 384;
    case TlsWire::Secp521r1:
        return 521;
    default:
        return 0; // ffdhe: counted as DH, not EC
    }
}

bool isAnswerFor(const ServerVerdict &verdict, TlsWire::Version version)
{
    // A lower version in the answer means the offered one is NOT accepted.
    return (verdict.kind == ServerVerdict::Kind::Accepted || verdict.kind == ServerVerdict::Kind::HelloRetry)
        && verdict.version == quint16(version);
}

} // namespace

ProtocolEnumerator::ProtocolEnumerator(Target target)
    : m_target(std::move(target))
    , m_exchange(m_target.address, m_target.port, m_target.connectTimeoutMs, m_target.readTimeoutMs)
{ }

QList<quint16> ProtocolEnumerator::candidateGroups()
{
    return { TlsWire::X25519,    TlsWire::Secp256r1, TlsWire::Secp384r1, TlsWire::Secp521r1,
             TlsWire::Ffdhe2048, TlsWire::Ffdhe3072, TlsWire::Ffdhe4096, TlsWire::X25519MLKEM768 };
}

void ProtocolEnumerator::report(const QString &name)
{
    if (m_progress)
        m_progress(m_step, m_total, name);
}

ProtocolEnumerator::Outcome ProtocolEnumerator::exchange(const ClientHelloOptions &options,
                                                         HelloExchange::ReadUntil until, HelloAnswer &answer)
{
    if (m_cancel && m_cancel->load())
        return Outcome::Stop;
    ++m_exchanges;
    auto result = m_exchange.run(options, until);
    if (!result) {
        if (m_exchange.connectFailed()) {
            m_fatalError = result.error();
            return Outcome::Stop;
        }
        if (m_firstReadError.isEmpty())
            m_firstReadError = result.error();
        // Silence is not retried: a server ignoring a hello ignores it again, and waiting twice
        // would double the probe of every server that hangs on old versions.
        m_lastAbrupt = false;
        return Outcome::Failed;
    }
    ++m_answered;
    answer = std::move(result).value();
    m_lastVerdict = answer.verdict;
    m_lastAbrupt = answer.verdict.kind == ServerVerdict::Kind::Closed
        || answer.verdict.kind == ServerVerdict::Kind::Truncated;
    m_abruptSeen |= m_lastAbrupt;
    return Outcome::Answered;
}

ClientHelloOptions ProtocolEnumerator::optionsFor(TlsWire::Version version) const
{
    ClientHelloOptions o;
    o.version = version;
    o.serverName = m_target.host;
    o.cipherSuites = CipherSuiteCatalog::idsFor(version);
    if (version == TlsWire::Version::TLSv1_3)
        o.keyShares = { TlsWire::X25519, TlsWire::Secp256r1 };
    return o;
}

// Returns false when the run must stop (cancelled, or the connection failed).
bool ProtocolEnumerator::probeVersion(TlsWire::Version version, bool &accepted)
{
    accepted = false;
    HelloAnswer answer;
    switch (exchange(optionsFor(version), HelloExchange::ReadUntil::ServerHello, answer)) {
    case Outcome::Stop:
        return false;
    case Outcome::Failed:
        return true;
    case Outcome::Answered:
        break;
    }
    accepted = isAnswerFor(answer.verdict, version);
    return true;
}

// Elimination: offer what is left, note the pick, remove it, until the server refuses.
bool ProtocolEnumerator::enumerateSuites(TlsWire::Version version, ProtocolResult &result)
{
    QList<quint16> remaining = CipherSuiteCatalog::idsFor(version);
    QList<quint16> accepted;
    // DH parameters only come in the ServerKeyExchange, after the certificate.
    const auto until = version == TlsWire::Version::TLSv1_3 ? HelloExchange::ReadUntil::ServerHello
                                                            : HelloExchange::ReadUntil::Complete;
    for (int i = 0; i < m_maxIterations && !remaining.isEmpty(); ++i) {
        ClientHelloOptions o = optionsFor(version);
        o.cipherSuites = remaining;
        HelloAnswer answer;
        const Outcome outcome = exchange(o, until, answer);
        if (outcome == Outcome::Stop)
            return false;
        if (outcome == Outcome::Failed || !isAnswerFor(answer.verdict, version))
            break;
        const quint16 suite = answer.verdict.cipherSuite;
        if (!remaining.contains(suite))
            break; // it picked something never offered: stop trusting the loop
        remaining.removeAll(suite);
        accepted.append(suite);
        const auto &ske = answer.response.serverKeyExchange;
        if (ske && ske->kind == ServerKeyExchange::Kind::Dhe && ske->dhBits > 0)
            m_dhBits.append(ske->dhBits);
    }
    for (quint16 id : std::as_const(accepted))
        result.suites.append(offered(id));
    if (!accepted.isEmpty())
        result.preferred = accepted.first(); // picked from the full catalogue list
    return true;
}

// The accepted suites reversed: a server keeping its favourite despite that uses its own order.
bool ProtocolEnumerator::detectOrder(TlsWire::Version version, ProtocolResult &result)
{
    if (result.suites.size() < 2)
        return true; // one suite: there is no order to tell
    ClientHelloOptions o = optionsFor(version);
    o.cipherSuites.clear();
    for (auto it = result.suites.crbegin(); it != result.suites.crend(); ++it)
        o.cipherSuites.append(it->id);
    HelloAnswer answer;
    const Outcome outcome = exchange(o, HelloExchange::ReadUntil::ServerHello, answer);
    if (outcome == Outcome::Stop)
        return false;
    if (outcome == Outcome::Answered && isAnswerFor(answer.verdict, version))
        result.serverOrder = answer.verdict.cipherSuite == result.suites.first().id;
    return true;
}

// TLS 1.3: no key share at all, so the server must name its pick in a HelloRetryRequest (or in
// the ServerHello key_share if it ignores that rule).
bool ProtocolEnumerator::enumerateTls13Groups(QList<quint16> &groups)
{
    QList<quint16> remaining = candidateGroups();
    for (int i = 0; i < m_maxIterations && !remaining.isEmpty(); ++i) {
        ClientHelloOptions o = optionsFor(TlsWire::Version::TLSv1_3);
        o.groups = remaining;
        o.keyShares = {};
        HelloAnswer answer;
        const Outcome outcome = exchange(o, HelloExchange::ReadUntil::ServerHello, answer);
        if (outcome == Outcome::Stop)
            return false;
        if (outcome == Outcome::Failed || !isAnswerFor(answer.verdict, TlsWire::Version::TLSv1_3)
            || !answer.response.serverHello || !answer.response.serverHello->keyShareGroup)
            break;
        const quint16 group = *answer.response.serverHello->keyShareGroup;
        if (!remaining.contains(group))
            break;
        remaining.removeAll(group);
        if (!groups.contains(group))
            groups.append(group);
    }
    return true;
}

// TLS 1.2: the curve is named in the ServerKeyExchange of an ECDHE suite. (Negotiated FFDHE in
// 1.2, RFC 7919, is rare and not checked here.)
bool ProtocolEnumerator::enumerateTls12Curves(const QList<quint16> &ecdheSuites, QList<quint16> &groups)
{
    QList<quint16> remaining;
    for (quint16 g : candidateGroups())
        if (ecBits(g) > 0 && g != TlsWire::X25519MLKEM768)
            remaining.append(g);
    for (int i = 0; i < m_maxIterations && !remaining.isEmpty(); ++i) {
        ClientHelloOptions o = optionsFor(TlsWire::Version::TLSv1_2);
        o.cipherSuites = ecdheSuites;
        o.groups = remaining;
        HelloAnswer answer;
        const Outcome outcome = exchange(o, HelloExchange::ReadUntil::Complete, answer);
        if (outcome == Outcome::Stop)
            return false;
        const auto &ske = answer.response.serverKeyExchange;
        if (outcome == Outcome::Failed || !isAnswerFor(answer.verdict, TlsWire::Version::TLSv1_2) || !ske
            || ske->kind != ServerKeyExchange::Kind::Ecdhe || !remaining.contains(ske->namedCurve))
            break;
        remaining.removeAll(ske->namedCurve);
        if (!groups.contains(ske->namedCurve))
            groups.append(ske->namedCurve);
    }
    return true;
}

namespace {

TlsWire::Version wireOf(TlsVersion version)
{
    for (const VersionPair &v : Versions)
        if (v.model == version)
            return v.wire;
    return TlsWire::Version::TLSv1_2;
}

} // namespace

Error ProtocolEnumerator::stopError() const
{
    if (!m_fatalError.isEmpty())
        return Error { m_fatalError };
    return Error { QCoreApplication::translate("ProtocolEnumerator", "The check was cancelled.") };
}

Result<ProtocolEnumerator::VersionCheck> ProtocolEnumerator::checkVersion(TlsVersion version)
{
    const int answeredBefore = m_answered;
    m_firstReadError.clear();
    VersionCheck check;
    if (!probeVersion(wireOf(version), check.accepted))
        return stopError();
    check.answered = m_answered > answeredBefore;
    check.problem = m_firstReadError;
    check.abrupt = !check.accepted && m_lastAbrupt;
    // Not TLS at all, or broken bytes: say so, so a probe that finds nothing can explain why.
    using Kind = ServerVerdict::Kind;
    if (check.answered && !check.accepted
        && (m_lastVerdict.kind == Kind::NotTls || m_lastVerdict.kind == Kind::Malformed
            || m_lastVerdict.kind == Kind::Truncated))
        check.problem = m_lastVerdict.message;
    return check;
}

Result<ProtocolResult> ProtocolEnumerator::enumerateVersion(TlsVersion version)
{
    ProtocolResult p;
    p.version = version;
    p.accepted = true;
    if (!enumerateSuites(wireOf(version), p) || !detectOrder(wireOf(version), p))
        return stopError();
    return p;
}

Result<QList<quint16>> ProtocolEnumerator::enumerateGroups(bool tls13, bool tls12)
{
    m_abruptSeen = false;
    QList<quint16> found;
    if (tls13 && !enumerateTls13Groups(found))
        return stopError();
    if (tls12) {
        QList<quint16> ecdhe;
        for (quint16 id : CipherSuiteCatalog::idsFor(TlsWire::Version::TLSv1_2)) {
            const CipherSuite *c = CipherSuiteCatalog::find(id);
            if (c && c->keyExchange == KeyExchange::ECDHE)
                ecdhe.append(id);
        }
        if (!ecdhe.isEmpty() && !enumerateTls12Curves(ecdhe, found))
            return stopError();
    }
    QList<quint16> ordered;
    for (quint16 g : candidateGroups())
        if (found.contains(g))
            ordered.append(g);
    // A connection cut short ends a group's search early, whichever exchange it was: say so, so
    // the caller can run the search again on its own (a busy server resets what it cannot serve).
    m_lastAbrupt = m_abruptSeen;
    return ordered;
}

KeyExchangeResult ProtocolEnumerator::keyExchange(const QList<quint16> &groups, const QList<int> &dhBits)
{
    KeyExchangeResult out;
    for (quint16 g : groups) {
        out.groups.append(TlsWire::groupName(g));
        const int bits = ecBits(g);
        if (bits > 0 && (out.minEcBits == 0 || bits < out.minEcBits))
            out.minEcBits = bits;
    }
    if (!dhBits.isEmpty())
        out.minDhBits = *std::min_element(dhBits.cbegin(), dhBits.cend());
    return out;
}

Result<EnumerationResult> ProtocolEnumerator::run()
{
    EnumerationResult out;
    m_step = 0;
    m_exchanges = 0;
    m_fatalError.clear();
    m_answered = 0;
    m_dhBits.clear();
    m_total = int(std::size(Versions)) + 1; // grows once the accepted versions are known
    QString firstProblem;
    const auto stopped = [&] {
        if (!m_fatalError.isEmpty())
            return Result<EnumerationResult>(Error { m_fatalError });
        out.cancelled = true;
        out.exchanges = m_exchanges;
        return Result<EnumerationResult>(std::move(out));
    };

    // One connection at a time; TlsProbe runs these pieces in parallel where the owner allows it.
    for (const VersionPair &v : Versions) {
        report(QCoreApplication::translate("ProtocolEnumerator", "Checking %1")
                   .arg(TlsVersions::displayName(v.model)));
        auto check = checkVersion(v.model);
        if (!check)
            return stopped();
        if (firstProblem.isEmpty())
            firstProblem = check->problem;
        ProtocolResult p;
        p.version = v.model;
        p.accepted = check->accepted;
        out.protocols.append(p);
        ++m_step;
    }

    if (m_answered == 0)
        return Error { firstProblem };

    const auto acceptedCount = std::count_if(out.protocols.cbegin(), out.protocols.cend(),
                                             [](const ProtocolResult &p) { return p.accepted; });
    m_total = int(std::size(Versions)) + int(acceptedCount) + 1;
    for (ProtocolResult &p : out.protocols) {
        if (!p.accepted)
            continue;
        report(QCoreApplication::translate("ProtocolEnumerator", "Checking the %1 cipher suites")
                   .arg(TlsVersions::displayName(p.version)));
        auto enumerated = enumerateVersion(p.version);
        if (!enumerated)
            return stopped();
        p = std::move(enumerated).value();
        ++m_step;
    }

    report(QCoreApplication::translate("ProtocolEnumerator", "Checking the key exchange groups"));
    auto groups = enumerateGroups(out.protocols.last().accepted, out.protocols[3].accepted);
    if (!groups)
        return stopped();
    ++m_step;
    out.keyExchange = keyExchange(groups.value(), m_dhBits);
    out.exchanges = m_exchanges;
    report(QCoreApplication::translate("ProtocolEnumerator", "Done"));
    return out;
}
