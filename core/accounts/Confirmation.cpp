#include "Confirmation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString AccountConfirmation::decisionKey(Decision decision)
{
    return decision == Decision::Remove ? u"remove"_s : u"keep"_s;
}

AccountConfirmation::Decision AccountConfirmation::decisionFromKey(const QString &key, bool *ok)
{
    if (ok)
        *ok = key == u"keep"_s || key == u"remove"_s;
    return key == u"remove"_s ? Decision::Remove : Decision::Keep;
}

QString AccountConfirmation::decisionName(Decision decision)
{
    return decision == Decision::Remove ? QCoreApplication::translate("Accounts", "Remove it")
                                        : QCoreApplication::translate("Accounts", "Keep it");
}

QString AccountConfirmation::check(QDate today) const
{
    if (!repliedOn.isValid())
        return QCoreApplication::translate("Accounts", "Write the date of the reply.");
    if (today.isValid() && repliedOn > today)
        return QCoreApplication::translate("Accounts", "The reply's date is in the future.");
    if (decision == Decision::Keep && reason.trimmed().isEmpty())
        return QCoreApplication::translate("Accounts",
                                           "Write why they still need the account, in their words: a "
                                           "kept account needs a reason.");
    return {};
}
