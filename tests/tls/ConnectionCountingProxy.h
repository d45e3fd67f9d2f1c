#pragma once

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <memory>
#include <poll.h>
#include <vector>

// A TCP proxy in front of a real server that counts how many client connections are open at
// once (the probe's politeness bound), and can refuse (reset) connections beyond a limit, as a
// rate-limiting host does. Runs on the thread that owns it: spin its event loop while the code
// under test runs in another thread.
//
// Counting is exact: when a connection arrives, every earlier one whose client already hung up is
// closed first (poll's POLLRDHUP/POLLHUP tells, even before Qt has read the end of the stream).
class ConnectionCountingProxy : public QObject
{
public:
    ConnectionCountingProxy(QHostAddress backend, quint16 backendPort)
        : m_backend(std::move(backend))
        , m_backendPort(backendPort)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &ConnectionCountingProxy::accept);
    }

    bool listen(const QHostAddress &address) { return m_server.listen(address, 0); }
    quint16 port() const { return m_server.serverPort(); }
    // Connections beyond `limit` open at once are reset at once (0: no limit).
    void setResetAbove(int limit) { m_resetAbove = limit; }

    int maxOpen() const { return m_maxOpen; }
    int total() const { return m_total; }
    int resets() const { return m_resets; }

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
    };

    static bool hungUp(QTcpSocket *socket)
    {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return true;
        pollfd fd { int(socket->socketDescriptor()), POLLRDHUP, 0 };
        return ::poll(&fd, 1, 0) > 0 && (fd.revents & (POLLRDHUP | POLLHUP | POLLERR));
    }

    void prune()
    {
        std::erase_if(m_pairs, [](const std::unique_ptr<Pair> &p) {
            if (!hungUp(p->client))
                return false;
            if (p->client)
                p->client->deleteLater();
            if (p->server)
                p->server->deleteLater();
            return true;
        });
    }

    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            prune();
            ++m_total;
            if (m_resetAbove > 0 && int(m_pairs.size()) >= m_resetAbove) {
                ++m_resets;
                client->setSocketOption(QAbstractSocket::KeepAliveOption, 0);
                client->abort(); // RST: nothing read, nothing said
                client->deleteLater();
                continue;
            }
            auto pair = std::make_unique<Pair>();
            pair->client = client;
            pair->server = new QTcpSocket(this);
            QTcpSocket *server = pair->server;
            connect(client, &QTcpSocket::readyRead, server, [client, server] {
                if (server->state() == QAbstractSocket::ConnectedState)
                    server->write(client->readAll());
            });
            connect(server, &QTcpSocket::connected, client,
                    [client, server] { server->write(client->readAll()); });
            connect(server, &QTcpSocket::readyRead, client,
                    [client, server] { client->write(server->readAll()); });
            connect(server, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            connect(client, &QTcpSocket::disconnected, server, [server] { server->disconnectFromHost(); });
            server->connectToHost(m_backend, m_backendPort);
            m_pairs.push_back(std::move(pair));
            m_maxOpen = std::max(m_maxOpen, int(m_pairs.size()));
        }
    }

    QTcpServer m_server;
    QHostAddress m_backend;
    quint16 m_backendPort = 0;
    std::vector<std::unique_ptr<Pair>> m_pairs;
    int m_resetAbove = 0;
    int m_maxOpen = 0;
    int m_total = 0;
    int m_resets = 0;
};
