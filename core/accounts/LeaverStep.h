#pragma once

#include "Account.h"

#include <QDate>
#include <QString>

// One ticked line of a leaver's checklist: an account of a person who left, disabled on its system
// or handed over to a colleague, with the date.
struct LeaverStep
{
    enum class Action
    {
        Disabled, // "disabled": the account was disabled or deleted on its system
        HandedOver, // "handed-over": the account now belongs to `handedToPersonId`
    };

    qint64 accountId = 0;
    qint64 personId = 0; // the person who left
    Action action = Action::Disabled;
    qint64 handedToPersonId = 0;
    QDate doneOn;
    // Kept by the plan when the step is ticked, so that un-ticking puts back exactly what it changed.
    AccountStatus statusBefore = AccountStatus::Active;
    bool heirWasLinked = false; // the colleague already held the account

    bool operator==(const LeaverStep &other) const = default;

    static QString actionKey(Action action);
    static Action actionFromKey(const QString &key, bool *ok = nullptr);
    static QString actionName(Action action); // translated
};
