#pragma once

#include "Verification.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// What a recovery item is, which decides how it can be verified.
enum class RecoveryKind
{
    Backup, // a folder (or file) of backups: newest ≤ 24 h, an older reference point, archives open
    CustomerExport, // an export of the customer accounts (CSV)
    OrderExport, // an export of orders and transactions (CSV)
    ProductCsv, // the product data (CSV: SKU, name, price)
    Certificate, // the site's certificate, its private key (.key) and signing request (.csr)
    CodeRepository, // a local git repository: the latest code and the change log
    RootAccount, // the root / main admin account; its password in the keychain
    Other, // the owner's own item: recorded and confirmed by hand
};

namespace RecoveryKinds {
QString key(RecoveryKind kind); // "backup", "customer_export", "order_export", "product_csv",
                                // "certificate", "code", "root_account", "other"
RecoveryKind fromKey(const QString &key, bool *ok = nullptr);
QString name(RecoveryKind kind); // translated
// Whether Storefort can verify this kind from files or the keychain (else: confirmed by hand).
bool hasVerifier(RecoveryKind kind);
// Whether the item keeps a secret in the keychain (the key's passphrase, the root password).
bool hasSecret(RecoveryKind kind);
// What the secret is, translated ("Passphrase of the private key", "Root password"); empty if none.
QString secretName(RecoveryKind kind);
} // namespace RecoveryKinds

// Something the shop must have at hand — or know who has it and how to reach it — on the day
// things go wrong: a recent backup, an export, the certificate's key, the code, the root account.
struct RecoveryItem
{
    qint64 id = 0;
    RecoveryKind kind = RecoveryKind::Other;
    QString builtIn; // the seed list's key ("backup", "certificate", ...); empty for the owner's own
    QString title; // the owner's own title; for built-in items empty means the standard title
    qint64 holderPersonId = 0; // who holds it: a team member ...
    qint64 holderProviderId = 0; // ... or a provider (at most one of the two)
    QString location; // a path on this machine or a share, a URL, or a physical place
    QString howToReach; // how to get at it on a bad day (who to call, which portal, which drawer)
    QString notes;
    QString secretRef; // SecretRef::key() of the passphrase / root password; never the secret
    QString secretUser; // e.g. the root account's user name (not a secret)
    std::optional<Verification> lastVerification; // the newest verification on file

    // The title to show: the owner's, else the built-in item's standard title (translated).
    QString displayTitle() const;
    // Why the item matters, in two plain sentences (translated); built-in items only.
    QString why() const;
    // Plain-words problems with the fields; empty when all is well.
    QString check() const;
    bool operator==(const RecoveryItem &other) const = default;
};

namespace RecoveryItems {
// The seed list every plan starts with, in the order the binder shows it (ids 0).
QList<RecoveryItem> standardItems();
} // namespace RecoveryItems
