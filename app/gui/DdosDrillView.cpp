#include "DdosDrillView.h"

#include "DdosPlanCommand.h"
#include "PlanSession.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QDate today()
{
    return Clock::now().toLocalTime().date();
}
} // namespace

QDate DdosDrillView::neverDate()
{
    return QDate(2000, 1, 1);
}

DdosDrillView::DdosDrillView(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_notes(new QLineEdit(this))
    , m_today(new QPushButton(tr("We Ran a Drill &Today"), this))
{
    setObjectName(u"ddosDrillView"_s);
    auto *intro = new QLabel(
        tr("A plan nobody has tried has gaps: numbers that changed, logins nobody has, switches nobody can "
           "find. Once a year, sit down with the team for an hour, read the plan aloud, make the first calls "
           "for real (ask the host how they would act), and note what you found."),
        this);
    intro->setWordWrap(true);
    m_status->setObjectName(u"ddosDrillStatus"_s);
    m_status->setWordWrap(true);

    m_date->setObjectName(u"ddosLastDrill"_s);
    m_date->setAccessibleName(tr("Date of the last drill"));
    m_date->setCalendarPopup(true);
    const QString shortFormat = QLocale().dateFormat(QLocale::ShortFormat);
    m_date->setDisplayFormat(shortFormat.contains(u"yyyy"_s) ? shortFormat : u"yyyy-MM-dd"_s);
    // The lowest date stands for "never".
    m_date->setMinimumDate(neverDate());
    m_date->setSpecialValueText(tr("Never"));
    m_date->setToolTip(tr("When the team last walked through the plan. Set it back to the lowest date for "
                          "“never”."));
    m_notes->setObjectName(u"ddosDrillNotes"_s);
    m_notes->setAccessibleName(tr("Notes on the last drill"));
    m_notes->setPlaceholderText(tr("What the drill found and what was fixed"));
    m_today->setObjectName(u"ddosDrillToday"_s);
    m_today->setToolTip(tr("Record today as the date of the last drill"));

    auto *dateLabel = new QLabel(tr("Last &drill:"), this);
    dateLabel->setBuddy(m_date);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_today);
    dateRow->addStretch();
    auto *notesLabel = new QLabel(tr("N&otes:"), this);
    notesLabel->setBuddy(m_notes);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(dateLabel, dateRow);
    form->addRow(notesLabel, m_notes);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();

    setTabOrder(m_date, m_today);
    setTabOrder(m_today, m_notes);

    connect(m_today, &QPushButton::clicked, this, &DdosDrillView::drillRanToday);
    connect(m_date, &QDateEdit::editingFinished, this, &DdosDrillView::dateChosen);
    connect(m_date->calendarWidget(), &QCalendarWidget::clicked, this, &DdosDrillView::dateChosen,
            Qt::QueuedConnection);
    connect(m_notes, &QLineEdit::editingFinished, this, &DdosDrillView::notesEdited);
    connect(session.plan(), &Plan::ddosPlanChanged, this, &DdosDrillView::refresh);
    refresh();
}

void DdosDrillView::refresh()
{
    const Plan &plan = *m_session.plan();
    const DdosPlan &ddos = plan.ddosPlan();
    const bool writable = !plan.isReadOnly();
    m_filling = true;
    {
        const QSignalBlocker blocker(m_date);
        m_date->setMaximumDate(today());
        m_date->setDate(ddos.lastDrill.isValid() ? ddos.lastDrill : neverDate());
    }
    if (!(m_notes->hasFocus() && m_notes->isModified()))
        m_notes->setText(ddos.drillNotes);
    m_filling = false;
    m_date->setEnabled(writable);
    m_notes->setReadOnly(!writable);
    m_today->setEnabled(writable && ddos.lastDrill != today());

    if (!ddos.lastDrill.isValid())
        m_status->setText(tr("No drill is recorded yet."));
    else if (const qint64 days = ddos.lastDrill.daysTo(today()); days > 365)
        m_status->setText(tr("The last drill was over a year ago: time for another."));
    else if (days == 0)
        m_status->setText(tr("The last drill was today."));
    else
        m_status->setText(tr("The last drill was %n day(s) ago.", nullptr, int(days)));
}

void DdosDrillView::drillRanToday()
{
    if (m_session.plan()->isReadOnly())
        return;
    DdosPlan after = m_session.plan()->ddosPlan();
    after.lastDrill = today();
    if (!DdosPlanCommand::push(m_session, after, tr("Record a drill today")))
        refresh();
}

void DdosDrillView::dateChosen()
{
    if (m_filling)
        return;
    DdosPlan after = m_session.plan()->ddosPlan();
    after.lastDrill = m_date->date() <= neverDate() ? QDate() : m_date->date();
    const QString text = after.lastDrill.isValid()
        ? tr("Set the last drill to %1").arg(QLocale().toString(after.lastDrill, QLocale::ShortFormat))
        : tr("Record no drill");
    if (!DdosPlanCommand::push(m_session, after, text))
        refresh();
}

void DdosDrillView::notesEdited()
{
    if (m_filling)
        return;
    m_notes->setModified(false);
    DdosPlan after = m_session.plan()->ddosPlan();
    after.drillNotes = m_notes->text().trimmed();
    if (!DdosPlanCommand::push(m_session, after, tr("Edit the drill notes")))
        refresh();
}
