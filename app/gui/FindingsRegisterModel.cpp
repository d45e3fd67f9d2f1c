#include "FindingsRegisterModel.h"

#include "ProviderFindingsView.h"
#include "plan/Plan.h"

#include <QIcon>
#include <QLocale>

#include <limits>

using namespace Qt::StringLiterals;

FindingsRegisterModel::FindingsRegisterModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString FindingsRegisterModel::keyOf(const Finding &finding)
{
    return finding.id + u'|' + finding.subject;
}

void FindingsRegisterModel::setFindings(const QList<PlanFinding> &findings, const Plan &plan)
{
    beginResetModel();
    m_findings = findings;
    m_subjectNames.clear();
    m_search.clear();
    m_subjectNames.reserve(m_findings.size());
    m_search.reserve(m_findings.size());
    for (const PlanFinding &pf : std::as_const(m_findings)) {
        const Finding &f = pf.finding;
        const QString about = subjectName(plan, f);
        m_subjectNames.append(about);
        QStringList texts { f.id,
                            f.title,
                            about,
                            f.evidence,
                            f.why,
                            f.fix,
                            PlanAreas::name(pf.area),
                            Severities::name(f.severity) };
        if (pf.acceptance)
            texts << pf.acceptance->reason << pf.acceptance->acceptedBy;
        m_search.append(texts.join(u'\n'));
    }
    endResetModel();
}

int FindingsRegisterModel::rowOf(const QString &key) const
{
    for (int row = 0; row < m_findings.size(); ++row) {
        if (keyOf(m_findings.at(row).finding) == key)
            return row;
    }
    return -1;
}

int FindingsRegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsRegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingsRegisterModel::stateText(const PlanFinding &finding)
{
    if (!finding.acceptance)
        return tr("Open");
    if (!finding.acceptance->expiresOn.isValid())
        return tr("Accepted, no expiry");
    return tr("Accepted until %1")
        .arg(QLocale().toString(finding.acceptance->expiresOn, QLocale::ShortFormat));
}

QVariant FindingsRegisterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanFinding &pf = m_findings.at(index.row());
    const Finding &f = pf.finding;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return Severities::name(f.severity);
        case Title:
            return f.title;
        case Step:
            return PlanAreas::name(pf.area);
        case Subject:
            return m_subjectNames.at(index.row());
        case State:
            return stateText(pf);
        }
        break;
    case Qt::DecorationRole:
        // The icon only helps the eye: the severity is in words beside it.
        if (index.column() == SeverityColumn)
            return QIcon(ProviderFindingsView::iconPath(f.severity));
        break;
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn)
            return ProviderFindingsView::colour(f.severity);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Title && !f.evidence.isEmpty())
            return f.evidence;
        if (index.column() == State && pf.acceptance)
            return pf.acceptance->reason;
        break;
    case SeverityRole:
        return int(f.severity);
    case AreaKeyRole:
        return PlanAreas::key(pf.area);
    case AcceptedRole:
        return pf.isAccepted();
    case KeyRole:
        return keyOf(f);
    case SearchRole:
        return m_search.at(index.row());
    case SortRole:
        switch (index.column()) {
        case SeverityColumn:
            return int(f.severity);
        case Step:
            return int(PlanAreas::all().indexOf(pf.area));
        case State:
            // Open first, then accepted by when they run out (no expiry last).
            return !pf.acceptance
                ? 0LL
                : (pf.acceptance->expiresOn.isValid() ? pf.acceptance->expiresOn.toJulianDay()
                                                      : std::numeric_limits<qint64>::max());
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant FindingsRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case Title:
        return tr("Finding");
    case Step:
        return tr("Step");
    case Subject:
        return tr("About");
    case State:
        return tr("State");
    }
    return {};
}

QString FindingsRegisterModel::subjectName(const Plan &plan, const Finding &finding)
{
    const QString &subject = finding.subject;
    const QString kind = subject.section(u'/', 0, 0);
    const qint64 id = subject.section(u'/', 1, 1).toLongLong();
    if (kind == u"provider") {
        if (const auto provider = plan.provider(id))
            return provider->name;
    } else if (kind == u"system") {
        if (const auto system = plan.system(id))
            return system->name;
    } else if (kind == u"account") {
        if (const auto account = plan.account(id)) {
            const auto system = plan.system(account->systemId);
            return system ? tr("%1 on %2").arg(account->userName, system->name) : account->userName;
        }
    } else if (kind == u"person") {
        if (const auto person = plan.person(id))
            return person->name;
    } else if (kind == u"letter") {
        for (const ConfirmationLetter &letter : plan.confirmationLetters()) {
            if (letter.id != id)
                continue;
            const auto person = plan.person(letter.personId);
            return tr("Letter to %1").arg(person ? person->name : tr("someone removed"));
        }
    } else if (kind == u"recovery") {
        if (const auto item = plan.recoveryItem(id))
            return item->displayTitle();
    } else if (subject == u"accounts") {
        return tr("The account register");
    } else if (kind == u"ddos") {
        return tr("The DDoS plan");
    } else if (kind == u"shop" || subject.isEmpty()) {
        return plan.shop().name;
    }
    return subject;
}
