#pragma once

#include "accounts/Account.h"
#include "accounts/AccountField.h"
#include "common/Result.h"

#include <QString>

class CliContext;
class QCommandLineOption;
class QCommandLineParser;
struct System;

// `accounts import`, `accounts list`, `accounts systems` and `accounts add-system`: the register of
// who can get into the shop's systems.
namespace AccountCommands {
int run(CliContext &context);
int importAccounts(CliContext &context); // AccountImportCommand.cpp

// Shared by the account commands.
// The option's value as an id (a whole number above 0), or why it is not one.
Result<qint64> idOption(const QCommandLineParser &parser, const QCommandLineOption &option);
// "   3  WordPress admin · Shop admin": a system on one line.
QString systemLine(const System &s);
// How a field's value reads in the lists: translated words, "(empty)" for nothing.
QString shownValue(const Account &a, AccountField field);
} // namespace AccountCommands
