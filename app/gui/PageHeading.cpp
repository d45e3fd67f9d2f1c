#include "PageHeading.h"

#include <QLabel>
#include <QVBoxLayout>

PageHeading::PageHeading(const QString &title, const QString &intro, QWidget *parent)
    : QWidget(parent)
{
    auto *titleLabel = new QLabel(title, this);
    QFont font = titleLabel->font();
    // Relative to the system font, so it scales with the owner's text size.
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    titleLabel->setFont(font);
    titleLabel->setAccessibleName(title);
    titleLabel->setTextFormat(Qt::PlainText);

    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    introLabel->setTextFormat(Qt::PlainText);
    introLabel->setObjectName(QStringLiteral("pageIntro"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(fontMetrics().height() / 2);
    layout->addWidget(titleLabel);
    layout->addWidget(introLabel);
}
