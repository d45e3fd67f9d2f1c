// AuditWording for the contingency binder, the DDoS plan, accepted findings: recovery items, their
// checks and settings, the call tree and the steps prepared, risks accepted and withdrawn.
#include "AuditWording.h"
#include "contingency/Verification.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
QJsonObject jsonObject(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}
} // namespace

QString AuditWording::itemTitle(const QString &json)
{
    const QJsonObject object = jsonObject(json);
    if (object.isEmpty())
        return {};
    RecoveryItem item;
    item.builtIn = object.value(u"built_in"_s).toString();
    item.title = object.value(u"title"_s).toString();
    item.kind = RecoveryKinds::fromKey(object.value(u"kind"_s).toString());
    const QString title = item.displayTitle();
    return title.isEmpty() ? RecoveryKinds::name(item.kind) : title;
}

QString AuditWording::stepTitle(const QString &json)
{
    const QJsonObject object = jsonObject(json);
    if (object.isEmpty())
        return {};
    DdosStep step;
    step.builtIn = object.value(u"built_in"_s).toString();
    step.title = object.value(u"title"_s).toString();
    return step.displayTitle();
}

QString AuditWording::contingencyWhat(const AuditEntry &entry, const Lookup &names)
{
    if (entry.entity != u"recovery_item"_s)
        return {};
    const QString &field = entry.field;
    const QString name = nameOr(names.items, entry.entityId);
    if (field == u"created"_s)
        return tr("Recovery item added: %1").arg(name);
    if (field == u"removed"_s)
        return tr("Recovery item removed: %1").arg(name);
    if (field == u"verified"_s)
        return tr("Recovery item checked: %1").arg(name);
    if (field == u"confirmed"_s)
        return tr("Recovery item confirmed by hand: %1").arg(name);
    if (field == u"secret_changed"_s)
        return tr("Recovery item %1: secret replaced in the keychain").arg(name);
    QString words = fieldWords(field);
    if (field == u"kind"_s)
        words = tr("kind");
    else if (field == u"title"_s)
        words = tr("title");
    else if (field == u"holder_person"_s)
        words = tr("team member who holds it");
    else if (field == u"holder_provider"_s)
        words = tr("provider who holds it");
    else if (field == u"location"_s)
        words = tr("where it is");
    else if (field == u"how_to_reach"_s)
        words = tr("how to get at it");
    else if (field == u"notes"_s)
        words = tr("notes");
    else if (field == u"secret_ref"_s)
        words = tr("secret in the keychain");
    else if (field == u"secret_user"_s)
        words = tr("user name");
    return tr("Recovery item %1: %2").arg(name, words);
}

QString AuditWording::contingencyValue(const AuditEntry &entry, const QString &raw, const Lookup &names)
{
    if (entry.entity != u"recovery_item"_s)
        return {};
    const QString &field = entry.field;
    if (field == u"created"_s || field == u"removed"_s)
        return itemSummary(raw, names);
    if (field == u"kind"_s) {
        bool known = false;
        const RecoveryKind kind = RecoveryKinds::fromKey(raw, &known);
        return known ? RecoveryKinds::name(kind) : fieldWords(raw);
    }
    if (field == u"holder_person"_s)
        return nameOr(names.people, raw);
    if (field == u"holder_provider"_s)
        return nameOr(names.providers, raw);
    // The keychain's reference says nothing to the owner; the secret is never in the trail.
    if (field == u"secret_ref"_s)
        return tr("Kept in the keychain");
    if (field == u"secret_changed"_s)
        return tr("Replaced");
    if (field == u"verified"_s || field == u"confirmed"_s) {
        bool known = false;
        const CheckOutcome outcome = CheckOutcomes::fromKey(raw, &known);
        return known ? CheckOutcomes::name(outcome) : fieldWords(raw);
    }
    return {};
}

QString AuditWording::itemSummary(const QString &json, const Lookup &names)
{
    const QJsonObject object = jsonObject(json);
    if (object.isEmpty())
        return fallbackValue(json);
    QStringList parts { itemTitle(json) };
    const RecoveryKind kind = RecoveryKinds::fromKey(object.value(u"kind"_s).toString());
    if (RecoveryKinds::name(kind) != parts.first())
        parts << RecoveryKinds::name(kind);
    if (const QString person = object.value(u"holder_person"_s).toString(); !person.isEmpty())
        parts << tr("held by %1").arg(nameOr(names.people, person));
    if (const QString provider = object.value(u"holder_provider"_s).toString(); !provider.isEmpty())
        parts << tr("held by %1").arg(nameOr(names.providers, provider));
    if (const QString location = object.value(u"location"_s).toString(); !location.isEmpty())
        parts << location;
    if (object.contains(u"secret_ref"_s))
        parts << tr("secret kept in the keychain");
    return parts.join(u", "_s);
}

QString AuditWording::ddosWhat(const AuditEntry &entry, const Lookup &names)
{
    const QString &field = entry.field;
    if (entry.entity == u"plan"_s) {
        if (field == u"cdn_provider"_s)
            return tr("DDoS plan: CDN");
        if (field == u"cdn_notes"_s)
            return tr("DDoS plan: notes on the CDN");
        if (field == u"last_drill"_s)
            return tr("DDoS plan: last drill");
        if (field == u"drill_notes"_s)
            return tr("DDoS plan: notes on the drill");
        if (field == u"call_order"_s)
            return tr("Call tree: order of the calls");
        if (field == u"step_order"_s)
            return tr("DDoS plan: order of the steps");
        return tr("DDoS plan: %1").arg(fieldWords(field));
    }
    if (entry.entity == u"call"_s) {
        if (field == u"created"_s)
            return tr("Call tree: call added");
        if (field == u"removed"_s)
            return tr("Call tree: call removed");
        return tr("Call tree: call changed");
    }
    if (entry.entity == u"step"_s) {
        const QString name = nameOr(names.steps, entry.entityId);
        if (field == u"created"_s)
            return tr("DDoS plan: step added: %1").arg(name);
        if (field == u"removed"_s)
            return tr("DDoS plan: step removed: %1").arg(name);
        return tr("DDoS plan: step changed: %1").arg(name);
    }
    return {};
}

QString AuditWording::ddosValue(const AuditEntry &entry, const QString &raw, const Lookup &names)
{
    const QString &field = entry.field;
    if (entry.entity == u"plan"_s) {
        if (field == u"cdn_provider"_s)
            return nameOr(names.providers, raw);
        if (field == u"last_drill"_s)
            return date(raw);
        if (field == u"call_order"_s)
            return orderSummary(raw, names.calls);
        if (field == u"step_order"_s)
            return orderSummary(raw, names.steps);
        return {};
    }
    if (entry.entity == u"call"_s)
        return callSummary(raw, names);
    if (entry.entity == u"step"_s)
        return stepSummary(raw);
    return {};
}

QString AuditWording::callSummary(const QString &json, const Lookup &names)
{
    const QJsonObject object = jsonObject(json);
    if (object.isEmpty())
        return fallbackValue(json);
    const auto id = [&object](const QString &key) { return QString::number(object.value(key).toInteger()); };
    QStringList parts { object.value(u"task"_s).toString() };
    if (object.contains(u"caller_person"_s))
        parts << tr("by %1").arg(nameOr(names.people, id(u"caller_person"_s)));
    if (object.contains(u"callee_provider"_s))
        parts << tr("to %1").arg(nameOr(names.providers, id(u"callee_provider"_s)));
    if (object.contains(u"callee_person"_s))
        parts << tr("to %1").arg(nameOr(names.people, id(u"callee_person"_s)));
    for (const auto &key : { u"channel"_s, u"contact"_s }) {
        if (const QString text = object.value(key).toString(); !text.isEmpty())
            parts << text;
    }
    return parts.join(u", "_s);
}

QString AuditWording::stepSummary(const QString &json)
{
    const QJsonObject object = jsonObject(json);
    if (object.isEmpty())
        return fallbackValue(json);
    QStringList parts { stepTitle(json) };
    if (!object.value(u"prepared"_s).toBool())
        parts << tr("not prepared");
    else if (const QString on = object.value(u"prepared_on"_s).toString(); !on.isEmpty())
        parts << tr("prepared on %1").arg(date(on));
    else
        parts << tr("prepared");
    if (const QString notes = object.value(u"notes"_s).toString(); !notes.isEmpty())
        parts << notes;
    return parts.join(u", "_s);
}

QString AuditWording::findingWhat(const AuditEntry &entry, const Lookup &names)
{
    if (entry.entity != u"acceptance"_s)
        return {};
    // "<rule id>" or "<rule id>@<subject>": the finding's title when the plan still shows it.
    const QString ruleId = entry.entityId.section(u'@', 0, 0);
    const QString subject = entry.entityId.section(u'@', 1);
    QString finding = names.findingTitles.value(entry.entityId, names.findingTitles.value(ruleId));
    if (finding.isEmpty())
        finding = subject.isEmpty() ? ruleId : tr("%1 (%2)").arg(ruleId, subject);
    if (entry.field == u"accepted"_s)
        return entry.oldValue.isEmpty() ? tr("Finding accepted as a risk: %1").arg(finding)
                                        : tr("Accepted risk renewed: %1").arg(finding);
    if (entry.field == u"withdrawn"_s)
        return tr("Accepted risk withdrawn: %1").arg(finding);
    return tr("Accepted risk %1: %2").arg(finding, fieldWords(entry.field));
}

QString AuditWording::acceptanceSummary(const QString &json)
{
    const QJsonObject object = jsonObject(json);
    if (object.isEmpty())
        return fallbackValue(json);
    QStringList parts;
    if (const QString reason = object.value(u"reason"_s).toString(); !reason.isEmpty())
        parts << reason;
    if (const QString on = object.value(u"accepted_on"_s).toString(); !on.isEmpty())
        parts << tr("accepted on %1").arg(date(on));
    const QString expires = object.value(u"expires_on"_s).toString();
    parts << (expires.isEmpty() ? tr("until withdrawn") : tr("until %1").arg(date(expires)));
    return parts.join(u", "_s);
}
