#include "ShopFindings.h"

#include "plan/Plan.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Active team members: the ones who can act on the plan.
int activeMembers(const Plan &plan)
{
    return int(std::count_if(plan.people().cbegin(), plan.people().cend(),
                             [](const Person &p) { return p.status == Person::Status::Active; }));
}

} // namespace

QList<Finding> ShopFindings::compute(const Plan &plan)
{
    QList<Finding> out;
    const ShopProfile &shop = plan.shop();
    if (shop.siteUrls.isEmpty())
        out.append(
            { u"SHOP-NO-SITE"_s, Severity::Medium,
              QCoreApplication::translate("ShopFindings", "The shop's web address is not in the plan"),
              QCoreApplication::translate(
                  "ShopFindings",
                  "Storefort checks the site's encryption, and what stands in front of it, at this "
                  "address. Without it those checks cannot run, and the binder cannot name the site."),
              QCoreApplication::translate("ShopFindings", "No web address is recorded."),
              QCoreApplication::translate(
                  "ShopFindings", "Enter the shop's address (for example shop.example) in Shop & team."),
              u"shop"_s });

    const std::optional<Person> owner
        = shop.ownerPersonId > 0 ? plan.person(shop.ownerPersonId) : std::optional<Person>();
    if (!owner)
        out.append({ u"SHOP-NO-OWNER"_s, Severity::Medium,
                     QCoreApplication::translate("ShopFindings", "Nobody is named as the plan's owner"),
                     QCoreApplication::translate(
                         "ShopFindings",
                         "Someone must keep the plan up to date and decide about the risks it finds. When "
                         "nobody is named, everyone assumes someone else does it."),
                     QCoreApplication::translate("ShopFindings", "No owner is chosen."),
                     QCoreApplication::translate("ShopFindings", "Choose the plan's owner in Shop & team."),
                     u"shop"_s });
    else if (owner->status == Person::Status::Left)
        out.append(
            { u"SHOP-OWNER-LEFT"_s, Severity::High,
              QCoreApplication::translate("ShopFindings", "The plan's owner has left"),
              QCoreApplication::translate("ShopFindings",
                                          "The person who keeps the plan and decides about its risks is no "
                                          "longer there, so nobody does."),
              QCoreApplication::translate("ShopFindings", "%1 is named as the owner, but has left the team.")
                  .arg(owner->name),
              QCoreApplication::translate("ShopFindings", "Choose who owns the plan now in Shop & team."),
              u"shop"_s });

    if (const int active = activeMembers(plan); active < 2) {
        out.append(
            { u"SHOP-NO-TEAM"_s, Severity::Low,
              QCoreApplication::translate("ShopFindings", "Only one person knows the plan"),
              QCoreApplication::translate(
                  "ShopFindings",
                  "If that person is ill, on holiday or leaves, nobody else knows whom to call or where "
                  "the backups are."),
              active == 0 ? QCoreApplication::translate("ShopFindings", "Nobody is on the team yet.")
                          : QCoreApplication::translate("ShopFindings", "The team has %n active member(s).",
                                                        nullptr, active),
              QCoreApplication::translate("ShopFindings",
                                          "Add at least one more person (a colleague, your developer or your "
                                          "agency) in Shop & team."),
              u"team"_s });
    }
    Severities::sort(out);
    return out;
}
