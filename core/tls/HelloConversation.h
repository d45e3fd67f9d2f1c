#pragma once

#include "ClientHelloBuilder.h"
#include "HelloExchange.h"
#include "ServerResponse.h"
#include "common/Result.h"

#include <QByteArray>
#include <QHostAddress>

#include <atomic>
#include <memory>
#include <optional>

class QTcpSocket;

// What the server sent after the hello flight in answer to records the client added. The bytes
// themselves are never kept: a Heartbleed answer is someone else's memory.
struct FollowUpReply
{
    enum class Kind
    {
        Alert, // an alert record came first
        Heartbeat, // heartbeat records came (their size is in heartbeatBytes)
        OtherRecord, // a record of another type came first
        Closed, // the server hung up without a word
        Silent, // nothing came within the read timeout
        Malformed, // not TLS records
    };
    Kind kind = Kind::Silent;
    std::optional<TlsAlert> alert;
    quint8 recordType = 0; // OtherRecord
    qint64 heartbeatBytes = 0; // heartbeat record bytes seen, content discarded
};

// A raw hello that goes on after the server's answer, for the checks that must poke a server in
// the middle of a handshake (Heartbleed, CCS injection): connect, send a ClientHello, read the
// server's flight up to ServerHelloDone, then send more records and read what comes back.
//
// Blocking (QTcpSocket::waitFor*): run it in a worker thread, NEVER on the GUI thread.
class HelloConversation
{
public:
    HelloConversation(QHostAddress address, quint16 port, int connectTimeoutMs = 5000,
                      int readTimeoutMs = 5000);
    ~HelloConversation();
    HelloConversation(const HelloConversation &) = delete;
    HelloConversation &operator=(const HelloConversation &) = delete;

    // Connects and reads the answer to the hello up to ServerHelloDone (TLS <= 1.2). Errors are
    // connection-level only, as in HelloExchange: any answer is a verdict.
    Result<HelloAnswer> open(const ClientHelloOptions &options);
    // Connects, sends `hello` as it is, and reads the answer up to `until`.
    Result<HelloAnswer> openBytes(const QByteArray &hello, HelloExchange::ReadUntil until);
    // Checked while waiting (every 100 ms): a cancelled open() fails, a cancelled readReply() is
    // Silent. Connecting is not interrupted. The flag must outlive the conversation.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    bool connectFailed() const { return m_connectFailed; }

    // Sends raw records on the open connection; false when the server hung up or stopped reading.
    bool send(const QByteArray &records);
    // Reads until an alert, another record, the close or the read timeout. Heartbeat records are
    // counted and dropped until `enoughHeartbeatBytes` were seen (or the server stops sending).
    FollowUpReply readReply(qint64 enoughHeartbeatBytes = 1);

    void close();

    // One record of `type` in `version`, as the client sends it before any keys exist.
    static QByteArray record(quint8 type, quint16 version, const QByteArray &fragment);

private:
    QHostAddress m_address;
    quint16 m_port = 0;
    int m_connectTimeoutMs = 5000;
    int m_readTimeoutMs = 5000;
    bool m_connectFailed = false;
    std::unique_ptr<QTcpSocket> m_socket;
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    // Waits up to `ms` for bytes, in slices so a cancel is noticed; false on timeout, close or cancel.
    bool waitForData(qint64 ms);
    const std::atomic_bool *m_cancel = nullptr;
};
