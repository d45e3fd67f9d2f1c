#include "PlanView.h"

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
        m_pages->insertWidget(row, m_steps.steps().at(row).createPage(*m_session, m_pages));
        m_pages->removeWidget(empty);
        delete empty;
        m_built[row] = true;
    }
    m_pages->setCurrentIndex(row);
    emit stepShown(m_steps.steps().at(row).id);
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
    // Wide enough for the longest title in the owner's language ("Verschlüsselung (TLS)"), icon,
    // spacing and scroll bar included: a step's name is never cut short.
    int widest = 0;
    for (int i = 0; i < m_navigator->count(); ++i)
        widest = std::max(widest, m_navigator->fontMetrics().horizontalAdvance(m_navigator->item(i)->text()));
    const int em = fontMetrics().height();
    m_navigator->setMinimumWidth(std::max(em * 9, widest + m_navigator->iconSize().width() + em * 2));
    const QString lastStep = QSettings().value(stepKey).toString();
    int row = 0;
    for (int i = 0; i < m_navigator->count(); ++i) {
        if (m_navigator->item(i)->data(Qt::UserRole).toString() == lastStep)
            row = i;
    }
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
