#include "SettingsProbeTab.h"

#include "HintLabel.h"
#include "SettingsDialog.h"
#include "TlsProbeRunner.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SettingsProbeTab::SettingsProbeTab(QWidget *parent)
    : QWidget(parent)
    , m_connections(new QSpinBox(this))
    , m_timeout(new QSpinBox(this))
    , m_budget(new QSpinBox(this))
{
    setObjectName(u"settingsProbeTab"_s);
    auto *intro = new QLabel(tr("The probe looks at your site the way a visitor's browser would, many times "
                                "over. These settings make it gentler on a small server or a slow "
                                "connection. They are used from the next probe."),
                             this);
    intro->setWordWrap(true);

    m_connections->setObjectName(u"probeConnections"_s);
    m_connections->setRange(TlsProbeRunner::minConnections, TlsProbeRunner::maxConnections);
    m_connections->setSuffix(tr(" at once"));
    m_timeout->setObjectName(u"probeTimeout"_s);
    m_timeout->setRange(TlsProbeRunner::minTimeoutSeconds, TlsProbeRunner::maxTimeoutSeconds);
    m_timeout->setSuffix(tr(" seconds"));
    m_budget->setObjectName(u"probeBudget"_s);
    m_budget->setRange(TlsProbeRunner::minBudgetSeconds / 60, TlsProbeRunner::maxBudgetSeconds / 60);
    m_budget->setSuffix(tr(" minutes"));

    auto *form = new QFormLayout;
    SettingsDialog::addSetting(
        form, tr("&Connections to your site:"), m_connections,
        tr("How many connections the probe opens at the same time. Fewer is gentler on a small "
           "server; more finishes sooner."));
    SettingsDialog::addSetting(
        form, tr("&Wait for an answer:"), m_timeout,
        tr("How long to wait for your site to connect or answer before that step counts as failed. "
           "Raise it for a slow server or connection."));
    SettingsDialog::addSetting(form, tr("&Stop a probe after:"), m_budget,
                               tr("A probe that takes longer stops and says so, instead of running on."));

    auto *defaults = new QPushButton(tr("Use the &Defaults"), this);
    defaults->setObjectName(u"probeDefaults"_s);
    const auto show = [this](const TlsProbeRunner::Politeness &p) {
        m_connections->setValue(p.connections);
        m_timeout->setValue(p.timeoutSeconds);
        m_budget->setValue(p.budgetSeconds / 60);
    };
    connect(defaults, &QPushButton::clicked, this, [show] { show(TlsProbeRunner::defaultPoliteness()); });
    show(TlsProbeRunner::storedPoliteness());

    auto *cli = new HintLabel(
        tr("The command line's probe takes the same as --parallel, --timeout and --budget."), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(defaults, 0, Qt::AlignLeft);
    layout->addWidget(cli);
    layout->addStretch();
}

void SettingsProbeTab::apply()
{
    TlsProbeRunner::storePoliteness({ m_connections->value(), m_timeout->value(), m_budget->value() * 60 });
}
