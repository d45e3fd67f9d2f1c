#include "WizardPagesProviders.h"

#include "HintLabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProvidersWizardPage::ProvidersWizardPage(const QList<Provider> &existing, QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(u"providersPage"_s);
    setTitle(tr("Your Providers"));
    setSubTitle(tr("The companies your shop relies on. Storefort keeps what each of them promised you, and "
                   "reminds you to ask again when their answers grow old. Leave a line empty when you have "
                   "no such provider."));

    struct Line
    {
        ProviderKind kind;
        QString label; // with its mnemonic
        QString placeholder;
        QString objectName;
    };
    const QList<Line> lines {
        { ProviderKind::WebHost, tr("&Web host:"), tr("Who runs the server your shop is on"),
          u"wizardProviderHost"_s },
        { ProviderKind::CdnDns, tr("&CDN / DNS:"), tr("Who speeds up or shields your site, if anyone"),
          u"wizardProviderCdn"_s },
        { ProviderKind::Platform, tr("Shop &platform:"), tr("Who makes your shop's software or service"),
          u"wizardProviderPlatform"_s },
        { ProviderKind::Payment, tr("Pa&yments:"), tr("Who takes your customers' payments"),
          u"wizardProviderPayment"_s },
        { ProviderKind::Developer, tr("&Developer or agency:"),
          tr("Who builds or looks after the shop for you"), u"wizardProviderDeveloper"_s },
    };

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(form);
    for (const Line &line : lines) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(line.objectName);
        edit->setAccessibleName(ProviderKinds::name(line.kind));
        edit->setPlaceholderText(line.placeholder);
        edit->setMaxLength(200);
        auto *label = new QLabel(line.label, this);
        label->setBuddy(edit);
        QStringList already;
        for (const Provider &provider : existing) {
            if (provider.kind == line.kind)
                already.append(provider.name);
        }
        if (already.isEmpty()) {
            form->addRow(label, edit);
        } else {
            auto *box = new QVBoxLayout;
            box->setSpacing(2);
            box->addWidget(edit);
            box->addWidget(new HintLabel(
                tr("Already in the plan: %1.").arg(QLocale().createSeparatedList(already)), this));
            form->addRow(label, box);
        }
        m_fields.append({ line.kind, edit });
        if (line.kind == ProviderKind::Platform) {
            m_platformEdit = edit;
            m_havePlatformProvider = !already.isEmpty();
            connect(edit, &QLineEdit::textEdited, this, [this] { m_platformTouched = true; });
        }
    }
    layout->addSpacing(fontMetrics().height() / 2);
    auto *later = new QLabel(tr("Their contact details, contracts and answers come later, in the Providers "
                                "step. Storefort never asks for a provider's password here."),
                             this);
    later->setWordWrap(true);
    later->setTextFormat(Qt::PlainText);
    layout->addWidget(later);
    layout->addStretch(1);
}

void ProvidersWizardPage::suggestPlatform(ShopPlatform platform)
{
    if (!m_platformEdit || m_platformTouched || m_havePlatformProvider)
        return;
    m_platformEdit->setText(platform == ShopPlatform::Other ? QString()
                                                            : ShopPlatforms::displayName(platform));
}

QList<Provider> ProvidersWizardPage::providers() const
{
    QList<Provider> providers;
    for (const Field &field : m_fields) {
        const QString name = field.edit->text().trimmed();
        if (name.isEmpty())
            continue;
        Provider provider;
        provider.name = name;
        provider.kind = field.kind;
        providers.append(provider);
    }
    return providers;
}
