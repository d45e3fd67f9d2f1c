#pragma once

class CliContext;

// accounts check and accounts letter: the hygiene findings, and a developer's confirmation letter.
namespace AccountReviewCommands {
int check(CliContext &context);
int letter(CliContext &context);
} // namespace AccountReviewCommands
