#include "Plan.h"

#include "PlanTransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString areaPlan = u"plan"_s;
const QString areaShop = u"shop"_s;
const QString areaTeam = u"team"_s;

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// The columns are NOT NULL: an empty field is stored as empty text.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString personJson(const Person &p)
{
    const QJsonObject object { { u"name"_s, p.name },
                               { u"role"_s, p.role },
                               { u"email"_s, p.email },
                               { u"phone"_s, p.phone },
                               { u"kind"_s, Person::kindKey(p.kind) },
                               { u"status"_s, Person::statusKey(p.status) },
                               { u"left_on"_s, p.leftOn.toString(Qt::ISODate) } };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Status insertShop(PlanTransaction &tx, const ShopProfile &profile)
{
    if (auto q = tx.exec(u"INSERT INTO shop(id, name, platform) VALUES (1, ?, ?)"_s,
                         { profile.name.trimmed(), ShopPlatforms::key(profile.platform) });
        !q)
        return Error { q.error() };
    for (qsizetype i = 0; i < profile.siteUrls.size(); ++i) {
        if (auto q
            = tx.exec(u"INSERT INTO shop_url(position, url) VALUES (?, ?)"_s, { i, profile.siteUrls.at(i) });
            !q)
            return Error { q.error() };
    }
    tx.record(areaPlan, u"plan"_s, {}, u"created"_s, {}, profile.name.trimmed());
    return Status::success();
}

} // namespace

Plan::Plan(std::unique_ptr<PlanFile> file)
    : m_file(std::move(file))
{ }

Plan::~Plan() = default;

Result<std::unique_ptr<Plan>> Plan::create(const QString &path, const ShopProfile &profile,
                                           const PlanFile::Options &options)
{
    if (const QString problem = ShopProfile::checkName(profile.name); !problem.isEmpty())
        return Error { problem };
    ShopProfile cleaned = profile;
    cleaned.siteUrls.clear();
    for (const QString &url : profile.siteUrls) {
        if (const QString problem = ShopProfile::checkSiteUrl(url); !problem.isEmpty())
            return Error { problem };
        cleaned.siteUrls.append(ShopProfile::normalisedSiteUrl(url));
    }
    auto seed = [&cleaned](QSqlDatabase &db) {
        // PlanFile::create holds the transaction; the seed only adds to it.
        PlanTransaction tx(db, { Actor::currentOsUser(), {} });
        if (Status status = insertShop(tx, cleaned); !status)
            return status;
        return tx.writeAuditEntries();
    };
    auto file = PlanFile::create(path, seed, options);
    if (!file)
        return Error { file.error() };
    std::unique_ptr<Plan> plan(new Plan(std::move(file.value())));
    if (Status status = plan->load(); !status)
        return Error { status.error() };
    if (Status status = plan->loadAccounts(); !status)
        return Error { status.error() };
    plan->m_auditOnOpen = plan->verifyAudit();
    return plan;
}

Result<std::unique_ptr<Plan>> Plan::open(const QString &path, const PlanFile::Options &options)
{
    auto file = PlanFile::open(path, options);
    if (!file)
        return Error { file.error() };
    std::unique_ptr<Plan> plan(new Plan(std::move(file.value())));
    if (Status status = plan->load(); !status)
        return Error { status.error() };
    if (Status status = plan->loadAccounts(); !status)
        return Error { status.error() };
    plan->m_auditOnOpen = plan->verifyAudit();
    return plan;
}

Status Plan::load()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!query.exec(u"SELECT name, platform, owner_person_id, me_person_id FROM shop WHERE id = 1"_s)
        || !query.next())
        return Error { tr("The plan has no shop profile; the file is damaged.") };
    ShopProfile shop;
    shop.name = query.value(0).toString();
    shop.platform = ShopPlatforms::fromKey(query.value(1).toString());
    shop.ownerPersonId = query.value(2).toLongLong();
    shop.mePersonId = query.value(3).toLongLong();
    if (!query.exec(u"SELECT url FROM shop_url ORDER BY position"_s))
        return Error { query.lastError().text() };
    while (query.next())
        shop.siteUrls.append(query.value(0).toString());

    QList<Person> people;
    if (!query.exec(u"SELECT id, name, role, email, phone, kind, status, left_on FROM person ORDER BY id"_s))
        return Error { query.lastError().text() };
    while (query.next()) {
        Person p;
        p.id = query.value(0).toLongLong();
        p.name = query.value(1).toString();
        p.role = query.value(2).toString();
        p.email = query.value(3).toString();
        p.phone = query.value(4).toString();
        p.kind = Person::kindFromKey(query.value(5).toString());
        p.status = Person::statusFromKey(query.value(6).toString());
        p.leftOn = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        people.append(p);
    }
    m_shop = shop;
    m_people = people;
    if (Status status = loadProviders(); !status)
        return status;
    if (Status status = loadSystems(); !status)
        return status;
    if (Status status = loadAccountReview(); !status)
        return status;
    if (Status status = loadContingency(); !status)
        return status;
    return loadAnswers();
}

AuditTrail::Verification Plan::verifyAudit() const
{
    return AuditTrail::verify(database());
}

Result<QList<AuditEntry>> Plan::auditEntries(const AuditFilter &filter) const
{
    return AuditTrail::entries(database(), filter);
}

Actor Plan::actor() const
{
    return { Actor::currentOsUser(), personName(m_shop.mePersonId) };
}

QString Plan::personName(qint64 id) const
{
    for (const Person &p : m_people) {
        if (p.id == id)
            return p.name;
    }
    return {};
}

std::optional<Person> Plan::person(qint64 id) const
{
    for (const Person &p : m_people) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

Status Plan::edit(const std::function<Status(PlanTransaction &)> &body)
{
    if (isReadOnly())
        return Error {
            tr("This plan is open read-only, so it cannot be changed here. %1").arg(readOnlyReason())
        };
    return transact(body, [this] { return reloadAfterEdit(); });
}

Status Plan::transact(const std::function<Status(PlanTransaction &)> &body,
                      const std::function<Status()> &then)
{
    // One change at a time: a window that keeps itself responsive during a long edit (an import's
    // progress) could otherwise start another inside the open transaction, where it would be lost
    // with it if that edit were cancelled.
    if (m_editing)
        return Error { tr("Another change is still being written to the plan (an import, for example). "
                          "Try again when it has finished.") };
    m_editing = true;
    const auto done = qScopeGuard([this] { m_editing = false; });
    PlanTransaction tx(database(), actor());
    if (Status status = tx.begin(); !status)
        return Error { tr("The plan could not be changed: %1").arg(status.error()) };
    if (Status status = body(tx); !status)
        return status;
    if (Status status = tx.commit(); !status)
        return Error { tr("The change could not be written to the plan: %1").arg(status.error()) };
    return then ? then() : Status::success();
}

Status Plan::reloadAfterEdit()
{
    const ShopProfile shopBefore = m_shop;
    const QList<Person> peopleBefore = m_people;
    const QList<Provider> providersBefore = m_providers;
    const QList<Answer> answersBefore = m_answers;
    const QList<System> systemsBefore = m_systems;
    const int maxAgeBefore = m_answerMaxAgeMonths;
    const AccountRules rulesBefore = m_accountRules;
    const QDate accessReviewBefore = m_accessReviewedOn;
    const QHash<qint64, PersonAccess> accessBefore = m_personAccess;
    const QList<ConfirmationLetter> lettersBefore = m_letters;
    const QList<AccountConfirmation> confirmationsBefore = m_confirmations;
    const QList<LeaverStep> stepsBefore = m_leaverSteps;
    const QList<RecoveryItem> itemsBefore = m_recoveryItems;
    const int backupMaxAgeBefore = m_backupMaxAgeHours;
    const int recheckDaysBefore = m_recheckDays;
    const DdosPlan ddosBefore = m_ddosPlan;
    const QList<FindingAcceptance> acceptancesBefore = m_acceptances;
    if (Status status = load(); !status)
        return status;
    if (shopBefore.siteUrls != m_shop.siteUrls)
        m_latestProbes.reset(); // they are the newest probes of the shop's sites
    if (shopBefore.name != m_shop.name || shopBefore.siteUrls != m_shop.siteUrls
        || shopBefore.platform != m_shop.platform || shopBefore.ownerPersonId != m_shop.ownerPersonId
        || shopBefore.mePersonId != m_shop.mePersonId)
        emit shopChanged();
    if (peopleBefore != m_people)
        emit peopleChanged();
    if (providersBefore != m_providers)
        emit providersChanged();
    if (answersBefore != m_answers || maxAgeBefore != m_answerMaxAgeMonths)
        emit answersChanged();
    if (systemsBefore != m_systems)
        emit systemsChanged();
    if (rulesBefore != m_accountRules || accessReviewBefore != m_accessReviewedOn
        || accessBefore != m_personAccess || lettersBefore != m_letters
        || confirmationsBefore != m_confirmations || stepsBefore != m_leaverSteps)
        emit accountReviewChanged();
    if (itemsBefore != m_recoveryItems || backupMaxAgeBefore != m_backupMaxAgeHours
        || recheckDaysBefore != m_recheckDays)
        emit recoveryItemsChanged();
    if (ddosBefore != m_ddosPlan)
        emit ddosPlanChanged();
    if (acceptancesBefore != m_acceptances)
        emit acceptancesChanged();
    emit historyChanged();
    return Status::success();
}

Status Plan::setShopName(const QString &name)
{
    if (const QString problem = ShopProfile::checkName(name); !problem.isEmpty())
        return Error { problem };
    const QString cleaned = name.trimmed();
    if (cleaned == m_shop.name)
        return Status::success();
    return edit([&](PlanTransaction &tx) -> Status {
        if (auto q = tx.exec(u"UPDATE shop SET name = ? WHERE id = 1"_s, { cleaned }); !q)
            return Error { q.error() };
        tx.record(areaShop, u"shop"_s, u"1"_s, u"name"_s, m_shop.name, cleaned);
        return Status::success();
    });
}

Status Plan::setPlatform(ShopPlatform platform)
{
    if (platform == m_shop.platform)
        return Status::success();
    const QString key = ShopPlatforms::key(platform);
    return edit([&](PlanTransaction &tx) -> Status {
        if (auto q = tx.exec(u"UPDATE shop SET platform = ? WHERE id = 1"_s, { key }); !q)
            return Error { q.error() };
        tx.record(areaShop, u"shop"_s, u"1"_s, u"platform"_s, ShopPlatforms::key(m_shop.platform), key);
        return Status::success();
    });
}

Status Plan::setSiteUrls(const QStringList &urls)
{
    QStringList cleaned;
    for (const QString &url : urls) {
        if (url.trimmed().isEmpty())
            continue;
        if (const QString problem = ShopProfile::checkSiteUrl(url); !problem.isEmpty())
            return Error { problem };
        const QString normalised = ShopProfile::normalisedSiteUrl(url);
        if (!cleaned.contains(normalised))
            cleaned.append(normalised);
    }
    if (cleaned == m_shop.siteUrls)
        return Status::success();
    return edit([&](PlanTransaction &tx) -> Status {
        if (auto q = tx.exec(u"DELETE FROM shop_url"_s); !q)
            return Error { q.error() };
        for (qsizetype i = 0; i < cleaned.size(); ++i) {
            if (auto q
                = tx.exec(u"INSERT INTO shop_url(position, url) VALUES (?, ?)"_s, { i, cleaned.at(i) });
                !q)
                return Error { q.error() };
        }
        tx.record(areaShop, u"shop"_s, u"1"_s, u"site_urls"_s, m_shop.siteUrls.join(u'\n'),
                  cleaned.join(u'\n'));
        return Status::success();
    });
}

Status Plan::setOwner(qint64 personId)
{
    return linkShopTo(u"owner_person_id"_s, u"owner"_s, m_shop.ownerPersonId, personId);
}

Status Plan::setMe(qint64 personId)
{
    return linkShopTo(u"me_person_id"_s, u"me"_s, m_shop.mePersonId, personId);
}

Status Plan::linkShopTo(const QString &column, const QString &field, qint64 current, qint64 personId)
{
    if (personId == current)
        return Status::success();
    if (personId != 0 && !person(personId))
        return Error { tr("That person is not on the team.") };
    return edit([&](PlanTransaction &tx) -> Status {
        if (auto q = tx.exec(u"UPDATE shop SET %1 = ? WHERE id = 1"_s.arg(column), { nullableId(personId) });
            !q)
            return Error { q.error() };
        tx.record(areaShop, u"shop"_s, u"1"_s, field, personName(current), personName(personId));
        return Status::success();
    });
}

Result<qint64> Plan::addPerson(const Person &person)
{
    if (const QString problem = person.check(); !problem.isEmpty())
        return Error { problem };
    Person cleaned = person;
    cleaned.name = person.name.trimmed();
    cleaned.email = person.email.trimmed();
    if (cleaned.status == Person::Status::Active)
        cleaned.leftOn = {};
    if (cleaned.id != 0 && this->person(cleaned.id))
        cleaned.id = 0;
    qint64 newId = 0;
    Status status = edit([&](PlanTransaction &tx) -> Status {
        auto q
            = tx.exec(u"INSERT INTO person(id, name, role, email, phone, kind, status, left_on) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                      { nullableId(cleaned.id), cleaned.name, text(cleaned.role), text(cleaned.email),
                        text(cleaned.phone), Person::kindKey(cleaned.kind), Person::statusKey(cleaned.status),
                        cleaned.leftOn.isValid() ? QVariant(cleaned.leftOn.toString(Qt::ISODate))
                                                 : QVariant(QMetaType::fromType<QString>()) });
        if (!q)
            return Error { q.error() };
        newId = q->lastInsertId().toLongLong();
        tx.record(areaTeam, u"person"_s, QString::number(newId), u"created"_s, {}, personJson(cleaned));
        return Status::success();
    });
    if (!status)
        return Error { status.error() };
    return newId;
}

Status Plan::updatePerson(const Person &updated)
{
    const std::optional<Person> before = person(updated.id);
    if (!before)
        return Error { tr("That person is no longer on the team.") };
    if (const QString problem = updated.check(); !problem.isEmpty())
        return Error { problem };
    Person cleaned = updated;
    cleaned.name = updated.name.trimmed();
    cleaned.email = updated.email.trimmed();
    if (cleaned.status == Person::Status::Active)
        cleaned.leftOn = {};
    if (cleaned == *before)
        return Status::success();
    return edit([&](PlanTransaction &tx) -> Status {
        auto q = tx.exec(u"UPDATE person SET name = ?, role = ?, email = ?, phone = ?, kind = ?, status = ?, "
                         "left_on = ? WHERE id = ?"_s,
                         { cleaned.name, text(cleaned.role), text(cleaned.email), text(cleaned.phone),
                           Person::kindKey(cleaned.kind), Person::statusKey(cleaned.status),
                           cleaned.leftOn.isValid() ? QVariant(cleaned.leftOn.toString(Qt::ISODate))
                                                    : QVariant(QMetaType::fromType<QString>()),
                           cleaned.id });
        if (!q)
            return Error { q.error() };
        const QString id = QString::number(cleaned.id);
        auto note = [&](const char *field, const QString &oldValue, const QString &newValue) {
            if (oldValue != newValue)
                tx.record(areaTeam, u"person"_s, id, QString::fromLatin1(field), oldValue, newValue);
        };
        note("name", before->name, cleaned.name);
        note("role", before->role, cleaned.role);
        note("email", before->email, cleaned.email);
        note("phone", before->phone, cleaned.phone);
        note("kind", Person::kindKey(before->kind), Person::kindKey(cleaned.kind));
        note("status", Person::statusKey(before->status), Person::statusKey(cleaned.status));
        note("left_on", before->leftOn.toString(Qt::ISODate), cleaned.leftOn.toString(Qt::ISODate));
        return Status::success();
    });
}

Status Plan::removePerson(qint64 id)
{
    const std::optional<Person> before = person(id);
    if (!before)
        return Error { tr("That person is no longer on the team.") };
    Status status = edit([&](PlanTransaction &tx) -> Status {
        if (auto q = tx.exec(u"DELETE FROM person WHERE id = ?"_s, { id }); !q)
            return Error { q.error() };
        tx.record(areaTeam, u"person"_s, QString::number(id), u"removed"_s, personJson(*before), {});
        if (m_shop.ownerPersonId == id)
            tx.record(areaShop, u"shop"_s, u"1"_s, u"owner"_s, before->name, {});
        if (m_shop.mePersonId == id)
            tx.record(areaShop, u"shop"_s, u"1"_s, u"me"_s, before->name, {});
        return Status::success();
    });
    if (!status)
        return status;
    // The accounts' links to the person went with it (ON DELETE CASCADE).
    bool linked = false;
    for (Account &account : m_accounts)
        linked |= account.personIds.removeAll(id) > 0;
    if (linked)
        emit accountsChanged();
    return status;
}

QString Plan::actorName() const
{
    const Actor a = actor();
    return a.member.isEmpty() ? a.osUser : a.member;
}
