#pragma once

#include "TlsProbeResult.h"
#include "common/Result.h"
#include "plan/TlsProbeRecord.h"

#include <QJsonObject>

// The probe's result as JSON: the CLI's output, the plan's probe history and the GUI's export share
// this one format. Keys are stable (see README: "storefort-cli probe"); fromJson() reads back
// everything toJson() writes, so history entries can be compared later.
namespace TlsProbeJson {

// Everything measured, plus the verdict (grade, Mozilla intermediate, findings) computed from it.
QJsonObject toJson(const TlsProbeResult &result);
// Reads the measured part back; the verdict keys are ignored (recomputed from the facts).
Result<TlsProbeResult> fromJson(const QJsonObject &object);

// The plan's history row for a result: its listing columns and its compact JSON.
TlsProbeRecord toRecord(const TlsProbeResult &result);
// A kept probe read back; a plain error when its JSON is damaged.
Result<TlsProbeResult> fromRecord(const TlsProbeRecord &record);

} // namespace TlsProbeJson
