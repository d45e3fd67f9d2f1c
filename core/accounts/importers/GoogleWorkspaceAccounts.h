#pragma once

#include "AccountImport.h"
#include "common/Result.h"

// Google Workspace users as the admin console's user download writes them (First Name [Required],
// Last Name [Required], Email Address [Required], Last Sign In [READ ONLY], 2sv Enrolled [READ ONLY],
// Status [READ ONLY], ...). The password column is never read.
namespace GoogleWorkspaceAccounts {
// Fills `import` from `table`; an error when the file lacks a column the format needs.
Status read(const CsvTable &table, AccountImport &import);
} // namespace GoogleWorkspaceAccounts
