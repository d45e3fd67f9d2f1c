#pragma once

#include "plan/ShopProfile.h"
#include "providers/Provider.h"

#include <QList>
#include <QWizardPage>

class QLineEdit;

// The welcome wizard's providers page: the name of the shop's web host, CDN, platform, payment
// provider and developers or agency, one field each; an empty field means "we have none" (or "not
// now"). Providers the plan already has are named under their field and are not added again.
class ProvidersWizardPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ProvidersWizardPage(const QList<Provider> &existing, QWidget *parent = nullptr);

    // Offers the platform chosen on the shop page as the platform provider, while the owner has not
    // written anything there and the plan has no platform provider yet.
    void suggestPlatform(ShopPlatform platform);

    // A provider for each filled-in field: its name and kind.
    QList<Provider> providers() const;

private:
    struct Field
    {
        ProviderKind kind;
        QLineEdit *edit;
    };

    QList<Field> m_fields;
    QLineEdit *m_platformEdit = nullptr;
    bool m_platformTouched = false;
    bool m_havePlatformProvider = false;
};
