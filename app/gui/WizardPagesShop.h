#pragma once

#include "plan/ShopProfile.h"

#include <QList>
#include <QWizardPage>

class FieldMessage;
class QComboBox;
class QLineEdit;
class SiteUrlsEditor;

// The welcome wizard's shop page: the shop's name, its web addresses and its platform. Next stays
// disabled while the name or an address has a problem; each problem is shown at its field.
class ShopWizardPage final : public QWizardPage
{
    Q_OBJECT

public:
    // Starts from what `shop` holds, except a name Storefort made up (`nameIsPlaceholder`).
    ShopWizardPage(const ShopProfile &shop, bool nameIsPlaceholder, QWidget *parent = nullptr);

    QString shopName() const; // trimmed
    QStringList siteUrls() const; // normalised (https://shop.example), without repeats
    ShopPlatform platform() const;

    bool isComplete() const override;

private:
    QLineEdit *m_name;
    FieldMessage *m_nameMessage;
    SiteUrlsEditor *m_sites;
    QComboBox *m_platform;
};
