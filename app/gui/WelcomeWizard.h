#pragma once

#include "common/Result.h"

#include <QWizard>

class Plan;
class PlanSession;
class ProvidersWizardPage;
class ReadyWizardPage;
class ShopWizardPage;
class TeamWizardPage;

// The first-run welcome and the shop's setup: what Storefort will and will never do, then the
// shop's name, sites and platform, its team, its providers, and the offer of a first probe.
// Nothing is written before Finish; then every answer goes to the plan as audited edits, together
// one step on the undo stack ("Set Up the Shop"), so one Undo takes the whole setup back.
class WelcomeWizard final : public QWizard
{
    Q_OBJECT

public:
    enum class Start
    {
        Welcome, // the first run: the welcome, then the setup ("Not Now" dismisses it)
        Setup, // on demand ("Set Up the Shop Again"): straight to the shop, with the plan's answers
    };
    enum PageId
    {
        WelcomePageId,
        ShopPageId,
        TeamPageId,
        ProvidersPageId,
        ReadyPageId,
    };

    WelcomeWizard(PlanSession &session, Start start, QWidget *parent = nullptr);

    // The site to probe now that the wizard is finished; empty when the owner did not ask for it.
    QString siteToProbe() const;

    // A plan nobody has filled in yet: the shop has no name of its own (none, Storefort's "My shop"
    // or the plan file's name), no site, nobody on the team and no provider.
    static bool isBlank(const Plan &plan);
    // Whether the welcome greets the owner on opening `plan`: it is blank, can be written, and the
    // owner has neither gone through the welcome for it nor dismissed it.
    static bool isDue(const Plan &plan);
    // Remembered per plan (by its id) in the settings.
    static bool wasSeen(const QString &planId);
    static void rememberSeen(const QString &planId);

    void accept() override;
    void reject() override;

protected:
    void initializePage(int id) override;

private:
    Status write();

    PlanSession &m_session;
    QString m_planId;
    ShopWizardPage *m_shop;
    TeamWizardPage *m_team;
    ProvidersWizardPage *m_providers;
    ReadyWizardPage *m_ready;
};
