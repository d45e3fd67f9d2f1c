#pragma once

#include <QJsonObject>

// The thresholds of the account hygiene rules, kept in the plan (the owner may tighten or loosen
// them in the settings). Every threshold is inclusive of its limit: a password changed exactly
// maxAge days ago is still fine, a second more is not. Ages of times (sign-ins, password changes) are
// measured to the second; ages of dates (a review, a letter, a project's end) in whole days.
struct AccountRules
{
    int builtInAdminRecentDays = 30; // the built-in admin signed in this recently: a finding
    int auditRetentionMinDays = 180; // audit logs kept for less: a finding
    int auditReviewMaxDays = 90; // an audit log not looked at for longer: a finding
    int passwordMinLength = 12; // a system's password policy asks for less: a finding
    int passwordMinLengthWithMfa = 8; // ... where a second factor is enforced
    int passwordMaxAgeDays = 365; // a password unchanged for longer: a finding
    int passwordMaxAgeSingleFactorDays = 90; // ... where the password is the only factor
    int inactiveDays = 90; // no sign-in for longer: a finding
    int maxAdminsPerSystem = 2; // more active admin accounts on one system: a finding
    int accessReviewEveryDays = 91; // the access review is due this long after the last one
    int letterReplyDays = 30; // a developer's confirmation letter unanswered for longer: a finding

    bool operator==(const AccountRules &other) const = default;

    // Plain-words problems (a threshold out of its range); empty when all is well.
    QString check() const;
    QJsonObject toJson() const;
    // Missing or unusable values keep their defaults.
    static AccountRules fromJson(const QJsonObject &object);
};
