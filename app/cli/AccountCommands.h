#pragma once

class CliContext;

// `accounts import`, `accounts list`, `accounts systems` and `accounts add-system`: the register of
// who can get into the shop's systems.
namespace AccountCommands {
int run(CliContext &context);
} // namespace AccountCommands
