#pragma once

class CliContext;

// `providers list`, `providers add` and `providers check`: the shop's providers.
namespace ProviderCommands {
int run(CliContext &context);
}
