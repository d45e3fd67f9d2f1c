// Fuzzes ServerResponseParser: arbitrary server bytes, fed in pieces of varying size, must end
// in a verdict or a clean Error — never a crash, an over-read or a hang.
#include "tls/ServerResponseParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte seeds the piece sizes, so one input also covers one way of splitting it.
    unsigned seed = data[0];
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const qsizetype length = qsizetype(size - 1);
    ServerResponseParser parser;
    for (qsizetype offset = 0; offset < length;) {
        seed = seed * 1103515245u + 12345u;
        const qsizetype piece = qMin<qsizetype>(length - offset, 1 + qsizetype((seed >> 16) % 64));
        const Status status = parser.feed(QByteArrayView(bytes + offset, piece));
        offset += piece;
        if (!status)
            break;
    }
    parser.finish();
    const ServerVerdict verdict = parser.classify();
    // Touch what a caller reads, so the sanitizers see every field.
    const ServerResponse &response = parser.response();
    volatile qsizetype sink = verdict.message.size() + response.certificates.size();
    if (response.serverHello)
        sink = sink + response.serverHello->random.size() + response.serverHello->alpn.size();
    (void)sink;
    return 0;
}
