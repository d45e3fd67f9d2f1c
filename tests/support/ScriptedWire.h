#pragma once

// The bytes, socket and TLS records of the scripted TLS server (scripted_tls_server.cpp): plain
// C++ and POSIX, so that the server depends on nothing it tests.
#include <algorithm>
#include <cstdint>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <optional>
#include <random>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>
#include <vector>

namespace scripted {

using Bytes = std::vector<std::uint8_t>;

// --- bytes ------------------------------------------------------------------------------------

inline void put8(Bytes &out, unsigned value)
{
    out.push_back(std::uint8_t(value & 0xFF));
}
inline void put16(Bytes &out, unsigned value)
{
    put8(out, value >> 8);
    put8(out, value);
}
inline void put24(Bytes &out, unsigned value)
{
    put8(out, value >> 16);
    put16(out, value);
}
inline void append(Bytes &out, const Bytes &more)
{
    out.insert(out.end(), more.begin(), more.end());
}

inline Bytes randomBytes(std::size_t count)
{
    thread_local std::mt19937 engine { std::random_device {}() };
    Bytes out(count);
    for (auto &b : out)
        b = std::uint8_t(engine() & 0xFF);
    return out;
}

// A bounds-checked reader over a ClientHello.
struct Reader
{
    const Bytes &data;
    std::size_t pos = 0;
    bool ok = true;

    std::size_t left() const { return data.size() - pos; }
    unsigned u8()
    {
        if (left() < 1) {
            ok = false;
            return 0;
        }
        return data[pos++];
    }
    unsigned u16()
    {
        const unsigned high = u8(); // two statements: the operands of | have no fixed order
        return high << 8 | u8();
    }
    Bytes take(std::size_t count)
    {
        if (left() < count) {
            ok = false;
            return {};
        }
        Bytes out(data.begin() + std::ptrdiff_t(pos), data.begin() + std::ptrdiff_t(pos + count));
        pos += count;
        return out;
    }
};

// --- the socket -------------------------------------------------------------------------------

class Connection
{
public:
    explicit Connection(int fd)
        : m_fd(fd)
    {
        // A client that walks away must not leave a thread behind for long.
        timeval timeout { 30, 0 };
        setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        setsockopt(m_fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
        int one = 1;
        setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    ~Connection()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool send(const Bytes &bytes)
    {
        std::size_t sent = 0;
        while (sent < bytes.size()) {
            const ssize_t n = ::send(m_fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            sent += std::size_t(n);
        }
        return true;
    }
    // Exactly `count` bytes, or nothing when the peer closed or went quiet.
    std::optional<Bytes> readExactly(std::size_t count)
    {
        Bytes out(count);
        std::size_t got = 0;
        while (got < count) {
            const ssize_t n = ::recv(m_fd, out.data() + got, count - got, 0);
            if (n <= 0)
                return std::nullopt;
            got += std::size_t(n);
        }
        return out;
    }
    Bytes readSome()
    {
        Bytes out(65536);
        const ssize_t n = ::recv(m_fd, out.data(), out.size(), 0);
        out.resize(n > 0 ? std::size_t(n) : 0);
        return out;
    }
    // Half-close, then let the client read what was sent before the socket goes: closing with
    // unread input would send a reset that can wipe our last alert from the client's buffer.
    void finish()
    {
        ::shutdown(m_fd, SHUT_WR);
        timeval timeout { 2, 0 };
        setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        while (!readSome().empty()) { }
    }
    void reset()
    {
        linger hard { 1, 0 };
        setsockopt(m_fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd = -1;
};

// --- TLS messages -----------------------------------------------------------------------------

inline Bytes record(unsigned type, unsigned version, const Bytes &fragment)
{
    Bytes out;
    put8(out, type);
    put16(out, version);
    put16(out, unsigned(fragment.size()));
    append(out, fragment);
    return out;
}

// Handshake or heartbeat bytes cut into records of at most 2^14 bytes.
inline Bytes records(unsigned type, unsigned version, const Bytes &payload)
{
    Bytes out;
    for (std::size_t offset = 0; offset < payload.size(); offset += 16384) {
        const auto end = std::min(payload.size(), offset + 16384);
        append(
            out,
            record(type, version,
                   Bytes(payload.begin() + std::ptrdiff_t(offset), payload.begin() + std::ptrdiff_t(end))));
    }
    return out;
}

inline Bytes handshake(unsigned type, const Bytes &body)
{
    Bytes out;
    put8(out, type);
    put24(out, unsigned(body.size()));
    append(out, body);
    return out;
}

inline Bytes alert(unsigned version, unsigned description)
{
    return record(21, version, Bytes { 2, std::uint8_t(description) });
}

} // namespace scripted
