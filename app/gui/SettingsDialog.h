#pragma once

#include <QDialog>

class QComboBox;

// The app's preferences. For now: the language Storefort speaks, used from the next start.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    static QString languageKey();

    void accept() override;

private:
    QComboBox *m_language;
};
