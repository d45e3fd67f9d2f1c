#include "ReviewPage.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "PageHeading.h"
#include "PlanExports.h"
#include "PlanSession.h"
#include "ReadinessPartsView.h"
#include "ReadinessTracker.h"
#include "ScrollingPageLayout.h"
#include "plan/Plan.h"
#include "report/PagedDocument.h"

#include <QDir>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

PlanStep ReviewPage::step()
{
    return PlanStep {
        .id = u"review"_s,
        .order = 700,
        .title = [] { return tr("Review & export"); },
        .iconPath = u":/icons/step-review.svg"_s,
        .createPage
        = [](PlanSession &session, QWidget *parent) -> QWidget * { return new ReviewPage(session, parent); },
    };
}

ReviewPage::ReviewPage(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_parts(new ReadinessPartsView(this))
    , m_report(new QPushButton(tr("Save the Plan &Report…"), this))
    , m_binder(new QPushButton(tr("Save the &Binder…"), this))
    , m_preview(new QPushButton(tr("&Preview and Print the Binder"), this))
    , m_calendar(new QPushButton(tr("Save the &Calendar…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"reviewPage"_s);
    auto *heading = new PageHeading(
        tr("Review & export"),
        tr("Look over each step once more, then take the plan out of the computer: the plan report is the "
           "complete record of where the shop stands, the binder is what you reach for on a bad day. Print "
           "the "
           "binder and keep it where you can find it without the shop's computers, and add the review dates "
           "to "
           "your calendar."),
        this);

    m_summary->setObjectName(u"reviewSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    connect(m_parts, &ReadinessPartsView::stepActivated, &m_session, &PlanSession::requestStep);
    auto *stepsBox = new QGroupBox(tr("Each step"), this);
    auto *stepsLayout = new QVBoxLayout(stepsBox);
    stepsLayout->addWidget(m_summary);
    stepsLayout->addWidget(m_parts);

    m_report->setObjectName(u"saveReportButton"_s);
    m_binder->setObjectName(u"saveBinderButton"_s);
    m_preview->setObjectName(u"previewBinderButton"_s);
    m_calendar->setObjectName(u"saveCalendarButton"_s);
    for (QPushButton *button : { m_report, m_binder, m_preview, m_calendar })
        button->setAutoDefault(false);
    m_report->setAccessibleName(tr("Save the plan report as PDF"));
    m_binder->setAccessibleName(tr("Save the contingency binder as PDF"));
    m_preview->setAccessibleName(tr("Preview and print the contingency binder"));
    m_calendar->setAccessibleName(tr("Save the review dates as a calendar file"));
    connect(m_report, &QPushButton::clicked, this, &ReviewPage::saveReport);
    connect(m_binder, &QPushButton::clicked, this, &ReviewPage::saveBinder);
    connect(m_preview, &QPushButton::clicked, this, [this] { m_session.requestStep(u"binder"_s); });
    connect(m_calendar, &QPushButton::clicked, this, &ReviewPage::saveCalendar);

    auto *documents = new QGroupBox(tr("Take the plan with you"), this);
    auto *grid = new QGridLayout(documents);
    const int gap = fontMetrics().height();
    grid->setHorizontalSpacing(gap);
    grid->setVerticalSpacing(gap);
    grid->addWidget(
        explanation(tr("The plan report: every step in full — the shop and its team, the encryption "
                       "probe, the providers' answers, the accounts, the DDoS plan, the recovery items, "
                       "every finding with what to do, and what falls due. For you, your agency or an "
                       "auditor."),
                    documents),
        0, 0);
    grid->addWidget(m_report, 0, 1, Qt::AlignTop);
    grid->addWidget(
        explanation(tr("The contingency binder: whom to call, the first hour of each kind of bad day, "
                       "and where every backup, key and password is kept. Print it and keep it away "
                       "from the shop's computers."),
                    documents),
        1, 0);
    auto *binderButtons = new QVBoxLayout;
    binderButtons->addWidget(m_binder);
    binderButtons->addWidget(m_preview);
    binderButtons->addStretch();
    grid->addLayout(binderButtons, 1, 1);
    grid->addWidget(
        explanation(tr("The review dates — certificate expiry, answers to ask again, the access review, "
                       "backup checks, the drill — as a calendar file for your calendar program."),
                    documents),
        2, 0);
    grid->addWidget(m_calendar, 2, 1, Qt::AlignTop);
    grid->setColumnStretch(0, 1);

    m_status->setObjectName(u"reviewStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QVBoxLayout *column = layOutScrollingPage(*this);
    column->addWidget(heading);
    column->addWidget(stepsBox, 1);
    column->addWidget(documents);
    column->addWidget(m_status);

    if (ReadinessTracker *tracker = m_session.readiness()) {
        tracker->catchUp();
        connect(tracker, &ReadinessTracker::updated, this, &ReviewPage::refresh);
    }
    refresh();
    updateState();
}

void ReviewPage::refresh()
{
    const ReadinessTracker *tracker = m_session.readiness();
    if (!tracker)
        return;
    const Readiness &readiness = tracker->readiness();
    int done = 0;
    for (const StepReadiness &part : readiness.steps)
        done += part.state == StepState::Done;
    const int steps = int(readiness.steps.size());
    m_summary->setText(
        done == steps
            ? tr("All %n step(s) are done. Readiness score: %1 of 100.", nullptr, steps).arg(readiness.score)
            : tr("%1 of %n step(s) done; readiness score %2 of 100. Double-click a step to go "
                 "back to it; the documents can be printed at any time and show what is still open.",
                 nullptr, steps)
                  .arg(done)
                  .arg(readiness.score));
    m_parts->setReadiness(readiness);
}

void ReviewPage::updateState()
{
    const bool free = !isWriting();
    m_report->setEnabled(free);
    m_binder->setEnabled(free);
}

void ReviewPage::saveReport()
{
    if (isWriting())
        return;
    const QString path
        = FileDialog::saveFileName(this, tr("Save the Plan Report as PDF"),
                                   PlanExports::documentsPath(PlanExports::reportFileName(*m_session.plan())),
                                   tr("PDF documents (*.pdf)"), u"pdf"_s);
    if (!path.isEmpty())
        writePdf(true, path);
}

void ReviewPage::saveBinder()
{
    if (isWriting())
        return;
    const QString path
        = FileDialog::saveFileName(this, tr("Save the Binder as PDF"),
                                   PlanExports::documentsPath(PlanExports::binderFileName(*m_session.plan())),
                                   tr("PDF documents (*.pdf)"), u"pdf"_s);
    if (!path.isEmpty())
        writePdf(false, path);
}

void ReviewPage::writePdf(bool report, const QString &path)
{
    const Plan &plan = *m_session.plan();
    m_status->setText(report ? tr("Writing the plan report…") : tr("Writing the binder…"));
    PagedDocument document = report ? PlanExports::report(plan) : PlanExports::binder(plan);
    m_worker = PlanExports::writePdf(
        this, std::move(document), path, [this, report, path](const Result<int> &written) {
            m_worker.clear();
            updateState();
            if (written) {
                const QString where = QDir::toNativeSeparators(path);
                m_status->setText(
                    report
                        ? tr("The plan report (%n page(s)) is saved as %1.", nullptr, written.value())
                              .arg(where)
                        : tr("The binder (%n page(s)) is saved as %1.", nullptr, written.value()).arg(where));
            } else {
                m_status->clear();
                MessageBox::warning(this, report ? tr("Plan Report Not Saved") : tr("Binder Not Saved"),
                                    written.error());
            }
            if (report)
                emit reportSaved(written.ok(), path);
            else
                emit binderSaved(written.ok(), path);
        });
    updateState();
}

void ReviewPage::saveCalendar()
{
    const auto saved = PlanExports::saveCalendar(this, *m_session.plan());
    if (!saved) {
        emit calendarSaved(false, QString());
        return;
    }
    m_status->setText(tr("%n reminder(s) saved as %1. Open the file with your calendar program to add them.",
                         nullptr, saved->events)
                          .arg(QDir::toNativeSeparators(saved->path)));
    emit calendarSaved(true, saved->path);
}
