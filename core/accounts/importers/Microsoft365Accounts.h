#pragma once

#include "AccountImport.h"
#include "common/Result.h"

// Microsoft 365 users as the admin center's active users export writes them (Display name, User
// principal name, Block credential, Password never expires, Last password change time stamp, When
// created, Licenses, ...; a roles column when there is one).
namespace Microsoft365Accounts {
// Fills `import` from `table`; an error when the file lacks a column the format needs.
Status read(const CsvTable &table, AccountImport &import);
} // namespace Microsoft365Accounts
