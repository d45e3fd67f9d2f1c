#pragma once

class CliContext;

// findings and score: every step's findings in one list (a table, JSON or a spreadsheet file), and
// the readiness score with each step's completion, score, state and the reasons.
namespace ReviewCommands {
int findings(CliContext &context);
int score(CliContext &context);
} // namespace ReviewCommands
