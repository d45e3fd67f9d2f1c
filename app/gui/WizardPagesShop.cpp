#include "WizardPagesShop.h"

#include "FieldMessage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ShopWizardPage::ShopWizardPage(const ShopProfile &shop, bool nameIsPlaceholder, QWidget *parent)
    : QWizardPage(parent)
    , m_name(new QLineEdit(this))
    , m_nameMessage(new FieldMessage(m_name, this))
    , m_sitesLayout(new QVBoxLayout)
    , m_addSite(new QPushButton(tr("Add Another &Address"), this))
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

    m_addSite->setObjectName(u"wizardAddSite"_s);
    m_addSite->setIcon(QIcon(u":/icons/list-add.svg"_s));
    m_addSite->setToolTip(tr("Add another web address where the shop can be reached"));
    auto *sitesHint = new QLabel(tr("Where your customers find the shop, like https://shop.example. Leave it "
                                    "empty if the shop is not online yet."),
                                 this);
    sitesHint->setWordWrap(true);
    sitesHint->setForegroundRole(QPalette::PlaceholderText);

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
    m_sitesLayout->setContentsMargins(0, 0, 0, 0);
    sitesBox->addLayout(m_sitesLayout);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addSite);
    addRow->addStretch();
    sitesBox->addLayout(addRow);
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
    const QStringList urls = shop.siteUrls;
    for (const QString &url : urls)
        addSiteRow(url);
    if (urls.isEmpty())
        addSiteRow({});
    auto *sitesLabel = new QLabel(tr("&Web address:"), this);
    sitesLabel->setBuddy(m_sites.constFirst().edit);
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
    connect(m_addSite, &QPushButton::clicked, this, [this] {
        addSiteRow({});
        m_sites.constLast().edit->setFocus(Qt::OtherFocusReason);
        emit completeChanged();
    });
}

void ShopWizardPage::addSiteRow(const QString &url)
{
    SiteRow row;
    row.container = new QWidget(this);
    row.edit = new QLineEdit(url, row.container);
    row.edit->setObjectName(u"wizardSite%1"_s.arg(m_sites.size()));
    row.edit->setPlaceholderText(tr("https://shop.example"));
    row.edit->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    row.remove = nullptr;
    if (!m_sites.isEmpty()) {
        row.remove = new QToolButton(row.container);
        row.remove->setIcon(QIcon(u":/icons/list-remove.svg"_s));
        row.remove->setText(tr("Remove"));
        row.remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        row.remove->setToolTip(tr("Remove this address"));
    }
    row.message = new FieldMessage(row.edit, row.container);
    row.message->setObjectName(u"wizardSiteMessage%1"_s.arg(m_sites.size()));

    auto *box = new QVBoxLayout(row.container);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    auto *line = new QHBoxLayout;
    line->addWidget(row.edit, 1);
    if (row.remove)
        line->addWidget(row.remove);
    box->addLayout(line);
    box->addWidget(row.message);
    m_sitesLayout->addWidget(row.container);

    QLineEdit *edit = row.edit;
    FieldMessage *message = row.message;
    // A problem shows once the field is left (not while "shop" is on its way to "shop.example"),
    // and goes as soon as it is fixed; Next follows every keystroke.
    connect(edit, &QLineEdit::editingFinished, this, [edit, message] {
        const QString text = edit->text().trimmed();
        message->setMessage(text.isEmpty() ? QString() : ShopProfile::checkSiteUrl(text));
    });
    connect(edit, &QLineEdit::textChanged, this, [this, edit, message] {
        const QString text = edit->text().trimmed();
        if (!message->message().isEmpty() && (text.isEmpty() || ShopProfile::checkSiteUrl(text).isEmpty()))
            message->setMessage({});
        emit completeChanged();
    });
    if (row.remove) {
        QWidget *container = row.container;
        connect(row.remove, &QToolButton::clicked, this, [this, container] { removeSiteRow(container); });
    }
    m_sites.append(row);
    renumberSiteRows();
}

void ShopWizardPage::removeSiteRow(QWidget *container)
{
    for (qsizetype i = 1; i < m_sites.size(); ++i) {
        if (m_sites.at(i).container != container)
            continue;
        const SiteRow row = m_sites.takeAt(i);
        // Keep the keyboard on the list: the address before the one removed.
        m_sites.at(i - 1).edit->setFocus(Qt::OtherFocusReason);
        row.container->hide();
        row.container->deleteLater(); // later: this runs in its own button's signal
        break;
    }
    renumberSiteRows();
    emit completeChanged();
}

void ShopWizardPage::renumberSiteRows()
{
    QWidget *previous = m_name;
    for (qsizetype i = 0; i < m_sites.size(); ++i) {
        const SiteRow &row = m_sites.at(i);
        const QString number = QLocale().toString(i + 1);
        row.edit->setAccessibleName(i == 0 ? tr("Web address") : tr("Web address %1").arg(number));
        // Keyboard order: each address, then its Remove, then the next address, then Add.
        setTabOrder(previous, row.edit);
        previous = row.edit;
        if (row.remove) {
            row.remove->setAccessibleName(tr("Remove web address %1").arg(number));
            setTabOrder(previous, row.remove);
            previous = row.remove;
        }
    }
    setTabOrder(previous, m_addSite);
    setTabOrder(m_addSite, m_platform);
}

QString ShopWizardPage::shopName() const
{
    return m_name->text().trimmed();
}

QStringList ShopWizardPage::siteUrls() const
{
    QStringList urls;
    for (const SiteRow &row : m_sites) {
        const QString text = row.edit->text().trimmed();
        if (text.isEmpty() || !ShopProfile::checkSiteUrl(text).isEmpty())
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
    for (const SiteRow &row : m_sites) {
        const QString text = row.edit->text().trimmed();
        if (!text.isEmpty() && !ShopProfile::checkSiteUrl(text).isEmpty())
            return false;
    }
    return true;
}
