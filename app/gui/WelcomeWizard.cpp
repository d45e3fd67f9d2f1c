#include "WelcomeWizard.h"

#include "MainWindow.h"
#include "PlanSession.h"
#include "ProviderCommands.h"
#include "ShopCommands.h"
#include "TeamCommands.h"
#include "WizardPagesIntro.h"
#include "WizardPagesProviders.h"
#include "WizardPagesShop.h"
#include "WizardPagesTeam.h"
#include "plan/Plan.h"

#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
QString seenKey(const QString &planId)
{
    return u"welcome/seen/"_s + planId;
}

// The name the app gives a plan's shop ("My shop", in English or the language the plan was created
// in): nothing to offer back to the owner as their shop's name.
bool isDefaultName(const QString &name)
{
    const QString trimmed = name.trimmed();
    return trimmed.isEmpty() || trimmed == u"My shop"_s || trimmed == MainWindow::defaultShopName();
}

// A name Storefort gave the shop, not the owner: the default one or, for a plan made with New
// Plan, the file's name.
bool nameIsPlaceholder(const Plan &plan)
{
    return isDefaultName(plan.shop().name) || plan.shop().name == QFileInfo(plan.path()).completeBaseName();
}

// The same person or provider, as the owner would say it: names compared without case or spaces.
bool sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}
} // namespace

WelcomeWizard::WelcomeWizard(PlanSession &session, Start start, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_planId(session.plan()->planId())
{
    const Plan &plan = *session.plan();
    setObjectName(u"welcomeWizard"_s);
    setWindowTitle(start == Start::Welcome ? tr("Welcome to Storefort") : tr("Set Up the Shop"));
    // The modern style's header (title, subtitle, logo) reads well under Fusion and in dark themes,
    // where the classic style's frame looks dated.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    const int em = fontMetrics().height();
    setPixmap(
        QWizard::LogoPixmap,
        QIcon(u":/icons/org.storefort.Storefort.svg"_s).pixmap(QSize(em * 3, em * 3), devicePixelRatioF()));

    // A file's name is a fair first guess at the shop's; "My shop" is left for the owner to replace.
    m_shop = new ShopWizardPage(plan.shop(), isDefaultName(plan.shop().name), this);
    m_team = new TeamWizardPage(plan.people(), plan.shop().ownerPersonId, plan.shop().mePersonId, this);
    m_providers = new ProvidersWizardPage(plan.providers(), this);
    m_ready = new ReadyWizardPage(this);
    if (start == Start::Welcome)
        setPage(WelcomePageId, new WelcomeWizardPage(this));
    setPage(ShopPageId, m_shop);
    setPage(TeamPageId, m_team);
    setPage(ProvidersPageId, m_providers);
    setPage(ReadyPageId, m_ready);
    setStartId(start == Start::Welcome ? WelcomePageId : ShopPageId);

    // Room for the team's lines and the longest subtitles without the window jumping between pages.
    setMinimumSize(em * 44, em * 30);
    resize(em * 50, em * 34);
}

QString WelcomeWizard::siteToProbe() const
{
    const QStringList sites = m_shop->siteUrls();
    return m_ready->probeRequested() && !sites.isEmpty() ? sites.constFirst() : QString();
}

bool WelcomeWizard::isBlank(const Plan &plan)
{
    return nameIsPlaceholder(plan) && plan.shop().siteUrls.isEmpty() && plan.people().isEmpty()
        && plan.providers().isEmpty();
}

bool WelcomeWizard::isDue(const Plan &plan)
{
    return !plan.isReadOnly() && isBlank(plan) && !wasSeen(plan.planId());
}

bool WelcomeWizard::wasSeen(const QString &planId)
{
    return QSettings().value(seenKey(planId), false).toBool();
}

void WelcomeWizard::rememberSeen(const QString &planId)
{
    QSettings().setValue(seenKey(planId), true);
}

void WelcomeWizard::initializePage(int id)
{
    if (id == ProvidersPageId)
        m_providers->suggestPlatform(m_shop->platform());
    if (id == ReadyPageId) {
        ReadyWizardPage::Summary summary;
        summary.shopName = m_shop->shopName();
        summary.sites = m_shop->siteUrls();
        summary.platform = ShopPlatforms::displayName(m_shop->platform());
        for (const Person &person : m_team->people())
            summary.people.append(person.role.isEmpty() ? person.name
                                                        : tr("%1 (%2)").arg(person.name, person.role));
        for (const Provider &provider : m_providers->providers())
            summary.providers.append(tr("%1 (%2)").arg(provider.name, ProviderKinds::name(provider.kind)));
        m_ready->showSummary(summary);
    }
    QWizard::initializePage(id);
}

void WelcomeWizard::accept()
{
    if (Status status = write(); !status) {
        // What was written stays (one Undo takes it back); pressing Finish again writes only the rest.
        m_ready->showWriteProblem(status.error());
        return;
    }
    rememberSeen(m_planId);
    QWizard::accept();
}

void WelcomeWizard::reject()
{
    // "Not Now", Cancel, Escape or the window's close button: the welcome does not come back for
    // this plan; Help > Set Up the Shop Again opens it on demand.
    rememberSeen(m_planId);
    QWizard::reject();
}

Status WelcomeWizard::write()
{
    Plan *plan = m_session.plan();
    if (!plan)
        return Error { tr("The plan is no longer open.") };

    // What is new compared with the plan as it is now, so that Finish after a refused change (or on
    // a plan set up before) never adds anyone twice.
    const ShopProfile &shop = plan->shop();
    const QString name = m_shop->shopName();
    const QStringList sites = m_shop->siteUrls();
    const ShopPlatform platform = m_shop->platform();
    const QList<Person> people = m_team->people();
    QList<qint64> peopleIds; // the plan's id of each of `people`, 0 until added
    QList<Person> toAdd;
    for (const Person &person : people) {
        qint64 id = 0;
        for (const Person &existing : plan->people()) {
            if (sameName(existing.name, person.name))
                id = existing.id;
        }
        peopleIds.append(id);
    }
    QList<Provider> newProviders;
    for (const Provider &provider : m_providers->providers()) {
        bool known = false;
        for (const Provider &existing : plan->providers())
            known = known || (existing.kind == provider.kind && sameName(existing.name, provider.name));
        if (!known)
            newProviders.append(provider);
    }
    auto resolve = [&peopleIds](const TeamWizardPage::Choice &choice) -> std::optional<qint64> {
        if (choice.isNobody())
            return qint64(0);
        if (choice.personId > 0)
            return choice.personId;
        const qint64 id = peopleIds.value(choice.newIndex);
        return id > 0 ? std::optional<qint64>(id) : std::nullopt; // known once added
    };
    const bool anything = name != shop.name || sites != shop.siteUrls || platform != shop.platform
        || peopleIds.contains(0) || !newProviders.isEmpty() || resolve(m_team->owner()) != shop.ownerPersonId
        || resolve(m_team->me()) != shop.mePersonId;
    if (!anything)
        return Status::success();

    // One step on the undo stack: the owner sees "Undo Set Up the Shop", and takes all of it back.
    QUndoStack *undo = m_session.undoStack();
    const int before = undo->index();
    undo->beginMacro(tr("Set Up the Shop"));
    auto edits = [&]() -> Status {
        if (name != plan->shop().name) {
            if (Status s = m_session.pushEdit(std::make_unique<SetShopNameCommand>(*plan, name)); !s)
                return s;
        }
        if (sites != plan->shop().siteUrls) {
            if (Status s = m_session.pushEdit(std::make_unique<SetSiteUrlsCommand>(*plan, sites)); !s)
                return s;
        }
        if (platform != plan->shop().platform) {
            if (Status s = m_session.pushEdit(std::make_unique<SetPlatformCommand>(*plan, platform)); !s)
                return s;
        }
        for (qsizetype i = 0; i < people.size(); ++i) {
            if (peopleIds.at(i) > 0)
                continue;
            auto command = std::make_unique<AddPersonCommand>(*plan, people.at(i));
            const AddPersonCommand *added = command.get(); // the undo stack keeps it
            if (Status s = m_session.pushEdit(std::move(command)); !s)
                return s;
            peopleIds[i] = added->personId();
        }
        using Link = SetShopPersonCommand::Link;
        for (const auto &[link, choice] :
             { std::pair { Link::Owner, m_team->owner() }, std::pair { Link::Me, m_team->me() } }) {
            const qint64 id = resolve(choice).value_or(0);
            const qint64 current = link == Link::Owner ? plan->shop().ownerPersonId : plan->shop().mePersonId;
            if (id == current)
                continue;
            if (Status s = m_session.pushEdit(std::make_unique<SetShopPersonCommand>(*plan, link, id)); !s)
                return s;
        }
        for (const Provider &provider : std::as_const(newProviders)) {
            if (Status s = m_session.pushEdit(std::make_unique<AddProviderCommand>(*plan, provider)); !s)
                return s;
        }
        return Status::success();
    };
    const Status status = edits();
    undo->endMacro();
    // Refused at the first change: an empty "Set Up the Shop" would be an Undo that does nothing.
    // An obsolete command is dropped by undo() without being run.
    if (undo->index() == before + 1 && undo->command(before)->childCount() == 0) {
        const_cast<QUndoCommand *>(undo->command(before))->setObsolete(true);
        undo->undo();
    }
    return status;
}
