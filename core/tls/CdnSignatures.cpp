#include "CdnSignatures.h"

using namespace Qt::StringLiterals;

namespace {

bool contains(const QString &haystack, QStringView needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

bool anyHeaderStartsWith(const HttpResponse &response, QStringView prefix)
{
    for (const HttpResponse::Header &header : response.headers())
        if (header.name.startsWith(prefix))
            return true;
    return false;
}

} // namespace

QString CdnSignatures::detect(const HttpResponse &response)
{
    const QString server = response.value(u"server");
    const QString via = response.values(u"via").join(u", "_s);

    // The most specific signatures first: "via: 1.1 google" is also sent by plain Google load
    // balancers, so it comes last.
    if (response.has(u"cf-ray") || server.compare(u"cloudflare", Qt::CaseInsensitive) == 0)
        return u"Cloudflare"_s;
    if (response.has(u"x-amz-cf-id") || response.has(u"x-amz-cf-pop") || contains(via, u"cloudfront"))
        return u"Amazon CloudFront"_s;
    // Fastly: its request id, its name in Via, or its cache node names together with its timer.
    if (response.has(u"x-fastly-request-id") || contains(via, u"fastly")
        || (response.value(u"x-served-by").startsWith(u"cache-") && response.has(u"x-timer")))
        return u"Fastly"_s;
    if (server.startsWith(u"AkamaiGHost", Qt::CaseInsensitive)
        || server.startsWith(u"AkamaiNetStorage", Qt::CaseInsensitive)
        || anyHeaderStartsWith(response, u"x-akamai-"))
        return u"Akamai"_s;
    if (response.has(u"x-sucuri-id") || contains(server, u"sucuri"))
        return u"Sucuri"_s;
    if (response.has(u"x-iinfo") || contains(response.value(u"x-cdn"), u"incapsula")
        || contains(response.value(u"x-cdn"), u"imperva"))
        return u"Imperva"_s;
    if (response.has(u"x-azure-ref"))
        return u"Azure Front Door"_s;
    if (response.has(u"x-vercel-id") || server.compare(u"vercel", Qt::CaseInsensitive) == 0)
        return u"Vercel"_s;
    if (response.has(u"x-nf-request-id") || server.compare(u"netlify", Qt::CaseInsensitive) == 0)
        return u"Netlify"_s;
    if (server.startsWith(u"BunnyCDN", Qt::CaseInsensitive) || response.has(u"cdn-pullzone"))
        return u"Bunny"_s;
    if (server.startsWith(u"keycdn", Qt::CaseInsensitive))
        return u"KeyCDN"_s;
    if (contains(server, u"stackpath") || anyHeaderStartsWith(response, u"x-sp-") || response.has(u"x-hw"))
        return u"StackPath"_s;
    if (contains(via, u"1.1 google"))
        return u"Google Cloud CDN"_s;
    return {};
}
