#pragma once

#include <QDialog>
#include <QPointer>

class NoticeBanner;
class Plan;
class QFormLayout;
class QSpinBox;
class QTabWidget;
class SettingsAppearanceTab;
class SettingsGeneralTab;
class SettingsProbeTab;
class SettingsRulesTab;

// The app's preferences, in tabs: General (the language), Rules (the open plan's thresholds, kept in
// the plan; only with a plan open), Probe (how gently the TLS probe treats the site) and Appearance
// (the system's colours, or light or dark). Everything is written on OK; an appearance shows at once
// and Cancel puts the old one back.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Tab
    {
        General,
        Rules,
        Probe,
        Appearance,
    };

    // Without a plan (none is open) there is no Rules tab.
    explicit SettingsDialog(Plan *plan = nullptr, QWidget *parent = nullptr);

    static QString languageKey();
    // One setting of a tab: its label (with a mnemonic) and spin box, the box at its natural width and
    // under it, in plain words, what the setting changes — also the box's accessible description.
    // Returns `box`.
    static QSpinBox *addSetting(QFormLayout *form, const QString &label, QSpinBox *box,
                                const QString &explanation);

    // Opens on `tab` (Rules falls back to General without a plan).
    void showTab(Tab tab);
    QTabWidget *tabs() const { return m_tabs; }

    void accept() override;
    void reject() override;

private:
    QTabWidget *m_tabs;
    NoticeBanner *m_problem;
    SettingsGeneralTab *m_general;
    SettingsRulesTab *m_rules = nullptr;
    SettingsProbeTab *m_probe;
    SettingsAppearanceTab *m_appearance;
};
