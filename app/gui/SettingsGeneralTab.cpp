#include "SettingsGeneralTab.h"

#include "HintLabel.h"
#include "SettingsDialog.h"
#include "common/Translations.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SettingsGeneralTab::SettingsGeneralTab(QWidget *parent)
    : QWidget(parent)
    , m_language(new QComboBox(this))
{
    setObjectName(u"settingsGeneralTab"_s);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->setAccessibleName(tr("Language"));
    for (const QString &code : Translations::languageCodes())
        m_language->addItem(Translations::languageName(code), code);
    const QString current = QSettings().value(SettingsDialog::languageKey()).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(current)));

    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    auto *note = new HintLabel(tr("Storefort uses the new language the next time it starts."), this);
    m_language->setAccessibleDescription(note->text());

    auto *form = new QFormLayout;
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), note);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
}

void SettingsGeneralTab::apply()
{
    QSettings().setValue(SettingsDialog::languageKey(), m_language->currentData().toString());
}
