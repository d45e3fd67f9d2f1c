#pragma once

class CliContext;

// `plan new` and `plan show`.
namespace PlanCommands {
int run(CliContext &context);
}
