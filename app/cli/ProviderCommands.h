#pragma once

#include <QJsonObject>

class CliContext;
class Plan;
struct Provider;

// `providers list`, `providers add`, `providers show` and `providers check`: the shop's providers.
namespace ProviderCommands {
int run(CliContext &context);
int show(CliContext &context); // ProviderShow.cpp
// A provider as `providers list --json` prints it: every field but the secret, and its progress.
QJsonObject providerSummaryJson(const Plan &plan, const Provider &provider);
} // namespace ProviderCommands
