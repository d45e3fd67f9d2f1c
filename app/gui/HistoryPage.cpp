#include "HistoryPage.h"

#include "HistoryModel.h"
#include "NoticeBanner.h"
#include "PageHeading.h"
#include "PlanSession.h"
#include "ReadinessTracker.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

PlanStep HistoryPage::step()
{
    return PlanStep {
        .id = u"history"_s,
        .order = 10000,
        .title = [] { return tr("History"); },
        .iconPath = u":/icons/step-history.svg"_s,
        .createPage
        = [](PlanSession &session, QWidget *parent) -> QWidget * { return new HistoryPage(session, parent); },
        .partOfWalk = false,
    };
}

HistoryPage::HistoryPage(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(new NoticeBanner(this))
    , m_area(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_between(new QCheckBox(tr("Only &between"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_count(new QLabel(this))
    , m_model(new HistoryModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(u"historyPage"_s);
    auto *heading = new PageHeading(
        tr("History"),
        tr("Every change to the plan is written here: what changed, from what to what, who made the change "
           "and when. Each entry is sealed together with the one before it, so an entry changed or deleted "
           "outside Storefort shows up as a break."),
        this);

    m_status->setObjectName(u"historyStatus"_s);
    m_area->setObjectName(u"historyAreaFilter"_s);
    m_area->setAccessibleName(tr("Show changes in area"));
    m_person->setObjectName(u"historyPersonFilter"_s);
    m_person->setAccessibleName(tr("Show changes by"));
    m_between->setObjectName(u"historyBetween"_s);
    m_from->setObjectName(u"historyFrom"_s);
    m_from->setAccessibleName(tr("From date"));
    m_to->setObjectName(u"historyTo"_s);
    m_to->setAccessibleName(tr("To date"));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_count->setObjectName(u"historyCount"_s);

    auto *areaLabel = new QLabel(tr("&Area:"), this);
    areaLabel->setBuddy(m_area);
    auto *personLabel = new QLabel(tr("&Person:"), this);
    personLabel->setBuddy(m_person);
    auto *andLabel = new QLabel(tr("and"), this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(areaLabel);
    filters->addWidget(m_area);
    filters->addSpacing(fontMetrics().height());
    filters->addWidget(personLabel);
    filters->addWidget(m_person);
    filters->addSpacing(fontMetrics().height());
    filters->addWidget(m_between);
    filters->addWidget(m_from);
    filters->addWidget(andLabel);
    filters->addWidget(m_to);
    filters->addStretch();
    filters->addWidget(m_count);

    m_table->setObjectName(u"historyTable"_s);
    m_table->setAccessibleName(tr("History of changes"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // What changed gets a fair share, not its longest entry's width: the old and new values beside
    // it stay in view, and a long line is cut with "…" (the whole of it in the cell's tooltip).
    header->setSectionResizeMode(HistoryModel::What, QHeaderView::Interactive);
    header->resizeSection(HistoryModel::What, fontMetrics().averageCharWidth() * 60);
    header->setSectionResizeMode(HistoryModel::From, QHeaderView::Stretch);
    header->setSectionResizeMode(HistoryModel::To, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    const int gap = fontMetrics().height();
    layout->setContentsMargins(gap, gap, gap, gap);
    layout->setSpacing(gap);
    layout->addWidget(heading);
    layout->addWidget(m_status);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(session.plan(), &Plan::historyChanged, this, &HistoryPage::reload);
    connect(m_area, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilters);
    connect(m_person, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilters);
    connect(m_between, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilters();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryPage::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryPage::applyFilters);
    reload();
    // Until the owner picks a range, it spans the whole history.
    if (!m_rows.isEmpty()) {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(m_rows.first().at.toLocalTime().date());
        m_to->setDate(std::max(m_rows.last().at.toLocalTime().date(), Clock::now().toLocalTime().date()));
    }
}

void HistoryPage::reload()
{
    const Plan &plan = *m_session.plan();
    const AuditTrail::Verification check = plan.verifyAudit();
    m_brokenEntryId = check.brokenEntryId;
    if (check.intact) {
        // English has no plural catalogue: the one-entry case has its own words.
        const QString count = check.entryCount == 1
            ? tr("It has 1 entry.")
            : tr("%Ln entries, each linked to the one before.", nullptr, int(check.entryCount));
        m_status->setMessage(NoticeBanner::Kind::Positive, tr("The history is intact."), count);
    } else {
        m_status->setMessage(NoticeBanner::Kind::Warning, tr("The history has been tampered with."),
                             AuditWording::verificationMessage(check)
                                 + tr(" Storefort has not repaired anything. If you did not expect this, "
                                      "compare the plan with an earlier copy."));
    }

    const auto entries = plan.auditEntries();
    if (!entries) {
        m_status->setMessage(NoticeBanner::Kind::Error, tr("The history could not be read."),
                             entries.error());
        m_rows.clear();
    } else {
        AuditNames names = AuditNames::of(plan);
        if (const ReadinessTracker *readiness = m_session.readiness()) {
            for (const PlanFinding &f : readiness->findings())
                names.findingTitles.insert(f.finding.subject.isEmpty()
                                               ? f.finding.id
                                               : u"%1@%2"_s.arg(f.finding.id, f.finding.subject),
                                           f.finding.title);
        }
        m_rows = AuditWording::describe(entries.value(), names);
    }
    fillFilters();
    applyFilters();
}

void HistoryPage::fillFilters()
{
    // Keep what the owner picked, when it still exists.
    const QString area = m_area->currentData().toString();
    const QString person = m_person->currentData().toString();
    QStringList areas, people;
    for (const HistoryRow &row : std::as_const(m_rows)) {
        if (!areas.contains(row.areaKey))
            areas.append(row.areaKey);
        if (!people.contains(row.who))
            people.append(row.who);
    }
    std::sort(people.begin(), people.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });

    const QSignalBlocker areaBlocker(m_area);
    m_area->clear();
    m_area->addItem(tr("All areas"), QString());
    for (const QString &key : std::as_const(areas))
        m_area->addItem(AuditWording::areaName(key), key);
    m_area->setCurrentIndex(std::max(0, m_area->findData(area)));

    const QSignalBlocker personBlocker(m_person);
    m_person->clear();
    m_person->addItem(tr("Everyone"), QString());
    for (const QString &name : std::as_const(people))
        m_person->addItem(name, name);
    m_person->setCurrentIndex(std::max(0, m_person->findData(person)));
}

void HistoryPage::applyFilters()
{
    const QString area = m_area->currentData().toString();
    const QString person = m_person->currentData().toString();
    const bool between = m_between->isChecked();
    const QDate from = std::min(m_from->date(), m_to->date());
    const QDate to = std::max(m_from->date(), m_to->date());

    // Dates are the owner's local dates, as the table shows them.
    QList<HistoryRow> shown;
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
        const QDate day = it->at.toLocalTime().date();
        if ((area.isEmpty() || it->areaKey == area) && (person.isEmpty() || it->who == person)
            && (!between || (day >= from && day <= to)))
            shown.append(*it);
    }
    m_model->setRows(shown, m_brokenEntryId);
    m_count->setText(
        shown.size() == m_rows.size()
            ? (m_rows.size() == 1 ? tr("1 entry") : tr("%Ln entries", nullptr, int(m_rows.size())))
            : tr("Showing %1 of %2")
                  .arg(QLocale().toString(shown.size()), QLocale().toString(m_rows.size())));
}
