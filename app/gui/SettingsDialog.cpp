#include "SettingsDialog.h"

#include "common/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

QString SettingsDialog::languageKey()
{
    return u"ui/language"_s;
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(u"settingsDialog"_s);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->setAccessibleName(tr("Language"));
    for (const QString &code : Translations::languageCodes())
        m_language->addItem(Translations::languageName(code), code);
    const QString current = QSettings().value(languageKey()).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(current)));

    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    auto *note = new QLabel(tr("Storefort uses the new language the next time it starts."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *appearance = new QLabel(tr("Colours and text size follow your system's settings."), this);
    appearance->setWordWrap(true);
    appearance->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), note);
    form->addRow(tr("Appearance:"), appearance);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 60, 0)));
}

void SettingsDialog::accept()
{
    QSettings().setValue(languageKey(), m_language->currentData().toString());
    QDialog::accept();
}
