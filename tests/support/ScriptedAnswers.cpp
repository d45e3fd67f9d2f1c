#include "ScriptedAnswers.h"

#include "tls/CipherSuiteCatalog.h"

#include <algorithm>
#include <optional>
#include <string>

namespace scripted {

namespace {

struct ClientHello
{
    unsigned recordVersion = 0;
    unsigned clientVersion = 0;
    std::vector<std::uint16_t> suites;
    std::vector<std::uint8_t> compressions;
    std::vector<std::uint16_t> extensions;
    std::vector<std::uint16_t> supportedVersions; // read, but this server stops at TLS 1.2
    std::vector<std::uint16_t> groups;

    bool has(std::uint16_t suite) const
    {
        return std::find(suites.begin(), suites.end(), suite) != suites.end();
    }
    bool hasExtension(std::uint16_t type) const
    {
        return std::find(extensions.begin(), extensions.end(), type) != extensions.end();
    }
};

std::optional<ClientHello> parseClientHello(const Bytes &body, unsigned recordVersion)
{
    ClientHello hello;
    hello.recordVersion = recordVersion;
    Reader r { body };
    hello.clientVersion = r.u16();
    r.take(32);
    r.take(r.u8()); // session id
    const Bytes suites = r.take(r.u16());
    for (std::size_t i = 0; i + 1 < suites.size(); i += 2)
        hello.suites.push_back(std::uint16_t(suites[i] << 8 | suites[i + 1]));
    hello.compressions = r.take(r.u8());
    if (r.ok && r.left() >= 2) {
        const Bytes block = r.take(r.u16());
        Reader e { block };
        while (e.ok && e.left() >= 4) {
            const auto type = std::uint16_t(e.u16());
            const Bytes data = e.take(e.u16());
            hello.extensions.push_back(type);
            Reader d { data };
            if (type == 0x002B) {
                const Bytes list = d.take(d.u8());
                for (std::size_t i = 0; i + 1 < list.size(); i += 2)
                    hello.supportedVersions.push_back(std::uint16_t(list[i] << 8 | list[i + 1]));
            } else if (type == 0x000A) {
                const Bytes list = d.take(d.u16());
                for (std::size_t i = 0; i + 1 < list.size(); i += 2)
                    hello.groups.push_back(std::uint16_t(list[i] << 8 | list[i + 1]));
            }
        }
    }
    if (!r.ok)
        return std::nullopt;
    return hello;
}

// Reads the handshake records of a ClientHello (it may span several).
std::optional<ClientHello> readClientHello(Connection &c, const Bytes &header)
{
    Bytes handshakeBytes;
    Bytes head = header;
    unsigned recordVersion = 0;
    while (true) {
        if (head[0] != 22)
            return std::nullopt;
        recordVersion = unsigned(head[1] << 8 | head[2]);
        const auto body = c.readExactly(std::size_t(head[3] << 8 | head[4]));
        if (!body)
            return std::nullopt;
        append(handshakeBytes, *body);
        if (handshakeBytes.size() >= 4) {
            const std::size_t length
                = std::size_t(handshakeBytes[1]) << 16 | handshakeBytes[2] << 8 | handshakeBytes[3];
            if (handshakeBytes[0] != 1 || length > (1 << 20))
                return std::nullopt;
            if (handshakeBytes.size() >= 4 + length)
                return parseClientHello(
                    Bytes(handshakeBytes.begin() + 4, handshakeBytes.begin() + 4 + std::ptrdiff_t(length)),
                    recordVersion);
        }
        const auto next = c.readExactly(5);
        if (!next)
            return std::nullopt;
        head = *next;
    }
}

// --- the answers ------------------------------------------------------------------------------

bool accepts(const ScriptedConfig &config, std::uint16_t version)
{
    return std::find(config.versions.begin(), config.versions.end(), version) != config.versions.end();
}

Bytes serverHello(unsigned version, unsigned suite, unsigned compression, const Bytes &extensions)
{
    Bytes body;
    put16(body, version);
    append(body, randomBytes(32));
    put8(body, 32);
    append(body, randomBytes(32));
    put16(body, suite);
    put8(body, compression);
    if (!extensions.empty()) {
        put16(body, unsigned(extensions.size()));
        append(body, extensions);
    }
    return handshake(2, body);
}

Bytes certificateMessage(const ScriptedConfig &config, std::size_t copies)
{
    Bytes list;
    for (std::size_t i = 0; i < copies; ++i) {
        put24(list, unsigned(config.certificate.size()));
        append(list, config.certificate);
    }
    Bytes body;
    put24(body, unsigned(list.size()));
    append(body, list);
    return handshake(11, body);
}

// Parameters that only look right: the probe reads sizes and names, it never computes a key.
Bytes serverKeyExchange(const ScriptedConfig &config, const CipherSuite &suite, unsigned version,
                        const ClientHello &hello)
{
    Bytes body;
    const bool dhe = suite.keyExchange == KeyExchange::DHE || suite.keyExchange == KeyExchange::DHAnon;
    const bool ecdhe = suite.keyExchange == KeyExchange::ECDHE || suite.keyExchange == KeyExchange::ECDHAnon;
    if (dhe) {
        const int bits = suite.flags.testFlag(CipherFlag::Export) ? 512 : config.dhBits;
        Bytes p = randomBytes(std::size_t(bits / 8));
        p.front() |= 0x80;
        p.back() |= 0x01;
        put16(body, unsigned(p.size()));
        append(body, p);
        put16(body, 1);
        put8(body, 2);
        put16(body, unsigned(p.size()));
        append(body, randomBytes(p.size()));
    } else if (ecdhe) {
        unsigned curve = 0x0017;
        for (std::uint16_t g : hello.groups) {
            if (g == 0x001D || g == 0x0017 || g == 0x0018 || g == 0x0019) {
                curve = g;
                break;
            }
        }
        const std::size_t pointSize = curve == 0x001D ? 32
            : curve == 0x0018                         ? 97
            : curve == 0x0019                         ? 133
                                                      : 65;
        put8(body, 3); // named_curve
        put16(body, curve);
        put8(body, unsigned(pointSize));
        append(body, randomBytes(pointSize));
    } else {
        return {};
    }
    const bool anonymous
        = suite.keyExchange == KeyExchange::DHAnon || suite.keyExchange == KeyExchange::ECDHAnon;
    if (!anonymous) {
        if (version >= 0x0303)
            put16(body, 0x0401); // rsa_pkcs1_sha256
        put16(body, 256);
        append(body, randomBytes(256));
    }
    return handshake(12, body);
}

Bytes flightFor(const ScriptedConfig &config, const ClientHello &hello, unsigned version, unsigned suiteId)
{
    const bool offeredDeflate
        = std::find(hello.compressions.begin(), hello.compressions.end(), 1) != hello.compressions.end();
    Bytes extensions;
    if (!config.noReneg && (hello.hasExtension(0xFF01) || hello.has(0x00FF))) {
        put16(extensions, 0xFF01);
        put16(extensions, 1);
        put8(extensions, 0);
    }
    if ((config.heartbeat || config.heartbleed) && hello.hasExtension(0x000F)) {
        put16(extensions, 0x000F);
        put16(extensions, 1);
        put8(extensions, 1); // peer_allowed_to_send
    }
    Bytes flight = serverHello(version, suiteId, config.compression && offeredDeflate ? 1 : 0, extensions);
    const CipherSuite *suite = CipherSuiteCatalog::find(std::uint16_t(suiteId));
    const bool anonymous = suite && suite->flags.testFlag(CipherFlag::Anonymous);
    if (!anonymous)
        append(flight, certificateMessage(config, 1));
    if (suite)
        append(flight, serverKeyExchange(config, *suite, version, hello));
    append(flight, handshake(14, {}));
    return records(22, version, flight);
}

// After the flight: heartbeats, early ChangeCipherSpec, or the end.
void afterFlight(const ScriptedConfig &config, Connection &c, unsigned version)
{
    bool ccsTaken = false;
    while (true) {
        const auto header = c.readExactly(5);
        if (!header)
            return;
        const unsigned type = (*header)[0];
        const auto body = c.readExactly(std::size_t((*header)[3] << 8 | (*header)[4]));
        if (!body)
            return;
        if (ccsTaken) {
            // The early CCS switched on keys from an empty secret: nothing after it decrypts.
            c.send(alert(version, 20)); // bad_record_mac
            return c.finish();
        }
        if (type == 20 && config.ccsVulnerable) {
            ccsTaken = true;
            continue;
        }
        if (type == 24 && (config.heartbeat || config.heartbleed) && body->size() >= 3 && (*body)[0] == 1) {
            const std::size_t claimed = std::size_t((*body)[1] << 8 | (*body)[2]);
            const std::size_t actual = body->size() - 3;
            if (claimed > actual && !config.heartbleed)
                continue; // RFC 6520 4: silently discard
            Bytes response;
            put8(response, 2); // heartbeat_response
            put16(response, unsigned(claimed));
            response.insert(response.end(), body->begin() + 3,
                            body->begin() + 3 + std::ptrdiff_t(std::min(claimed, actual)));
            // What a vulnerable server would copy from its memory: filler here, never real data.
            static const char filler[] = "SCRIPTED-FAKE-MEMORY ";
            for (std::size_t i = actual; i < claimed; ++i)
                response.push_back(std::uint8_t(filler[i % (sizeof filler - 1)]));
            append(response, randomBytes(16));
            if (!c.send(records(24, version, response)))
                return;
            continue;
        }
        if (type == 21)
            return;
        c.send(alert(version, 10)); // unexpected_message
        return c.finish();
    }
}

void answerSsl2(const ScriptedConfig &config, Connection &c, const Bytes &header)
{
    const std::size_t length = std::size_t(header[0] & 0x7F) << 8 | header[1];
    if (length < 9)
        return;
    // header holds the two length bytes and the first three of the message
    const auto rest = c.readExactly(length - 3);
    if (!rest)
        return;
    Bytes message(header.begin() + 2, header.end());
    append(message, *rest);
    Reader r { message };
    r.u8(); // CLIENT-HELLO
    r.u16(); // version
    const unsigned specsLength = r.u16();
    const unsigned sessionLength = r.u16();
    const unsigned challengeLength = r.u16();
    const Bytes specs = r.take(specsLength);
    r.take(sessionLength);
    r.take(challengeLength);
    if (!r.ok || !accepts(config, 0x0002))
        return;
    std::vector<std::uint32_t> offered;
    for (std::size_t i = 0; i + 2 < specs.size(); i += 3)
        offered.push_back(std::uint32_t(specs[i]) << 16 | std::uint32_t(specs[i + 1]) << 8 | specs[i + 2]);
    Bytes shared;
    for (std::uint32_t kind : config.ssl2Kinds) {
        if (std::find(offered.begin(), offered.end(), kind) != offered.end())
            put24(shared, kind);
    }
    Bytes body;
    if (shared.empty()) {
        put8(body, 0); // ERROR
        put16(body, 1); // NO-CIPHER-ERROR
    } else {
        const Bytes connectionId = randomBytes(16);
        put8(body, 4); // SERVER-HELLO
        put8(body, 0); // no session id hit
        put8(body, 1); // SSL_CT_X509_CERTIFICATE
        put16(body, 0x0002);
        put16(body, unsigned(config.certificate.size()));
        put16(body, unsigned(shared.size()));
        put16(body, unsigned(connectionId.size()));
        append(body, config.certificate);
        append(body, shared);
        append(body, connectionId);
    }
    Bytes out;
    put16(out, 0x8000 | unsigned(body.size()));
    append(out, body);
    c.send(out);
    c.finish();
}

void answerTls(const ScriptedConfig &config, Connection &c, const Bytes &header)
{
    const auto hello = readClientHello(c, header);
    if (!hello)
        return;
    const unsigned alertVersion = hello->clientVersion == 0x0300 ? 0x0300 : 0x0301;
    // A TLS 1.2-at-most server: supported_versions is ignored, as RFC 8446 4.2.1 lets it.
    unsigned version = 0;
    unsigned best = 0;
    for (std::uint16_t v : config.versions) {
        if (v < 0x0300)
            continue;
        best = std::max<unsigned>(best, v);
        if (v <= hello->clientVersion)
            version = std::max<unsigned>(version, v);
    }
    if (version == 0) {
        c.send(alert(alertVersion, 70)); // protocol_version
        return c.finish();
    }
    if (config.honourFallback && hello->has(0x5600) && hello->clientVersion < best) {
        c.send(alert(version, 86)); // inappropriate_fallback
        return c.finish();
    }
    const auto pick = std::find_if(config.suites.begin(), config.suites.end(),
                                   [&](std::uint16_t s) { return hello->has(s); });
    if (pick == config.suites.end()) {
        c.send(alert(version, 40)); // handshake_failure
        return c.finish();
    }
    const auto flight = flightFor(config, *hello, version, *pick);
    if (!c.send(flight))
        return;
    afterFlight(config, c, version);
}

// --- hostile answers --------------------------------------------------------------------------

void answerHostile(const ScriptedConfig &config, Connection &c)
{
    const std::string &mode = config.hostile;
    const unsigned version = 0x0303;
    const Bytes hello = serverHello(version, config.suites.empty() ? 0x002F : config.suites.front(), 0, {});
    if (mode == "silent") {
        while (!c.readSome().empty()) { }
    } else if (mode == "slowdrip") {
        const Bytes bytes = record(22, version, hello);
        for (std::uint8_t b : bytes) {
            if (!c.send(Bytes { b }))
                return;
            ::sleep(1);
        }
    } else if (mode == "garbage") {
        Bytes junk = randomBytes(4096);
        junk[0] = 'Z'; // never a TLS content type nor an SSLv2 header
        if (c.send(junk))
            c.finish();
    } else if (mode == "reset") {
        c.reset();
    } else if (mode == "bigrecord") {
        Bytes head;
        put8(head, 22);
        put16(head, version);
        put16(head, 0xFFFF); // more than any record may hold
        if (!c.send(head))
            return;
        const Bytes chunk(65536, 0x16);
        for (int i = 0; i < 256; ++i) { // 16 MiB
            if (!c.send(chunk))
                return;
        }
    } else if (mode == "hugechain") {
        // A Certificate message of ~16 MiB, sent record by record as it is built.
        if (!c.send(record(22, version, hello)))
            return;
        const std::size_t entry = config.certificate.size() + 3;
        const std::size_t copies = (0xFFFFFF - 8) / entry;
        Bytes head;
        put8(head, 11);
        put24(head, unsigned(copies * entry + 3));
        put24(head, unsigned(copies * entry));
        Bytes pending = head;
        for (std::size_t i = 0; i < copies; ++i) {
            put24(pending, unsigned(config.certificate.size()));
            append(pending, config.certificate);
            if (pending.size() >= 16384) {
                if (!c.send(record(22, version, Bytes(pending.begin(), pending.begin() + 16384))))
                    return;
                pending.erase(pending.begin(), pending.begin() + 16384);
            }
        }
        if (!pending.empty())
            c.send(record(22, version, pending));
    } else if (mode == "reset-half") {
        const Bytes bytes = record(22, version, hello);
        if (c.send(Bytes(bytes.begin(), bytes.begin() + std::ptrdiff_t(bytes.size() / 2)))) {
            ::usleep(100 * 1000); // let the half arrive before the reset
            c.reset();
        }
    }
}

} // namespace

void serveConnection(int fd, const ScriptedConfig &config)
{
    Connection c(fd);
    if (!config.hostile.empty()) {
        if (!c.readSome().empty())
            answerHostile(config, c);
        return;
    }
    const auto first = c.readExactly(5);
    if (!first)
        return;
    const Bytes &header = *first;
    if ((header[0] & 0x80) && header[2] == 1)
        answerSsl2(config, c, header);
    else
        answerTls(config, c, header);
}

} // namespace scripted
