#include "TlsHandshake.h"

#include "CertificateInspector.h"
#include "HttpResponse.h"
#include "HttpSecurityHeaders.h"
#include "TcpStream.h"
#include "TlsConnection.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QUrl>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;
using namespace Openssl;

namespace {

// Sending close_notify must not keep a probe waiting on a server that stopped reading.
constexpr int CloseTimeoutMs = 1000;

// The host as it goes on the wire: SNI and the Host header.
struct WireNames
{
    QString host; // without brackets or trailing dot
    QByteArray sni; // ACE; empty for an IP literal
    QString hostHeader; // ACE name or IP ("[::1]" for IPv6), without a port
};

Result<WireNames> wireNames(const HandshakeTarget &target)
{
    WireNames names;
    names.host = target.host.trimmed();
    if (names.host.isEmpty())
        names.host = target.address.toString();
    if (names.host.startsWith(u'[') && names.host.endsWith(u']'))
        names.host = names.host.mid(1, names.host.size() - 2);
    if (names.host.endsWith(u'.'))
        names.host.chop(1);
    const QHostAddress ip(names.host);
    if (!ip.isNull()) {
        names.hostHeader
            = ip.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + ip.toString() + u']' : ip.toString();
        return names;
    }
    names.sni = QUrl::toAce(names.host);
    if (names.sni.isEmpty())
        return Error {
            QCoreApplication::translate("TlsHandshake", "The host name %1 is not valid.").arg(target.host)
        };
    names.hostHeader = QString::fromLatin1(names.sni);
    return names;
}

bool sameHost(const QString &a, const QString &b)
{
    const QHostAddress ipA(a);
    const QHostAddress ipB(b);
    if (!ipA.isNull() || !ipB.isNull())
        return ipA == ipB;
    const QByteArray aceA = QUrl::toAce(a);
    return !aceA.isEmpty() && aceA.compare(QUrl::toAce(b), Qt::CaseInsensitive) == 0;
}

QString requestTarget(const QUrl &url)
{
    QString target = url.path(QUrl::FullyEncoded);
    if (target.isEmpty())
        target = u"/"_s;
    if (url.hasQuery())
        target += u'?' + url.query(QUrl::FullyEncoded);
    return target;
}

QByteArray request(const QString &hostHeader, const QString &target)
{
    return "GET " + target.toLatin1() + " HTTP/1.1\r\nHost: " + hostHeader.toLatin1()
        + "\r\nUser-Agent: Storefort\r\nAccept: */*\r\nConnection: close\r\n\r\n";
}

// Sends one request and reads the answer's head only: at most MaxHeadBytes, within the time.
template<typename Stream>
Result<HttpResponse> exchange(Stream &stream, const QByteArray &bytes, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    if (Status sent = stream.write(bytes, deadline); !sent)
        return Error { sent.error() };
    QByteArray head;
    char buffer[4096];
    for (;;) {
        const qsizetype searchFrom = head.size() - 2;
        const auto received = stream.read(buffer, sizeof buffer, deadline);
        if (!received)
            return Error { received.error() };
        if (received.value() == 0)
            return Error { head.isEmpty()
                               ? QCoreApplication::translate(
                                   "TlsHandshake", "The server closed the connection without answering.")
                               : QCoreApplication::translate(
                                   "TlsHandshake",
                                   "The server closed the connection in the middle of its answer.") };
        head.append(buffer, received.value());
        const qsizetype end = HttpResponse::headEnd(head, searchFrom);
        if (end >= 0)
            return HttpResponse::parse(QByteArrayView(head).first(end));
        // Garbage or an endless head: parse() says which in plain words, without waiting longer.
        if (head.size() > HttpResponse::MaxHeadBytes || (head.size() >= 5 && !head.startsWith("HTTP/")))
            return HttpResponse::parse(head);
    }
}

class HandshakeRun
{
public:
    HandshakeRun(const HandshakeTarget &target, WireNames names, SSL_CTX *context,
                 const std::atomic_bool *cancel)
        : m_target(target)
        , m_names(std::move(names))
        , m_context(context)
        , m_cancel(cancel)
    { }

    bool cancelled() const { return m_cancel && m_cancel->load(); }

    Result<TlsConnection> connect(const QList<QByteArray> &alpn, SSL_SESSION *resume)
    {
        ++m_result.connections;
        auto stream
            = TcpStream::connect(m_target.address, m_target.port, m_target.connectTimeoutMs, m_cancel);
        if (!stream)
            return Error { stream.error() };
        return TlsConnection::open(m_context, std::move(stream.value()), { m_names.sni, alpn, resume },
                                   QDeadlineTimer(m_target.readTimeoutMs));
    }

    void takeHandshakeFacts(const TlsConnection &connection)
    {
        m_result.negotiatedVersion = connection.version();
        m_result.negotiatedCipher = connection.cipher();
        // TLS 1.3 has no renegotiation at all, so nothing insecure to negotiate.
        m_result.secureRenegotiation
            = connection.secureRenegotiation() || connection.version() == u"TLSv1.3"_s;
        m_http11 = connection.selectedAlpn() == "http/1.1";
        m_result.certificate = CertificateInspector::inspect(
            { connection.peerChain(), m_names.host, m_target.now, connection.ocspResponse(),
              m_target.extraCaFile, connection.sctInTlsExtension() });
    }

    // GET / over the first connection, then same-host https redirects on new ones. Returns the
    // first connection's session, taken after its answer so TLS 1.3 tickets are in it.
    SessionPtr fetchSite(TlsConnection first)
    {
        HttpResult &http = m_result.http;
        QUrl url;
        url.setScheme(u"https"_s);
        url.setHost(m_names.host);
        if (m_target.port != 443)
            url.setPort(m_target.port);
        url.setPath(u"/"_s);
        QStringList visited { u"/"_s };
        QString target = u"/"_s;
        std::optional<TlsConnection> connection(std::move(first));
        SessionPtr session;
        for (;;) {
            const auto response
                = exchange(*connection, request(httpsHostHeader(), target), m_target.readTimeoutMs);
            if (!session)
                session = connection->session();
            connection->close(QDeadlineTimer(CloseTimeoutMs));
            connection.reset();
            if (!response) {
                http.problem = response.error();
                break;
            }
            HttpSecurityHeaders::describe(response.value(), &http);
            if (!response->isRedirect())
                break;
            const QString location = response->value(u"location");
            const QUrl next = url.resolved(QUrl(location));
            if (location.isEmpty() || !next.isValid() || next.scheme() != u"https"_s
                || !sameHost(next.host(), m_names.host) || next.port(443) != m_target.port) {
                http.location = location; // elsewhere: not ours to follow
                break;
            }
            const QString nextTarget = requestTarget(next);
            if (visited.contains(nextTarget)) {
                http.location = location;
                http.problem = QCoreApplication::translate(
                                   "TlsHandshake",
                                   "The site redirects in a loop: %1 leads back to a page already visited.")
                                   .arg(next.toString());
                break;
            }
            if (http.redirects.size() >= TlsHandshake::MaxRedirects) {
                http.location = location;
                http.problem = QCoreApplication::translate(
                                   "TlsHandshake",
                                   "The site redirects more than %1 times; the check stopped following it.")
                                   .arg(TlsHandshake::MaxRedirects);
                break;
            }
            if (cancelled())
                break;
            http.redirects.append(next.toString());
            visited.append(nextTarget);
            url = next;
            target = nextTarget;
            auto nextConnection = connect({ "http/1.1" }, nullptr);
            if (!nextConnection) {
                http.problem
                    = QCoreApplication::translate("TlsHandshake", "Following the redirect to %1 failed: %2")
                          .arg(next.toString(), nextConnection.error());
                break;
            }
            connection.emplace(std::move(nextConnection.value()));
        }
        return session;
    }

    // A second handshake resuming the first one's session and offering h2.
    void resumeWithH2(SSL_SESSION *session)
    {
        auto connection
            = connect({ "h2", "http/1.1" }, session && SSL_SESSION_is_resumable(session) ? session : nullptr);
        if (!connection)
            return; // the flags stay false: the first handshake already told the main story
        m_result.sessionResumption = connection->sessionReused();
        m_h2 = connection->selectedAlpn() == "h2";
        m_http11 = m_http11 || connection->selectedAlpn() == "http/1.1";
        connection->close(QDeadlineTimer(CloseTimeoutMs));
    }

    void checkPlainHttp()
    {
        HttpResult &http = m_result.http;
        ++m_result.connections;
        auto stream
            = TcpStream::connect(m_target.address, m_target.httpPort, m_target.connectTimeoutMs, m_cancel);
        if (!stream) {
            http.plainProblem = stream.error();
            return;
        }
        QString hostHeader = m_names.hostHeader;
        if (m_target.httpPort != 80)
            hostHeader += u':' + QString::number(m_target.httpPort);
        const auto response = exchange(stream.value(), request(hostHeader, u"/"_s), m_target.readTimeoutMs);
        if (!response) {
            http.plainProblem = response.error();
            return;
        }
        http.plainStatusCode = response->statusCode();
        http.plainLocation = response->value(u"location");
        // Only an absolute https URL on the same host counts: a relative one stays on plain HTTP.
        const QUrl location(http.plainLocation);
        http.redirectsToHttps = response->isRedirect() && location.scheme() == u"https"_s
            && sameHost(location.host(), m_names.host);
    }

    HandshakeResult finish()
    {
        if (m_h2)
            m_result.alpn.append(u"h2"_s);
        if (m_http11)
            m_result.alpn.append(u"http/1.1"_s);
        return std::move(m_result);
    }

private:
    QString httpsHostHeader() const
    {
        return m_target.port == 443 ? m_names.hostHeader
                                    : m_names.hostHeader + u':' + QString::number(m_target.port);
    }

    const HandshakeTarget &m_target;
    WireNames m_names;
    SSL_CTX *m_context = nullptr;
    const std::atomic_bool *m_cancel = nullptr;
    HandshakeResult m_result;
    bool m_h2 = false;
    bool m_http11 = false;
};

} // namespace

TlsHandshake::TlsHandshake(HandshakeTarget target)
    : m_target(std::move(target))
{ }

Result<HandshakeResult> TlsHandshake::run()
{
    if (!m_target.now.isValid())
        m_target.now = QDateTime::currentDateTimeUtc();
    auto names = wireNames(m_target);
    if (!names)
        return Error { names.error() };
    auto context = TlsConnection::makeContext();
    if (!context)
        return Error { context.error() };
    const auto cancelledError = [] { return Error { TcpStream::cancelledMessage() }; };

    HandshakeRun run(m_target, std::move(names.value()), context.value().get(), m_cancel);
    auto first = run.connect({ "http/1.1" }, nullptr);
    if (!first)
        return Error { first.error() };
    run.takeHandshakeFacts(first.value());
    const SessionPtr session = run.fetchSite(std::move(first.value()));
    if (cancelled())
        return cancelledError();
    run.resumeWithH2(session.get());
    if (cancelled())
        return cancelledError();
    if (m_target.httpPort != 0)
        run.checkPlainHttp();
    if (cancelled())
        return cancelledError();
    return run.finish();
}
