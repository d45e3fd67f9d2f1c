#include "HttpResponse.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool isToken(QByteArrayView name)
{
    // RFC 9110 token characters: a header name with anything else is not HTTP.
    static constexpr QByteArrayView extra = "!#$%&'*+-.^_`|~";
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !extra.contains(c))
            return false;
    }
    return true;
}

QByteArrayView chopCarriageReturn(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

} // namespace

qsizetype HttpResponse::headEnd(QByteArrayView bytes, qsizetype from)
{
    // The first empty line ends the head, whether lines end in CRLF or a bare LF.
    from = qMax<qsizetype>(0, from);
    const qsizetype lf = bytes.indexOf("\n\n", from);
    const qsizetype crlf = bytes.indexOf("\n\r\n", from);
    if (lf < 0 && crlf < 0)
        return -1;
    if (crlf < 0 || (lf >= 0 && lf < crlf))
        return lf + 2;
    return crlf + 3;
}

Result<HttpResponse> HttpResponse::parse(QByteArrayView head)
{
    if (head.size() > MaxHeadBytes)
        return Error { QCoreApplication::translate("HttpResponse",
                                                   "The server's answer has more than %1 KiB of headers.")
                           .arg(MaxHeadBytes / 1024) };

    HttpResponse response;
    qsizetype lineStart = 0;
    bool statusSeen = false;
    while (lineStart < head.size()) {
        qsizetype lineEnd = head.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = head.size();
        const QByteArrayView line = chopCarriageReturn(head.sliced(lineStart, lineEnd - lineStart));
        lineStart = lineEnd + 1;

        if (!statusSeen) {
            // "HTTP/1.1 200 OK": the version, a three-digit status, an optional reason.
            statusSeen = true;
            const bool versionOk = line.startsWith("HTTP/1.") && line.size() >= 12 && line[7] >= '0'
                && line[7] <= '9' && line[8] == ' ';
            const QByteArrayView code = versionOk ? line.sliced(9, 3) : QByteArrayView();
            const bool codeOk = code.size() == 3
                && std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (!versionOk || !codeOk || (line.size() > 12 && line[12] != ' '))
                return Error { QCoreApplication::translate("HttpResponse",
                                                           "The server did not answer with HTTP.") };
            response.m_version = QString::fromLatin1(line.first(8));
            response.m_status = QByteArray(code.data(), code.size()).toInt();
            response.m_reason = QString::fromLatin1(line.sliced(qMin<qsizetype>(13, line.size()))).trimmed();
            continue;
        }
        if (line.isEmpty())
            break; // the blank line: the body follows
        if (line.front() == ' ' || line.front() == '\t') {
            // Obsolete line folding (RFC 9112 §5.2): part of the previous value.
            if (response.m_headers.isEmpty())
                return Error { QCoreApplication::translate("HttpResponse",
                                                           "The server's answer has a malformed header.") };
            Header &previous = response.m_headers.back();
            previous.value = QString(previous.value + u' ' + QString::fromLatin1(line).trimmed()).trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return Error { QCoreApplication::translate("HttpResponse",
                                                       "The server's answer has a malformed header.") };
        if (response.m_headers.size() >= MaxHeaders)
            return Error { QCoreApplication::translate("HttpResponse",
                                                       "The server's answer has more than %1 headers.")
                               .arg(MaxHeaders) };
        // Header values are octets; Latin-1 keeps every byte and is what RFC 9110 assumes.
        response.m_headers.append({ QString::fromLatin1(line.first(colon)).toLower(),
                                    QString::fromLatin1(line.sliced(colon + 1)).trimmed() });
    }
    if (!statusSeen)
        return Error { QCoreApplication::translate("HttpResponse", "The server's answer was empty.") };
    return response;
}

bool HttpResponse::has(QStringView name) const
{
    for (const Header &header : m_headers)
        if (header.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString HttpResponse::value(QStringView name) const
{
    for (const Header &header : m_headers)
        if (header.name.compare(name, Qt::CaseInsensitive) == 0)
            return header.value;
    return {};
}

QStringList HttpResponse::values(QStringView name) const
{
    QStringList out;
    for (const Header &header : m_headers)
        if (header.name.compare(name, Qt::CaseInsensitive) == 0)
            out.append(header.value);
    return out;
}

bool HttpResponse::isRedirect() const
{
    return m_status == 301 || m_status == 302 || m_status == 303 || m_status == 307 || m_status == 308;
}
