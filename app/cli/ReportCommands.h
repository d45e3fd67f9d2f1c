#pragma once

class CliContext;

// report: the full plan report as a PDF, for the owner, an agency or an auditor.
namespace ReportCommands {
// Exit 0 when written, 1 on errors (the plan cannot be opened, the file cannot be written), 2 on
// wrong usage.
int report(CliContext &context);
} // namespace ReportCommands
