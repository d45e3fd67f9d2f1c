// A TLS server that only says what it is told: the servers no modern OpenSSL can be (SSLv2,
// SSLv3, RC4, EXPORT, compression, Heartbleed, CCS injection) and hostile ones (silent, slow,
// garbage, resets, oversized records and chains), for the raw-hello tests. It never finishes a
// handshake: it answers the ClientHello with a ServerHello flight and reacts to what follows.
//
//   scripted_tls_server [--listen 127.0.0.1|::1] [--port 0] [--versions ssl2,ssl3,tls1.0,...]
//       [--suites 0x0005,0x000a] [--ssl2-kinds 0x010080,...] [--compression] [--heartbeat]
//       [--heartbleed] [--ccs-vulnerable] [--no-reneg] [--honour-fallback] [--dh-bits 2048]
//       [--hostile silent|slowdrip|garbage|reset|bigrecord|hugechain|reset-half]
//
// Prints "PORT <n>" once it listens; serves each connection in its own thread until killed.
#include "ScriptedAnswers.h"
#include "tls/CipherSuiteCatalog.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <netinet/in.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace scripted;

namespace {

// --- start-up ---------------------------------------------------------------------------------

struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct CertFree
{
    void operator()(X509 *cert) const { X509_free(cert); }
};

// A fresh self-signed RSA-2048 certificate for CN=localhost: only its DER travels.
bool makeCertificate(Bytes &certificate)
{
    std::unique_ptr<EVP_PKEY, KeyFree> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", std::size_t(2048)));
    std::unique_ptr<X509, CertFree> cert(X509_new());
    if (!key || !cert)
        return false;
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 30L * 86400);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("localhost"),
                               -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return false;
    const int length = i2d_X509(cert.get(), nullptr);
    if (length <= 0)
        return false;
    certificate.resize(std::size_t(length));
    unsigned char *out = certificate.data();
    return i2d_X509(cert.get(), &out) == length;
}

std::vector<std::string> split(const std::string &list)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t comma = list.find(',', start);
        const std::string item
            = list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (!item.empty())
            out.push_back(item);
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return out;
}

bool parseArguments(int argc, char **argv, ScriptedConfig &config)
{
    const std::vector<std::pair<std::string, std::uint16_t>> versionNames {
        { "ssl2", 0x0002 },   { "ssl3", 0x0300 },   { "tls1.0", 0x0301 },
        { "tls1.1", 0x0302 }, { "tls1.2", 0x0303 },
    };
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--listen" && hasValue) {
            config.listen = argv[++i];
        } else if (arg == "--port" && hasValue) {
            config.port = std::atoi(argv[++i]);
        } else if (arg == "--versions" && hasValue) {
            config.versions.clear();
            for (const std::string &name : split(argv[++i])) {
                const auto it = std::find_if(versionNames.begin(), versionNames.end(),
                                             [&](const auto &pair) { return pair.first == name; });
                if (it == versionNames.end()) {
                    std::fprintf(stderr, "unknown version %s\n", name.c_str());
                    return false;
                }
                config.versions.push_back(it->second);
            }
        } else if (arg == "--suites" && hasValue) {
            config.suites.clear();
            for (const std::string &id : split(argv[++i]))
                config.suites.push_back(std::uint16_t(std::strtoul(id.c_str(), nullptr, 16)));
        } else if (arg == "--ssl2-kinds" && hasValue) {
            config.ssl2Kinds.clear();
            for (const std::string &kind : split(argv[++i]))
                config.ssl2Kinds.push_back(std::uint32_t(std::strtoul(kind.c_str(), nullptr, 16)));
        } else if (arg == "--dh-bits" && hasValue) {
            config.dhBits = std::max(64, std::atoi(argv[++i]));
        } else if (arg == "--hostile" && hasValue) {
            config.hostile = argv[++i];
            static const char *const modes[]
                = { "silent", "slowdrip", "garbage", "reset", "bigrecord", "hugechain", "reset-half" };
            if (std::none_of(std::begin(modes), std::end(modes),
                             [&](const char *m) { return config.hostile == m; })) {
                std::fprintf(stderr, "unknown hostile mode %s\n", config.hostile.c_str());
                return false;
            }
        } else if (arg == "--compression") {
            config.compression = true;
        } else if (arg == "--heartbeat") {
            config.heartbeat = true;
        } else if (arg == "--heartbleed") {
            config.heartbleed = true;
        } else if (arg == "--ccs-vulnerable") {
            config.ccsVulnerable = true;
        } else if (arg == "--no-reneg") {
            config.noReneg = true;
        } else if (arg == "--honour-fallback") {
            config.honourFallback = true;
        } else {
            std::fprintf(stderr, "unknown argument %s\n", arg.c_str());
            return false;
        }
    }
    return true;
}

int listenSocket(const ScriptedConfig &config)
{
    sockaddr_storage address {};
    socklen_t length = 0;
    const bool v6 = config.listen.find(':') != std::string::npos;
    if (v6) {
        auto *a = reinterpret_cast<sockaddr_in6 *>(&address);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(std::uint16_t(config.port));
        if (inet_pton(AF_INET6, config.listen.c_str(), &a->sin6_addr) != 1)
            return -1;
        length = sizeof *a;
    } else {
        auto *a = reinterpret_cast<sockaddr_in *>(&address);
        a->sin_family = AF_INET;
        a->sin_port = htons(std::uint16_t(config.port));
        if (inet_pton(AF_INET, config.listen.c_str(), &a->sin_addr) != 1)
            return -1;
        length = sizeof *a;
    }
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (v6)
        setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), length) != 0 || ::listen(fd, 64) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

int boundPort(int fd)
{
    sockaddr_storage address {};
    socklen_t length = sizeof address;
    if (getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return 0;
    if (address.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<sockaddr_in6 *>(&address)->sin6_port);
    return ntohs(reinterpret_cast<sockaddr_in *>(&address)->sin_port);
}

} // namespace

int main(int argc, char **argv)
{
    std::signal(SIGPIPE, SIG_IGN);
    ScriptedConfig config;
    if (!parseArguments(argc, argv, config))
        return 2;
    if (!makeCertificate(config.certificate)) {
        std::fprintf(stderr, "could not make a certificate\n");
        return 1;
    }
    CipherSuiteCatalog::find(std::uint16_t(0)); // build the catalogue before any thread reads it
    const int server = listenSocket(config);
    if (server < 0) {
        std::fprintf(stderr, "cannot listen on %s port %d: %s\n", config.listen.c_str(), config.port,
                     std::strerror(errno));
        return 1;
    }
    std::printf("PORT %d\n", boundPort(server));
    std::fflush(stdout);
    while (true) {
        const int fd = ::accept(server, nullptr, nullptr);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            return 1;
        }
        std::thread([fd, &config] { serveConnection(fd, config); }).detach();
    }
}
