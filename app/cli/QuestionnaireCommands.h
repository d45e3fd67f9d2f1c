#pragma once

class CliContext;

// `questionnaire export` (the email, the PDF letter or the fill-in file for a provider) and
// `questionnaire import` (a returned fill-in file into the plan).
namespace QuestionnaireCommands {
int run(CliContext &context);
}
