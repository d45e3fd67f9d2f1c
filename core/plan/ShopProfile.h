#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

// The shop platforms Storefort knows. The key is what the plan file stores.
enum class ShopPlatform
{
    WooCommerce,
    Magento,
    Shopify,
    PrestaShop,
    Shopware,
    DrupalCommerce,
    BigCommerce,
    Other,
};

namespace ShopPlatforms {
QList<ShopPlatform> all();
QString key(ShopPlatform platform);
ShopPlatform fromKey(const QString &key, bool *ok = nullptr);
QString displayName(ShopPlatform platform);
} // namespace ShopPlatforms

// Who and what the plan is about: the shop's name, its sites, its platform and who owns the plan.
struct ShopProfile
{
    QString name;
    QStringList siteUrls;
    ShopPlatform platform = ShopPlatform::Other;
    qint64 ownerPersonId = 0; // 0: nobody chosen
    qint64 mePersonId = 0; // the member this computer's user acts as, for the audit trail

    // Plain-words problems, empty when the value is fine. Shared by the GUI, the CLI and the core.
    static QString checkName(const QString &name);
    static QString checkSiteUrl(const QString &url);
    // Accepts "shop.example" as well as "https://shop.example/": returns the canonical https URL.
    static QString normalisedSiteUrl(const QString &url);
};
