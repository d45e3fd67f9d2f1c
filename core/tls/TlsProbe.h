#pragma once

#include "TlsProbeResult.h"
#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

// Where to probe: a host name (IDN allowed), an IPv4 literal or an IPv6 literal, and a port.
struct TlsProbeTarget
{
    QString host; // as the owner wrote it, without brackets or port ("bücher.example", "::1")
    quint16 port = 443;

    // Reads "host", "host:port", "[v6]:port", "v6" or a URL ("https://shop.example/cart").
    // The error is a plain sentence for the owner.
    static Result<TlsProbeTarget> parse(const QString &text);
    // "host:port", with brackets around an IPv6 literal; the port left out when it is 443.
    QString display() const;
};

struct TlsProbeOptions
{
    enum class Addresses
    {
        OnePerFamily, // the first IPv4 and the first IPv6 address (the default)
        IPv4Only, // the first IPv4 address
        IPv6Only, // the first IPv6 address
        All, // every address the name resolves to
    };
    Addresses addresses = Addresses::OnePerFamily;
    int connectTimeoutMs = 5000;
    int readTimeoutMs = 5000;
    int budgetMs = 120000; // the whole probe, every address; past it the probe stops with a message
    int parallel = 4; // connections at once to one address
    quint16 httpPort = 80; // plain HTTP, to see whether it redirects to https; 0: not checked
    QString extraCaFile; // PEM trust anchors besides the system store (tests, private CAs)
    // An IP address to probe instead of what the name resolves to, still under the site's name
    // (SNI, certificate name, Host header): a new server before the DNS points at it.
    QString connectTo;
};

// The whole probe of one site: resolves the name, then for each address runs the raw enumeration
// (protocols, suites, groups, SSLv2), the full handshake (certificate, resumption, ALPN, HTTP) and
// the flaw checks, at most `parallel` connections at once, and backs off when the server resets
// connections. Results are graded by the caller (TlsGrade, TlsFindings need nothing else).
//
// Blocking: run it in a worker thread, NEVER on the GUI thread. Progress and the first verdict are
// reported from worker threads too: a GUI must queue them to its own thread.
class TlsProbe
{
public:
    // `step` of `total` done, and what runs now ("Checking TLS 1.2 cipher suites").
    using Progress = std::function<void(int step, int total, const QString &name)>;
    // Protocols and certificate of one address are known (the rest follows): the first verdict.
    using FirstVerdict = std::function<void(const TlsProbeResult &partial)>;

    TlsProbe(TlsProbeTarget target, TlsProbeOptions options = {});

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setFirstVerdict(FirstVerdict firstVerdict) { m_firstVerdict = std::move(firstVerdict); }
    // Checked often; the flag is owned by the caller and must outlive run().
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // The time certificate validity is judged against (default: now).
    void setNow(const QDateTime &now) { m_now = now; }

    // One result per address probed, in the order probed. Fails with a plain message when the name
    // does not resolve, nothing answers, the budget runs out or the probe was cancelled (then
    // wasCancelled() is true).
    Result<QList<TlsProbeResult>> run();
    bool wasCancelled() const { return m_wasCancelled; }

private:
    TlsProbeTarget m_target;
    TlsProbeOptions m_options;
    Progress m_progress;
    FirstVerdict m_firstVerdict;
    const std::atomic_bool *m_cancel = nullptr;
    QDateTime m_now;
    bool m_wasCancelled = false;
};
