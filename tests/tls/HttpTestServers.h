#pragma once

#include <QFile>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <sys/socket.h>

// Loopback servers for the full-handshake tests, served by the test's event loop while the
// blocking code under test runs in a worker thread.

// Answers every "GET <path>" with the full HTTP response `respond(path)` returns, then hangs up.
// Plain TCP, or TLS (QSslServer) with the given certificate and key: s_server -HTTP cannot serve
// "/", so the pages with chosen headers come from here.
class TestHttpServer : public QObject
{
public:
    using Responder = std::function<QByteArray(const QByteArray &path)>;

    explicit TestHttpServer(Responder respond)
        : m_respond(std::move(respond))
    { }

    // TLS when certificate is non-empty; returns the port, 0 when it could not listen.
    quint16 listen(const QHostAddress &address, const QString &certificate = {}, const QString &key = {},
                   const QString &chain = {})
    {
        if (certificate.isEmpty()) {
            m_server = new QTcpServer(this);
        } else {
            auto *ssl = new QSslServer(this);
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificate);
            if (!chain.isEmpty())
                certificates += QSslCertificate::fromPath(chain);
            QFile keyFile(key);
            if (certificates.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
                return 0;
            config.setLocalCertificateChain(certificates);
            config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
            config.setPeerVerifyMode(QSslSocket::VerifyNone);
            ssl->setSslConfiguration(config);
            m_server = ssl;
        }
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                serve(socket);
        });
        return m_server->listen(address, 0) ? m_server->serverPort() : 0;
    }

    int requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            QByteArray &buffer = m_buffers[socket];
            buffer += socket->readAll();
            if (!buffer.contains("\r\n\r\n"))
                return;
            ++m_requests;
            const QByteArray path = buffer.split(' ').value(1);
            buffer.clear();
            socket->write(m_respond(path));
            socket->disconnectFromHost();
        });
    }

    Responder m_respond;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requests = 0;
};

// A server that is no TLS server at all: it stays silent, sends garbage, drips one byte a second,
// announces a huge record, or resets the connection as soon as the client speaks.
class HostileServer : public QObject
{
public:
    enum class Mode
    {
        Silent,
        Garbage,
        Drip,
        HugeRecord,
        Reset,
    };

    explicit HostileServer(Mode mode)
        : m_mode(mode)
    { }

    quint16 listen(const QHostAddress &address)
    {
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                misbehave(socket);
        });
        return m_server.listen(address, 0) ? m_server.serverPort() : 0;
    }

private:
    void misbehave(QTcpSocket *socket)
    {
        socket->setParent(this);
        switch (m_mode) {
        case Mode::Silent:
            break;
        case Mode::Garbage:
            socket->write(QByteArray("This is not TLS. ").repeated(256));
            break;
        case Mode::Drip: {
            // A handshake record header, then one byte a second: only a deadline ends it.
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [socket, sent = 0]() mutable {
                static const QByteArray start("\x16\x03\x03\x40\x00\x02\x00\x3f\xfc\x03\x03", 11);
                socket->write(start.mid(sent % start.size(), 1));
                ++sent;
            });
            timer->start(1000);
            break;
        }
        case Mode::HugeRecord:
            // A 16 MB handshake message inside a maximal record: must be refused, not buffered.
            socket->write(QByteArray("\x16\x03\x03\xff\xff\x02\xff\xff\xff", 9) + QByteArray(60000, 'A'));
            break;
        case Mode::Reset:
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                // SO_LINGER 0 turns the close into a TCP reset.
                const linger abortive { 1, 0 };
                ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &abortive,
                             sizeof abortive);
                socket->abort();
            });
            break;
        }
    }

    Mode m_mode;
    QTcpServer m_server;
};
