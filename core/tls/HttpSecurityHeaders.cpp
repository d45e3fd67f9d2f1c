#include "HttpSecurityHeaders.h"

#include "CdnSignatures.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

struct Directive
{
    QString name; // lower-case
    std::optional<QString> value; // unquoted; empty optional when there was no "="
};

// Splits "a=1; b; c=\"x;y\"" at semicolons outside quoted strings. nullopt when a quoted
// string never ends or a directive is malformed.
std::optional<QList<Directive>> directives(QStringView text)
{
    QList<Directive> out;
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < text.size() && (text[i] == u' ' || text[i] == u'\t'))
            ++i;
    };
    while (i <= text.size()) {
        skipSpace();
        const qsizetype nameStart = i;
        while (i < text.size() && text[i] != u'=' && text[i] != u';' && text[i] != u' ' && text[i] != u'\t')
            ++i;
        Directive directive { text.sliced(nameStart, i - nameStart).toString().toLower(), std::nullopt };
        skipSpace();
        if (i < text.size() && text[i] == u'=') {
            ++i;
            skipSpace();
            QString value;
            if (i < text.size() && text[i] == u'"') {
                ++i;
                bool closed = false;
                while (i < text.size()) {
                    if (text[i] == u'\\' && i + 1 < text.size()) {
                        value += text[i + 1];
                        i += 2;
                    } else if (text[i] == u'"') {
                        ++i;
                        closed = true;
                        break;
                    } else {
                        value += text[i++];
                    }
                }
                if (!closed)
                    return std::nullopt;
            } else {
                const qsizetype valueStart = i;
                while (i < text.size() && text[i] != u';' && text[i] != u' ' && text[i] != u'\t')
                    ++i;
                value = text.sliced(valueStart, i - valueStart).toString();
            }
            directive.value = value;
            skipSpace();
        }
        if (i < text.size() && text[i] != u';')
            return std::nullopt; // e.g. "max-age=1 2"
        if (!directive.name.isEmpty())
            out.append(directive);
        else if (directive.value)
            return std::nullopt; // "=5"
        ++i; // past the ';' (or the end)
    }
    return out;
}

std::optional<qint64> deltaSeconds(const QString &digits)
{
    if (digits.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        // A huge max-age is valid; it saturates rather than wraps.
        const int digit = c.unicode() - u'0';
        value = value > (std::numeric_limits<qint64>::max() - digit) / 10 ? std::numeric_limits<qint64>::max()
                                                                          : value * 10 + digit;
    }
    return value;
}

QString normalisedSameSite(const QString &value)
{
    for (const QString &known : { u"Strict"_s, u"Lax"_s, u"None"_s })
        if (value.compare(known, Qt::CaseInsensitive) == 0)
            return known;
    return value;
}

} // namespace

std::optional<HttpSecurityHeaders::Hsts> HttpSecurityHeaders::parseHsts(QStringView value)
{
    const auto parsed = directives(value);
    if (!parsed)
        return std::nullopt;
    Hsts hsts;
    bool maxAgeSeen = false;
    QStringList seen;
    for (const Directive &directive : *parsed) {
        if (seen.contains(directive.name))
            return std::nullopt; // RFC 6797 §6.1: each directive at most once
        seen.append(directive.name);
        if (directive.name == u"max-age"_s) {
            const auto seconds = directive.value ? deltaSeconds(*directive.value) : std::nullopt;
            if (!seconds)
                return std::nullopt;
            hsts.maxAge = *seconds;
            maxAgeSeen = true;
        } else if (directive.name == u"includesubdomains"_s) {
            if (directive.value)
                return std::nullopt;
            hsts.includeSubDomains = true;
        } else if (directive.name == u"preload"_s) {
            // Not in RFC 6797, but the preload list's own directive: valueless like includeSubDomains.
            if (directive.value)
                return std::nullopt;
            hsts.preload = true;
        }
    }
    if (!maxAgeSeen)
        return std::nullopt;
    return hsts;
}

std::optional<HttpSecurityHeaders::Hsts> HttpSecurityHeaders::hsts(const HttpResponse &response)
{
    if (!response.has(u"strict-transport-security"))
        return std::nullopt;
    return parseHsts(response.value(u"strict-transport-security"));
}

std::optional<HttpCookie> HttpSecurityHeaders::parseSetCookie(QStringView value)
{
    const QList<QStringView> parts = value.split(u';');
    const QStringView pair = parts.front();
    const qsizetype equals = pair.indexOf(u'=');
    if (equals < 0)
        return std::nullopt; // RFC 6265 §5.2: a cookie without "=" is ignored
    HttpCookie cookie;
    cookie.name = pair.first(equals).trimmed().toString();
    if (cookie.name.isEmpty())
        return std::nullopt;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QStringView attribute = parts[i].trimmed();
        const qsizetype attributeEquals = attribute.indexOf(u'=');
        const QStringView name
            = (attributeEquals < 0 ? attribute : attribute.first(attributeEquals)).trimmed();
        const QString attributeValue
            = attributeEquals < 0 ? QString() : attribute.sliced(attributeEquals + 1).trimmed().toString();
        if (name.compare(u"secure", Qt::CaseInsensitive) == 0)
            cookie.secure = true;
        else if (name.compare(u"httponly", Qt::CaseInsensitive) == 0)
            cookie.httpOnly = true;
        else if (name.compare(u"samesite", Qt::CaseInsensitive) == 0)
            cookie.sameSite = normalisedSameSite(attributeValue); // the last one wins, as in browsers
    }
    return cookie;
}

QList<HttpCookie> HttpSecurityHeaders::cookies(const HttpResponse &response)
{
    QList<HttpCookie> out;
    for (const QString &value : response.values(u"set-cookie"))
        if (const auto cookie = parseSetCookie(value))
            out.append(*cookie);
    return out;
}

bool HttpSecurityHeaders::hasFrameAncestors(QStringView policy)
{
    // Directives are separated by ';' and start with their name (CSP3 §2.2.1).
    for (QStringView directive : policy.split(u';')) {
        directive = directive.trimmed();
        const qsizetype space = directive.indexOf(u' ');
        const QStringView name = space < 0 ? directive : directive.first(space);
        if (name.compare(u"frame-ancestors", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void HttpSecurityHeaders::describe(const HttpResponse &response, HttpResult *result)
{
    result->reached = true;
    result->statusCode = response.statusCode();
    result->headers.clear();
    for (const HttpResponse::Header &header : response.headers()) {
        QString &joined = result->headers[header.name];
        // RFC 9110 combines repeated fields with ", "; Set-Cookie cannot be, so one per line.
        if (!joined.isEmpty())
            joined += header.name == u"set-cookie"_s ? u"\n"_s : u", "_s;
        joined += header.value;
    }
    result->server = response.value(u"server");
    const QString cdn = CdnSignatures::detect(response);
    if (!cdn.isEmpty())
        result->cdn = cdn;

    const QStringList policies = response.values(u"content-security-policy");
    result->csp
        = std::any_of(policies.begin(), policies.end(), [](const QString &p) { return !p.isEmpty(); });
    result->cspFrameAncestors = std::any_of(policies.begin(), policies.end(),
                                            [](const QString &p) { return hasFrameAncestors(p); });
    result->xFrameOptions = !response.value(u"x-frame-options").isEmpty();
    result->contentTypeNosniff
        = response.value(u"x-content-type-options").compare(u"nosniff", Qt::CaseInsensitive) == 0;
    result->referrerPolicy = !response.value(u"referrer-policy").isEmpty();
    result->permissionsPolicy = !response.value(u"permissions-policy").isEmpty();

    if (!result->hstsMaxAge) {
        if (const auto found = hsts(response)) {
            result->hstsMaxAge = found->maxAge;
            result->hstsIncludeSubDomains = found->includeSubDomains;
            result->hstsPreload = found->preload;
        }
    }
    result->cookies += cookies(response);
}
