#include "AuditWording.h"

#include "plan/Plan.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
QJsonObject jsonObject(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString jsonName(const QString &json)
{
    return jsonObject(json).value(u"name"_s).toString();
}

// An account added by hand is written "user_name=jana; role=admin; ...": its user name.
QString userNameOf(const QString &fields)
{
    for (const QString &part : fields.split(u"; "_s)) {
        if (part.startsWith(u"user_name="_s))
            return part.mid(10);
    }
    return {};
}
} // namespace

AuditNames AuditNames::of(const Plan &plan)
{
    AuditNames names;
    names.people = plan.people();
    names.providers = plan.providers();
    names.recoveryItems = plan.recoveryItems();
    names.systems = plan.systems();
    names.accounts = plan.accounts();
    names.ddos = plan.ddosPlan();
    return names;
}

QList<HistoryRow> AuditWording::describe(const QList<AuditEntry> &entries, const AuditNames &plan)
{
    // Names as they were at each entry: a thing renamed or removed later keeps the name it had.
    Lookup names;
    for (const Person &person : plan.people)
        names.people.insert(QString::number(person.id), person.name);
    for (const Provider &provider : plan.providers)
        names.providers.insert(QString::number(provider.id), provider.name);
    for (const RecoveryItem &item : plan.recoveryItems)
        names.items.insert(QString::number(item.id), item.displayTitle());
    for (const System &system : plan.systems)
        names.systems.insert(QString::number(system.id), system.name);
    for (const Account &account : plan.accounts)
        names.accounts.insert(QString::number(account.id), account.userName);
    for (const CallTreeEntry &call : plan.ddos.callTree)
        names.calls.insert(QString::number(call.id), call.task);
    for (const DdosStep &step : plan.ddos.steps)
        names.steps.insert(QString::number(step.id), step.displayTitle());
    names.findingTitles = plan.findingTitles;
    for (const AuditEntry &entry : entries) {
        const bool created = entry.field == u"created"_s;
        const bool removed = entry.field == u"removed"_s;
        if (!created && !removed)
            continue;
        const QString &json = created ? entry.newValue : entry.oldValue;
        const auto note = [&](QHash<QString, QString> &hash, const QString &name) {
            if (!name.isEmpty() && (created || !hash.contains(entry.entityId)))
                hash.insert(entry.entityId, name);
        };
        if (entry.entity == u"person"_s && created)
            note(names.people, jsonName(json));
        else if (entry.entity == u"provider"_s)
            note(names.providers, jsonName(json));
        else if (entry.entity == u"recovery_item"_s)
            note(names.items, itemTitle(json));
        else if (entry.entity == u"system"_s)
            note(names.systems, jsonName(json));
        else if (entry.entity == u"call"_s)
            note(names.calls, jsonObject(json).value(u"task"_s).toString());
        else if (entry.entity == u"step"_s)
            note(names.steps, stepTitle(json));
        else if (entry.entity == u"account"_s && created && entry.area == u"accounts"_s)
            note(names.accounts, userNameOf(json));
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
            name = current.value(entry.entityId, names.people.value(entry.entityId));
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
        row.what = what(entry, name, names);
        row.from = value(entry, entry.oldValue, names);
        row.to = value(entry, entry.newValue, names);
        rows.append(row);
        // A rename: the entries after it use the new name.
        if (entry.entity == u"person"_s && entry.field == u"name"_s)
            current.insert(entry.entityId, entry.newValue);
        else if (entry.entity == u"provider"_s && entry.field == u"name"_s)
            names.providers.insert(entry.entityId, entry.newValue);
        else if (entry.entity == u"system"_s && entry.field == u"name"_s)
            names.systems.insert(entry.entityId, entry.newValue);
        else if (entry.entity == u"recovery_item"_s && entry.field == u"title"_s && !entry.newValue.isEmpty())
            names.items.insert(entry.entityId, entry.newValue);
        else if (entry.entity == u"account"_s && entry.field == u"user_name"_s)
            names.accounts.insert(entry.entityId, entry.newValue);
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
    if (area == u"ddos"_s)
        return tr("DDoS readiness");
    if (area == u"contingency"_s)
        return tr("Contingency binder");
    if (area == u"findings"_s)
        return tr("Findings");
    if (area == u"tls"_s)
        return tr("Encryption");
    const QString words = fieldWords(area);
    return words.isEmpty() ? words : words.at(0).toUpper() + words.mid(1);
}

QString AuditWording::what(const AuditEntry &entry, const QString &personName, const Lookup &names)
{
    const QString &field = entry.field;
    if (entry.entity == u"plan"_s && field == u"created"_s && entry.area == u"plan"_s)
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
    QString words;
    if (entry.area == u"accounts"_s)
        words = accountsWhat(entry, personName, names);
    else if (entry.area == u"providers"_s)
        words = providerWhat(entry, names);
    else if (entry.area == u"contingency"_s)
        words = contingencyWhat(entry, names);
    else if (entry.area == u"ddos"_s)
        words = ddosWhat(entry, names);
    else if (entry.area == u"findings"_s)
        words = findingWhat(entry, names);
    else if (entry.area == u"tls"_s && entry.entity == u"probe"_s)
        words = tr("Encryption checked: %1").arg(entry.oldValue);
    if (!words.isEmpty())
        return words;
    if (entry.entity == u"settings"_s) {
        if (field == u"answer_max_age_months"_s)
            return tr("Setting: months before answers are asked again");
        if (field == u"backup_max_age_hours"_s)
            return tr("Setting: hours a backup may be old");
        if (field == u"recheck_days"_s)
            return tr("Setting: days between checks of the recovery items");
        return tr("Setting: %1").arg(fieldWords(field));
    }
    if (entry.entity == u"person"_s) {
        if (field == u"created"_s)
            return tr("Team member %1 added").arg(personName);
        if (field == u"removed"_s)
            return tr("Team member %1 removed").arg(personName);
        QString fieldText = fieldWords(field);
        if (field == u"name"_s)
            fieldText = tr("name");
        else if (field == u"role"_s)
            fieldText = tr("role");
        else if (field == u"email"_s)
            fieldText = tr("email");
        else if (field == u"phone"_s)
            fieldText = tr("phone");
        else if (field == u"kind"_s)
            fieldText = tr("kind");
        else if (field == u"status"_s)
            fieldText = tr("status");
        else if (field == u"left_on"_s)
            fieldText = tr("date left");
        return tr("Team member %1: %2").arg(personName, fieldText);
    }
    // Something this version does not know: its words, never its keys.
    const QString thing = fieldWords(entry.entity);
    const QString capitalised = thing.isEmpty() ? thing : thing.at(0).toUpper() + thing.mid(1);
    return field.isEmpty() ? capitalised : tr("%1: %2").arg(capitalised, fieldWords(field));
}

QString AuditWording::value(const AuditEntry &entry, const QString &raw, const Lookup &names)
{
    if (raw.isEmpty())
        return raw;
    const QString &field = entry.field;
    if (entry.area == u"accounts"_s && field == u"accounts_imported"_s)
        return importSummary(raw);
    QString words;
    if (entry.area == u"accounts"_s)
        words = accountsValue(entry, raw, names);
    else if (entry.area == u"providers"_s)
        words = providerValue(entry, raw, names);
    else if (entry.area == u"contingency"_s)
        words = contingencyValue(entry, raw, names);
    else if (entry.area == u"ddos"_s)
        words = ddosValue(entry, raw, names);
    else if (entry.area == u"findings"_s && entry.entity == u"acceptance"_s)
        words = acceptanceSummary(raw);
    else if (entry.area == u"tls"_s && entry.entity == u"probe"_s && field == u"grade"_s)
        // Where it was checked is in "what"; the value is the grade.
        words = raw == entry.oldValue ? u""_s : raw == u"-"_s ? tr("No grade") : tr("Grade %1").arg(raw);
    if (!words.isNull())
        return words.size() > 400 ? words.left(400) % u'…' : words;
    if (entry.entity == u"person"_s && entry.area != u"accounts"_s) {
        if (field == u"created"_s || field == u"removed"_s)
            return personSummary(raw);
        if (field == u"kind"_s)
            return Person::kindName(Person::kindFromKey(raw));
        if (field == u"status"_s)
            return Person::statusName(Person::statusFromKey(raw));
        if (field == u"left_on"_s)
            return date(raw);
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
    return fallbackValue(raw);
}

QString AuditWording::fallbackValue(const QString &raw)
{
    // A record this version does not know: its values, one line, without its keys.
    if (raw.startsWith(u'{') || raw.startsWith(u'[')) {
        const QJsonDocument document = QJsonDocument::fromJson(raw.toUtf8());
        if (!document.isNull()) {
            QStringList parts;
            const auto add = [&parts](const QJsonValue &v) {
                if (v.isString() && !v.toString().isEmpty())
                    parts << v.toString();
                else if (v.isDouble())
                    parts << QLocale().toString(v.toDouble());
                else if (v.isBool())
                    parts << (v.toBool() ? tr("Yes") : tr("No"));
            };
            if (document.isObject()) {
                for (const QJsonValue &v : document.object())
                    add(v);
            } else {
                for (const QJsonValue &v : document.array())
                    add(v);
            }
            const QString text = parts.join(u", "_s);
            return text.size() > 400 ? text.left(400) % u'…' : text;
        }
    }
    QString line = raw.section(u'\n', 0, 0);
    const bool cut = line.size() > 400 || line.size() < raw.size();
    if (line.size() > 400)
        line = line.left(400);
    return cut ? line % u'…' : line;
}

QString AuditWording::fieldWords(const QString &field)
{
    QString words = field;
    words.replace(u'_', u' ').replace(u'.', u' ');
    return words;
}

QString AuditWording::date(const QString &isoDate)
{
    const QDate day = QDate::fromString(isoDate, Qt::ISODate);
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : isoDate;
}

QString AuditWording::dateTime(const QString &isoTime)
{
    const QDateTime time = QDateTime::fromString(isoTime, Qt::ISODateWithMs);
    if (!time.isValid())
        return date(isoTime);
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString AuditWording::yesNo(const QString &raw)
{
    if (raw == u"yes"_s || raw == u"true"_s || raw == u"1"_s)
        return tr("Yes");
    if (raw == u"no"_s || raw == u"false"_s || raw == u"0"_s)
        return tr("No");
    if (raw == u"unknown"_s)
        return tr("Not known");
    return raw;
}

QString AuditWording::nameOr(const QHash<QString, QString> &names, const QString &id)
{
    const QString name = names.value(id);
    return name.isEmpty() ? tr("#%1").arg(id) : name;
}

QString AuditWording::localDates(QString text)
{
    static const QRegularExpression isoDate(u"\\b(\\d{4}-\\d{2}-\\d{2})\\b"_s);
    QRegularExpressionMatchIterator it = isoDate.globalMatch(text);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.prepend(it.next()); // replace from the end so offsets stay right
    for (const QRegularExpressionMatch &m : std::as_const(matches))
        text.replace(m.capturedStart(1), m.capturedLength(1), date(m.captured(1)));
    return text;
}

QString AuditWording::orderSummary(const QString &ids, const QHash<QString, QString> &names)
{
    QStringList out;
    for (const QString &id : ids.split(u',', Qt::SkipEmptyParts))
        out << nameOr(names, id);
    return out.join(u", "_s);
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
