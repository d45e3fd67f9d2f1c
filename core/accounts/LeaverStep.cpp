#include "LeaverStep.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString LeaverStep::actionKey(Action action)
{
    return action == Action::HandedOver ? u"handed-over"_s : u"disabled"_s;
}

LeaverStep::Action LeaverStep::actionFromKey(const QString &key, bool *ok)
{
    if (ok)
        *ok = key == u"disabled"_s || key == u"handed-over"_s;
    return key == u"handed-over"_s ? Action::HandedOver : Action::Disabled;
}

QString LeaverStep::actionName(Action action)
{
    return action == Action::HandedOver ? QCoreApplication::translate("Accounts", "Handed over")
                                        : QCoreApplication::translate("Accounts", "Disabled");
}
