// AuditWording for the accounts' area: systems, accounts, the rules' thresholds, the access review,
// confirmation letters and leavers' checklists.
#include "AuditWording.h"
#include "accounts/AccountRole.h"
#include "accounts/Confirmation.h"
#include "accounts/DataReach.h"
#include "accounts/LeaverStep.h"
#include "accounts/SystemKind.h"
#include "accounts/YesNoUnknown.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
QString reachNames(const QString &keys)
{
    QStringList names;
    for (const QString &key : keys.split(u';', Qt::SkipEmptyParts)) {
        bool known = false;
        const DataKind kind = DataKinds::fromKey(key, &known);
        names << (known ? DataKinds::name(kind) : key);
    }
    return names.join(u", "_s);
}
} // namespace

QString AuditWording::accountsWhat(const AuditEntry &entry, const QString &personName, const Lookup &names)
{
    const QString &field = entry.field;
    if (entry.entity == u"system"_s) {
        const QString system = nameOr(names.systems, entry.entityId);
        if (field == u"accounts_imported"_s)
            return tr("Accounts imported into %1").arg(system);
        if (field == u"created"_s)
            return tr("System added: %1").arg(system);
        if (field == u"removed"_s)
            return tr("System removed: %1").arg(system);
        QString words = fieldWords(field);
        if (field == u"column_mapping"_s)
            words = tr("columns of its account list");
        else if (field == u"kind"_s)
            words = tr("kind");
        else if (field == u"name"_s)
            words = tr("name");
        else if (field == u"provider"_s)
            words = tr("provider");
        else if (field == u"audit_log"_s)
            words = tr("keeps a log of who did what");
        else if (field == u"audit_retention_days"_s)
            words = tr("days the log is kept");
        else if (field == u"audit_reviewed_on"_s)
            words = tr("log last looked at");
        else if (field == u"mfa_enforced"_s)
            words = tr("second sign-in step required");
        else if (field == u"password_min_length"_s)
            words = tr("shortest password allowed");
        else if (field == u"password_max_age_days"_s)
            words = tr("days before a password must change");
        else if (field == u"lockout_after"_s)
            words = tr("wrong passwords before it locks");
        else if (field == u"builtin_admin"_s)
            words = tr("built-in admin account");
        return tr("System %1: %2").arg(system, words);
    }
    if (entry.entity == u"account"_s) {
        const QString account = nameOr(names.accounts, entry.entityId);
        if (field == u"created"_s && entry.oldValue.isEmpty() && entry.newValue.contains(u"user_name="_s))
            return tr("Account added by hand: %1").arg(account);
        if (field == u"confirmation"_s)
            return tr("Account %1: reply to the confirmation letter").arg(account);
        if (field == u"leaver_step"_s)
            return tr("Account %1: leaver's checklist").arg(account);
        QString words = fieldWords(field);
        if (field == u"user_name"_s)
            words = tr("user name");
        else if (field == u"display_name"_s)
            words = tr("full name");
        else if (field == u"email"_s)
            words = tr("email");
        else if (field == u"people"_s)
            words = tr("whose it is");
        else if (field == u"role"_s)
            words = tr("role");
        else if (field == u"platform_role"_s)
            words = tr("role as the system names it");
        else if (field == u"reach"_s)
            words = tr("data it reaches");
        else if (field == u"mfa"_s)
            words = tr("second sign-in step");
        else if (field == u"last_login"_s)
            words = tr("last sign-in");
        else if (field == u"last_password_change"_s)
            words = tr("last password change");
        else if (field == u"created"_s)
            words = tr("created on");
        else if (field == u"shared"_s)
            words = tr("shared by several people");
        else if (field == u"service"_s)
            words = tr("used by a program");
        else if (field == u"status"_s)
            words = tr("status");
        return tr("Account %1: %2").arg(account, words);
    }
    if (entry.entity == u"letter"_s)
        return field == u"removed"_s ? tr("Confirmation letter removed") : tr("Confirmation letter written");
    if (entry.entity == u"person"_s) {
        QString words = fieldWords(field);
        if (field == u"needs"_s)
            words = tr("data their work needs");
        else if (field == u"project_ended_on"_s)
            words = tr("project ended on");
        return tr("Access of team member %1: %2").arg(personName, words);
    }
    if (entry.entity == u"settings"_s) {
        if (field == u"access_reviewed_on"_s)
            return tr("Access review recorded");
        if (field == u"rules"_s)
            return tr("Setting: limits of the account rules");
        return tr("Setting: %1").arg(fieldWords(field));
    }
    return {};
}

QString AuditWording::accountsValue(const AuditEntry &entry, const QString &raw, const Lookup &names)
{
    const QString &field = entry.field;
    if (entry.entity == u"system"_s) {
        if (field == u"created"_s)
            return systemSummary(raw, names);
        if (field == u"removed"_s) {
            if (raw == entry.newValue) { // "%1 accounts removed with it"
                const int count = raw.section(u' ', 0, 0).toInt();
                return tr("Accounts removed with it: %1").arg(count);
            }
            return systemSummary(raw, names);
        }
        if (field == u"column_mapping"_s) {
            const QJsonObject object = QJsonDocument::fromJson(raw.toUtf8()).object();
            if (object.isEmpty())
                return {};
            QStringList columns;
            for (const QJsonValue &v : object)
                columns << v.toString();
            return tr("Columns: %1").arg(columns.join(u", "_s));
        }
        if (field == u"kind"_s)
            return SystemKinds::name(SystemKinds::fromKey(raw));
        if (field == u"provider"_s)
            return nameOr(names.providers, raw);
        if (field == u"audit_log"_s || field == u"mfa_enforced"_s)
            return YesNoUnknowns::name(YesNoUnknowns::fromKey(raw));
        if (field == u"audit_reviewed_on"_s)
            return date(raw);
        return {};
    }
    if (entry.entity == u"account"_s) {
        if (field == u"created"_s && raw.contains(u"user_name="_s))
            return accountFieldsSummary(raw);
        if (field == u"role"_s)
            return AccountRoles::name(AccountRoles::fromKey(raw));
        if (field == u"reach"_s)
            return reachNames(raw);
        if (field == u"mfa"_s)
            return YesNoUnknowns::name(YesNoUnknowns::fromKey(raw));
        if (field == u"last_login"_s || field == u"last_password_change"_s || field == u"created"_s)
            return dateTime(raw);
        if (field == u"shared"_s || field == u"service"_s)
            return yesNo(raw);
        if (field == u"status"_s)
            return AccountStatuses::name(AccountStatuses::fromKey(raw));
        if (field == u"confirmation"_s) {
            // "keep (Name, 2026-03-01): reason", or "keep: reason" when removed.
            bool known = false;
            const QString key = raw.section(QRegularExpression(u"[ :]"_s), 0, 0);
            const auto decision = AccountConfirmation::decisionFromKey(key, &known);
            const QString rest = raw.mid(key.size());
            QString text = known ? AccountConfirmation::decisionName(decision) + rest : raw;
            text = text.trimmed(); // a reply without a reason ends in ":"
            if (text.endsWith(u':'))
                text.chop(1);
            return localDates(text);
        }
        if (field == u"leaver_step"_s) {
            // "disabled (Name, 2026-03-01)", "handed-over (Name -> Other, 2026-03-01)", or the key.
            bool known = false;
            const QString key = raw.section(u' ', 0, 0);
            const auto action = LeaverStep::actionFromKey(key, &known);
            QString rest = raw.mid(key.size());
            rest.replace(u" -> "_s, u" → "_s);
            return localDates(known ? LeaverStep::actionName(action) + rest : raw);
        }
        return {};
    }
    if (entry.entity == u"letter"_s)
        return localDates(raw);
    if (entry.entity == u"person"_s) {
        if (field == u"needs"_s)
            return reachNames(raw);
        if (field == u"project_ended_on"_s)
            return date(raw);
        return {};
    }
    if (entry.entity == u"settings"_s) {
        if (field == u"access_reviewed_on"_s)
            return date(raw);
        if (field == u"rules"_s)
            return rulesSummary(raw, raw == entry.oldValue ? entry.newValue : entry.oldValue);
    }
    return {};
}

QString AuditWording::systemSummary(const QString &json, const Lookup &names)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    if (object.isEmpty())
        return fallbackValue(json);
    QStringList parts;
    if (const QString name = object.value(u"name"_s).toString(); !name.isEmpty())
        parts << name;
    parts << SystemKinds::name(SystemKinds::fromKey(object.value(u"kind"_s).toString()));
    if (const QString provider = object.value(u"provider"_s).toString(); !provider.isEmpty())
        parts << tr("at %1").arg(nameOr(names.providers, provider));
    parts.removeDuplicates();
    return parts.join(u", "_s);
}

QString AuditWording::rulesSummary(const QString &json, const QString &otherJson)
{
    // Only the limits that changed: the rest is the same on both sides.
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    if (object.isEmpty())
        return fallbackValue(json);
    const QJsonObject other = QJsonDocument::fromJson(otherJson.toUtf8()).object();
    QStringList parts;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!other.isEmpty() && other.value(it.key()) == it.value())
            continue;
        parts << tr("%1: %2").arg(ruleName(it.key())).arg(it.value().toInteger());
    }
    return parts.join(u"; "_s);
}

QString AuditWording::ruleName(const QString &key)
{
    if (key == u"builtin_admin_recent_days"_s)
        return tr("Days the built-in admin may have signed in");
    if (key == u"audit_retention_min_days"_s)
        return tr("Fewest days a log must be kept");
    if (key == u"audit_review_max_days"_s)
        return tr("Days before a log must be looked at");
    if (key == u"password_min_length"_s)
        return tr("Shortest password");
    if (key == u"password_min_length_with_mfa"_s)
        return tr("Shortest password with a second sign-in step");
    if (key == u"password_max_age_days"_s)
        return tr("Days before a password must change");
    if (key == u"password_max_age_single_factor_days"_s)
        return tr("Days before a password must change without a second step");
    if (key == u"inactive_days"_s)
        return tr("Days without sign-in before an account counts as unused");
    if (key == u"max_admins_per_system"_s)
        return tr("Most admins on one system");
    if (key == u"access_review_every_days"_s)
        return tr("Days between access reviews");
    if (key == u"letter_reply_days"_s)
        return tr("Days to answer a confirmation letter");
    return fieldWords(key);
}

QString AuditWording::accountFieldsSummary(const QString &text)
{
    // "user_name=jana; display_name=Jana; role=admin; ...": the user name, name, email, people, role.
    QHash<QString, QString> fields;
    for (const QString &part : text.split(u"; "_s))
        fields.insert(part.section(u'=', 0, 0), part.section(u'=', 1));
    QStringList parts;
    for (const auto &key : { u"user_name"_s, u"display_name"_s, u"email"_s, u"people"_s }) {
        if (const QString value = fields.value(key); !value.isEmpty())
            parts << value;
    }
    if (fields.contains(u"role"_s))
        parts << AccountRoles::name(AccountRoles::fromKey(fields.value(u"role"_s)));
    if (fields.contains(u"status"_s))
        parts << AccountStatuses::name(AccountStatuses::fromKey(fields.value(u"status"_s)));
    parts.removeDuplicates();
    return parts.join(u", "_s);
}
