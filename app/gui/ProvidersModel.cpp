#include "ProvidersModel.h"

#include "ProviderFindingsView.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "providers/ProviderFindings.h"
#include "providers/QuestionBank.h"
#include "providers/Questionnaire.h"

#include <QIcon>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

ProvidersModel::ProvidersModel(Plan &plan, QObject *parent)
    : QAbstractTableModel(parent)
    , m_plan(plan)
{
    // A change may add, remove or reorder providers, or change any count: recount all of them.
    connect(&plan, &Plan::providersChanged, this, &ProvidersModel::refresh);
    connect(&plan, &Plan::answersChanged, this, &ProvidersModel::refresh);
    connect(&plan, &Plan::tlsProbesChanged, this, &ProvidersModel::refresh);
    connect(&plan, &Plan::shopChanged, this, &ProvidersModel::refresh); // the shop's sites pick the probes
    recount();
}

void ProvidersModel::refresh()
{
    beginResetModel();
    recount();
    endResetModel();
}

void ProvidersModel::recount()
{
    m_today = Clock::now().toLocalTime().date();
    m_counts.clear();
    for (const Provider &provider : m_plan.providers()) {
        const auto progress = Questionnaire::progress(provider, m_plan.answersOf(provider.id),
                                                      m_plan.answerMaxAgeMonths(), m_today);
        m_counts.insert(provider.id, { progress.answered, progress.outstanding, progress.oldest });
    }
    m_findings.clear();
    // Most severe first, so each provider's list is too.
    const QList<Finding> findings = ProviderFindings::compute(m_plan, m_today);
    for (const Finding &finding : findings) {
        if (const qint64 id = ProviderFindings::providerOf(finding))
            m_findings[id].append(finding);
    }
}

int ProvidersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.providers().size());
}

int ProvidersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProvidersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Provider &provider = m_plan.providers().at(index.row());
    const Counts counts = m_counts.value(provider.id);
    const QList<Finding> findings = m_findings.value(provider.id);
    if (role == ProviderIdRole)
        return provider.id;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Name:
            return provider.name;
        case Kind:
            return ProviderKinds::name(provider.kind);
        case Answered:
            return counts.answered;
        case Outstanding:
            return counts.outstanding;
        case OldestAnswer:
            if (!counts.oldest.isValid())
                return role == Qt::AccessibleTextRole ? tr("No answers yet") : u"—"_s;
            return ageInWords(counts.oldest, m_today);
        case Findings:
            return findings.size();
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Answered:
            return counts.answered;
        case Outstanding:
            return counts.outstanding;
        case OldestAnswer:
            return counts.oldest;
        case Findings:
            return findings.size();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Answered)
        return QVariant(Qt::AlignCenter);
    if (role == Qt::DecorationRole && index.column() == Findings && !findings.isEmpty())
        return QIcon(ProviderFindingsView::iconPath(findings.first().severity));
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Answered:
            return tr("Questions they have answered, with the answer on file");
        case Outstanding:
            return tr("Questions to ask them: never answered, or due to be asked again");
        case OldestAnswer:
            return counts.oldest.isValid() ? tr("The oldest answer on file was given on %1")
                                                 .arg(QLocale().toString(counts.oldest, QLocale::LongFormat))
                                           : tr("No answers on file yet");
        case Findings:
            if (findings.isEmpty())
                return tr("Nothing found about this provider");
            return (findings.size() == 1
                        ? tr("1 finding; it is %1").arg(Severities::name(findings.first().severity))
                        : tr("%Ln findings; the most serious is %1", nullptr, int(findings.size()))
                              .arg(Severities::name(findings.first().severity)));
        }
    }
    return {};
}

QVariant ProvidersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Provider");
    case Kind:
        return tr("Kind");
    case Answered:
        return tr("Answered");
    case Outstanding:
        return tr("To ask");
    case OldestAnswer:
        return tr("Oldest answer");
    case Findings:
        return tr("Findings");
    }
    return {};
}

qint64 ProvidersModel::providerId(int row) const
{
    return row >= 0 && row < rowCount() ? m_plan.providers().at(row).id : 0;
}

int ProvidersModel::rowOf(qint64 providerId) const
{
    const QList<Provider> &providers = m_plan.providers();
    for (int row = 0; row < providers.size(); ++row) {
        if (providers.at(row).id == providerId)
            return row;
    }
    return -1;
}

QString ProvidersModel::ageInWords(const QDate &date, const QDate &today)
{
    if (!date.isValid() || !today.isValid())
        return {};
    const qint64 days = date.daysTo(today);
    if (days <= 0)
        return tr("today");
    if (days == 1)
        return tr("1 day");
    if (days < 14)
        return tr("%Ln days", nullptr, int(days));
    if (days < 60)
        return tr("%Ln weeks", nullptr, int(days / 7));
    int months = (today.year() - date.year()) * 12 + today.month() - date.month();
    if (today.day() < date.day())
        --months;
    if (months < 24)
        return months <= 1 ? tr("1 month") : tr("%Ln months", nullptr, months);
    return tr("%Ln years", nullptr, months / 12);
}
