#pragma once

class CliContext;

// storefort-cli probe: the TLS probe of one site, or of many sites listed in a file.
namespace ProbeCommands {
int run(CliContext &context);
}
