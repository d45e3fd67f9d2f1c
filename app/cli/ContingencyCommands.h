#pragma once

class CliContext;

// binder, verify and calendar: the contingency binder as a PDF, the recovery items' checks, and the
// plan's review dates as a calendar file.
namespace ContingencyCommands {
int binder(CliContext &context);
// Exit 0 when no check failed, 2 when one did, 1 on errors.
int verify(CliContext &context);
int calendar(CliContext &context);
} // namespace ContingencyCommands
