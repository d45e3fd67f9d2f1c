#include "ShopTeamPage.h"

#include "PageHeading.h"
#include "PlanSession.h"
#include "ScrollingPageLayout.h"
#include "ShopProfileForm.h"
#include "TeamEditor.h"
#include "plan/Plan.h"

#include <QGroupBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PlanStep ShopTeamPage::step()
{
    return PlanStep {
        .id = u"shop-team"_s,
        .order = 100,
        .title = [] { return tr("Shop & team"); },
        .iconPath = u":/icons/step-shop.svg"_s,
        .createPage = [](PlanSession &session, QWidget *parent) -> QWidget * {
            return new ShopTeamPage(session, parent);
        },
    };
}

ShopTeamPage::ShopTeamPage(PlanSession &session, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"shopTeamPage"_s);
    auto *heading = new PageHeading(
        tr("Shop & team"),
        tr("Your security plan starts with the shop it protects and the people who work on it. Later steps "
           "use this to say who holds each backup and key, and whose access to remove when someone leaves. "
           "Fill in your shop's details, then add everyone on the team, including developers and agencies."),
        this);

    auto *shopBox = new QGroupBox(tr("Your shop"), this);
    auto *form = new ShopProfileForm(session, shopBox);
    form->setEnabled(!session.plan()->isReadOnly());
    auto *shopLayout = new QVBoxLayout(shopBox);
    shopLayout->addWidget(form);

    auto *teamBox = new QGroupBox(tr("The team"), this);
    auto *team = new TeamEditor(session, teamBox);
    auto *teamLayout = new QVBoxLayout(teamBox);
    teamLayout->addWidget(team);

    // Scrolls as a whole when the window is small; the team table takes the room that is left.
    QVBoxLayout *column = layOutScrollingPage(*this);
    column->addWidget(heading);
    column->addWidget(shopBox);
    column->addWidget(teamBox, 1);
}
