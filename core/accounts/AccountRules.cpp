#include "AccountRules.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace {

struct Threshold
{
    const char *key;
    int AccountRules::*member;
    int min;
    int max;
};

constexpr std::array thresholds {
    Threshold { "builtin_admin_recent_days", &AccountRules::builtInAdminRecentDays, 1, 3650 },
    Threshold { "audit_retention_min_days", &AccountRules::auditRetentionMinDays, 1, 36500 },
    Threshold { "audit_review_max_days", &AccountRules::auditReviewMaxDays, 1, 3650 },
    Threshold { "password_min_length", &AccountRules::passwordMinLength, 1, 128 },
    Threshold { "password_min_length_with_mfa", &AccountRules::passwordMinLengthWithMfa, 1, 128 },
    Threshold { "password_max_age_days", &AccountRules::passwordMaxAgeDays, 1, 36500 },
    Threshold { "password_max_age_single_factor_days", &AccountRules::passwordMaxAgeSingleFactorDays, 1,
                36500 },
    Threshold { "inactive_days", &AccountRules::inactiveDays, 1, 3650 },
    Threshold { "max_admins_per_system", &AccountRules::maxAdminsPerSystem, 1, 1000 },
    Threshold { "access_review_every_days", &AccountRules::accessReviewEveryDays, 1, 3650 },
    Threshold { "letter_reply_days", &AccountRules::letterReplyDays, 1, 3650 },
};

} // namespace

QString AccountRules::check() const
{
    for (const Threshold &t : thresholds) {
        const int value = this->*t.member;
        if (value < t.min || value > t.max)
            return QCoreApplication::translate("Accounts", "The setting \"%1\" must be between %2 and %3.")
                .arg(QString::fromLatin1(t.key))
                .arg(t.min)
                .arg(t.max);
    }
    return {};
}

QJsonObject AccountRules::toJson() const
{
    QJsonObject object;
    for (const Threshold &t : thresholds)
        object.insert(QString::fromLatin1(t.key), this->*t.member);
    return object;
}

AccountRules AccountRules::fromJson(const QJsonObject &object)
{
    AccountRules rules;
    for (const Threshold &t : thresholds) {
        const QJsonValue value = object.value(QString::fromLatin1(t.key));
        if (!value.isDouble())
            continue;
        const double number = value.toDouble();
        if (number >= t.min && number <= t.max && number == double(qint64(number)))
            rules.*t.member = int(number);
    }
    return rules;
}
