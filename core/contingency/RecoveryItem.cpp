#include "RecoveryItem.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

constexpr RecoveryKind allKinds[] {
    RecoveryKind::Backup,      RecoveryKind::CustomerExport, RecoveryKind::OrderExport,
    RecoveryKind::ProductCsv,  RecoveryKind::Certificate,    RecoveryKind::CodeRepository,
    RecoveryKind::RootAccount, RecoveryKind::Other,
};

} // namespace

QString RecoveryKinds::key(RecoveryKind kind)
{
    switch (kind) {
    case RecoveryKind::Backup:
        return u"backup"_s;
    case RecoveryKind::CustomerExport:
        return u"customer_export"_s;
    case RecoveryKind::OrderExport:
        return u"order_export"_s;
    case RecoveryKind::ProductCsv:
        return u"product_csv"_s;
    case RecoveryKind::Certificate:
        return u"certificate"_s;
    case RecoveryKind::CodeRepository:
        return u"code"_s;
    case RecoveryKind::RootAccount:
        return u"root_account"_s;
    case RecoveryKind::Other:
        return u"other"_s;
    }
    return u"other"_s;
}

RecoveryKind RecoveryKinds::fromKey(const QString &key, bool *ok)
{
    for (RecoveryKind kind : allKinds) {
        if (RecoveryKinds::key(kind) == key) {
            if (ok)
                *ok = true;
            return kind;
        }
    }
    if (ok)
        *ok = false;
    return RecoveryKind::Other;
}

QString RecoveryKinds::name(RecoveryKind kind)
{
    switch (kind) {
    case RecoveryKind::Backup:
        return QCoreApplication::translate("RecoveryKind", "Backups");
    case RecoveryKind::CustomerExport:
        return QCoreApplication::translate("RecoveryKind", "Customer export");
    case RecoveryKind::OrderExport:
        return QCoreApplication::translate("RecoveryKind", "Orders export");
    case RecoveryKind::ProductCsv:
        return QCoreApplication::translate("RecoveryKind", "Product data");
    case RecoveryKind::Certificate:
        return QCoreApplication::translate("RecoveryKind", "Certificate and key");
    case RecoveryKind::CodeRepository:
        return QCoreApplication::translate("RecoveryKind", "Code and change log");
    case RecoveryKind::RootAccount:
        return QCoreApplication::translate("RecoveryKind", "Root account");
    case RecoveryKind::Other:
        return QCoreApplication::translate("RecoveryKind", "Other");
    }
    return {};
}

bool RecoveryKinds::hasVerifier(RecoveryKind kind)
{
    return kind != RecoveryKind::Other;
}

bool RecoveryKinds::hasSecret(RecoveryKind kind)
{
    return kind == RecoveryKind::Certificate || kind == RecoveryKind::RootAccount;
}

QString RecoveryKinds::secretName(RecoveryKind kind)
{
    switch (kind) {
    case RecoveryKind::Certificate:
        return QCoreApplication::translate("RecoveryKind", "Passphrase of the private key");
    case RecoveryKind::RootAccount:
        return QCoreApplication::translate("RecoveryKind", "Root password");
    default:
        return {};
    }
}

QString RecoveryItem::displayTitle() const
{
    if (!title.trimmed().isEmpty())
        return title.trimmed();
    if (builtIn == u"backup")
        return QCoreApplication::translate("RecoveryItem",
                                           "Complete backup (under 24 hours old) and an older one");
    if (builtIn == u"customer_export")
        return QCoreApplication::translate("RecoveryItem", "Export of the customer accounts");
    if (builtIn == u"order_export")
        return QCoreApplication::translate("RecoveryItem", "Export of orders and payments");
    if (builtIn == u"product_csv")
        return QCoreApplication::translate("RecoveryItem", "Product data as a CSV file");
    if (builtIn == u"certificate")
        return QCoreApplication::translate("RecoveryItem",
                                           "Site certificate, private key (.key), signing request (.csr) "
                                           "and the key's passphrase");
    if (builtIn == u"code")
        return QCoreApplication::translate("RecoveryItem", "Latest code of the site and its change log");
    if (builtIn == u"root_account")
        return QCoreApplication::translate("RecoveryItem", "Root account of the server and its password");
    return RecoveryKinds::name(kind);
}

QString RecoveryItem::why() const
{
    if (builtIn == u"backup")
        return QCoreApplication::translate(
            "RecoveryItem",
            "After a break-in or a failed update, a backup from the last day is what lets the shop open "
            "again with little lost. An older copy matters too: an attack may sit unnoticed for days, "
            "and then every recent backup holds it.");
    if (builtIn == u"customer_export")
        return QCoreApplication::translate(
            "RecoveryItem",
            "If the shop is down or its data is damaged, you still need to reach your customers and "
            "know who they are. A recent export lets you write to them and rebuild their accounts.");
    if (builtIn == u"order_export")
        return QCoreApplication::translate(
            "RecoveryItem",
            "Open orders must still be shipped and refunds paid while the shop is down. An export of "
            "orders and payments tells you who paid for what.");
    if (builtIn == u"product_csv")
        return QCoreApplication::translate(
            "RecoveryItem",
            "With the product list as a CSV file you can fill a rebuilt or temporary shop in minutes "
            "instead of typing every product again.");
    if (builtIn == u"certificate")
        return QCoreApplication::translate(
            "RecoveryItem",
            "Without the certificate and its key, a rebuilt site shows browsers' warnings and customers "
            "leave. The key must match the certificate the site serves, and its passphrase must be at hand.");
    if (builtIn == u"code")
        return QCoreApplication::translate(
            "RecoveryItem",
            "A copy of the latest code lets a developer put the site back as it was. The change log "
            "shows what changed last, when and by whom — often where trouble started.");
    if (builtIn == u"root_account")
        return QCoreApplication::translate(
            "RecoveryItem",
            "When every other way in fails, the root account is how the server is taken back. Someone "
            "you trust must hold it, and its password must be in a safe place.");
    return {};
}

QString RecoveryItem::check() const
{
    if (builtIn.isEmpty() && title.trimmed().isEmpty())
        return QCoreApplication::translate("RecoveryItem", "Give the item a name.");
    if (holderPersonId != 0 && holderProviderId != 0)
        return QCoreApplication::translate("RecoveryItem",
                                           "An item is held by one team member or one provider, not both.");
    if (!secretRef.isEmpty() && !RecoveryKinds::hasSecret(kind))
        return QCoreApplication::translate("RecoveryItem", "This kind of item keeps no password.");
    return {};
}

QList<RecoveryItem> RecoveryItems::standardItems()
{
    const std::pair<const char16_t *, RecoveryKind> seeds[] {
        { u"backup", RecoveryKind::Backup },
        { u"customer_export", RecoveryKind::CustomerExport },
        { u"order_export", RecoveryKind::OrderExport },
        { u"product_csv", RecoveryKind::ProductCsv },
        { u"certificate", RecoveryKind::Certificate },
        { u"code", RecoveryKind::CodeRepository },
        { u"root_account", RecoveryKind::RootAccount },
    };
    QList<RecoveryItem> items;
    for (const auto &[key, kind] : seeds) {
        RecoveryItem item;
        item.builtIn = QString::fromUtf16(key);
        item.kind = kind;
        items.append(item);
    }
    return items;
}
