#include "HelloConversation.h"

#include "ServerResponseParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

QString seconds(int ms)
{
    return QString::number(double(ms) / 1000.0, 'g', 3);
}

} // namespace

HelloConversation::HelloConversation(QHostAddress address, quint16 port, int connectTimeoutMs,
                                     int readTimeoutMs)
    : m_address(std::move(address))
    , m_port(port)
    , m_connectTimeoutMs(connectTimeoutMs)
    , m_readTimeoutMs(readTimeoutMs)
{ }

HelloConversation::~HelloConversation()
{
    close();
}

void HelloConversation::close()
{
    if (m_socket)
        m_socket->abort();
    m_socket.reset();
}

QByteArray HelloConversation::record(quint8 type, quint16 version, const QByteArray &fragment)
{
    QByteArray out;
    out.append(char(type));
    out.append(char(version >> 8));
    out.append(char(version & 0xFF));
    out.append(char((fragment.size() >> 8) & 0xFF));
    out.append(char(fragment.size() & 0xFF));
    out.append(fragment);
    return out;
}

Result<HelloAnswer> HelloConversation::open(const ClientHelloOptions &options)
{
    close();
    m_connectFailed = false;
    auto hello = ClientHelloBuilder(options).build();
    if (!hello)
        return Error { hello.error() };
    return openBytes(hello.value(), HelloExchange::ReadUntil::Complete);
}

Result<HelloAnswer> HelloConversation::openBytes(const QByteArray &hello, HelloExchange::ReadUntil until)
{
    close();
    m_connectFailed = false;
    m_socket = std::make_unique<QTcpSocket>();
    m_socket->connectToHost(m_address, m_port);
    if (!m_socket->waitForConnected(m_connectTimeoutMs)) {
        // HelloExchange's words (and translations): to the owner it is the same connection.
        m_connectFailed = true;
        const QAbstractSocket::SocketError error = m_socket->error();
        const QString reason = m_socket->errorString();
        close();
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            return Error { QCoreApplication::translate("HelloExchange", "The connection was refused.") };
        case QAbstractSocket::SocketTimeoutError:
            return Error { QCoreApplication::translate("HelloExchange",
                                                       "The server could not be reached within %1 s.")
                               .arg(seconds(m_connectTimeoutMs)) };
        default:
            return Error {
                QCoreApplication::translate("HelloExchange", "Could not connect: %1").arg(reason)
            };
        }
    }

    ServerResponseParser parser;
    m_socket->write(hello);
    QElapsedTimer timer;
    timer.start();
    qint64 total = 0;
    // The ServerHello names version and suite: enough for the elimination loops.
    const auto done = [&] {
        return parser.isComplete()
            || (until == HelloExchange::ReadUntil::ServerHello && parser.response().serverHello.has_value());
    };
    while (!done()) {
        if (cancelled()) {
            close();
            return Error { QCoreApplication::translate("HelloExchange", "The check was cancelled.") };
        }
        if (m_socket->bytesAvailable() == 0) {
            const qint64 left = m_readTimeoutMs - timer.elapsed();
            if (left <= 0) {
                close();
                return Error { QCoreApplication::translate("HelloExchange",
                                                           "The server did not answer within %1 s.")
                                   .arg(seconds(m_readTimeoutMs)) };
            }
            if (!waitForData(left)) {
                if (m_socket->bytesAvailable() > 0)
                    continue;
                if (m_socket->state() != QAbstractSocket::ConnectedState) {
                    parser.finish();
                    break;
                }
                continue; // the deadline and cancel checks above end this
            }
        }
        const QByteArray bytes = m_socket->read(HelloExchange::MaxResponseBytes - total + 1);
        total += bytes.size();
        if (total > HelloExchange::MaxResponseBytes) {
            close();
            return Error { QCoreApplication::translate("HelloExchange",
                                                       "The server sent more than %1 KiB without finishing "
                                                       "its answer.")
                               .arg(HelloExchange::MaxResponseBytes / 1024) };
        }
        if (!parser.feed(bytes))
            break;
    }
    return HelloAnswer { parser.classify(), parser.response() };
}

bool HelloConversation::waitForData(qint64 ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!cancelled()) {
        const qint64 left = ms - timer.elapsed();
        if (left <= 0)
            return false;
        if (m_socket->waitForReadyRead(int(std::min<qint64>(left, 100))))
            return true;
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return false;
    }
    return false;
}

bool HelloConversation::send(const QByteArray &records)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    m_socket->write(records);
    return m_socket->waitForBytesWritten(m_readTimeoutMs) || m_socket->bytesToWrite() == 0;
}

FollowUpReply HelloConversation::readReply(qint64 enoughHeartbeatBytes)
{
    using Kind = FollowUpReply::Kind;
    FollowUpReply reply;
    if (!m_socket) {
        reply.kind = Kind::Closed;
        return reply;
    }
    const auto ended = [&](Kind kind) {
        reply.kind = reply.heartbeatBytes > 0 ? Kind::Heartbeat : kind;
        return reply;
    };

    QElapsedTimer timer;
    timer.start();
    QByteArray header; // the record header being read; bodies are skipped, never kept
    qint64 toSkip = 0;
    qint64 total = 0;
    while (true) {
        if (cancelled())
            return ended(Kind::Silent);
        if (m_socket->bytesAvailable() == 0) {
            const qint64 left = m_readTimeoutMs - timer.elapsed();
            if (left <= 0)
                return ended(Kind::Silent);
            if (!waitForData(left)) {
                if (m_socket->bytesAvailable() > 0)
                    continue;
                if (m_socket->state() != QAbstractSocket::ConnectedState)
                    return ended(Kind::Closed);
                continue;
            }
        }
        if (toSkip > 0) {
            const qint64 skipped = m_socket->skip(toSkip);
            if (skipped <= 0)
                return ended(Kind::Closed);
            toSkip -= skipped;
            total += skipped;
            if (total > HelloExchange::MaxResponseBytes)
                return ended(Kind::Malformed);
            continue;
        }
        header.append(m_socket->read(5 - header.size()));
        if (header.size() < 5)
            continue;
        const auto type = quint8(header.at(0));
        const auto major = quint8(header.at(1));
        const qint64 length = quint8(header.at(3)) << 8 | quint8(header.at(4));
        header.clear();
        total += 5;
        if (type < TlsWire::ChangeCipherSpec || type > TlsWire::HeartbeatRecord || major != 3
            || length > TlsWire::MaxRecordLength)
            return ended(Kind::Malformed);
        if (type == TlsWire::HeartbeatRecord) {
            // Judged by the announced length alone: the leaked bytes are skipped unread.
            reply.heartbeatBytes += length;
            if (reply.heartbeatBytes >= enoughHeartbeatBytes) {
                reply.kind = Kind::Heartbeat;
                return reply;
            }
            toSkip = length;
            continue;
        }
        if (reply.heartbeatBytes > 0)
            return ended(Kind::Heartbeat);
        if (type != TlsWire::AlertRecord) {
            reply.kind = Kind::OtherRecord;
            reply.recordType = type;
            return reply;
        }
        // An alert: its two bytes decide, the wait for them is bounded like the rest.
        QByteArray body;
        while (body.size() < 2) {
            if (m_socket->bytesAvailable() == 0) {
                const qint64 left = m_readTimeoutMs - timer.elapsed();
                if (left <= 0 || (!waitForData(left) && m_socket->bytesAvailable() == 0))
                    return ended(Kind::Closed);
            }
            body.append(m_socket->read(2 - body.size()));
        }
        reply.kind = Kind::Alert;
        reply.alert = TlsAlert { quint8(body.at(0)), quint8(body.at(1)) };
        return reply;
    }
}
