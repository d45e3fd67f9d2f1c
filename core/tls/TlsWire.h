#pragma once

#include <QString>
#include <QtGlobal>

// The TLS wire vocabulary the raw-bytes layer speaks: protocol versions, record and handshake
// types, extension and group code points, alert descriptions (RFC 5246, 8446, IANA registries).
namespace TlsWire {

enum class Version : quint16
{
    Unknown = 0x0000,
    SSLv2 = 0x0002,
    SSLv3 = 0x0300,
    TLSv1_0 = 0x0301,
    TLSv1_1 = 0x0302,
    TLSv1_2 = 0x0303,
    TLSv1_3 = 0x0304,
};
QString versionName(Version version); // "TLSv1.2", "SSLv3", "0x7f1c" for anything else
QString versionName(quint16 wireVersion);

enum ContentType : quint8
{
    ChangeCipherSpec = 20,
    AlertRecord = 21,
    HandshakeRecord = 22,
    ApplicationData = 23,
    HeartbeatRecord = 24,
};

enum HandshakeType : quint8
{
    ClientHelloMessage = 1,
    ServerHelloMessage = 2,
    NewSessionTicketMessage = 4,
    EncryptedExtensionsMessage = 8,
    CertificateMessage = 11,
    ServerKeyExchangeMessage = 12,
    CertificateRequestMessage = 13,
    ServerHelloDoneMessage = 14,
    CertificateStatusMessage = 22,
};

enum ExtensionType : quint16
{
    ServerNameExt = 0x0000,
    StatusRequestExt = 0x0005,
    SupportedGroupsExt = 0x000A,
    EcPointFormatsExt = 0x000B,
    SignatureAlgorithmsExt = 0x000D,
    HeartbeatExt = 0x000F,
    AlpnExt = 0x0010,
    PaddingExt = 0x0015,
    EncryptThenMacExt = 0x0016,
    ExtendedMasterSecretExt = 0x0017,
    SessionTicketExt = 0x0023,
    SupportedVersionsExt = 0x002B,
    PskKeyExchangeModesExt = 0x002D,
    KeyShareExt = 0x0033,
    RenegotiationInfoExt = 0xFF01,
};

enum NamedGroup : quint16
{
    Sect163k1 = 0x0001,
    Secp256r1 = 0x0017,
    Secp384r1 = 0x0018,
    Secp521r1 = 0x0019,
    BrainpoolP256r1 = 0x001A,
    BrainpoolP384r1 = 0x001B,
    BrainpoolP512r1 = 0x001C,
    X25519 = 0x001D,
    X448 = 0x001E,
    Ffdhe2048 = 0x0100,
    Ffdhe3072 = 0x0101,
    Ffdhe4096 = 0x0102,
    Ffdhe6144 = 0x0103,
    Ffdhe8192 = 0x0104,
    X25519MLKEM768 = 0x11EC,
};
QString groupName(quint16 group); // "x25519", "secp256r1", "ffdhe2048", "X25519MLKEM768", "0x1234"

enum AlertLevel : quint8
{
    Warning = 1,
    Fatal = 2
};
enum AlertDescription : quint8
{
    CloseNotify = 0,
    UnexpectedMessage = 10,
    BadRecordMac = 20,
    RecordOverflow = 22,
    HandshakeFailure = 40,
    IllegalParameter = 47,
    DecodeError = 50,
    ProtocolVersion = 70,
    InsufficientSecurity = 71,
    InternalError = 80,
    InappropriateFallback = 86,
    UnrecognizedName = 112,
    NoApplicationProtocol = 120,
};
QString alertName(quint8 description); // "handshake_failure", "unknown (123)"

// Records carry at most 2^14 bytes of plaintext; 2048 more is the most any protection may add.
constexpr int MaxPlaintextRecord = 16384;
constexpr int MaxRecordLength = 16384 + 2048;

} // namespace TlsWire
