#pragma once

#include "AccountImport.h"
#include "common/Result.h"

// PrestaShop employees as an export of the employee table (id_employee, id_profile, lastname,
// firstname, email, last_passwd_gen, last_connection_date, active, ...). Employees sign in with their
// email, which is the user name. The password hash column is never read.
namespace PrestaShopAccounts {
// Fills `import` from `table`; an error when the file lacks a column the format needs.
Status read(const CsvTable &table, AccountImport &import);
} // namespace PrestaShopAccounts
