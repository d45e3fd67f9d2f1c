#pragma once

#include <QWidget>

class QSpinBox;

// Settings, Probe: how gently the TLS probe treats the shop's server — connections at once, how long
// to wait for an answer, how long a whole probe may take. Kept in the app's settings (they are this
// computer's and this connection's, not the plan's) and used from the next probe.
class SettingsProbeTab final : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsProbeTab(QWidget *parent = nullptr);

    void apply();

private:
    QSpinBox *m_connections;
    QSpinBox *m_timeout;
    QSpinBox *m_budget;
};
