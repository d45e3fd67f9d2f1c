#include "YesNoUnknown.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString YesNoUnknowns::key(YesNoUnknown value)
{
    switch (value) {
    case YesNoUnknown::Yes:
        return u"yes"_s;
    case YesNoUnknown::No:
        return u"no"_s;
    case YesNoUnknown::Unknown:
        break;
    }
    return u"unknown"_s;
}

YesNoUnknown YesNoUnknowns::fromKey(const QString &key, bool *ok)
{
    if (ok)
        *ok = key == u"yes"_s || key == u"no"_s || key == u"unknown"_s;
    if (key == u"yes"_s)
        return YesNoUnknown::Yes;
    if (key == u"no"_s)
        return YesNoUnknown::No;
    return YesNoUnknown::Unknown;
}

QString YesNoUnknowns::name(YesNoUnknown value)
{
    switch (value) {
    case YesNoUnknown::Yes:
        return QCoreApplication::translate("Accounts", "Yes");
    case YesNoUnknown::No:
        return QCoreApplication::translate("Accounts", "No");
    case YesNoUnknown::Unknown:
        break;
    }
    return QCoreApplication::translate("Accounts", "Not known");
}
