#include "WizardPagesShop.h"

#include "FieldMessage.h"
#include "HintLabel.h"
#include "SiteUrlsEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

ShopWizardPage::ShopWizardPage(const ShopProfile &shop, bool nameIsPlaceholder, QWidget *parent)
    : QWizardPage(parent)
    , m_name(new QLineEdit(this))
    , m_nameMessage(new FieldMessage(m_name, this))
    , m_sites(new SiteUrlsEditor(u"wizard"_s, this))
    , m_platform(new QComboBox(this))
{
    setObjectName(u"shopPage"_s);
    setTitle(tr("Your Shop"));
    setSubTitle(tr("Its name, where your customers find it, and what it runs on."));

    m_name->setObjectName(u"wizardShopName"_s);
    m_name->setAccessibleName(tr("Shop name"));
    m_name->setPlaceholderText(tr("The name your customers know"));
    m_name->setMaxLength(200);
    if (!nameIsPlaceholder)
        m_name->setText(shop.name);
    m_nameMessage->setObjectName(u"wizardShopNameMessage"_s);

    m_sites->setUrls(shop.siteUrls);
    auto *sitesHint = new HintLabel(tr("Where your customers find the shop, like https://shop.example. Leave "
                                       "it empty if the shop is not online yet."),
                                    this);

    m_platform->setObjectName(u"wizardPlatform"_s);
    m_platform->setAccessibleName(tr("Shop platform"));
    m_platform->setToolTip(tr("The software or service your shop runs on"));
    for (ShopPlatform platform : ShopPlatforms::all())
        m_platform->addItem(ShopPlatforms::displayName(platform), ShopPlatforms::key(platform));
    m_platform->setCurrentIndex(std::max(0, m_platform->findData(ShopPlatforms::key(shop.platform))));
    m_platform->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *nameBox = new QVBoxLayout;
    nameBox->setSpacing(2);
    nameBox->addWidget(m_name);
    nameBox->addWidget(m_nameMessage);
    auto *sitesBox = new QVBoxLayout;
    sitesBox->setSpacing(2);
    sitesBox->addWidget(m_sites);
    sitesBox->addWidget(sitesHint);
    auto *platformRow = new QHBoxLayout;
    platformRow->addWidget(m_platform);
    platformRow->addStretch();

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    //: Mnemonics on the wizard's pages must differ from those of its Back and Next buttons
    auto *nameLabel = new QLabel(tr("&Shop name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameBox);
    auto *sitesLabel = new QLabel(tr("&Web address:"), this);
    sitesLabel->setBuddy(m_sites);
    form->addRow(sitesLabel, sitesBox);
    auto *platformLabel = new QLabel(tr("&Platform:"), this);
    platformLabel->setBuddy(m_platform);
    form->addRow(platformLabel, platformRow);

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        // Said while typing: the name has only two ways to be wrong, both plain at once.
        m_nameMessage->setMessage(ShopProfile::checkName(m_name->text()));
        emit completeChanged();
    });
    connect(m_name, &QLineEdit::editingFinished, this,
            [this] { m_nameMessage->setMessage(ShopProfile::checkName(m_name->text())); });
    // A problem with an address shows once its field is left (not while "shop" is on its way to
    // "shop.example"); Next follows every keystroke.
    connect(m_sites, &SiteUrlsEditor::entriesChanged, this, &ShopWizardPage::completeChanged);
}

QString ShopWizardPage::shopName() const
{
    return m_name->text().trimmed();
}

QStringList ShopWizardPage::siteUrls() const
{
    QStringList urls;
    for (const QString &text : m_sites->enteredUrls()) {
        if (!ShopProfile::checkSiteUrl(text).isEmpty())
            continue;
        const QString url = ShopProfile::normalisedSiteUrl(text);
        if (!urls.contains(url))
            urls.append(url);
    }
    return urls;
}

ShopPlatform ShopWizardPage::platform() const
{
    return ShopPlatforms::fromKey(m_platform->currentData().toString());
}

bool ShopWizardPage::isComplete() const
{
    if (!ShopProfile::checkName(m_name->text()).isEmpty())
        return false;
    const QStringList entered = m_sites->enteredUrls();
    return std::all_of(entered.cbegin(), entered.cend(),
                       [](const QString &text) { return ShopProfile::checkSiteUrl(text).isEmpty(); });
}
