#pragma once

#include "ClientHelloBuilder.h"
#include "ServerResponse.h"
#include "common/Result.h"

#include <QByteArray>
#include <QHostAddress>

#include <atomic>

// What one raw hello got back: the verdict the probe acts on and the parsed answer behind it.
struct HelloAnswer
{
    ServerVerdict verdict;
    ServerResponse response;
};

// One raw exchange with a server: connect to an IP and port, send a ClientHello, read until the
// answer is classified, hang up. The SNI name travels in ClientHelloOptions::serverName, apart
// from the address, so a probe can pin the IP it resolved once.
//
// Blocking (QTcpSocket::waitFor*): run it in a worker thread, NEVER on the GUI thread.
class HelloExchange
{
public:
    enum class ReadUntil
    {
        ServerHello, // stop at the ServerHello: enough to know version and suite
        Complete, // also read Certificate / ServerKeyExchange up to ServerHelloDone (TLS <= 1.2)
    };

    HelloExchange(QHostAddress address, quint16 port, int connectTimeoutMs = 5000, int readTimeoutMs = 5000);

    // Checked while waiting for the answer (every 100 ms): a cancelled run ends with an Error.
    // Connecting is not interrupted; the connect timeout bounds it. The flag must outlive run().
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // Errors are connection-level only (refused, unreachable, silent): any answer, even a close
    // or garbage, is a verdict.
    Result<HelloAnswer> run(const ClientHelloOptions &options, ReadUntil until = ReadUntil::ServerHello);
    Result<HelloAnswer> runBytes(const QByteArray &hello, ReadUntil until = ReadUntil::ServerHello);
    // The last error came from connecting (nobody listens, unreachable), not from the answer:
    // a caller enumerating offers must stop rather than count it as a refusal.
    bool connectFailed() const { return m_connectFailed; }

    // A hostile server cannot make us buffer more than this.
    static constexpr qint64 MaxResponseBytes = 512 * 1024;

private:
    QHostAddress m_address;
    quint16 m_port = 0;
    int m_connectTimeoutMs = 5000;
    int m_readTimeoutMs = 5000;
    bool m_connectFailed = false;
    const std::atomic_bool *m_cancel = nullptr;
};
