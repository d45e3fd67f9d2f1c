#include "AccountImport.h"

#include <QCoreApplication>

#include <algorithm>

void AccountImport::addRow(int line, Account account, const QString &problem)
{
    const QString key = account.userKey();
    if (!problem.isEmpty()) {
        errors.append({ line, problem });
        if (!key.isEmpty())
            refusedUserKeys.insert(key);
        return;
    }
    if (key.isEmpty()) {
        errors.append({ line, QCoreApplication::translate("Accounts", "This row has no user name.") });
        return;
    }
    if (const auto it = m_lineOfKey.constFind(key); it != m_lineOfKey.constEnd()) {
        errors.append({ line,
                        QCoreApplication::translate("Accounts",
                                                    "The user name \"%1\" is already on line %2; each "
                                                    "account can be in the file only once.")
                            .arg(account.userName.trimmed())
                            .arg(it.value()) });
        refusedUserKeys.insert(key);
        return;
    }
    m_lineOfKey.insert(key, line);
    if (accounts.isEmpty())
        accounts.reserve(1024);
    accounts.append(std::move(account));
}

void AccountImport::sortErrors()
{
    std::stable_sort(errors.begin(), errors.end(),
                     [](const CsvError &a, const CsvError &b) { return a.line < b.line; });
}
