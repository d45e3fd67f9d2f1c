#pragma once

#include "tls/TlsProbeResult.h"

#include <QTreeWidget>

// Which SSL and TLS versions the site accepts, with a verdict in words and an icon for each, and
// under each accepted version the cipher suites it took, with their strength and forward secrecy.
class TlsProtocolTable final : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Accepted,
        Verdict,
        Strength,
        ForwardSecrecy,
        ColumnCount
    };

    explicit TlsProtocolTable(QWidget *parent = nullptr);

    void setResult(const TlsProbeResult &result);

private:
    enum class Tone
    {
        Good,
        Note,
        Warning,
        Bad
    };
    static QString iconPath(Tone tone);
    void setVerdict(QTreeWidgetItem *item, Tone tone, const QString &text);
    void fitColumns();
    void addSuites(QTreeWidgetItem *parent, const ProtocolResult &protocol);
    void protocolVerdict(QTreeWidgetItem *item, const TlsProbeResult &result, TlsVersion version);
};
