#pragma once

class CliContext;

// `audit log` and `audit verify`.
namespace AuditCommands {
int run(CliContext &context);
}
