#pragma once

#include <QHostAddress>
#include <QString>

// Where a raw-hello check connects: the IP resolved once by the caller, the port, and the name
// sent as SNI (empty or an IP literal: no SNI). Timeouts apply to each connection.
struct RawProbeTarget
{
    QString host;
    QHostAddress address;
    quint16 port = 443;
    int connectTimeoutMs = 5000;
    int readTimeoutMs = 5000;
};
