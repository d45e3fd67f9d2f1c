#pragma once

#include <QWidget>

class QComboBox;

// Settings, General: the language Storefort speaks, used from the next start.
class SettingsGeneralTab final : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsGeneralTab(QWidget *parent = nullptr);

    // Keeps the choice in the app's settings.
    void apply();

private:
    QComboBox *m_language;
};
