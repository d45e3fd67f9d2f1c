#pragma once

#include "AccountColumnMapping.h"
#include "AccountImport.h"
#include "common/Result.h"

// Accounts from any other CSV file, through a mapping of its columns to the account's fields.
namespace GenericCsvAccounts {
Status read(const CsvTable &table, const AccountColumnMapping &mapping, AccountImport &import);
} // namespace GenericCsvAccounts
