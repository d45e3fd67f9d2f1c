// Plan's recovery items: what the shop must have at hand on a bad day, and each verification of
// them kept as history with its evidence. Small tables, read again with the rest of the plan after
// every edit.
#include "Plan.h"
#include "PlanTransaction.h"
#include "common/IsoTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString areaContingency = u"contingency"_s;

// Text for a NOT NULL column: a null QString would bind as NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// Every field of an item as the audit trail shows it, by field name.
QList<std::pair<QString, QString>> auditFields(const RecoveryItem &item)
{
    return {
        { u"kind"_s, RecoveryKinds::key(item.kind) },
        { u"title"_s, item.title },
        { u"holder_person"_s, item.holderPersonId > 0 ? QString::number(item.holderPersonId) : QString() },
        { u"holder_provider"_s,
          item.holderProviderId > 0 ? QString::number(item.holderProviderId) : QString() },
        { u"location"_s, item.location },
        { u"how_to_reach"_s, item.howToReach },
        { u"notes"_s, item.notes },
        // The keychain reference only, never the secret.
        { u"secret_ref"_s, item.secretRef },
        { u"secret_user"_s, item.secretUser },
    };
}

QString itemJson(const RecoveryItem &item)
{
    QJsonObject object;
    if (!item.builtIn.isEmpty())
        object.insert(u"built_in"_s, item.builtIn);
    for (const auto &[field, value] : auditFields(item)) {
        if (!value.isEmpty())
            object.insert(field, value);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

RecoveryItem cleaned(const RecoveryItem &item)
{
    RecoveryItem c = item;
    c.title = item.title.trimmed();
    c.location = item.location.trimmed();
    c.howToReach = item.howToReach.trimmed();
    c.notes = item.notes.trimmed();
    c.secretUser = item.secretUser.trimmed();
    return c;
}

QString checksJson(const QList<VerificationCheck> &checks)
{
    QJsonArray array;
    for (const VerificationCheck &c : checks)
        array.append(QJsonObject {
            { u"code"_s, c.code }, { u"outcome"_s, CheckOutcomes::key(c.outcome) }, { u"text"_s, c.text } });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<VerificationCheck> checksFromJson(const QString &json)
{
    QList<VerificationCheck> checks;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        checks.append({ o.value(u"code").toString(), CheckOutcomes::fromKey(o.value(u"outcome").toString()),
                        o.value(u"text").toString() });
    }
    return checks;
}

// Reads a verification from columns at, by_whom, by_hand, checks, facts starting at `first`.
Verification verificationFrom(const QSqlQuery &query, int first)
{
    Verification v;
    v.at = QDateTime::fromString(query.value(first).toString(), Qt::ISODate).toUTC();
    v.by = query.value(first + 1).toString();
    v.byHand = query.value(first + 2).toBool();
    v.checks = checksFromJson(query.value(first + 3).toString());
    v.facts = QJsonDocument::fromJson(query.value(first + 4).toString().toUtf8()).object();
    return v;
}

} // namespace

Status Plan::loadContingency()
{
    QSqlQuery query(database());
    QList<RecoveryItem> items;
    if (!query.exec(
            u"SELECT id, kind, built_in, title, holder_person_id, holder_provider_id, location, "
            u"how_to_reach, notes, secret_ref, secret_user FROM recovery_item ORDER BY position, id"_s))
        return Error { tr("The recovery items could not be read: %1").arg(query.lastError().text()) };
    while (query.next()) {
        RecoveryItem item;
        item.id = query.value(0).toLongLong();
        item.kind = RecoveryKinds::fromKey(query.value(1).toString());
        item.builtIn = query.value(2).toString();
        item.title = query.value(3).toString();
        item.holderPersonId = query.value(4).toLongLong();
        item.holderProviderId = query.value(5).toLongLong();
        item.location = query.value(6).toString();
        item.howToReach = query.value(7).toString();
        item.notes = query.value(8).toString();
        item.secretRef = query.value(9).toString();
        item.secretUser = query.value(10).toString();
        items.append(std::move(item));
    }
    // The newest verification of each item.
    if (!query.exec(u"SELECT v.item_id, v.at, v.by_whom, v.by_hand, v.checks, v.facts "
                    u"FROM recovery_verification v WHERE v.id = (SELECT w.id FROM recovery_verification w "
                    u"WHERE w.item_id = v.item_id ORDER BY w.at DESC, w.id DESC LIMIT 1)"_s))
        return Error { tr("The recovery items could not be read: %1").arg(query.lastError().text()) };
    while (query.next()) {
        const qint64 itemId = query.value(0).toLongLong();
        for (RecoveryItem &item : items) {
            if (item.id == itemId)
                item.lastVerification = verificationFrom(query, 1);
        }
    }
    m_recoveryItems = std::move(items);
    loadContingencySettings();
    if (Status status = loadDdosPlan(); !status)
        return status;
    return loadAcceptances();
}

std::optional<RecoveryItem> Plan::recoveryItem(qint64 id) const
{
    for (const RecoveryItem &item : m_recoveryItems) {
        if (item.id == id)
            return item;
    }
    return std::nullopt;
}

Status Plan::checkRecoveryItem(const RecoveryItem &item) const
{
    if (const QString problem = item.check(); !problem.isEmpty())
        return Error { problem };
    if (item.holderPersonId != 0 && !person(item.holderPersonId))
        return Error { tr("That team member is no longer in the plan.") };
    if (item.holderProviderId != 0 && !provider(item.holderProviderId))
        return Error { tr("That provider is no longer in the plan.") };
    return Status::success();
}

Result<qint64> Plan::addRecoveryItem(const RecoveryItem &item)
{
    if (Status status = checkRecoveryItem(item); !status)
        return Error { status.error() };
    RecoveryItem c = cleaned(item);
    c.builtIn.clear(); // the seed list comes only with a new plan
    if (c.id != 0 && recoveryItem(c.id))
        c.id = 0;
    qint64 newId = 0;
    Status status = edit([&](PlanTransaction &tx) -> Status {
        auto q = tx.exec(u"INSERT INTO recovery_item(id, position, kind, built_in, title, holder_person_id, "
                         u"holder_provider_id, location, how_to_reach, notes, secret_ref, secret_user) "
                         u"VALUES (?, (SELECT coalesce(max(position), -1) + 1 FROM recovery_item), ?, '', ?, "
                         u"?, ?, ?, ?, ?, ?, ?)"_s,
                         { optionalId(c.id), RecoveryKinds::key(c.kind), text(c.title),
                           optionalId(c.holderPersonId), optionalId(c.holderProviderId), text(c.location),
                           text(c.howToReach), text(c.notes), text(c.secretRef), text(c.secretUser) });
        if (!q)
            return Error { q.error() };
        newId = q->lastInsertId().toLongLong();
        tx.record(areaContingency, u"recovery_item"_s, QString::number(newId), u"created"_s, {}, itemJson(c));
        return Status::success();
    });
    if (!status)
        return Error { status.error() };
    return newId;
}

Status Plan::updateRecoveryItem(const RecoveryItem &updated)
{
    const std::optional<RecoveryItem> before = recoveryItem(updated.id);
    if (!before)
        return Error { tr("That recovery item is no longer in the plan.") };
    if (Status status = checkRecoveryItem(updated); !status)
        return status;
    RecoveryItem c = cleaned(updated);
    c.builtIn = before->builtIn;
    if (!c.builtIn.isEmpty())
        c.kind = before->kind; // a built-in item keeps what it is
    c.lastVerification = before->lastVerification;
    if (c == *before)
        return Status::success();
    return edit([&](PlanTransaction &tx) -> Status {
        auto q
            = tx.exec(u"UPDATE recovery_item SET kind = ?, title = ?, holder_person_id = ?, "
                      u"holder_provider_id = ?, location = ?, how_to_reach = ?, notes = ?, secret_ref = ?, "
                      u"secret_user = ? WHERE id = ?"_s,
                      { RecoveryKinds::key(c.kind), text(c.title), optionalId(c.holderPersonId),
                        optionalId(c.holderProviderId), text(c.location), text(c.howToReach), text(c.notes),
                        text(c.secretRef), c.secretUser, c.id });
        if (!q)
            return Error { q.error() };
        const auto oldFields = auditFields(*before);
        const auto newFields = auditFields(c);
        for (qsizetype i = 0; i < oldFields.size(); ++i) {
            if (oldFields.at(i).second != newFields.at(i).second)
                tx.record(areaContingency, u"recovery_item"_s, QString::number(c.id), oldFields.at(i).first,
                          oldFields.at(i).second, newFields.at(i).second);
        }
        return Status::success();
    });
}

Status Plan::removeRecoveryItem(qint64 id)
{
    const std::optional<RecoveryItem> before = recoveryItem(id);
    if (!before)
        return Error { tr("That recovery item is no longer in the plan.") };
    if (!before->builtIn.isEmpty())
        return Error { tr("“%1” is on every plan's list and cannot be removed. Clear its fields, or note "
                          "in it why the shop does without.")
                           .arg(before->displayTitle()) };
    return edit([&](PlanTransaction &tx) -> Status {
        if (auto q = tx.exec(u"DELETE FROM recovery_item WHERE id = ?"_s, { id }); !q)
            return Error { q.error() };
        tx.record(areaContingency, u"recovery_item"_s, QString::number(id), u"removed"_s, itemJson(*before),
                  {});
        return Status::success();
    });
}

Result<qint64> Plan::recordVerification(qint64 itemId, const Verification &verification)
{
    const std::optional<RecoveryItem> item = recoveryItem(itemId);
    if (!item)
        return Error { tr("That recovery item is no longer in the plan.") };
    if (!verification.at.isValid())
        return Error { tr("A verification needs the time it was made.") };
    Verification v = verification;
    if (v.by.trimmed().isEmpty())
        v.by = actorName();
    qint64 newId = 0;
    Status status = edit([&](PlanTransaction &tx) -> Status {
        auto q = tx.exec(
            u"INSERT INTO recovery_verification(item_id, at, by_whom, by_hand, outcome, checks, facts) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            { itemId, IsoTime::text(v.at), v.by, v.byHand ? 1 : 0, CheckOutcomes::key(v.outcome()),
              checksJson(v.checks),
              QString::fromUtf8(QJsonDocument(v.facts).toJson(QJsonDocument::Compact)) });
        if (!q)
            return Error { q.error() };
        newId = q->lastInsertId().toLongLong();
        // The audit entry says what came out, not every check: the history table keeps those.
        tx.record(areaContingency, u"recovery_item"_s, QString::number(itemId),
                  v.byHand ? u"confirmed"_s : u"verified"_s, {}, CheckOutcomes::key(v.outcome()));
        return Status::success();
    });
    if (!status)
        return Error { status.error() };
    return newId;
}

Result<QList<Verification>> Plan::verificationsOf(qint64 itemId, int limit) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT at, by_whom, by_hand, checks, facts FROM recovery_verification WHERE item_id = ? "
                  u"ORDER BY at DESC, id DESC LIMIT ?"_s);
    query.addBindValue(itemId);
    query.addBindValue(limit);
    if (!query.exec())
        return Error { tr("The verifications could not be read: %1").arg(query.lastError().text()) };
    QList<Verification> list;
    while (query.next())
        list.append(verificationFrom(query, 0));
    return list;
}

Status Plan::noteSecretChanged(qint64 itemId)
{
    const std::optional<RecoveryItem> item = recoveryItem(itemId);
    if (!item)
        return Error { tr("That recovery item is no longer in the plan.") };
    return edit([&](PlanTransaction &tx) -> Status {
        // Only that it changed, never what it is.
        tx.record(areaContingency, u"recovery_item"_s, QString::number(itemId), u"secret_changed"_s, {},
                  u"keychain"_s);
        return Status::success();
    });
}
