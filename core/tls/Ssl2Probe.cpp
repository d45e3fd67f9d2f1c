#include "Ssl2Probe.h"

#include "CipherSuiteCatalog.h"
#include "ClientHelloBuilder.h"
#include "HelloExchange.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

Ssl2Probe::Ssl2Probe(RawProbeTarget target)
    : m_target(std::move(target))
{ }

OfferedSuite Ssl2Probe::suiteFor(quint32 kind)
{
    OfferedSuite s;
    s.ssl2Kind = kind;
    s.kx = u"RSA"_s; // SSLv2 knows only RSA key exchange
    const Ssl2CipherKind *known = CipherSuiteCatalog::findSsl2(kind);
    if (!known) {
        s.name = u"SSL_CK_0x"_s + QString::number(kind, 16).rightJustified(6, u'0').toUpper();
        return s;
    }
    s.name = known->name;
    s.bits = known->bits;
    s.export_ = known->isExport;
    s.rc4 = s.name.contains(u"_RC4_"_s);
    // RC2, IDEA, DES and 3DES are all 64-bit block ciphers, in CBC mode (or CFB, for the one odd kind).
    s.block64 = s.name.contains(u"_RC2_"_s) || s.name.contains(u"_IDEA_"_s) || s.name.contains(u"_DES_"_s);
    s.cbc = s.name.contains(u"_CBC_"_s);
    s.null = s.name.startsWith(u"SSL_CK_NULL"_s);
    return s;
}

Result<ProtocolResult> Ssl2Probe::run()
{
    if (m_cancel && m_cancel->load())
        return Error { QCoreApplication::translate("Ssl2Probe", "The SSL 2 check was cancelled.") };
    auto hello = ClientHelloBuilder::buildSsl2();
    if (!hello)
        return Error { hello.error() };

    ProtocolResult result;
    result.version = TlsVersion::SSLv2;
    HelloExchange exchange(m_target.address, m_target.port, m_target.connectTimeoutMs,
                           m_target.readTimeoutMs);
    exchange.setCancelFlag(m_cancel);
    auto answer = exchange.runBytes(hello.value(), HelloExchange::ReadUntil::ServerHello);
    if (!answer) {
        if (exchange.connectFailed())
            return Error { answer.error() };
        return result; // no answer in time: as good as a refusal, as in the protocol enumeration
    }
    const auto &serverHello = answer->response.ssl2ServerHello;
    if (answer->verdict.kind != ServerVerdict::Kind::Accepted || !serverHello)
        return result;
    result.accepted = true;
    for (quint32 kind : serverHello->cipherKinds) {
        const bool seen = std::any_of(result.suites.cbegin(), result.suites.cend(),
                                      [kind](const OfferedSuite &s) { return s.ssl2Kind == kind; });
        if (!seen)
            result.suites.append(suiteFor(kind));
    }
    return result;
}
