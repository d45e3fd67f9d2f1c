#include "HelloExchange.h"

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

bool done(const ServerResponseParser &parser, HelloExchange::ReadUntil until)
{
    if (parser.isComplete())
        return true;
    // Enough for the elimination loops: the ServerHello names version and suite.
    return until == HelloExchange::ReadUntil::ServerHello && parser.response().serverHello.has_value();
}

} // namespace

HelloExchange::HelloExchange(QHostAddress address, quint16 port, int connectTimeoutMs, int readTimeoutMs)
    : m_address(std::move(address))
    , m_port(port)
    , m_connectTimeoutMs(connectTimeoutMs)
    , m_readTimeoutMs(readTimeoutMs)
{ }

Result<HelloAnswer> HelloExchange::run(const ClientHelloOptions &options, ReadUntil until)
{
    m_connectFailed = false;
    auto hello = ClientHelloBuilder(options).build();
    if (!hello)
        return Error { hello.error() };
    return runBytes(hello.value(), until);
}

Result<HelloAnswer> HelloExchange::runBytes(const QByteArray &hello, ReadUntil until)
{
    QTcpSocket socket;
    socket.connectToHost(m_address, m_port);
    m_connectFailed = !socket.waitForConnected(m_connectTimeoutMs);
    if (m_connectFailed) {
        switch (socket.error()) {
        case QAbstractSocket::ConnectionRefusedError:
            return Error { QCoreApplication::translate("HelloExchange", "The connection was refused.") };
        case QAbstractSocket::SocketTimeoutError:
            return Error { QCoreApplication::translate("HelloExchange",
                                                       "The server could not be reached within %1 s.")
                               .arg(seconds(m_connectTimeoutMs)) };
        default:
            return Error { QCoreApplication::translate("HelloExchange", "Could not connect: %1")
                               .arg(socket.errorString()) };
        }
    }

    ServerResponseParser parser;
    socket.write(hello);
    QElapsedTimer timer;
    timer.start();
    qint64 total = 0;
    while (!done(parser, until)) {
        if (socket.bytesAvailable() == 0) {
            const qint64 left = m_readTimeoutMs - timer.elapsed();
            if (left <= 0) {
                socket.abort();
                return Error { QCoreApplication::translate("HelloExchange",
                                                           "The server did not answer within %1 s.")
                                   .arg(seconds(m_readTimeoutMs)) };
            }
            if (m_cancel && m_cancel->load()) {
                socket.abort();
                return Error { QCoreApplication::translate("HelloExchange", "The check was cancelled.") };
            }
            // In slices, so a cancel is noticed while a slow server keeps us waiting.
            if (!socket.waitForReadyRead(int(std::min<qint64>(left, 100)))) {
                // Bytes may have come together with the close.
                if (socket.bytesAvailable() > 0)
                    continue;
                if (socket.state() != QAbstractSocket::ConnectedState) {
                    parser.finish();
                    break;
                }
                continue; // the deadline and cancel checks above end this
            }
        }
        const QByteArray bytes = socket.read(MaxResponseBytes - total + 1);
        total += bytes.size();
        if (total > MaxResponseBytes) {
            socket.abort();
            return Error { QCoreApplication::translate("HelloExchange",
                                                       "The server sent more than %1 KiB without finishing "
                                                       "its answer.")
                               .arg(MaxResponseBytes / 1024) };
        }
        if (!parser.feed(bytes))
            break; // classify() reports Malformed / NotTls
    }
    socket.abort();
    return HelloAnswer { parser.classify(), parser.response() };
}
