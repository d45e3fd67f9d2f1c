#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

// Real `openssl s_server` processes for the TLS tests: a self-signed certificate (RSA-2048,
// CN=localhost) and servers on free ports of 127.0.0.1 or ::1 that already accept connections
// when start() returns. Everything is stopped by stopAll() and on destruction.
class OpensslServers
{
public:
    struct Server
    {
        QHostAddress address;
        quint16 port = 0; // 0: the server could not be started
    };

    ~OpensslServers() { stopAll(); }

    // A "host" column with a row for each loopback address: every server test runs on both.
    static void addLoopbackHosts()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("IPv4") << QStringLiteral("127.0.0.1");
        QTest::newRow("IPv6") << QStringLiteral("::1");
    }

    // Finds openssl and makes the certificate; returns what went wrong, or an empty string.
    QString setUp()
    {
        m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (m_openssl.isEmpty())
            return QStringLiteral("openssl is not installed (./dev.sh deps installs it)");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        if (!run({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-days"), QStringLiteral("30"),
                   QStringLiteral("-keyout"), path(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   path(QStringLiteral("cert.pem")) }))
            return QStringLiteral("openssl req could not make a certificate");
        return {};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Runs an openssl command (e.g. dhparam) to completion; true when it succeeded.
    bool run(const QStringList &args) const
    {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.start(m_openssl, args);
        return process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0;
    }

    // Starts `openssl s_server` with `args` on a free port of `host`; waits until it accepts.
    Server start(const QString &host, const QStringList &args)
    {
        Server server;
        server.address = QHostAddress(host);
        {
            QTcpServer probe;
            if (!probe.listen(server.address, 0))
                return server;
            server.port = probe.serverPort();
        }
        const QString accept = server.address.protocol() == QAbstractSocket::IPv6Protocol
            ? QStringLiteral("[%1]:%2").arg(host).arg(server.port)
            : QStringLiteral("%1:%2").arg(host).arg(server.port);
        m_processes.push_back(std::make_unique<QProcess>());
        QProcess *process = m_processes.back().get();
        // s_server logs every refused handshake: keep that out of the test output, but on file.
        process->setStandardOutputFile(QProcess::nullDevice());
        process->setStandardErrorFile(path(QStringLiteral("s_server-%1.log").arg(server.port)));
        process->start(m_openssl,
                       QStringList { QStringLiteral("s_server"), QStringLiteral("-accept"), accept,
                                     QStringLiteral("-cert"), path(QStringLiteral("cert.pem")),
                                     QStringLiteral("-key"), path(QStringLiteral("key.pem")),
                                     QStringLiteral("-quiet") }
                           + args);
        if (!process->waitForStarted(5000)) {
            server.port = 0;
            return server;
        }
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            QTcpSocket socket;
            socket.connectToHost(server.address, server.port);
            if (socket.waitForConnected(200)) {
                socket.abort();
                return server;
            }
            QTest::qWait(50);
        }
        server.port = 0;
        return server;
    }

    void stopAll()
    {
        for (const auto &process : m_processes) {
            process->kill();
            process->waitForFinished(5000);
        }
        m_processes.clear();
    }

private:
    QTemporaryDir m_dir;
    QString m_openssl;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};
