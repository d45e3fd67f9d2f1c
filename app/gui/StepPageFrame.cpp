#include "StepPageFrame.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString withoutMnemonics(QString title)
{
    return title.replace(u'&', u"&&"_s);
}
} // namespace

StepPageFrame::StepPageFrame(QWidget *page, const Neighbour &previous, const Neighbour &next, QWidget *parent)
    : QWidget(parent)
    , m_page(page)
{
    setObjectName(u"stepPageFrame"_s);
    page->setParent(this);
    auto *bar = new QHBoxLayout;
    const int gap = fontMetrics().height();
    bar->setContentsMargins(gap, gap / 2, gap, gap / 2);
    if (!previous.id.isEmpty()) {
        m_previous = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack),
                                     tr("Back: %1").arg(withoutMnemonics(previous.title)), this);
        m_previous->setObjectName(u"previousStepButton"_s);
        m_previous->setAccessibleName(tr("Back to the step before: %1").arg(previous.title));
        m_previous->setAutoDefault(false);
        connect(m_previous, &QPushButton::clicked, this, [this, id = previous.id] { emit goToStep(id); });
        bar->addWidget(m_previous);
    }
    bar->addStretch();
    if (!next.id.isEmpty()) {
        m_next = new QPushButton(style()->standardIcon(QStyle::SP_ArrowForward),
                                 tr("Next: %1").arg(withoutMnemonics(next.title)), this);
        m_next->setObjectName(u"nextStepButton"_s);
        m_next->setAccessibleName(tr("On to the next step: %1").arg(next.title));
        m_next->setLayoutDirection(Qt::RightToLeft); // the arrow after the words
        m_next->setAutoDefault(false);
        connect(m_next, &QPushButton::clicked, this, [this, id = next.id] { emit goToStep(id); });
        bar->addWidget(m_next);
    }
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(page, 1);
    layout->addWidget(line);
    layout->addLayout(bar);
}
