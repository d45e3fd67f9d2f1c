#pragma once

#include "RawProbeTarget.h"
#include "TlsProbeResult.h"
#include "common/Result.h"

#include <atomic>

// Whether a server still speaks SSL 2, by one SSLv2 CLIENT-HELLO offering every cipher kind: an
// SSLv2 server lists all the kinds it shares with the client in its SERVER-HELLO, so one answer
// tells them all. (Any SSLv2 on the host is DROWN, whatever the kinds.)
//
// Blocking: run it in a worker thread, NEVER on the GUI thread.
class Ssl2Probe
{
public:
    explicit Ssl2Probe(RawProbeTarget target);

    // Checked before connecting; the flag is owned by the caller and must outlive run().
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // A ProtocolResult for SSLv2: accepted, and one OfferedSuite per kind the server listed (id 0,
    // ssl2Kind set). A refusal, an alert, a close or no answer in time mean "not accepted". Fails
    // when the connection cannot be made or the check was cancelled.
    Result<ProtocolResult> run();

    // What the probe reports for one SSLv2 cipher kind; unknown kinds get a hex name.
    static OfferedSuite suiteFor(quint32 kind);

private:
    RawProbeTarget m_target;
    const std::atomic_bool *m_cancel = nullptr;
};
