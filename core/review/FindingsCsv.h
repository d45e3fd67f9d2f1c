#pragma once

#include "PlanFindings.h"

#include <QByteArray>
#include <QList>
#include <QLocale>

// The plan's findings as a spreadsheet file, for the owner to share or work through.
namespace FindingsCsv {
// Header + one row per finding: step, rule, severity, state (open/accepted), title, subject,
// evidence, why, fix, accepted by, accepted on, reason, accepted until. UTF-8 with BOM, CRLF, RFC
// 4180 quoting; cells starting with = + - @ TAB CR are prefixed with ' (spreadsheet formula
// injection). Dates are ISO (yyyy-mm-dd), which every spreadsheet reads; `locale` picks the
// delimiter: ';' where the decimal separator is a comma (as spreadsheets there expect), else ','.
QByteArray write(const QList<PlanFinding> &findings, const QLocale &locale = {});
} // namespace FindingsCsv
