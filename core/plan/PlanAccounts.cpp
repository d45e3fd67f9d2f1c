// Plan's accounts: loaded once when the plan opens, kept apart from the plan's other reloads, and
// changed by imports in one transaction each.
#include "Plan.h"
#include "PlanTransaction.h"
#include "accounts/AccountSync.h"
#include "accounts/importers/ImportValues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString areaAccounts = u"accounts"_s;

QVariant optionalTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

// Stored as ISO 8601 UTC; read with the importers' parser, which is many times faster than
// QDateTime::fromString over 100,000 accounts.
QDateTime storedTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return ImportValues::dateTime(value.toString()).value_or(QDateTime());
}

QString fieldValue(const Account &a, AccountField field)
{
    switch (field) {
    case AccountField::UserName:
        return a.userName;
    case AccountField::DisplayName:
        return a.displayName;
    case AccountField::Email:
        return a.email;
    case AccountField::Role:
        return a.platformRole.isEmpty() ? AccountRoles::key(a.role)
                                        : AccountRoles::key(a.role) % u" ("_s % a.platformRole % u')';
    case AccountField::Mfa:
        return YesNoUnknowns::key(a.mfa);
    case AccountField::LastLogin:
        return timeText(a.lastLogin);
    case AccountField::LastPasswordChange:
        return timeText(a.lastPasswordChange);
    case AccountField::Created:
        return timeText(a.created);
    case AccountField::Status:
        break;
    }
    return AccountStatuses::key(a.status);
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The account as the audit trail shows a new one: every field it has.
QString accountJson(const Account &a)
{
    QJsonObject object;
    for (AccountField field : AccountFieldKeys::all()) {
        const QString value = fieldValue(a, field);
        if (!value.isEmpty())
            object.insert(AccountFieldKeys::key(field), value);
    }
    return json(object);
}

// The fields of `a` named in `fields`, with the user name so the entry reads on its own.
QString fieldsJson(const Account &a, AccountFields fields)
{
    QJsonObject object { { AccountFieldKeys::key(AccountField::UserName), a.userName } };
    for (AccountField field : AccountFieldKeys::all()) {
        if (fields.testFlag(field))
            object.insert(AccountFieldKeys::key(field), fieldValue(a, field));
    }
    return json(object);
}

// The columns are NOT NULL: an empty value is stored as empty text.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

void bindAccount(QSqlQuery &q, const Account &a)
{
    q.bindValue(0, a.systemId);
    q.bindValue(1, a.userKey());
    q.bindValue(2, a.userName);
    q.bindValue(3, text(a.displayName));
    q.bindValue(4, text(a.email));
    q.bindValue(5, AccountRoles::key(a.role));
    q.bindValue(6, text(a.platformRole));
    q.bindValue(7, text(DataKinds::keys(a.reach)));
    q.bindValue(8, YesNoUnknowns::key(a.mfa));
    q.bindValue(9, optionalTime(a.lastLogin));
    q.bindValue(10, optionalTime(a.lastPasswordChange));
    q.bindValue(11, optionalTime(a.created));
    q.bindValue(12, a.shared ? 1 : 0);
    q.bindValue(13, a.serviceAccount ? 1 : 0);
    q.bindValue(14, AccountStatuses::key(a.status));
    q.bindValue(15, text(a.sourceFile));
    q.bindValue(16, optionalTime(a.importedAt));
}

constexpr auto accountColumns = "system_id, user_key, user_name, display_name, email, role, platform_role, "
                                "reach, mfa, last_login, last_password_change, created, shared, service, "
                                "status, source_file, imported_at";

} // namespace

Status Plan::loadAccounts()
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, %1 FROM account ORDER BY id"_s.arg(QLatin1String(accountColumns))))
        return Error { tr("The accounts could not be read: %1").arg(query.lastError().text()) };
    QList<Account> accounts;
    while (query.next()) {
        Account a;
        a.id = query.value(0).toLongLong();
        a.systemId = query.value(1).toLongLong();
        a.userName = query.value(3).toString();
        a.displayName = query.value(4).toString();
        a.email = query.value(5).toString();
        a.role = AccountRoles::fromKey(query.value(6).toString());
        a.platformRole = query.value(7).toString();
        a.reach = DataKinds::fromKeys(query.value(8).toString());
        a.mfa = YesNoUnknowns::fromKey(query.value(9).toString());
        a.lastLogin = storedTime(query.value(10));
        a.lastPasswordChange = storedTime(query.value(11));
        a.created = storedTime(query.value(12));
        a.shared = query.value(13).toInt() != 0;
        a.serviceAccount = query.value(14).toInt() != 0;
        a.status = AccountStatuses::fromKey(query.value(15).toString());
        a.sourceFile = query.value(16).toString();
        a.importedAt = storedTime(query.value(17));
        accounts.append(std::move(a));
    }
    m_accounts = std::move(accounts);
    indexAccounts();
    if (!query.exec(u"SELECT account_id, person_id FROM account_person ORDER BY account_id, person_id"_s))
        return Error { tr("The accounts could not be read: %1").arg(query.lastError().text()) };
    while (query.next()) {
        const auto at = m_accountIndex.constFind(query.value(0).toLongLong());
        if (at != m_accountIndex.constEnd())
            m_accounts[at.value()].personIds.append(query.value(1).toLongLong());
    }
    return Status::success();
}

void Plan::indexAccounts()
{
    m_accountIndex.clear();
    m_accountIndex.reserve(m_accounts.size());
    for (qsizetype i = 0; i < m_accounts.size(); ++i)
        m_accountIndex.insert(m_accounts.at(i).id, i);
}

std::optional<Account> Plan::account(qint64 id) const
{
    const auto at = m_accountIndex.constFind(id);
    if (at == m_accountIndex.constEnd())
        return std::nullopt;
    return m_accounts.at(at.value());
}

QList<Account> Plan::accountsOf(qint64 systemId) const
{
    QList<Account> out;
    for (const Account &a : m_accounts) {
        if (a.systemId == systemId)
            out.append(a);
    }
    return out;
}

Status Plan::checkSyncIsCurrent(qint64 systemId, const AccountSync &sync) const
{
    const Error stale { tr("The accounts changed since this import was compared with them. Compare the "
                           "file again before applying it.") };
    auto matches = [this, systemId](const Account &onFile) {
        const auto at = m_accountIndex.constFind(onFile.id);
        return at != m_accountIndex.constEnd() && onFile.systemId == systemId
            && m_accounts.at(at.value()) == onFile;
    };
    for (const AccountSync::Change &change : sync.changed) {
        if (!matches(change.before) || change.after.id != change.before.id
            || change.after.userKey() != change.before.userKey())
            return stale;
    }
    for (const Account &gone : sync.vanished) {
        if (!matches(gone))
            return stale;
    }
    if (!sync.added.isEmpty()) {
        QSet<QString> keys;
        for (const Account &a : m_accounts) {
            if (a.systemId == systemId)
                keys.insert(a.userKey());
        }
        for (const Account &fresh : sync.added) {
            if (keys.contains(fresh.userKey()) || fresh.systemId != systemId)
                return stale;
            keys.insert(fresh.userKey()); // the same user name twice is stale too
        }
    }
    return Status::success();
}

Status Plan::applyImport(qint64 systemId, const AccountSync &sync)
{
    if (!system(systemId))
        return Error { tr("That system is no longer in the plan.") };
    if (sync.systemId != systemId)
        return Error { tr("This import was compared with the accounts of another system.") };
    if (sync.refusedRows > 0 && !sync.skipRefusedRows)
        return Error { tr("%n row(s) of the file could not be read. Correct the file, or choose to skip "
                          "those rows, before the import is applied.",
                          nullptr, int(sync.refusedRows)) };
    if (sync.isEmpty())
        return Status::success();
    if (Status status = checkSyncIsCurrent(systemId, sync); !status)
        return status;

    QList<qint64> newIds;
    newIds.reserve(sync.added.size());
    Status status = edit([&](PlanTransaction &tx) -> Status {
        tx.reserveEntries(sync.added.size() + sync.changed.size() + sync.vanished.size());
        auto insert
            = tx.prepare(u"INSERT INTO account(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                         u"?, ?)"_s.arg(QLatin1String(accountColumns)));
        if (!insert)
            return Error { insert.error() };
        for (const Account &a : sync.added) {
            bindAccount(insert.value(), a);
            if (!insert->exec())
                return Error { insert->lastError().text() };
            const qint64 id = insert->lastInsertId().toLongLong();
            newIds.append(id);
            tx.record(areaAccounts, u"account"_s, QString::number(id), u"imported"_s, {}, accountJson(a));
        }

        auto update
            = tx.prepare(u"UPDATE account SET (%1) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                         u"?) WHERE id = ?"_s.arg(QLatin1String(accountColumns)));
        if (!update)
            return Error { update.error() };
        for (const AccountSync::Change &change : sync.changed) {
            bindAccount(update.value(), change.after);
            update->bindValue(17, change.after.id);
            if (!update->exec())
                return Error { update->lastError().text() };
            tx.record(areaAccounts, u"account"_s, QString::number(change.after.id), u"changed"_s,
                      fieldsJson(change.before, change.fields), fieldsJson(change.after, change.fields));
        }

        auto remove = tx.prepare(u"UPDATE account SET status = 'removed', source_file = ?, imported_at = ? "
                                 u"WHERE id = ?"_s);
        if (!remove)
            return Error { remove.error() };
        for (const Account &gone : sync.vanished) {
            remove->bindValue(0, text(sync.sourceFile));
            remove->bindValue(1, optionalTime(sync.importedAt));
            remove->bindValue(2, gone.id);
            if (!remove->exec())
                return Error { remove->lastError().text() };
            tx.record(areaAccounts, u"account"_s, QString::number(gone.id), u"removed"_s,
                      fieldsJson(gone, AccountField::Status), u"{\"status\":\"removed\"}"_s);
        }
        return Status::success();
    });
    if (!status)
        return status;

    // The transaction is committed: bring the accounts in memory along without reading them back.
    m_accounts.reserve(m_accounts.size() + sync.added.size());
    for (qsizetype i = 0; i < sync.added.size(); ++i) {
        m_accounts.append(sync.added.at(i));
        m_accounts.last().id = newIds.at(i);
        m_accountIndex.insert(newIds.at(i), m_accounts.size() - 1);
    }
    for (const AccountSync::Change &change : sync.changed)
        m_accounts[m_accountIndex.value(change.after.id)] = change.after;
    for (const Account &gone : sync.vanished) {
        Account &a = m_accounts[m_accountIndex.value(gone.id)];
        a.status = AccountStatus::Removed;
        a.sourceFile = sync.sourceFile;
        a.importedAt = sync.importedAt;
    }
    emit accountsChanged();
    return status;
}
