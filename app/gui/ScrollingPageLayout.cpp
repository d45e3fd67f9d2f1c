#include "ScrollingPageLayout.h"

#include <QScrollArea>
#include <QVBoxLayout>

QVBoxLayout *layOutScrollingPage(QWidget &page)
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    const int gap = page.fontMetrics().height();
    column->setContentsMargins(gap, gap, gap, gap);
    column->setSpacing(gap);
    auto *scroll = new QScrollArea(&page);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(&page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    return column;
}
