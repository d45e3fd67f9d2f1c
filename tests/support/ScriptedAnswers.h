#pragma once

#include "ScriptedWire.h"

#include <cstdint>
#include <string>
#include <vector>

namespace scripted {

// How the scripted server answers (see scripted_tls_server.cpp for the command line).
struct ScriptedConfig
{
    std::string listen = "127.0.0.1";
    int port = 0;
    std::vector<std::uint16_t> versions { 0x0303 }; // wire values; 0x0002 is SSLv2
    std::vector<std::uint16_t> suites { 0x002F, 0x0035, 0x000A }; // its preference, first wins
    std::vector<std::uint32_t> ssl2Kinds { 0x010080, 0x0700C0 };
    bool compression = false; // chooses DEFLATE when offered
    bool heartbeat = false; // echoes the extension, drops over-long requests (patched)
    bool heartbleed = false; // echoes the extension, answers over-long requests with filler
    bool ccsVulnerable = false; // takes an early ChangeCipherSpec
    bool noReneg = false; // no renegotiation_info
    bool honourFallback = false; // inappropriate_fallback to a downgraded hello with the SCSV
    int dhBits = 2048; // DHE parameters (EXPORT suites: 512)
    std::string hostile; // silent, slowdrip, garbage, reset, bigrecord, hugechain, reset-half
    Bytes certificate; // DER, sent in every Certificate message
};

// Reads one client's hello on `fd` and answers it as `config` says; closes `fd`.
void serveConnection(int fd, const ScriptedConfig &config);

} // namespace scripted
