#pragma once

#include "Account.h"
#include "AccountRules.h"
#include "Confirmation.h"
#include "PersonAccess.h"
#include "System.h"
#include "findings/Finding.h"
#include "plan/Person.h"

#include <QDateTime>
#include <QHash>
#include <QList>

class Plan;

// What the accounts register says about who can get into the shop, as findings. Accounts of the
// same kind of problem on one system are one finding that lists them, so 100,000 accounts make a
// readable list, not 100,000 lines. Only active accounts count: disabled and removed ones cannot
// sign in.
//
// Rule ids and subjects:
//   per system ("system/<id>"): ACC-NO-PERSON, ACC-SEVERAL-PEOPLE, ACC-SHARED, ACC-ADMIN-NO-MFA,
//     ACC-TOO-MANY-ADMINS, ACC-PASSWORD-OLD, ACC-INACTIVE, SYS-AUDIT-NONE, SYS-AUDIT-UNKNOWN,
//     SYS-AUDIT-RETENTION, SYS-AUDIT-REVIEW, SYS-PASSWORD-SHORT, SYS-PASSWORD-NO-LOCKOUT;
//   per account ("account/<id>"): ACC-ADMIN-BUILTIN-USED, ACC-ADMIN-BUILTIN-NAME;
//   per person ("person/<id>"): ACC-LEFT-ACTIVE, ACC-DEV-UNCONFIRMED, ACC-DEV-REMOVE-PENDING,
//     ACC-REACH-EXCEEDS;
//   per letter ("letter/<id>"): ACC-LETTER-UNANSWERED;
//   the register ("accounts"): ACC-ACCESS-REVIEW-DUE.
// Thresholds come from AccountRules; each is inclusive: exactly at the limit is still fine.
class AccountFindings
{
public:
    struct Input
    {
        QList<System> systems;
        QList<Account> accounts;
        QList<Person> people;
        QHash<qint64, PersonAccess> access;
        QList<ConfirmationLetter> letters;
        QList<AccountConfirmation> confirmations;
        AccountRules rules;
        QDate accessReviewedOn;
    };

    // Most severe first (Severities::sort). `now` is UTC; today is its date.
    static QList<Finding> compute(const Input &input, const QDateTime &now);
    // The same for an open plan; an invalid `now` is Clock::now().
    static QList<Finding> compute(const Plan &plan, const QDateTime &now = {});

    // The user names that are a system's built-in admin: admin, administrator, root, and the
    // system's own (System::builtInAdmin), lower-cased.
    static bool isBuiltInAdmin(const Account &account, const System &system);
    // A user name that names a role or a place rather than a person: info, office, shop, team,
    // staff, support (also as an e-mail address's local part, e.g. "info@shop.example").
    static bool isGenericName(const QString &userName);
    // The data a person's work needs: what the owner said, else nullopt.
    static std::optional<DataReach> needsOf(const Input &input, qint64 personId);

    static QString subjectForSystem(qint64 id);
    static QString subjectForAccount(qint64 id);
    static QString subjectForPerson(qint64 id);
};

// The system-wide rules (audit log, password policy) of AccountFindings, in their own file.
namespace SystemFindings {
void append(QList<Finding> &out, const System &system, const AccountRules &rules, QDate today);
}
