#pragma once

#include "HttpResponse.h"

#include <QString>

// Which CDN or edge proxy answered, recognised by the headers each one adds to every response.
namespace CdnSignatures {

// "Cloudflare", "Fastly", "Amazon CloudFront", "Akamai", "Sucuri", "Imperva", "Azure Front Door",
// "Vercel", "Netlify", "Bunny", "KeyCDN", "StackPath", "Google Cloud CDN"; empty when none matches.
QString detect(const HttpResponse &response);

} // namespace CdnSignatures
