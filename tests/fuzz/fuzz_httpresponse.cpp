// Fuzzes the HTTP answer's head: HttpResponse::headEnd/parse and everything the probe reads from
// the result (HSTS, cookies, security headers, CDN) must end cleanly on any bytes.
#include "tls/CdnSignatures.h"
#include "tls/HttpResponse.h"
#include "tls/HttpSecurityHeaders.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // As the reader does: search the head's end in pieces, then parse what it found (or all).
    qsizetype end = -1;
    for (qsizetype from = 0; from < bytes.size() && end < 0; from += 7)
        end = HttpResponse::headEnd(bytes.first(qMin(bytes.size(), from + 7)), from - 2);
    const auto response = HttpResponse::parse(end >= 0 ? bytes.first(end) : bytes);
    if (!response)
        return 0;
    HttpResult result;
    HttpSecurityHeaders::describe(response.value(), &result);
    volatile qsizetype sink = result.cookies.size() + result.headers.size() + result.cdn.size();
    for (const HttpResponse::Header &header : response->headers())
        sink = sink + (HttpSecurityHeaders::parseHsts(header.value) ? 1 : 0)
            + (HttpSecurityHeaders::hasFrameAncestors(header.value) ? 1 : 0);
    (void)sink;
    return 0;
}
