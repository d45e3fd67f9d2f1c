#pragma once

#include "AccountImport.h"
#include "common/Result.h"

// Magento 2 admin users as an export of the admin_user table (user_id, firstname, lastname, email,
// username, created, modified, logdate, lognum, is_active, ...; a role_name column when joined).
// The password hash column is never read.
namespace MagentoAccounts {
// Fills `import` from `table`; an error when the file lacks a column the format needs.
Status read(const CsvTable &table, AccountImport &import);
} // namespace MagentoAccounts
