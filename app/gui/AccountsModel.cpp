#include "AccountsModel.h"

#include "common/Clock.h"
#include "plan/Plan.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <numeric>

using namespace Qt::StringLiterals;

AccountsModel::AccountsModel(Plan &plan, QObject *parent)
    : QAbstractTableModel(parent)
    , m_plan(plan)
{
    connect(&plan, &Plan::accountsChanged, this, &AccountsModel::refresh);
    connect(&plan, &Plan::peopleChanged, this, &AccountsModel::refresh);
    connect(&plan, &Plan::systemsChanged, this, &AccountsModel::refresh);
    rebuild();
}

void AccountsModel::refresh()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void AccountsModel::rebuild()
{
    m_today = Clock::now().toLocalTime().date();
    m_dayTexts.clear();
    m_nameRanks.clear();
    m_systemNames.clear();
    for (const System &s : m_plan.systems())
        m_systemNames.insert(s.id, s.name);
    m_personNames.clear();
    for (const Person &p : m_plan.people())
        m_personNames.insert(p.id, p.name);

    const QList<Account> &accounts = m_plan.accounts();
    m_rowOfId.clear();
    m_rowOfId.reserve(accounts.size());
    for (auto &texts : m_roleTexts)
        texts.clear();
    for (int row = 0; row < accounts.size(); ++row) {
        const Account &a = accounts.at(row);
        m_rowOfId.insert(a.id, row);
        QHash<QString, QString> &texts = m_roleTexts[int(a.role)];
        if (!texts.contains(a.platformRole)) {
            const QString name = AccountRoles::name(a.role);
            texts.insert(a.platformRole,
                         a.platformRole.isEmpty() || a.platformRole.compare(name, Qt::CaseInsensitive) == 0
                             ? name
                             : tr("%1 (%2)").arg(name, a.platformRole));
        }
    }

    for (int bits = 0; bits < int(m_reachTexts.size()); ++bits) {
        const DataReach reach = DataReach::fromInt(bits);
        QStringList names;
        for (DataKind kind : DataKinds::all()) {
            if (reach.testFlag(kind))
                names.append(DataKinds::name(kind));
        }
        m_reachTexts[bits] = bits == 0         ? tr("Nothing")
            : reach == DataKinds::everything() ? tr("Everything")
                                               : names.join(u", "_s);
    }
    for (YesNoUnknown v : { YesNoUnknown::Unknown, YesNoUnknown::Yes, YesNoUnknown::No })
        m_yesNo[int(v)] = YesNoUnknowns::name(v);
    for (AccountStatus s : AccountStatuses::all())
        m_statusTexts[int(s)] = AccountStatuses::name(s);
    m_byHand = tr("Entered by hand");
    m_removedBrush = QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    m_never = tr("Never");
}

int AccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.accounts().size());
}

int AccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Account &AccountsModel::accountAt(int row) const
{
    return m_plan.accounts().at(row);
}

qint64 AccountsModel::accountId(int row) const
{
    return row >= 0 && row < rowCount() ? accountAt(row).id : 0;
}

int AccountsModel::rowOf(qint64 accountId) const
{
    return m_rowOfId.value(accountId, -1);
}

int AccountsModel::nameRank(int row) const
{
    if (m_nameRanks.size() != m_plan.accounts().size()) {
        // Case-folded once per account, then compared as plain text: far quicker over 100,000
        // accounts than a case-insensitive comparison in every step of a sort.
        const QList<Account> &accounts = m_plan.accounts();
        QList<QString> keys;
        keys.reserve(accounts.size());
        for (const Account &a : accounts)
            keys.append(a.userName.toCaseFolded());
        QList<int> order(accounts.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&keys](int a, int b) { return keys.at(a) < keys.at(b); });
        m_nameRanks.resize(accounts.size());
        for (int i = 0; i < order.size(); ++i)
            m_nameRanks[order.at(i)] = i;
    }
    return m_nameRanks.at(row);
}

QString AccountsModel::peopleText(const Account &account) const
{
    if (account.personIds.isEmpty())
        return {};
    if (account.personIds.size() == 1)
        return m_personNames.value(account.personIds.first());
    // A shared account: several names, joined only for the rows shown.
    QStringList names;
    for (qint64 id : account.personIds)
        names.append(m_personNames.value(id));
    return names.join(u", "_s);
}

QString AccountsModel::roleText(const Account &account) const
{
    return m_roleTexts[int(account.role)].value(account.platformRole);
}

QString AccountsModel::relativeDay(const QDateTime &time, const QDate &today)
{
    if (!time.isValid())
        return {};
    const qint64 days = time.toLocalTime().date().daysTo(today);
    if (days < 0)
        return tr("In the future");
    if (days == 0)
        return tr("Today");
    if (days == 1)
        return tr("Yesterday");
    if (days < 14)
        return tr("%n day(s) ago", nullptr, int(days));
    if (days < 60)
        return tr("%n week(s) ago", nullptr, int(days / 7));
    if (days < 730)
        return tr("%n month(s) ago", nullptr, int(days / 30));
    return tr("%n year(s) ago", nullptr, int(days / 365));
}

QString AccountsModel::timeText(const QDateTime &time) const
{
    if (!time.isValid())
        return {};
    const qint64 days = time.toLocalTime().date().daysTo(m_today);
    auto it = m_dayTexts.constFind(days);
    if (it == m_dayTexts.constEnd())
        it = m_dayTexts.insert(days, relativeDay(time, m_today));
    return it.value();
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount())
        return {};
    const Account &a = accountAt(index.row());
    switch (role) {
    case AccountIdRole:
        return a.id;
    case SystemIdRole:
        return a.systemId;
    case SortRole:
        switch (index.column()) {
        case LastSignIn:
            return a.lastLogin;
        case PasswordChanged:
            return a.lastPasswordChange;
        case Role:
            return AccountRoles::rank(a.role);
        case Reach:
            return int(a.reach.toInt());
        case Mfa:
        case Status:
            return int(index.column() == Mfa ? int(a.mfa) : int(a.status));
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case UserName:
            return a.userName;
        case DisplayName:
            return a.displayName;
        case SystemName:
            return m_systemNames.value(a.systemId);
        case People:
            return peopleText(a);
        case Role:
            return roleText(a);
        case Reach:
            return m_reachTexts[a.reach.toInt() & 0x3f];
        case Mfa:
            return m_yesNo[int(a.mfa)];
        case LastSignIn:
            return a.lastLogin.isValid() ? timeText(a.lastLogin) : m_never;
        case PasswordChanged:
            return timeText(a.lastPasswordChange);
        case Status:
            return m_statusTexts[int(a.status)];
        case Source:
            return a.sourceFile.isEmpty() ? m_byHand : a.sourceFile;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case UserName:
        case DisplayName:
            return a.email.isEmpty() ? QVariant() : QVariant(tr("Email: %1").arg(a.email));
        case LastSignIn:
            return a.lastLogin.isValid()
                ? QVariant(tr("Last signed in on %1")
                               .arg(QLocale().toString(a.lastLogin.toLocalTime(), QLocale::LongFormat)))
                : QVariant(tr("The system's export does not say when this account last signed in, or it "
                              "never has."));
        case PasswordChanged:
            return a.lastPasswordChange.isValid() ? QVariant(
                       tr("Password last changed on %1")
                           .arg(QLocale().toString(a.lastPasswordChange.toLocalTime(), QLocale::LongFormat)))
                                                  : QVariant(tr("Not known"));
        case People:
            return a.personIds.isEmpty() ? QVariant(tr("Nobody in the team is linked to this account yet."))
                                         : QVariant(peopleText(a));
        case Reach:
            return m_reachTexts[a.reach.toInt() & 0x3f];
        case Source:
            return a.importedAt.isValid()
                ? QVariant(tr("Imported on %1")
                               .arg(QLocale().toString(a.importedAt.toLocalTime(), QLocale::LongFormat)))
                : QVariant();
        }
        return {};
    case Qt::ForegroundRole:
        if (a.status == AccountStatus::Removed)
            return m_removedBrush;
        return {};
    }
    return {};
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case UserName:
            return tr("User name");
        case DisplayName:
            return tr("Name shown");
        case SystemName:
            return tr("System");
        case People:
            return tr("Belongs to");
        case Role:
            return tr("Role");
        case Reach:
            return tr("Data it reaches");
        case Mfa:
            return tr("Two-step sign-in");
        case LastSignIn:
            return tr("Last sign-in");
        case PasswordChanged:
            return tr("Password changed");
        case Status:
            return tr("Status");
        case Source:
            return tr("Source");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case People:
            return tr("The team members who use this account. More than one means it is shared.");
        case Reach:
            return tr("The kinds of the shop's data this account can see or change");
        case Mfa:
            return tr("Whether the account needs a second step (an app or a code) to sign in");
        case Source:
            return tr("The file the account was last imported from");
        }
    }
    return {};
}
