#include "PlanView.h"

#include "PlanSession.h"
#include "ReadinessTracker.h"
#include "StepNavigatorDelegate.h"
#include "StepPageFrame.h"
#include "review/PlanArea.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const auto stepKey = u"ui/step"_s;
} // namespace

PlanView::PlanView(StepRegistry steps, QWidget *parent)
    : QSplitter(parent)
    , m_steps(std::move(steps))
    , m_navigator(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    const int em = fontMetrics().height();
    m_navigator->setObjectName(u"stepNavigator"_s);
    m_navigator->setAccessibleName(tr("Steps of the plan"));
    m_navigator->setIconSize(QSize(em * 3 / 2, em * 3 / 2));
    m_navigator->setSpacing(em / 4);
    m_navigator->setUniformItemSizes(true);
    m_navigator->setItemDelegate(new StepNavigatorDelegate(m_navigator));
    m_navigator->setFrameShape(QFrame::NoFrame);
    m_navigator->setBackgroundRole(QPalette::AlternateBase);
    m_navigator->setMinimumWidth(em * 9);
    m_pages->setObjectName(u"stepPages"_s);
    setChildrenCollapsible(false);
    addWidget(m_navigator);
    addWidget(m_pages);
    setStretchFactor(1, 1);
    setSizes({ em * 12, em * 50 });
    connect(m_navigator, &QListWidget::currentRowChanged, this, &PlanView::showPage);
}

void PlanView::showPage(int row)
{
    if (row < 0 || row >= m_built.size())
        return;
    // Pages are built the first time they are shown: start-up pays only for the page in view.
    if (!m_built.at(row) && m_session) {
        QWidget *empty = m_pages->widget(row);
        m_pages->insertWidget(row, createPage(row));
        m_pages->removeWidget(empty);
        delete empty;
        m_built[row] = true;
    }
    m_pages->setCurrentIndex(row);
    emit stepShown(m_steps.steps().at(row).id);
}

QWidget *PlanView::createPage(int row)
{
    const QList<PlanStep> steps = m_steps.steps();
    const PlanStep &step = steps.at(row);
    QWidget *page = step.createPage(*m_session, m_pages);
    if (!step.partOfWalk)
        return page;
    // The walk's neighbours: the steps of the walk before and after this one.
    StepPageFrame::Neighbour previous;
    StepPageFrame::Neighbour next;
    for (int i = row - 1; i >= 0 && previous.id.isEmpty(); --i) {
        if (steps.at(i).partOfWalk)
            previous = { steps.at(i).id, steps.at(i).title() };
    }
    for (int i = row + 1; i < steps.size() && next.id.isEmpty(); ++i) {
        if (steps.at(i).partOfWalk)
            next = { steps.at(i).id, steps.at(i).title() };
    }
    auto *frame = new StepPageFrame(page, previous, next, m_pages);
    connect(frame, &StepPageFrame::goToStep, this, &PlanView::showStep);
    return frame;
}

QString PlanView::stateText(StepState state, int completion)
{
    return tr("%1 · %2 %", "step state · completion").arg(StepStates::name(state)).arg(completion);
}

void PlanView::showStates()
{
    const ReadinessTracker *tracker = m_session ? m_session->readiness() : nullptr;
    if (!tracker)
        return;
    const Readiness &readiness = tracker->readiness();
    for (int row = 0; row < m_navigator->count(); ++row) {
        QListWidgetItem *item = m_navigator->item(row);
        const QString id = item->data(Qt::UserRole).toString();
        QString status;
        int state = 0;
        if (const auto area = PlanAreas::fromKey(id)) {
            const StepReadiness &part = readiness.step(*area);
            state = int(part.state) + 1;
            status = part.state == StepState::NotStarted ? StepStates::name(part.state)
                                                         : stateText(part.state, part.completion);
        } else if (id == u"dashboard") {
            status = tr("Score %1 of 100").arg(readiness.score);
        }
        item->setData(StepNavigatorDelegate::StatusTextRole, status);
        item->setData(StepNavigatorDelegate::StateRole, state);
        item->setData(Qt::AccessibleTextRole,
                      status.isEmpty() ? item->text()
                                       : tr("%1: %2", "step: state").arg(item->text(), status));
    }
}

void PlanView::showPlan(PlanSession &session, QMenu *goMenu)
{
    clear();
    m_session = &session;
    for (const PlanStep &step : m_steps.steps()) {
        m_pages->addWidget(new QWidget(m_pages));
        m_built.append(false);
        auto *item = new QListWidgetItem(QIcon(step.iconPath), step.title(), m_navigator);
        item->setData(Qt::UserRole, step.id);
        // A title's own "&" ("Shop & team") must not become a mnemonic in the menu.
        QAction *go = goMenu->addAction(QIcon(step.iconPath), step.title().replace(u'&', u"&&"_s));
        if (const int number = m_navigator->count(); number <= 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
        connect(go, &QAction::triggered, this, [this, id = step.id] { showStep(id); });
    }
    connect(&session, &PlanSession::stepRequested, this, &PlanView::showStep, Qt::UniqueConnection);
    if (const ReadinessTracker *tracker = session.readiness())
        connect(tracker, &ReadinessTracker::updated, this, &PlanView::showStates);
    showStates();
    // Wide enough for the longest title or state in the owner's language ("Verschlüsselung (TLS)",
    // "Braucht Aufmerksamkeit · 40 %"), icon, spacing and scroll bar included: never cut short.
    int widest = 0;
    const QFontMetrics titleMetrics = m_navigator->fontMetrics();
    for (int i = 0; i < m_navigator->count(); ++i)
        widest = std::max(widest, titleMetrics.horizontalAdvance(m_navigator->item(i)->text()));
    for (const StepState state :
         { StepState::NotStarted, StepState::InProgress, StepState::Done, StepState::NeedsAttention })
        widest = std::max(widest, titleMetrics.horizontalAdvance(stateText(state, 100)));
    const int em = fontMetrics().height();
    m_navigator->setMinimumWidth(std::max(em * 9, widest + m_navigator->iconSize().width() + em * 2));
    // The step shown last time; the first time, the walk's first step (not the dashboard of a plan
    // with nothing in it yet).
    const QString lastStep = QSettings().value(stepKey).toString();
    int row = -1;
    const QList<PlanStep> steps = m_steps.steps();
    for (int i = 0; i < m_navigator->count(); ++i) {
        if (m_navigator->item(i)->data(Qt::UserRole).toString() == lastStep)
            row = i;
    }
    for (int i = 0; i < steps.size() && row < 0; ++i) {
        if (steps.at(i).partOfWalk)
            row = i;
    }
    row = std::max(row, 0);
    m_navigator->setCurrentRow(row);
    connect(m_navigator, &QListWidget::currentRowChanged, this, [this](int current) {
        if (QListWidgetItem *item = m_navigator->item(current))
            QSettings().setValue(stepKey, item->data(Qt::UserRole));
    });
}

void PlanView::clear()
{
    m_navigator->disconnect(this);
    connect(m_navigator, &QListWidget::currentRowChanged, this, &PlanView::showPage);
    m_navigator->blockSignals(true);
    m_navigator->clear();
    m_navigator->blockSignals(false);
    m_built.clear();
    m_session = nullptr;
    while (QWidget *page = m_pages->widget(0)) {
        m_pages->removeWidget(page);
        delete page;
    }
}

void PlanView::showStep(const QString &id)
{
    for (int row = 0; row < m_navigator->count(); ++row) {
        if (m_navigator->item(row)->data(Qt::UserRole).toString() == id) {
            m_navigator->setCurrentRow(row);
            return;
        }
    }
}

void PlanView::focusNavigator()
{
    m_navigator->setFocus(Qt::OtherFocusReason);
}
