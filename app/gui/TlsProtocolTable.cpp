#include "TlsProtocolTable.h"

#include <QHeaderView>
#include <QIcon>
#include <QLocale>
#include <QStyle>
#include <QTreeWidgetItemIterator>

#include <algorithm>

using namespace Qt::StringLiterals;

TlsProtocolTable::TlsProtocolTable(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"tlsProtocolTable"_s);
    setAccessibleName(tr("Protocols and cipher suites"));
    setColumnCount(ColumnCount);
    setHeaderLabels({ tr("Protocol or cipher suite"), tr("Accepted"), tr("Verdict"), tr("Strength"),
                      tr("Forward secrecy") });
    setRootIsDecorated(true);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setStretchLastSection(false);
    // Sized by fitColumns() from every row, the suites under a collapsed protocol included (Qt's
    // ResizeToContents measures only the rows in view, and cut "Akzeptabel" short).
    header()->setSectionResizeMode(QHeaderView::Interactive);
    header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    setMinimumHeight(fontMetrics().height() * 12);
}

QString TlsProtocolTable::iconPath(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return u":/icons/status-ok.svg"_s;
    case Tone::Note:
        return u":/icons/status-info.svg"_s;
    case Tone::Warning:
        return u":/icons/status-warning.svg"_s;
    case Tone::Bad:
        return u":/icons/status-error.svg"_s;
    }
    return {};
}

void TlsProtocolTable::setVerdict(QTreeWidgetItem *item, Tone tone, const QString &text)
{
    item->setIcon(Verdict, QIcon(iconPath(tone)));
    item->setText(Verdict, text);
}

void TlsProtocolTable::setResult(const TlsProbeResult &result)
{
    clear();
    for (TlsVersion version : TlsVersions::all()) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(Name, TlsVersions::displayName(version));
        item->setData(Name, Qt::UserRole, TlsVersions::key(version));
        const ProtocolResult *protocol = result.protocol(version);
        if (!protocol) {
            item->setText(Accepted, tr("Not checked"));
            setVerdict(item, Tone::Note, tr("Not checked"));
            continue;
        }
        item->setText(Accepted, protocol->accepted ? tr("Yes") : tr("No"));
        protocolVerdict(item, result, version);
        if (protocol->accepted) {
            const int count = int(protocol->suites.size());
            item->setText(Strength,
                          count == 1 ? tr("1 cipher suite") : tr("%Ln cipher suites", nullptr, count));
            addSuites(item, *protocol);
            item->setExpanded(true);
        }
    }
    fitColumns();
}

void TlsProtocolTable::fitColumns()
{
    const QFontMetrics metrics(font());
    const int padding = metrics.height();
    // No icon size set: the style's small icons are drawn.
    const int iconWidth
        = iconSize().isValid() ? iconSize().width() : style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (int column = Accepted; column < columnCount(); ++column) {
        int width = metrics.horizontalAdvance(headerItem()->text(column)) + padding;
        for (QTreeWidgetItemIterator it(this); *it; ++it) {
            const int icon = (*it)->icon(column).isNull() ? 0 : iconWidth + padding / 2;
            width = std::max(width, metrics.horizontalAdvance((*it)->text(column)) + icon + padding);
        }
        header()->resizeSection(column, width);
    }
}

void TlsProtocolTable::protocolVerdict(QTreeWidgetItem *item, const TlsProbeResult &result,
                                       TlsVersion version)
{
    const bool on = result.accepted(version);
    switch (version) {
    case TlsVersion::SSLv2:
    case TlsVersion::SSLv3:
        if (on)
            setVerdict(item, Tone::Bad, tr("Broken: turn it off"));
        else
            setVerdict(item, Tone::Good, tr("Good: off"));
        break;
    case TlsVersion::TLS10:
    case TlsVersion::TLS11:
        if (on)
            setVerdict(item, Tone::Warning, tr("Outdated: turn it off"));
        else
            setVerdict(item, Tone::Good, tr("Good: off"));
        break;
    case TlsVersion::TLS12:
        if (on)
            setVerdict(item, Tone::Good, tr("Good"));
        else if (result.accepted(TlsVersion::TLS13))
            setVerdict(item, Tone::Note, tr("Off: some older browsers cannot connect"));
        else
            setVerdict(item, Tone::Bad, tr("Missing: turn it on"));
        break;
    case TlsVersion::TLS13:
        if (on)
            setVerdict(item, Tone::Good, tr("Good"));
        else
            setVerdict(item, Tone::Note, tr("Missing: worth turning on"));
        break;
    }
}

void TlsProtocolTable::addSuites(QTreeWidgetItem *parent, const ProtocolResult &protocol)
{
    for (const OfferedSuite &suite : protocol.suites) {
        auto *item = new QTreeWidgetItem(parent);
        QString name = suite.name.isEmpty() ? u"0x%1"_s.arg(uint(suite.id), 4, 16, QChar(u'0')) : suite.name;
        // Only a server that keeps its own order has a choice of its own; otherwise it took ours.
        if (protocol.serverOrder && protocol.preferred && *protocol.preferred == suite.id)
            name = tr("%1 (the server's choice)").arg(name);
        item->setText(Name, name);
        item->setToolTip(Name, name);
        item->setText(Strength, tr("%1 bits").arg(QLocale().toString(suite.bits)));
        item->setText(ForwardSecrecy, suite.forwardSecret ? tr("Yes") : tr("No"));
        if (suite.null || suite.export_ || suite.anonymous || suite.rc4 || suite.bits < 112)
            setVerdict(item, Tone::Bad, tr("Insecure"));
        else if (suite.block64 || suite.bits < 128)
            setVerdict(item, Tone::Warning, tr("Weak"));
        else if (!suite.forwardSecret || suite.cbc || !suite.aead)
            setVerdict(item, Tone::Note, tr("Acceptable"));
        else
            setVerdict(item, Tone::Good, tr("Strong"));
    }
}
