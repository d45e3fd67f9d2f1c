#pragma once

#include "contingency/RecoveryItem.h"
#include "contingency/Verification.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// Checks an export (customer accounts, orders, products) given as a CSV file, or a folder whose
// newest .csv is taken: present, its age, that it parses as CSV (core/common/Csv), its row count,
// and the columns such a file must have (matched tolerantly: "SKU", "sku", "Product SKU").
//
// Check codes: export.path (Failed when missing/unreadable), export.age (older than maxAgeDays:
// Warning), export.parse (Failed with the line and reason), export.rows (no data rows: Failed),
// export.columns (an expected column missing: Warning, naming it).
// Facts: file, modified, rows, columns.
namespace ExportVerifier {
struct Options
{
    int maxAgeDays = 7;
};
// The columns an export of that kind must have, as the owner reads them: products need SKU, name
// and price; customers an e-mail and a name; orders an order number, a date and a total.
QStringList expectedColumns(RecoveryKind kind);
Verification verify(RecoveryKind kind, const QString &path, const QDateTime &now,
                    const Options &options = {});
} // namespace ExportVerifier
