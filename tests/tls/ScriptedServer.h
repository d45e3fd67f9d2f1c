#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QProcess>
#include <QStringList>
#include <QTest>

#include <memory>
#include <vector>

// The scripted TLS server (tests/support/scripted_tls_server.cpp) as a child process: the servers
// no modern OpenSSL can be, on a free port of 127.0.0.1 or ::1, accepting connections when
// start() returns. Everything is stopped by stopAll() and on destruction.
class ScriptedServer
{
public:
    struct Server
    {
        QHostAddress address;
        quint16 port = 0; // 0: the server could not be started (e.g. no IPv6 loopback)
    };

    ~ScriptedServer() { stopAll(); }

    // The path CMake gave the test through STOREFORT_SCRIPTED_TLS_SERVER.
    static QString program() { return QStringLiteral(STOREFORT_SCRIPTED_TLS_SERVER); }

    // Starts the server on `host` with `args` (see the server's usage) and reads its PORT line.
    Server start(const QString &host, const QStringList &args)
    {
        Server server;
        server.address = QHostAddress(host);
        m_processes.push_back(std::make_unique<QProcess>());
        QProcess *process = m_processes.back().get();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(program(), QStringList { QStringLiteral("--listen"), host } + args);
        if (!process->waitForStarted(5000))
            return server;
        QElapsedTimer timer;
        timer.start();
        QByteArray output;
        while (timer.elapsed() < 15000 && !output.contains('\n')) {
            if (!process->waitForReadyRead(500) && process->state() != QProcess::Running)
                return server;
            output += process->readAllStandardOutput();
        }
        const QByteArray line = output.left(output.indexOf('\n')).trimmed();
        if (!line.startsWith("PORT "))
            return server;
        bool ok = false;
        const uint port = line.mid(5).toUInt(&ok);
        if (ok && port > 0 && port <= 0xFFFF)
            server.port = quint16(port);
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
    std::vector<std::unique_ptr<QProcess>> m_processes;
};
