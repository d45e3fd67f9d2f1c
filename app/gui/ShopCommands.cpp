#include "ShopCommands.h"

#include "plan/Plan.h"

SetShopNameCommand::SetShopNameCommand(Plan &plan, const QString &name)
    : PlanCommand(plan, tr("Rename Shop"))
    , m_before(plan.shop().name)
    , m_after(name)
{ }

Status SetShopNameCommand::forward()
{
    return plan().setShopName(m_after);
}

Status SetShopNameCommand::backward()
{
    return plan().setShopName(m_before);
}

SetSiteUrlsCommand::SetSiteUrlsCommand(Plan &plan, const QStringList &urls)
    : PlanCommand(plan, tr("Change Website Addresses"))
    , m_before(plan.shop().siteUrls)
    , m_after(urls)
{ }

Status SetSiteUrlsCommand::forward()
{
    return plan().setSiteUrls(m_after);
}

Status SetSiteUrlsCommand::backward()
{
    return plan().setSiteUrls(m_before);
}

SetPlatformCommand::SetPlatformCommand(Plan &plan, ShopPlatform platform)
    : PlanCommand(plan, tr("Change Platform"))
    , m_before(plan.shop().platform)
    , m_after(platform)
{ }

Status SetPlatformCommand::forward()
{
    return plan().setPlatform(m_after);
}

Status SetPlatformCommand::backward()
{
    return plan().setPlatform(m_before);
}

SetShopPersonCommand::SetShopPersonCommand(Plan &plan, Link link, qint64 personId)
    : PlanCommand(plan, link == Link::Owner ? tr("Change Plan Owner") : tr("Change Who I Am"))
    , m_link(link)
    , m_before(link == Link::Owner ? plan.shop().ownerPersonId : plan.shop().mePersonId)
    , m_after(personId)
{ }

Status SetShopPersonCommand::forward()
{
    return set(m_after);
}

Status SetShopPersonCommand::backward()
{
    return set(m_before);
}

Status SetShopPersonCommand::set(qint64 personId)
{
    return m_link == Link::Owner ? plan().setOwner(personId) : plan().setMe(personId);
}
