// Plan's DDoS plan: the CDN the owner recorded, the call tree, the steps prepared in advance and
// the last drill. Written whole, audited field by field and entry by entry.
#include "Plan.h"
#include "PlanTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString areaDdos = u"ddos"_s;

// Text for a NOT NULL column: a null QString would bind as NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant optionalDate(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QString idText(qint64 id)
{
    return id > 0 ? QString::number(id) : QString();
}

QString callJson(const CallTreeEntry &e)
{
    QJsonObject o { { u"task"_s, e.task } };
    if (e.callerPersonId > 0)
        o.insert(u"caller_person"_s, e.callerPersonId);
    if (e.calleeProviderId > 0)
        o.insert(u"callee_provider"_s, e.calleeProviderId);
    if (e.calleePersonId > 0)
        o.insert(u"callee_person"_s, e.calleePersonId);
    if (!e.channel.isEmpty())
        o.insert(u"channel"_s, e.channel);
    if (!e.contact.isEmpty())
        o.insert(u"contact"_s, e.contact);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString stepJson(const DdosStep &s)
{
    QJsonObject o;
    if (!s.builtIn.isEmpty())
        o.insert(u"built_in"_s, s.builtIn);
    if (!s.title.isEmpty())
        o.insert(u"title"_s, s.title);
    o.insert(u"prepared"_s, s.prepared);
    if (s.preparedOn.isValid())
        o.insert(u"prepared_on"_s, s.preparedOn.toString(Qt::ISODate));
    if (!s.notes.isEmpty())
        o.insert(u"notes"_s, s.notes);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

DdosPlan cleaned(const DdosPlan &plan)
{
    DdosPlan c = plan;
    c.cdnNotes = plan.cdnNotes.trimmed();
    c.drillNotes = plan.drillNotes.trimmed();
    int position = 0;
    for (CallTreeEntry &e : c.callTree) {
        e.task = e.task.trimmed();
        e.channel = e.channel.trimmed();
        e.contact = e.contact.trimmed();
        e.position = position++;
    }
    position = 0;
    for (DdosStep &s : c.steps) {
        s.title = s.title.trimmed();
        s.notes = s.notes.trimmed();
        s.position = position++;
        if (!s.prepared)
            s.preparedOn = QDate();
    }
    return c;
}

template<typename T> const T *byId(const QList<T> &list, qint64 id)
{
    for (const T &t : list) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

// The ids of the entries kept on both sides, in each side's order: an entry added or removed
// alone moves no other, so only a real reordering makes the two differ.
template<typename T> std::pair<QString, QString> keptOrder(const QList<T> &before, const QList<T> &after)
{
    QStringList oldOrder;
    for (const T &t : before) {
        if (byId(after, t.id))
            oldOrder.append(QString::number(t.id));
    }
    QStringList newOrder;
    for (const T &t : after) {
        if (t.id > 0 && byId(before, t.id))
            newOrder.append(QString::number(t.id));
    }
    return { oldOrder.join(u','), newOrder.join(u',') };
}

} // namespace

Status Plan::loadDdosPlan()
{
    QSqlQuery query(database());
    DdosPlan plan;
    if (!query.exec(
            u"SELECT cdn_provider_id, cdn_notes, last_drill, drill_notes FROM ddos_plan WHERE id = 1"_s))
        return Error { tr("The DDoS plan could not be read: %1").arg(query.lastError().text()) };
    if (query.next()) {
        plan.cdnProviderId = query.value(0).toLongLong();
        plan.cdnNotes = query.value(1).toString();
        plan.lastDrill = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        plan.drillNotes = query.value(3).toString();
    }
    if (!query.exec(u"SELECT id, position, task, caller_person_id, callee_provider_id, callee_person_id, "
                    u"channel, contact FROM ddos_call ORDER BY position, id"_s))
        return Error { tr("The DDoS plan could not be read: %1").arg(query.lastError().text()) };
    while (query.next()) {
        CallTreeEntry e;
        e.id = query.value(0).toLongLong();
        e.position = query.value(1).toInt();
        e.task = query.value(2).toString();
        e.callerPersonId = query.value(3).toLongLong();
        e.calleeProviderId = query.value(4).toLongLong();
        e.calleePersonId = query.value(5).toLongLong();
        e.channel = query.value(6).toString();
        e.contact = query.value(7).toString();
        plan.callTree.append(e);
    }
    if (!query.exec(u"SELECT id, position, built_in, title, prepared, prepared_on, notes FROM ddos_step "
                    u"ORDER BY position, id"_s))
        return Error { tr("The DDoS plan could not be read: %1").arg(query.lastError().text()) };
    while (query.next()) {
        DdosStep s;
        s.id = query.value(0).toLongLong();
        s.position = query.value(1).toInt();
        s.builtIn = query.value(2).toString();
        s.title = query.value(3).toString();
        s.prepared = query.value(4).toBool();
        s.preparedOn = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        s.notes = query.value(6).toString();
        plan.steps.append(s);
    }
    m_ddosPlan = std::move(plan);
    return Status::success();
}

Status Plan::setDdosPlan(const DdosPlan &wanted)
{
    const DdosPlan c = cleaned(wanted);
    if (c.cdnProviderId != 0 && c.cdnProviderId != m_ddosPlan.cdnProviderId && !provider(c.cdnProviderId))
        return Error { tr("That provider is no longer in the plan.") };
    for (const CallTreeEntry &e : c.callTree) {
        if (e.task.isEmpty())
            return Error { tr(
                "Every call in the call tree needs a task, e.g. “Call the host's emergency line”.") };
        if ((e.callerPersonId != 0 && !person(e.callerPersonId))
            || (e.calleePersonId != 0 && !person(e.calleePersonId)))
            return Error { tr("That team member is no longer in the plan.") };
        if (e.calleeProviderId != 0 && !provider(e.calleeProviderId))
            return Error { tr("That provider is no longer in the plan.") };
    }
    for (const DdosStep &s : c.steps) {
        if (s.builtIn.isEmpty() && s.title.isEmpty())
            return Error { tr("Give each prepared step a name.") };
        if (!s.builtIn.isEmpty()) {
            const DdosStep *before = byId(m_ddosPlan.steps, s.id);
            if (!before || before->builtIn != s.builtIn)
                return Error { tr("The standard steps come with the plan and cannot be added again.") };
        }
    }
    if (c == m_ddosPlan)
        return Status::success();
    const DdosPlan before = m_ddosPlan;
    return edit([&](PlanTransaction &tx) -> Status {
        auto q = tx.exec(
            u"UPDATE ddos_plan SET cdn_provider_id = ?, cdn_notes = ?, last_drill = ?, drill_notes = ? "
            u"WHERE id = 1"_s,
            { optionalId(c.cdnProviderId), text(c.cdnNotes), optionalDate(c.lastDrill), text(c.drillNotes) });
        if (!q)
            return Error { q.error() };
        const QString planId = u"1"_s;
        if (before.cdnProviderId != c.cdnProviderId)
            tx.record(areaDdos, u"plan"_s, planId, u"cdn_provider"_s, idText(before.cdnProviderId),
                      idText(c.cdnProviderId));
        if (before.cdnNotes != c.cdnNotes)
            tx.record(areaDdos, u"plan"_s, planId, u"cdn_notes"_s, before.cdnNotes, c.cdnNotes);
        if (before.lastDrill != c.lastDrill)
            tx.record(areaDdos, u"plan"_s, planId, u"last_drill"_s, before.lastDrill.toString(Qt::ISODate),
                      c.lastDrill.toString(Qt::ISODate));
        if (before.drillNotes != c.drillNotes)
            tx.record(areaDdos, u"plan"_s, planId, u"drill_notes"_s, before.drillNotes, c.drillNotes);

        // The call tree: entries gone, changed and new.
        for (const CallTreeEntry &old : before.callTree) {
            if (byId(c.callTree, old.id))
                continue;
            if (auto d = tx.exec(u"DELETE FROM ddos_call WHERE id = ?"_s, { old.id }); !d)
                return Error { d.error() };
            tx.record(areaDdos, u"call"_s, QString::number(old.id), u"removed"_s, callJson(old), {});
        }
        for (const CallTreeEntry &e : c.callTree) {
            const CallTreeEntry *old = e.id > 0 ? byId(before.callTree, e.id) : nullptr;
            const QVariantList values { e.position,
                                        text(e.task),
                                        optionalId(e.callerPersonId),
                                        optionalId(e.calleeProviderId),
                                        optionalId(e.calleePersonId),
                                        text(e.channel),
                                        text(e.contact) };
            if (old) {
                if (*old == e)
                    continue;
                QVariantList withId = values;
                withId.append(e.id);
                if (auto u
                    = tx.exec(u"UPDATE ddos_call SET position = ?, task = ?, caller_person_id = ?, "
                              u"callee_provider_id = ?, callee_person_id = ?, channel = ?, contact = ? "
                              u"WHERE id = ?"_s,
                              withId);
                    !u)
                    return Error { u.error() };
                if (callJson(*old) != callJson(e))
                    tx.record(areaDdos, u"call"_s, QString::number(e.id), u"changed"_s, callJson(*old),
                              callJson(e));
                continue;
            }
            auto i = tx.exec(u"INSERT INTO ddos_call(position, task, caller_person_id, callee_provider_id, "
                             u"callee_person_id, channel, contact) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                             values);
            if (!i)
                return Error { i.error() };
            tx.record(areaDdos, u"call"_s, QString::number(i->lastInsertId().toLongLong()), u"created"_s, {},
                      callJson(e));
        }

        // A reordering changes no entry's audited fields: it is recorded on its own.
        if (const auto [oldOrder, newOrder] = keptOrder(before.callTree, c.callTree); oldOrder != newOrder)
            tx.record(areaDdos, u"plan"_s, planId, u"call_order"_s, oldOrder, newOrder);

        // The steps prepared: the owner's own come and go; the standard ones only change.
        for (const DdosStep &old : before.steps) {
            if (byId(c.steps, old.id))
                continue;
            if (!old.builtIn.isEmpty())
                return Error { tr("“%1” is one of the standard steps and cannot be removed. Leave it "
                                  "unticked, with a note why.")
                                   .arg(old.displayTitle()) };
            if (auto d = tx.exec(u"DELETE FROM ddos_step WHERE id = ?"_s, { old.id }); !d)
                return Error { d.error() };
            tx.record(areaDdos, u"step"_s, QString::number(old.id), u"removed"_s, stepJson(old), {});
        }
        for (const DdosStep &s : c.steps) {
            const DdosStep *old = s.id > 0 ? byId(before.steps, s.id) : nullptr;
            const QVariantList values { s.position, text(s.title), s.prepared ? 1 : 0,
                                        optionalDate(s.preparedOn), text(s.notes) };
            if (old) {
                if (*old == s)
                    continue;
                QVariantList withId = values;
                withId.append(s.id);
                if (auto u
                    = tx.exec(u"UPDATE ddos_step SET position = ?, title = ?, prepared = ?, prepared_on = ?, "
                              u"notes = ? WHERE id = ?"_s,
                              withId);
                    !u)
                    return Error { u.error() };
                if (stepJson(*old) != stepJson(s))
                    tx.record(areaDdos, u"step"_s, QString::number(s.id), u"changed"_s, stepJson(*old),
                              stepJson(s));
                continue;
            }
            auto i
                = tx.exec(u"INSERT INTO ddos_step(position, built_in, title, prepared, prepared_on, notes) "
                          u"VALUES (?, '', ?, ?, ?, ?)"_s,
                          values);
            if (!i)
                return Error { i.error() };
            tx.record(areaDdos, u"step"_s, QString::number(i->lastInsertId().toLongLong()), u"created"_s, {},
                      stepJson(s));
        }
        if (const auto [oldOrder, newOrder] = keptOrder(before.steps, c.steps); oldOrder != newOrder)
            tx.record(areaDdos, u"plan"_s, planId, u"step_order"_s, oldOrder, newOrder);
        return Status::success();
    });
}
