#pragma once

#include "HttpResponse.h"
#include "TlsProbeResult.h"

#include <QString>
#include <QStringList>

#include <optional>

// What a site's HTTP answer says about its protection: HSTS, cookie flags and the security
// headers browsers act on. Pure functions over a parsed HttpResponse.
namespace HttpSecurityHeaders {

struct Hsts
{
    qint64 maxAge = 0; // seconds; 0 tells browsers to forget the host
    bool includeSubDomains = false;
    bool preload = false;
};

// One Strict-Transport-Security value per RFC 6797 §6.1: max-age required, every directive at
// most once, unknown directives ignored. Anything invalid gives no HSTS at all, as in browsers.
std::optional<Hsts> parseHsts(QStringView value);
// The response's HSTS: only the first header counts (RFC 6797 §8.1).
std::optional<Hsts> hsts(const HttpResponse &response);

// One Set-Cookie value (RFC 6265 §5.2): empty when it has no name=value pair.
std::optional<HttpCookie> parseSetCookie(QStringView value);
QList<HttpCookie> cookies(const HttpResponse &response);

// A Content-Security-Policy value with a frame-ancestors directive.
bool hasFrameAncestors(QStringView policy);

// Fills status, headers, Server, CDN, the security-header flags, HSTS (when `result` has none
// yet) and appends the cookies: called for every https answer of a redirect chain, in order.
void describe(const HttpResponse &response, HttpResult *result);

} // namespace HttpSecurityHeaders
