#pragma once

#include "PlanStep.h"

#include <QWidget>

class PlanSession;

// "Shop & team": what shop the plan protects and who works on it, so that later steps can say
// who holds what and whose access to remove.
class ShopTeamPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ShopTeamPage(PlanSession &session, QWidget *parent = nullptr);

    static PlanStep step();
};
