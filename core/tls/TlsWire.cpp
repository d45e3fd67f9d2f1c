#include "TlsWire.h"

using namespace Qt::StringLiterals;

namespace TlsWire {

QString versionName(Version version)
{
    return versionName(static_cast<quint16>(version));
}

QString versionName(quint16 wireVersion)
{
    switch (wireVersion) {
    case 0x0002:
        return u"SSLv2"_s;
    case 0x0300:
        return u"SSLv3"_s;
    case 0x0301:
        return u"TLSv1.0"_s;
    case 0x0302:
        return u"TLSv1.1"_s;
    case 0x0303:
        return u"TLSv1.2"_s;
    case 0x0304:
        return u"TLSv1.3"_s;
    default:
        return u"0x%1"_s.arg(wireVersion, 4, 16, QLatin1Char('0'));
    }
}

QString groupName(quint16 group)
{
    switch (group) {
    case Sect163k1:
        return u"sect163k1"_s;
    case Secp256r1:
        return u"secp256r1"_s;
    case Secp384r1:
        return u"secp384r1"_s;
    case Secp521r1:
        return u"secp521r1"_s;
    case BrainpoolP256r1:
        return u"brainpoolP256r1"_s;
    case BrainpoolP384r1:
        return u"brainpoolP384r1"_s;
    case BrainpoolP512r1:
        return u"brainpoolP512r1"_s;
    case X25519:
        return u"x25519"_s;
    case X448:
        return u"x448"_s;
    case Ffdhe2048:
        return u"ffdhe2048"_s;
    case Ffdhe3072:
        return u"ffdhe3072"_s;
    case Ffdhe4096:
        return u"ffdhe4096"_s;
    case Ffdhe6144:
        return u"ffdhe6144"_s;
    case Ffdhe8192:
        return u"ffdhe8192"_s;
    case X25519MLKEM768:
        return u"X25519MLKEM768"_s;
    default:
        return u"0x%1"_s.arg(group, 4, 16, QLatin1Char('0'));
    }
}

QString alertName(quint8 description)
{
    // The TLS Alert registry (RFC 8446 section 6 and IANA), names as the RFCs spell them.
    switch (description) {
    case 0:
        return u"close_notify"_s;
    case 10:
        return u"unexpected_message"_s;
    case 20:
        return u"bad_record_mac"_s;
    case 21:
        return u"decryption_failed"_s;
    case 22:
        return u"record_overflow"_s;
    case 30:
        return u"decompression_failure"_s;
    case 40:
        return u"handshake_failure"_s;
    case 41:
        return u"no_certificate"_s;
    case 42:
        return u"bad_certificate"_s;
    case 43:
        return u"unsupported_certificate"_s;
    case 44:
        return u"certificate_revoked"_s;
    case 45:
        return u"certificate_expired"_s;
    case 46:
        return u"certificate_unknown"_s;
    case 47:
        return u"illegal_parameter"_s;
    case 48:
        return u"unknown_ca"_s;
    case 49:
        return u"access_denied"_s;
    case 50:
        return u"decode_error"_s;
    case 51:
        return u"decrypt_error"_s;
    case 60:
        return u"export_restriction"_s;
    case 70:
        return u"protocol_version"_s;
    case 71:
        return u"insufficient_security"_s;
    case 80:
        return u"internal_error"_s;
    case 86:
        return u"inappropriate_fallback"_s;
    case 90:
        return u"user_canceled"_s;
    case 100:
        return u"no_renegotiation"_s;
    case 109:
        return u"missing_extension"_s;
    case 110:
        return u"unsupported_extension"_s;
    case 111:
        return u"certificate_unobtainable"_s;
    case 112:
        return u"unrecognized_name"_s;
    case 113:
        return u"bad_certificate_status_response"_s;
    case 114:
        return u"bad_certificate_hash_value"_s;
    case 115:
        return u"unknown_psk_identity"_s;
    case 116:
        return u"certificate_required"_s;
    case 120:
        return u"no_application_protocol"_s;
    default:
        return u"unknown (%1)"_s.arg(description);
    }
}

} // namespace TlsWire
