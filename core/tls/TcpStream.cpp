#include "TcpStream.h"

#include <QCoreApplication>
#include <QNetworkInterface>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace {

// Waits are cut in slices so a cancel is noticed within this time.
constexpr int CancelSliceMs = 100;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

} // namespace

QString TcpStream::cancelledMessage()
{
    return QCoreApplication::translate("TcpStream", "The check was cancelled.");
}

QString TcpStream::timeoutMessage()
{
    return QCoreApplication::translate("TcpStream", "The server did not answer in time.");
}

TcpStream::TcpStream(int fd, const std::atomic_bool *cancel)
    : m_fd(fd)
    , m_cancel(cancel)
{ }

TcpStream::TcpStream(TcpStream &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_cancel(other.m_cancel)
{ }

TcpStream &TcpStream::operator=(TcpStream &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
        m_cancel = other.m_cancel;
    }
    return *this;
}

TcpStream::~TcpStream()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<TcpStream> TcpStream::connect(const QHostAddress &address, quint16 port, int timeoutMs,
                                     const std::atomic_bool *cancel)
{
    sockaddr_storage storage = {};
    socklen_t length = 0;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *in = reinterpret_cast<sockaddr_in *>(&storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        in->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    } else if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, bytes.c, sizeof bytes.c);
        // A link-local address needs its interface: "fe80::1%eth0".
        if (!address.scopeId().isEmpty())
            in6->sin6_scope_id = uint32_t(QNetworkInterface::interfaceIndexFromName(address.scopeId()));
        length = sizeof(sockaddr_in6);
    } else {
        return Error { QCoreApplication::translate("TcpStream", "The address %1 is not an IP address.")
                           .arg(address.toString()) };
    }

    const int fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return Error { QCoreApplication::translate("TcpStream", "Could not open a connection: %1")
                           .arg(systemError(errno)) };
    TcpStream stream(fd, cancel);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&storage), length) != 0 && errno != EINPROGRESS) {
        const int error = errno;
        if (error == ECONNREFUSED)
            return Error { QCoreApplication::translate("TcpStream", "The connection was refused.") };
        return Error {
            QCoreApplication::translate("TcpStream", "Could not connect: %1").arg(systemError(error))
        };
    }
    switch (stream.waitFor(POLLOUT, QDeadlineTimer(timeoutMs))) {
    case Wait::Ready:
        break;
    case Wait::Cancelled:
        return Error { cancelledMessage() };
    case Wait::TimedOut:
        return Error { QCoreApplication::translate("TcpStream",
                                                   "The server could not be reached within %1 s.")
                           .arg(QString::number(double(timeoutMs) / 1000.0, 'g', 3)) };
    case Wait::Failed:
        break; // SO_ERROR below says why
    }
    int error = 0;
    socklen_t errorLength = sizeof error;
    if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &errorLength) != 0)
        error = errno;
    if (error == ECONNREFUSED)
        return Error { QCoreApplication::translate("TcpStream", "The connection was refused.") };
    if (error != 0)
        return Error {
            QCoreApplication::translate("TcpStream", "Could not connect: %1").arg(systemError(error))
        };
    return stream;
}

TcpStream::Wait TcpStream::waitFor(short events, const QDeadlineTimer &deadline) const
{
    for (;;) {
        if (isCancelled(m_cancel))
            return Wait::Cancelled;
        const qint64 left = deadline.remainingTime();
        if (left == 0)
            return Wait::TimedOut;
        pollfd entry = { m_fd, events, 0 };
        const int slice = left < 0 ? CancelSliceMs : int(qMin<qint64>(left, CancelSliceMs));
        const int ready = ::poll(&entry, 1, slice);
        if (ready < 0 && errno != EINTR)
            return Wait::Failed;
        if (ready > 0)
            return (entry.revents & (POLLERR | POLLNVAL)) && !(entry.revents & events) ? Wait::Failed
                                                                                       : Wait::Ready;
    }
}

Status TcpStream::write(QByteArrayView bytes, const QDeadlineTimer &deadline)
{
    while (!bytes.isEmpty()) {
        // MSG_NOSIGNAL: a server that hangs up must not kill the program with SIGPIPE.
        const ssize_t sent = ::send(m_fd, bytes.data(), size_t(bytes.size()), MSG_NOSIGNAL);
        if (sent > 0) {
            bytes = bytes.sliced(sent);
            continue;
        }
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
            if (errno == ECONNRESET || errno == EPIPE)
                return Error { QCoreApplication::translate("TcpStream",
                                                           "The server closed the connection.") };
            return Error { QCoreApplication::translate("TcpStream", "Could not send to the server: %1")
                               .arg(systemError(errno)) };
        }
        switch (waitFor(POLLOUT, deadline)) {
        case Wait::Ready:
        case Wait::Failed: // the next send says what failed
            break;
        case Wait::Cancelled:
            return Error { cancelledMessage() };
        case Wait::TimedOut:
            return Error { timeoutMessage() };
        }
    }
    return Status::success();
}

Result<qsizetype> TcpStream::read(char *buffer, qsizetype max, const QDeadlineTimer &deadline)
{
    for (;;) {
        const ssize_t received = ::recv(m_fd, buffer, size_t(max), 0);
        if (received >= 0)
            return qsizetype(received);
        if (errno == EINTR)
            continue;
        if (errno == ECONNRESET)
            return Error { QCoreApplication::translate("TcpStream", "The server reset the connection.") };
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return Error { QCoreApplication::translate("TcpStream", "Could not read from the server: %1")
                               .arg(systemError(errno)) };
        switch (waitFor(POLLIN, deadline)) {
        case Wait::Ready:
        case Wait::Failed: // the next recv says what failed
            break;
        case Wait::Cancelled:
            return Error { cancelledMessage() };
        case Wait::TimedOut:
            return Error { timeoutMessage() };
        }
    }
}
