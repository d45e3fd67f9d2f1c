#include "ReadinessPartsView.h"

#include "NoticeBanner.h"
#include "review/PlanArea.h"

#include <QHeaderView>
#include <QIcon>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// The status icons the notices use: done is good news, needing attention is a problem.
QIcon stateIcon(StepState state)
{
    switch (state) {
    case StepState::Done:
        return QIcon(NoticeBanner::iconPath(NoticeBanner::Kind::Positive));
    case StepState::NeedsAttention:
        return QIcon(NoticeBanner::iconPath(NoticeBanner::Kind::Error));
    case StepState::InProgress:
        return QIcon(NoticeBanner::iconPath(NoticeBanner::Kind::Warning));
    case StepState::NotStarted:
        break;
    }
    return QIcon(NoticeBanner::iconPath(NoticeBanner::Kind::Information));
}

} // namespace

ReadinessPartsView::ReadinessPartsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"readinessParts"_s);
    setAccessibleName(tr("Each step's part of the score"));
    setColumnCount(4);
    setHeaderLabels({ tr("Step"), tr("State"), tr("Filled in"), tr("Score") });
    setRootIsDecorated(true);
    setUniformRowHeights(false);
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        while (item->parent())
            item = item->parent();
        emit stepActivated(item->data(0, Qt::UserRole).toString());
    });
}

void ReadinessPartsView::setReadiness(const Readiness &readiness)
{
    // Keep which steps the owner opened across updates.
    QSet<QString> expanded;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->isExpanded())
            expanded.insert(topLevelItem(i)->data(0, Qt::UserRole).toString());
    }
    const QString current = currentItem() ? currentItem()->data(0, Qt::UserRole).toString() : QString();
    clear();
    const QLocale locale;
    const QIcon raises(NoticeBanner::iconPath(NoticeBanner::Kind::Positive));
    const QIcon holdsDown(NoticeBanner::iconPath(NoticeBanner::Kind::Warning));
    for (const StepReadiness &part : readiness.steps) {
        const QString key = PlanAreas::key(part.area);
        auto *row = new QTreeWidgetItem(this);
        row->setText(0, PlanAreas::name(part.area));
        row->setData(0, Qt::UserRole, key);
        row->setIcon(1, stateIcon(part.state));
        row->setText(1, StepStates::name(part.state));
        row->setText(2, tr("%1 %").arg(locale.toString(part.completion)));
        row->setText(3, locale.toString(part.score));
        row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        row->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        row->setToolTip(0, tr("Double-click to go to this step"));
        for (const QString &reason : part.raisedBy) {
            auto *child = new QTreeWidgetItem(row);
            child->setIcon(0, raises);
            child->setText(0, reason);
            child->setToolTip(0, reason);
            child->setData(0, Qt::AccessibleTextRole, tr("Counts for the shop: %1").arg(reason));
            child->setFirstColumnSpanned(true);
        }
        for (const QString &reason : part.heldDownBy) {
            auto *child = new QTreeWidgetItem(row);
            child->setIcon(0, holdsDown);
            child->setText(0, reason);
            child->setToolTip(0, reason);
            child->setData(0, Qt::AccessibleTextRole, tr("Holds the score down: %1").arg(reason));
            child->setFirstColumnSpanned(true);
        }
        row->setExpanded(m_filled ? expanded.contains(key) : part.state == StepState::NeedsAttention);
        if (key == current)
            setCurrentItem(row);
    }
    m_filled = true;
}
