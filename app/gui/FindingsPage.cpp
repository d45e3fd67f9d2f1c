#include "FindingsPage.h"

#include "AcceptFindingDialog.h"
#include "AcceptanceCommands.h"
#include "FileDialog.h"
#include "FindingDetail.h"
#include "FindingsFilterModel.h"
#include "FindingsRegisterModel.h"
#include "MessageBox.h"
#include "PageHeading.h"
#include "PlanExports.h"
#include "PlanSession.h"
#include "ProviderFindingsView.h"
#include "ReadinessTracker.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "review/FindingsCsv.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PlanStep FindingsPage::step()
{
    return PlanStep {
        .id = u"findings"_s,
        .order = 650,
        .title = [] { return tr("All findings"); },
        .iconPath = u":/icons/step-findings.svg"_s,
        .createPage = [](PlanSession &session, QWidget *parent) -> QWidget * {
            return new FindingsPage(session, parent);
        },
        .partOfWalk = false,
    };
}

FindingsPage::FindingsPage(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_step(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_export(new QPushButton(tr("E&xport as CSV…"), this))
    , m_model(new FindingsRegisterModel(this))
    , m_filter(new FindingsFilterModel(this))
    , m_table(new QTableView(this))
    , m_detail(new FindingDetail(this))
{
    setObjectName(u"findingsPage"_s);
    auto *heading = new PageHeading(
        tr("All findings"),
        tr("Everything the checks found, from every step, most serious first. Choose a finding to see why it "
           "matters and how to fix it, then go to the step where it is fixed. A risk the shop chooses to "
           "carry "
           "can be accepted with a reason and an end date: it stays in the list, marked as accepted."),
        this);
    m_summary->setObjectName(u"findingsSummary"_s);
    m_summary->setWordWrap(true);

    m_step->setObjectName(u"findingsStepFilter"_s);
    m_step->setAccessibleName(tr("Show findings of step"));
    m_step->addItem(tr("All steps"), QString());
    for (PlanArea area : PlanAreas::all())
        m_step->addItem(PlanAreas::name(area), PlanAreas::key(area));
    m_severity->setObjectName(u"findingsSeverityFilter"_s);
    m_severity->setAccessibleName(tr("Show findings of severity"));
    m_severity->addItem(tr("All severities"), -1);
    for (Severity s : { Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info })
        m_severity->addItem(QIcon(ProviderFindingsView::iconPath(s)), Severities::name(s), int(s));
    m_state->setObjectName(u"findingsStateFilter"_s);
    m_state->setAccessibleName(tr("Show open or accepted findings"));
    m_state->addItem(tr("Open and accepted"), int(FindingsFilterModel::StateFilter::All));
    m_state->addItem(tr("Open"), int(FindingsFilterModel::StateFilter::Open));
    m_state->addItem(tr("Accepted"), int(FindingsFilterModel::StateFilter::Accepted));
    m_search->setObjectName(u"findingsSearch"_s);
    m_search->setAccessibleName(tr("Search the findings"));
    m_search->setPlaceholderText(tr("Words in the title, what was seen, the reason…"));
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(u"findingsCount"_s);
    m_export->setObjectName(u"findingsExport"_s);
    m_export->setToolTip(tr("Save the findings the list shows as a file for a spreadsheet"));

    auto *stepLabel = new QLabel(tr("&Step:"), this);
    stepLabel->setBuddy(m_step);
    auto *severityLabel = new QLabel(tr("Se&verity:"), this);
    severityLabel->setBuddy(m_severity);
    auto *stateLabel = new QLabel(tr("Sta&te:"), this);
    stateLabel->setBuddy(m_state);
    auto *searchLabel = new QLabel(tr("Sea&rch:"), this);
    searchLabel->setBuddy(m_search);
    const int em = fontMetrics().height();
    auto *filters = new QHBoxLayout;
    filters->addWidget(stepLabel);
    filters->addWidget(m_step);
    filters->addSpacing(em / 2);
    filters->addWidget(severityLabel);
    filters->addWidget(m_severity);
    filters->addSpacing(em / 2);
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);
    filters->addSpacing(em / 2);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);

    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_summary, 1);
    countRow->addWidget(m_count);
    countRow->addWidget(m_export);

    m_filter->setSourceModel(m_model);
    m_table->setObjectName(u"findingsTable"_s);
    m_table->setAccessibleName(tr("Findings"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FindingsRegisterModel::SeverityColumn, Qt::DescendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(FindingsRegisterModel::SeverityColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FindingsRegisterModel::Title, QHeaderView::Stretch);
    header->setSectionResizeMode(FindingsRegisterModel::Step, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FindingsRegisterModel::State, QHeaderView::ResizeToContents);
    header->resizeSection(FindingsRegisterModel::Subject, em * 11);

    // The table's context menu and keys: Enter goes to the step, Delete withdraws an acceptance.
    auto *goAction = new QAction(tr("Go to the Step"), m_table);
    auto *acceptAction = new QAction(tr("Accept as a Risk…"), m_table);
    auto *withdrawAction = new QAction(tr("Withdraw Acceptance"), m_table);
    withdrawAction->setShortcut(QKeySequence::Delete);
    withdrawAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addActions({ goAction, acceptAction, withdrawAction });
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"findingsSplitter"_s);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(em, em, em, em);
    layout->setSpacing(em * 2 / 3);
    layout->addWidget(heading);
    layout->addLayout(countRow);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    setTabOrder(m_step, m_severity);
    setTabOrder(m_severity, m_state);
    setTabOrder(m_state, m_search);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_detail->text());
    setTabOrder(m_detail->text(), m_detail->goToStepButton());
    setTabOrder(m_detail->goToStepButton(), m_detail->acceptButton());
    setTabOrder(m_detail->acceptButton(), m_detail->withdrawButton());
    setTabOrder(m_detail->withdrawButton(), m_export);

    connect(m_step, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setAreaKey(m_step->currentData().toString()); });
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        const int s = m_severity->currentData().toInt();
        m_filter->setSeverity(s < 0 ? std::nullopt : std::optional<Severity>(Severity(s)));
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStateFilter(FindingsFilterModel::StateFilter(m_state->currentData().toInt()));
    });
    connect(m_search, &QLineEdit::textChanged, m_filter, &FindingsFilterModel::setSearchText);
    // Whatever hides or shows rows: the counts follow, and a row stays chosen.
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_filter, signal, this, [this] { updateCounts(); });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] { updateCounts(); });
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, [this] { updateCounts(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FindingsPage::showCurrent);
    connect(m_table, &QTableView::activated, this, [this] {
        if (const int row = currentSourceRow(); row >= 0)
            goToStep(PlanAreas::key(m_model->findingAt(row).area));
    });
    connect(goAction, &QAction::triggered, m_detail->goToStepButton(), &QPushButton::click);
    connect(acceptAction, &QAction::triggered, this, &FindingsPage::acceptCurrent);
    connect(withdrawAction, &QAction::triggered, this, &FindingsPage::withdrawCurrent);
    connect(m_detail, &FindingDetail::goToStepRequested, this, &FindingsPage::goToStep);
    connect(m_detail, &FindingDetail::acceptRequested, this, &FindingsPage::acceptCurrent);
    connect(m_detail, &FindingDetail::withdrawRequested, this, &FindingsPage::withdrawCurrent);
    connect(m_export, &QPushButton::clicked, this, &FindingsPage::exportCsv);
    // The context menu offers what the chosen finding allows.
    auto updateActions = [this, goAction, acceptAction, withdrawAction] {
        const auto &f = m_detail->finding();
        const bool canEdit = f && !m_session.plan()->isReadOnly();
        goAction->setEnabled(f.has_value());
        goAction->setText(f ? tr("Go to %1").arg(PlanAreas::name(f->area)).replace(u'&', u"&&"_s)
                            : tr("Go to the Step"));
        acceptAction->setEnabled(canEdit);
        acceptAction->setText(f && f->isAccepted() ? tr("Change Acceptance…") : tr("Accept as a Risk…"));
        withdrawAction->setEnabled(canEdit && f->isAccepted());
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, updateActions);

    // The findings come from the session's readiness tracker, which works them out once for every
    // page a moment after the plan changes (an acceptance changed, at once). Current when first
    // shown, not after the tracker's pause.
    ReadinessTracker *tracker = session.readiness();
    tracker->catchUp();
    connect(tracker, &ReadinessTracker::updated, this, &FindingsPage::refresh);
    refresh();
    if (m_filter->rowCount() > 0)
        m_table->selectRow(0);
}

void FindingsPage::refresh()
{
    const QString current
        = m_detail->finding() ? FindingsRegisterModel::keyOf(m_detail->finding()->finding) : QString();
    m_model->setFindings(m_session.readiness()->findings(), *m_session.plan());
    // The finding chosen before stays chosen while the list shows it.
    const int row = m_model->rowOf(current);
    const QModelIndex index = row >= 0 ? m_filter->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (index.isValid())
        m_table->setCurrentIndex(index);
    else
        showCurrent();
    updateCounts();
}

int FindingsPage::currentSourceRow() const
{
    const QModelIndex index = m_filter->mapToSource(m_table->currentIndex());
    return index.isValid() ? index.row() : -1;
}

void FindingsPage::showCurrent()
{
    const int row = currentSourceRow();
    if (row < 0) {
        m_detail->showFinding(std::nullopt, {}, false);
        return;
    }
    m_detail->showFinding(m_model->findingAt(row), m_model->subjectNameAt(row),
                          !m_session.plan()->isReadOnly());
}

bool FindingsPage::selectFinding(const QString &ruleId, const QString &subject)
{
    const int row = m_model->rowOf(ruleId + u'|' + subject);
    const QModelIndex index = row >= 0 ? m_filter->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void FindingsPage::updateCounts()
{
    const QList<PlanFinding> &all = m_model->findings();
    int open = 0, serious = 0, accepted = 0;
    for (const PlanFinding &f : all) {
        if (f.isAccepted()) {
            ++accepted;
        } else {
            ++open;
            if (f.finding.severity >= Severity::High)
                ++serious;
        }
    }
    QString summary;
    if (all.isEmpty()) {
        summary = tr("Nothing found: no step of the plan has anything to fix right now.");
    } else {
        summary = tr("%n finding(s) open.", nullptr, open);
        if (serious > 0)
            summary += u' ' + tr("%n of them serious: start there.", nullptr, serious);
        if (accepted > 0)
            summary += u' ' + tr("%n accepted as a risk.", nullptr, accepted);
    }
    m_summary->setText(summary);
    const int shown = m_filter->rowCount();
    m_count->setText(shown == all.size() ? QString()
                                         : tr("Showing %1 of %n", nullptr, int(all.size())).arg(shown));
    m_export->setEnabled(shown > 0);
    if (shown > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_filter->index(0, 0));
    else if (shown == 0)
        showCurrent();
}

void FindingsPage::goToStep(const QString &stepId)
{
    m_session.requestStep(stepId);
}

void FindingsPage::acceptCurrent()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const Finding finding = m_model->findingAt(row).finding;
    if (AcceptFindingDialog::acceptFinding(m_session, finding, this))
        selectFinding(finding.id, finding.subject);
}

void FindingsPage::withdrawCurrent()
{
    const int row = currentSourceRow();
    if (row < 0 || !m_model->findingAt(row).isAccepted() || m_session.plan()->isReadOnly())
        return;
    static_cast<void>(WithdrawAcceptanceCommand::push(m_session, m_model->findingAt(row).finding));
}

void FindingsPage::exportCsv()
{
    QList<PlanFinding> shown;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        shown.append(m_model->findingAt(m_filter->mapToSource(m_filter->index(row, 0)).row()));
    if (shown.isEmpty())
        return;
    const QString date = Clock::now().toLocalTime().date().toString(Qt::ISODate);
    const QString suggested
        = tr("%1 findings %2").arg(PlanExports::safeShopName(*m_session.plan()), date) + u".csv"_s;
    const QString path
        = FileDialog::saveFileName(this, tr("Export the Findings"), PlanExports::documentsPath(suggested),
                                   tr("CSV files for spreadsheets (*.csv)"), u"csv"_s);
    if (path.isEmpty())
        return;
    const QByteArray bytes = FindingsCsv::write(shown, QLocale());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        MessageBox::warning(this, tr("Findings Not Exported"),
                            tr("The findings could not be written to “%1”: %2. Choose another folder, for "
                               "example your Documents folder.")
                                .arg(path, file.errorString()));
}
