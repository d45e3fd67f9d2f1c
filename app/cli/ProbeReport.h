#pragma once

#include "tls/TlsChanges.h"
#include "tls/TlsProbeResult.h"

#include <QList>
#include <QTextStream>

// The probe's result as text for a terminal: the verdict first, then the facts behind it.
namespace ProbeReport {
void print(QTextStream &out, const QList<TlsProbeResult> &results, const QList<TlsChanges::Change> &changes,
           bool keptInPlan);
}
