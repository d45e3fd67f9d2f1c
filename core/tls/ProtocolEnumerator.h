#pragma once

#include "HelloExchange.h"
#include "TlsProbeResult.h"
#include "TlsWire.h"
#include "common/Result.h"

#include <QHostAddress>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

// What the enumeration learned. `cancelled`: the cancel flag stopped it; the lists hold what was
// known by then and must not be graded.
struct EnumerationResult
{
    QList<ProtocolResult> protocols; // SSLv3 .. TLS 1.3, oldest first, each probed one listed
    KeyExchangeResult keyExchange; // groups, minDhBits, minEcBits
    bool cancelled = false;
    int exchanges = 0; // connections made
};

// Which protocol versions, cipher suites and key exchange groups a server accepts, learned by
// raw hellos (HelloExchange) and elimination: offer a list, note what the server picks, remove it,
// offer again. Sequential, one connection at a time, so a shop's server never sees a burst.
//
// Blocking: run it in a worker thread, NEVER on the GUI thread.
class ProtocolEnumerator
{
public:
    struct Target
    {
        QString host; // SNI name; empty or an IP literal: no SNI
        QHostAddress address; // the IP resolved once by the caller
        quint16 port = 443;
        int connectTimeoutMs = 5000;
        int readTimeoutMs = 5000;
    };
    // step of total phases done, and what is being checked now ("TLS 1.2 cipher suites").
    using Progress = std::function<void(int step, int total, QString name)>;

    explicit ProtocolEnumerator(Target target);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Checked before every connection; the flag is owned by the caller and must outlive run().
    void setCancelFlag(const std::atomic_bool *cancel)
    {
        m_cancel = cancel;
        m_exchange.setCancelFlag(cancel);
    }
    // Most suites (or groups) one elimination loop may find: a hostile server cannot loop us.
    void setMaxIterations(int iterations) { m_maxIterations = iterations; }

    // Fails when a connection cannot be made (at any point: results would be wrong) or when no
    // version probe got any answer at all (a silent port). A timeout on one offer counts as a
    // refusal of that offer: some servers hang on an SSLv3 hello instead of refusing it.
    Result<EnumerationResult> run();

    // The groups tried, in reporting order.
    static QList<quint16> candidateGroups();

    // The pieces run() is made of, for a caller that runs them in parallel (TlsProbe), each piece
    // on its own enumerator so that each keeps to one connection at a time. An Error means the
    // piece must stop: the connection failed (connectFailed() true) or the cancel flag was set.
    struct VersionCheck
    {
        bool accepted = false;
        bool answered = false; // false: no verdict (timeout, garbage); `problem` says what happened
        bool abrupt = false; // refused by a close or a reset rather than an alert
        QString problem;
    };
    Result<VersionCheck> checkVersion(TlsVersion version);
    // Suites (by elimination), the server's order and preference of an accepted version; DH
    // parameter sizes seen on the way go to dhBitsSeen().
    Result<ProtocolResult> enumerateVersion(TlsVersion version);
    // Groups accepted over TLS 1.3 (HelloRetryRequest) and curves over TLS 1.2 (ServerKeyExchange
    // of ECDHE suites), in candidateGroups() order.
    Result<QList<quint16>> enumerateGroups(bool tls13, bool tls12);
    // The KeyExchangeResult for `groups` and the DH sizes seen.
    static KeyExchangeResult keyExchange(const QList<quint16> &groups, const QList<int> &dhBits);
    const QList<int> &dhBitsSeen() const { return m_dhBits; }
    int exchanges() const { return m_exchanges; }
    bool connectFailed() const { return !m_fatalError.isEmpty(); }
    // The last exchange ended in a close or a reset instead of an answer or an alert: a server
    // doing that under load deserves a second, gentler try before it counts as a refusal.
    bool lastEndedAbruptly() const { return m_lastAbrupt; }

private:
    enum class Outcome
    {
        Answered,
        Failed, // no verdict (timeout): counts as "not accepted"
        Stop, // cancelled, or the connection failed (m_fatalError)
    };
    Outcome exchange(const ClientHelloOptions &options, HelloExchange::ReadUntil until, HelloAnswer &answer);
    ClientHelloOptions optionsFor(TlsWire::Version version) const;
    bool probeVersion(TlsWire::Version version, bool &accepted);
    bool enumerateSuites(TlsWire::Version version, ProtocolResult &result);
    bool detectOrder(TlsWire::Version version, ProtocolResult &result);
    bool enumerateTls13Groups(QList<quint16> &groups);
    bool enumerateTls12Curves(const QList<quint16> &ecdheSuites, QList<quint16> &groups);
    void report(const QString &name);
    Error stopError() const;

    Target m_target;
    HelloExchange m_exchange;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    int m_maxIterations = 128;
    int m_step = 0;
    int m_total = 0;
    int m_exchanges = 0;
    QString m_fatalError; // a connection failed: the run ends with this error
    QString m_firstReadError; // reported when no probe got any answer
    int m_answered = 0;
    QList<int> m_dhBits; // seen in ServerKeyExchange of DHE suites
    ServerVerdict m_lastVerdict; // of the last answered exchange
    bool m_lastAbrupt = false;
    bool m_abruptSeen = false; // any exchange ended abruptly since enumerateGroups() began
};
