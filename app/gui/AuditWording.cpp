#include "AuditWording.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
QString jsonName(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object().value(u"name"_s).toString();
}
} // namespace

QList<HistoryRow> AuditWording::describe(const QList<AuditEntry> &entries, const QList<Person> &people)
{
    // Names as they were at each entry: a person renamed or removed later keeps the name they had.
    QHash<QString, QString> names;
    for (const Person &person : people)
        names.insert(QString::number(person.id), person.name);
    for (const AuditEntry &entry : entries) {
        if (entry.entity == u"person"_s && entry.field == u"created"_s)
            names.insert(entry.entityId, jsonName(entry.newValue));
    }

    QList<HistoryRow> rows;
    rows.reserve(entries.size());
    QHash<QString, QString> current;
    for (const AuditEntry &entry : entries) {
        QString name;
        if (entry.entity == u"person"_s) {
            if (entry.field == u"created"_s)
                current.insert(entry.entityId, jsonName(entry.newValue));
            else if (entry.field == u"removed"_s && !current.contains(entry.entityId))
                current.insert(entry.entityId, jsonName(entry.oldValue));
            name = current.value(entry.entityId, names.value(entry.entityId));
            if (name.isEmpty())
                name = tr("#%1").arg(entry.entityId);
        }
        HistoryRow row;
        row.id = entry.id;
        row.at = entry.at;
        row.whoIsMember = !entry.member.isEmpty();
        row.who = row.whoIsMember ? entry.member : entry.osUser;
        row.areaKey = entry.area;
        row.area = areaName(entry.area);
        row.what = what(entry, name);
        row.from = value(entry, entry.oldValue);
        row.to = value(entry, entry.newValue);
        rows.append(row);
        if (entry.entity == u"person"_s && entry.field == u"name"_s)
            current.insert(entry.entityId, entry.newValue);
    }
    return rows;
}

QString AuditWording::verificationMessage(const AuditTrail::Verification &verification)
{
    if (verification.intact)
        return {};
    // The window's own sentence: the core's message is worded for the CLI, with an ISO time. A
    // verification that names no problem (not one made by AuditTrail::verify) keeps its message.
    if (verification.problem.isEmpty())
        return verification.message;
    if (verification.brokenEntryId > 0 && verification.brokenEntryAt.isValid()) {
        return tr("The check fails at entry %1, written %2: %3.")
            .arg(verification.brokenEntryId)
            .arg(QLocale().toString(verification.brokenEntryAt.toLocalTime(), QLocale::ShortFormat),
                 verification.problem);
    }
    if (verification.brokenEntryId > 0)
        return tr("The check fails at entry %1: %2.")
            .arg(verification.brokenEntryId)
            .arg(verification.problem);
    return tr("The check fails: %1.").arg(verification.problem);
}

QString AuditWording::areaName(const QString &area)
{
    if (area == u"plan"_s)
        return tr("Plan");
    if (area == u"shop"_s)
        return tr("Shop");
    if (area == u"team"_s)
        return tr("Team");
    if (area == u"providers"_s)
        return tr("Providers");
    if (area == u"accounts"_s)
        return tr("Accounts");
    return area.isEmpty() ? area : area.at(0).toUpper() + area.mid(1);
}

QString AuditWording::what(const AuditEntry &entry, const QString &personName)
{
    const QString &field = entry.field;
    if (entry.entity == u"plan"_s && field == u"created"_s)
        return tr("Plan created");
    if (entry.entity == u"shop"_s) {
        if (field == u"name"_s)
            return tr("Shop name");
        if (field == u"site_urls"_s)
            return tr("Web addresses");
        if (field == u"platform"_s)
            return tr("Platform");
        if (field == u"owner"_s)
            return tr("Plan owner");
        if (field == u"me"_s)
            return tr("“I am” on this computer");
    }
    if (entry.area == u"accounts"_s) {
        if (entry.entity == u"system"_s && field == u"accounts_imported"_s)
            return tr("Accounts imported into system %1").arg(entry.entityId);
        if (entry.entity == u"system"_s && field == u"created"_s)
            return tr("System added");
        if (entry.entity == u"system"_s && field == u"removed"_s)
            return tr("System removed");
        if (entry.entity == u"system"_s)
            return tr("System %1: %2").arg(entry.entityId, field);
        if (entry.entity == u"account"_s && field == u"created"_s)
            return tr("Account added by hand");
        if (entry.entity == u"account"_s && field == u"confirmation"_s)
            return tr("Account %1: reply to the confirmation letter").arg(entry.entityId);
        if (entry.entity == u"account"_s && field == u"leaver_step"_s)
            return tr("Account %1: leaver's checklist").arg(entry.entityId);
        if (entry.entity == u"account"_s)
            return tr("Account %1: %2").arg(entry.entityId, field);
        if (entry.entity == u"letter"_s)
            return field == u"removed"_s ? tr("Confirmation letter removed")
                                         : tr("Confirmation letter written");
        if (entry.entity == u"person"_s)
            return tr("Access of team member %1: %2").arg(personName, field);
        if (entry.entity == u"settings"_s && field == u"access_reviewed_on"_s)
            return tr("Access review recorded");
        if (entry.entity == u"settings"_s)
            return tr("Account rules' settings");
    }
    if (entry.entity == u"settings"_s) {
        if (field == u"answer_max_age_months"_s)
            return tr("Setting: months before answers are asked again");
        if (field == u"backup_max_age_hours"_s)
            return tr("Setting: hours a backup may be old");
        if (field == u"recheck_days"_s)
            return tr("Setting: days between checks of the recovery items");
    }
    if (entry.entity == u"person"_s) {
        if (field == u"created"_s)
            return tr("Team member %1 added").arg(personName);
        if (field == u"removed"_s)
            return tr("Team member %1 removed").arg(personName);
        QString fieldWords = field;
        if (field == u"name"_s)
            fieldWords = tr("name");
        else if (field == u"role"_s)
            fieldWords = tr("role");
        else if (field == u"email"_s)
            fieldWords = tr("email");
        else if (field == u"phone"_s)
            fieldWords = tr("phone");
        else if (field == u"kind"_s)
            fieldWords = tr("kind");
        else if (field == u"status"_s)
            fieldWords = tr("status");
        else if (field == u"left_on"_s)
            fieldWords = tr("date left");
        return tr("Team member %1: %2").arg(personName, fieldWords);
    }
    return entry.field.isEmpty() ? entry.entity : u"%1: %2"_s.arg(entry.entity, entry.field);
}

QString AuditWording::value(const AuditEntry &entry, const QString &raw)
{
    if (raw.isEmpty())
        return raw;
    const QString &field = entry.field;
    if (entry.area == u"accounts"_s && field == u"accounts_imported"_s)
        return importSummary(raw);
    if (raw.size() > 400) // a cell is no place for a long record; the CLI's audit log has it whole
        return raw.left(400) % u'…';
    if (entry.entity == u"person"_s && entry.area != u"accounts"_s) {
        if (field == u"created"_s || field == u"removed"_s)
            return personSummary(raw);
        if (field == u"kind"_s)
            return Person::kindName(Person::kindFromKey(raw));
        if (field == u"status"_s)
            return Person::statusName(Person::statusFromKey(raw));
        if (field == u"left_on"_s)
            return QLocale().toString(QDate::fromString(raw, Qt::ISODate), QLocale::ShortFormat);
    }
    if (entry.entity == u"shop"_s) {
        if (field == u"platform"_s) {
            bool known = false;
            const ShopPlatform platform = ShopPlatforms::fromKey(raw, &known);
            return known ? ShopPlatforms::displayName(platform) : raw;
        }
        if (field == u"site_urls"_s)
            return raw.split(u'\n').join(u", "_s);
    }
    return raw;
}

QString AuditWording::personSummary(const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    if (object.isEmpty())
        return json;
    QStringList parts;
    for (const auto &key : { u"name"_s, u"role"_s, u"email"_s, u"phone"_s }) {
        if (const QString text = object.value(key).toString(); !text.isEmpty())
            parts << text;
    }
    parts << Person::kindName(Person::kindFromKey(object.value(u"kind"_s).toString()));
    if (Person::statusFromKey(object.value(u"status"_s).toString()) == Person::Status::Left) {
        const QDate leftOn = QDate::fromString(object.value(u"left_on"_s).toString(), Qt::ISODate);
        parts << tr("left on %1").arg(QLocale().toString(leftOn, QLocale::ShortFormat));
    }
    return parts.join(u", "_s);
}

QString AuditWording::importSummary(const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    if (object.isEmpty())
        return json.left(400);
    QString text = tr("From %1: %2 new, %3 changed, %4 removed")
                       .arg(object.value(u"source_file"_s).toString())
                       .arg(object.value(u"added"_s).toInteger())
                       .arg(object.value(u"changed"_s).toInteger())
                       .arg(object.value(u"removed"_s).toInteger());
    const auto names = [](const QJsonArray &array) -> QString {
        QStringList out;
        for (const QJsonValue &v : array) {
            if (out.size() == 5)
                break;
            out.append(v.isObject() ? v.toObject().value(u"user_name"_s).toString() : v.toString());
        }
        return out.join(u", "_s) % (array.size() > 5 ? u", …"_s : QString());
    };
    if (const QJsonArray added = object.value(u"added_users"_s).toArray(); !added.isEmpty())
        text += u"\n"_s % tr("New: %1").arg(names(added));
    if (const QJsonArray changed = object.value(u"changed_users"_s).toArray(); !changed.isEmpty())
        text += u"\n"_s % tr("Changed: %1").arg(names(changed));
    if (const QJsonArray removed = object.value(u"removed_users"_s).toArray(); !removed.isEmpty())
        text += u"\n"_s % tr("Removed: %1").arg(names(removed));
    return text;
}
