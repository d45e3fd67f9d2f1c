#include "System.h"

#include <QCoreApplication>

QString System::check() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Accounts", "Every system needs a name, such as \"Shop admin\".");
    if (auditRetentionDays < 0 || auditRetentionDays > 36500)
        return QCoreApplication::translate("Accounts",
                                           "Write how many days the audit log is kept, from 0 (not known) "
                                           "to 36500.");
    if (passwordPolicy.minLength < 0 || passwordPolicy.minLength > 1024)
        return QCoreApplication::translate("Accounts",
                                           "The shortest password allowed must be between 0 and 1024 "
                                           "characters.");
    if (passwordPolicy.maxAgeDays < 0 || passwordPolicy.maxAgeDays > 36500)
        return QCoreApplication::translate("Accounts",
                                           "The longest a password may be kept must be between 0 (changed "
                                           "only when it leaks) and 36500 days.");
    if (passwordPolicy.lockoutAfter < 0 || passwordPolicy.lockoutAfter > 1000)
        return QCoreApplication::translate("Accounts",
                                           "Write after how many failed attempts the account locks, from 0 "
                                           "(never) to 1000.");
    return {};
}
