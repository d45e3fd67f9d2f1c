#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// One TLS probe kept in the plan's history. The plan stores the probe's JSON (TlsProbeJson) as it
// came, so a later version can read old probes again; the columns beside it are for listing.
struct TlsProbeRecord
{
    qint64 id = 0;
    QDateTime at; // UTC, when the probe finished
    QString host;
    int port = 443;
    QString ip;
    QString grade; // "A+" .. "F", "T", "M"; empty when it could not be graded
    QByteArray json; // compact UTF-8 JSON of the whole result
};
