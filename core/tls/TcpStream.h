#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QDeadlineTimer>
#include <QHostAddress>

#include <atomic>

// A blocking TCP connection for worker threads that run no event loop: every wait has a
// deadline and watches a cancel flag, so a silent or slow server can never hold a probe.
// Plain POSIX sockets (non-blocking connect, poll): no QObject, no thread affinity.
class TcpStream
{
public:
    static Result<TcpStream> connect(const QHostAddress &address, quint16 port, int timeoutMs,
                                     const std::atomic_bool *cancel);

    TcpStream(TcpStream &&other) noexcept;
    TcpStream &operator=(TcpStream &&other) noexcept;
    TcpStream(const TcpStream &) = delete;
    TcpStream &operator=(const TcpStream &) = delete;
    ~TcpStream();

    // Sends all of `bytes` before the deadline.
    Status write(QByteArrayView bytes, const QDeadlineTimer &deadline);
    // Reads what arrives first, up to `max` bytes; 0 means the server closed the connection.
    Result<qsizetype> read(char *buffer, qsizetype max, const QDeadlineTimer &deadline);

    static QString cancelledMessage();
    static QString timeoutMessage();

private:
    TcpStream(int fd, const std::atomic_bool *cancel);
    enum class Wait
    {
        Ready,
        TimedOut,
        Cancelled,
        Failed,
    };
    Wait waitFor(short events, const QDeadlineTimer &deadline) const;

    int m_fd = -1;
    const std::atomic_bool *m_cancel = nullptr;
};
