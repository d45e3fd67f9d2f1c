#pragma once

#include "AccountImport.h"
#include "common/Result.h"

// cPanel accounts as WHM's listaccts lists them (user, domain, email, owner, plan, startdate,
// suspended, ...). Each account runs a hosting account, so each is an admin.
namespace CpanelAccounts {
// Fills `import` from `table`; an error when the file lacks a column the format needs.
Status read(const CsvTable &table, AccountImport &import);
} // namespace CpanelAccounts
