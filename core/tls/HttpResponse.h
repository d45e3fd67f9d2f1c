#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

// The head of one HTTP/1.x response (status line and headers) as a server sent it, parsed with
// limits a hostile server cannot push past. Header names compare case-insensitively; repeated
// headers (several Set-Cookie) are all kept, in order.
class HttpResponse
{
public:
    struct Header
    {
        QString name; // lower-case
        QString value; // trimmed
    };

    static constexpr qsizetype MaxHeadBytes = 64 * 1024;
    static constexpr int MaxHeaders = 200;

    // Where the head ends in the bytes read so far: the offset just past the blank line
    // ("\r\n\r\n", or a bare "\n\n" some servers send), or -1 when it has not arrived yet.
    // `from` lets a reader search only the bytes it just added (minus two, for a split "\r\n\r\n").
    static qsizetype headEnd(QByteArrayView bytes, qsizetype from = 0);

    // Parses a head, with or without its blank line. Errors are plain words for the owner.
    static Result<HttpResponse> parse(QByteArrayView head);

    QString httpVersion() const { return m_version; } // "HTTP/1.1"
    int statusCode() const { return m_status; }
    QString reason() const { return m_reason; }
    const QList<Header> &headers() const { return m_headers; }

    bool has(QStringView name) const;
    QString value(QStringView name) const; // the first one; empty when absent
    QStringList values(QStringView name) const; // every one, in order
    bool isRedirect() const; // 301, 302, 303, 307, 308

private:
    QString m_version;
    int m_status = 0;
    QString m_reason;
    QList<Header> m_headers;
};
