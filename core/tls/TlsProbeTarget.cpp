#include "TlsProbe.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

Error badTarget(const QString &text)
{
    return Error { QCoreApplication::translate("TlsProbe",
                                               "\u201c%1\u201d is not a site address. Write it like "
                                               "shop.example, shop.example:8443 or https://shop.example/.")
                       .arg(text) };
}

std::optional<quint16> parsePort(const QString &text)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::nullopt;
    return quint16(port);
}

} // namespace

Result<TlsProbeTarget> TlsProbeTarget::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error { QCoreApplication::translate("TlsProbe", "Enter the address of the site to probe.") };
    TlsProbeTarget target;
    if (text.contains(u"://"_s)) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return badTarget(text);
        target.host = url.host(QUrl::FullyEncoded);
        const int port = url.port(443);
        if (port <= 0 || port > 65535)
            return badTarget(text);
        target.port = quint16(port);
    } else if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return badTarget(text);
        target.host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            const auto port = rest.startsWith(u':') ? parsePort(rest.mid(1)) : std::nullopt;
            if (!port)
                return badTarget(text);
            target.port = *port;
        }
        if (QHostAddress(target.host).protocol() != QAbstractSocket::IPv6Protocol)
            return badTarget(text);
    } else if (text.count(u':') > 1) {
        target.host = text; // a bare IPv6 literal: no port
        if (QHostAddress(target.host).protocol() != QAbstractSocket::IPv6Protocol)
            return badTarget(text);
    } else {
        const qsizetype colon = text.indexOf(u':');
        target.host = colon < 0 ? text : text.left(colon);
        if (colon >= 0) {
            const auto port = parsePort(text.mid(colon + 1));
            if (!port)
                return badTarget(text);
            target.port = *port;
        }
    }
    if (target.host.endsWith(u'.'))
        target.host.chop(1);
    target.host = target.host.toLower();
    if (target.host.isEmpty())
        return badTarget(text);
    if (QHostAddress(target.host).isNull()) {
        // A name: it must survive IDNA (bücher.example ↔ xn--bcher-kva.example) and hold no
        // characters a host name cannot have. Kept in Unicode, as the owner reads it, whatever
        // the top-level domain (Qt shows Unicode only for TLDs on its list).
        const QByteArray ace = QUrl::toAce(target.host);
        if (ace.isEmpty() || ace.contains('/') || ace.contains(' ') || ace.contains('@'))
            return badTarget(text);
        target.host = QUrl::fromAce(ace, QUrl::IgnoreIDNWhitelist);
    }
    return target;
}

QString TlsProbeTarget::display() const
{
    const bool v6 = QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol;
    const QString shown = v6 && port != 443 ? u"[%1]"_s.arg(host) : host;
    return port == 443 ? shown : u"%1:%2"_s.arg(shown).arg(port);
}
