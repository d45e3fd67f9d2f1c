#include "ShopProfile.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
struct PlatformInfo
{
    ShopPlatform platform;
    const char *key;
    const char *name;
};

constexpr PlatformInfo platforms[] = {
    { ShopPlatform::WooCommerce, "woocommerce", QT_TRANSLATE_NOOP("ShopPlatform", "WooCommerce") },
    { ShopPlatform::Magento, "magento", QT_TRANSLATE_NOOP("ShopPlatform", "Magento / Adobe Commerce") },
    { ShopPlatform::Shopify, "shopify", QT_TRANSLATE_NOOP("ShopPlatform", "Shopify") },
    { ShopPlatform::PrestaShop, "prestashop", QT_TRANSLATE_NOOP("ShopPlatform", "PrestaShop") },
    { ShopPlatform::Shopware, "shopware", QT_TRANSLATE_NOOP("ShopPlatform", "Shopware") },
    { ShopPlatform::DrupalCommerce, "drupal-commerce", QT_TRANSLATE_NOOP("ShopPlatform", "Drupal Commerce") },
    { ShopPlatform::BigCommerce, "bigcommerce", QT_TRANSLATE_NOOP("ShopPlatform", "BigCommerce") },
    { ShopPlatform::Other, "other", QT_TRANSLATE_NOOP("ShopPlatform", "Another platform") },
};

} // namespace

QList<ShopPlatform> ShopPlatforms::all()
{
    QList<ShopPlatform> result;
    for (const auto &info : platforms)
        result.append(info.platform);
    return result;
}

QString ShopPlatforms::key(ShopPlatform platform)
{
    for (const auto &info : platforms) {
        if (info.platform == platform)
            return QString::fromLatin1(info.key);
    }
    return u"other"_s;
}

ShopPlatform ShopPlatforms::fromKey(const QString &key, bool *ok)
{
    for (const auto &info : platforms) {
        if (key == QLatin1String(info.key)) {
            if (ok)
                *ok = true;
            return info.platform;
        }
    }
    if (ok)
        *ok = false;
    return ShopPlatform::Other;
}

QString ShopPlatforms::displayName(ShopPlatform platform)
{
    for (const auto &info : platforms) {
        if (info.platform == platform)
            return QCoreApplication::translate("ShopPlatform", info.name);
    }
    return {};
}

QString ShopProfile::checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("ShopProfile", "Give the shop a name, as your customers know it.");
    if (name.size() > 200)
        return QCoreApplication::translate("ShopProfile",
                                           "The shop's name is too long (at most 200 characters).");
    return {};
}

QString ShopProfile::normalisedSiteUrl(const QString &url)
{
    QString text = url.trimmed();
    if (!text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid())
        return {};
    return parsed.adjusted(QUrl::NormalizePathSegments).toString();
}

QString ShopProfile::checkSiteUrl(const QString &url)
{
    const QString text = url.trimmed();
    if (text.isEmpty())
        return QCoreApplication::translate("ShopProfile",
                                           "Enter the shop's web address, for example https://shop.example.");
    const QUrl parsed(normalisedSiteUrl(text), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return QCoreApplication::translate("ShopProfile",
                                           "\"%1\" is not a web address. Write it like https://shop.example.")
            .arg(text);
    const QString scheme = parsed.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return QCoreApplication::translate("ShopProfile",
                                           "\"%1\" is not a web address: it should start with https://.")
            .arg(text);
    const QString host = parsed.host();
    if (!host.contains(u'.') && host != u"localhost"_s && !host.contains(u':'))
        return QCoreApplication::translate(
                   "ShopProfile",
                   "\"%1\" has no domain ending such as .com. Write it like https://shop.example.")
            .arg(text);
    if (url.trimmed().contains(u' '))
        return QCoreApplication::translate("ShopProfile", "A web address cannot contain spaces.");
    return {};
}
