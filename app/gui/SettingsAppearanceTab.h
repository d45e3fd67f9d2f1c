#pragma once

#include "Appearance.h"

#include <QWidget>

class QButtonGroup;

// Settings, Appearance: follow the system's colours (the default), or Storefort's own light or dark
// palette. A choice shows at once; revert() goes back to what was in force when the tab opened.
class SettingsAppearanceTab final : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsAppearanceTab(QWidget *parent = nullptr);

    Appearance::Mode mode() const;
    // Keeps the choice for the next starts.
    void apply();
    // Puts back the appearance in force when the tab was made (the dialog was cancelled).
    void revert();

private:
    QButtonGroup *m_choice;
    Appearance::Mode m_before;
};
