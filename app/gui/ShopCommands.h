#pragma once

#include "PlanCommand.h"
#include "plan/ShopProfile.h"

#include <QCoreApplication>
#include <QStringList>

// Undoable edits of the shop profile. Each one remembers the value it replaces.

class SetShopNameCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetShopNameCommand)

public:
    SetShopNameCommand(Plan &plan, const QString &name);

protected:
    Status forward() override;
    Status backward() override;

private:
    QString m_before;
    QString m_after;
};

class SetSiteUrlsCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetSiteUrlsCommand)

public:
    SetSiteUrlsCommand(Plan &plan, const QStringList &urls);

protected:
    Status forward() override;
    Status backward() override;

private:
    QStringList m_before;
    QStringList m_after;
};

class SetPlatformCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetPlatformCommand)

public:
    SetPlatformCommand(Plan &plan, ShopPlatform platform);

protected:
    Status forward() override;
    Status backward() override;

private:
    ShopPlatform m_before;
    ShopPlatform m_after;
};

// Who owns the plan, or who "I am" on this computer: both name a team member (0 for nobody).
class SetShopPersonCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetShopPersonCommand)

public:
    enum class Link
    {
        Owner,
        Me
    };

    SetShopPersonCommand(Plan &plan, Link link, qint64 personId);

protected:
    Status forward() override;
    Status backward() override;

private:
    Status set(qint64 personId);

    Link m_link;
    qint64 m_before;
    qint64 m_after;
};
