#pragma once

#include "AccountImport.h"
#include "common/Result.h"

// WordPress / WooCommerce users as `wp user list --format=csv` writes them (ID, user_login,
// display_name, user_email, user_registered, roles; a last-activity column when there is one).
namespace WordPressAccounts {
// Fills `import` from `table`; an error when the file lacks a column the format needs.
Status read(const CsvTable &table, AccountImport &import);
} // namespace WordPressAccounts
