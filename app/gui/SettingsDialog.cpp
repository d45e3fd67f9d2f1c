#include "SettingsDialog.h"

#include "HintLabel.h"
#include "NoticeBanner.h"
#include "SettingsAppearanceTab.h"
#include "SettingsGeneralTab.h"
#include "SettingsProbeTab.h"
#include "SettingsRulesTab.h"
#include "plan/Plan.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

QString SettingsDialog::languageKey()
{
    return u"ui/language"_s;
}

SettingsDialog::SettingsDialog(Plan *plan, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_problem(new NoticeBanner(this))
    , m_general(new SettingsGeneralTab(m_tabs))
    , m_probe(new SettingsProbeTab(m_tabs))
    , m_appearance(new SettingsAppearanceTab(m_tabs))
{
    setWindowTitle(tr("Settings"));
    setObjectName(u"settingsDialog"_s);
    m_tabs->setObjectName(u"settingsTabs"_s);
    m_tabs->setAccessibleName(tr("Settings"));
    m_problem->setObjectName(u"settingsProblem"_s);
    m_problem->hide();

    m_tabs->addTab(m_general, tr("&General"));
    if (plan) {
        m_rules = new SettingsRulesTab(*plan, m_tabs);
        m_tabs->addTab(m_rules, tr("&Rules"));
    }
    m_tabs->addTab(m_probe, tr("Pro&be"));
    m_tabs->addTab(m_appearance, tr("&Appearance"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"settingsOk"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"settingsCancel"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    // Room for the Rules tab without scrolling where the screen allows; it scrolls on a small one.
    const QFontMetrics metrics = fontMetrics();
    QSize size = sizeHint().expandedTo(QSize(metrics.averageCharWidth() * 110, metrics.height() * 50));
    if (const QScreen *screen = parent ? parent->screen() : this->screen())
        size = size.boundedTo(screen->availableSize() * 9 / 10);
    resize(size);
}

QSpinBox *SettingsDialog::addSetting(QFormLayout *form, const QString &label, QSpinBox *box,
                                     const QString &explanation)
{
    QWidget *parent = form->parentWidget();
    auto *name = new QLabel(label, parent);
    name->setBuddy(box);
    box->setAccessibleName(QString(label).remove(u'&').remove(u':').remove(u'…').trimmed());
    box->setAccessibleDescription(explanation);
    box->setAccelerated(true);
    box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *note = new HintLabel(explanation, parent);
    auto *field = new QWidget(parent);
    auto *column = new QVBoxLayout(field);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(box, 0, Qt::AlignLeft);
    column->addWidget(note);
    form->addRow(name, field);
    return box;
}

void SettingsDialog::showTab(Tab tab)
{
    QWidget *page = m_general;
    switch (tab) {
    case Tab::General:
        break;
    case Tab::Rules:
        if (m_rules)
            page = m_rules;
        break;
    case Tab::Probe:
        page = m_probe;
        break;
    case Tab::Appearance:
        page = m_appearance;
        break;
    }
    m_tabs->setCurrentWidget(page);
}

void SettingsDialog::accept()
{
    // The plan's rules first: the plan may refuse them (read-only, or another change in progress),
    // and then the dialog stays open with the plan's words.
    if (m_rules) {
        if (const Status status = m_rules->apply(); !status) {
            m_problem->setMessage(NoticeBanner::Kind::Error, tr("The rules were not all saved."),
                                  status.error());
            m_problem->show();
            m_tabs->setCurrentWidget(m_rules);
            return;
        }
    }
    m_general->apply();
    m_probe->apply();
    m_appearance->apply();
    QDialog::accept();
}

void SettingsDialog::reject()
{
    m_appearance->revert();
    QDialog::reject();
}
