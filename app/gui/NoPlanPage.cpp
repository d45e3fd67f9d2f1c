#include "NoPlanPage.h"

#include "NoticeBanner.h"
#include "plan/PlanLocations.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NoPlanPage::NoPlanPage(QWidget *parent)
    : QWidget(parent)
    , m_problem(new NoticeBanner(this))
    , m_recent(new QListWidget(this))
    , m_recentLabel(nullptr)
{
    setObjectName(u"noPlanPage"_s);
    const int em = fontMetrics().height();

    auto *icon = new QLabel(this);
    icon->setPixmap(
        QIcon(u":/icons/org.storefort.Storefort.svg"_s).pixmap(QSize(em * 5, em * 5), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(tr("No plan is open"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(tr("A plan holds everything Storefort knows about one shop's security: the team, "
                               "what your providers promised, who can get in, and how to recover. Open your "
                               "plan, or start a new one for another shop."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);

    m_problem->setObjectName(u"openProblem"_s);
    m_problem->hide();

    auto *newButton = new QPushButton(QIcon(u":/icons/document-new.svg"_s), tr("&New Plan…"), this);
    newButton->setObjectName(u"newPlanButton"_s);
    auto *openButton = new QPushButton(QIcon(u":/icons/document-open.svg"_s), tr("&Open Plan…"), this);
    openButton->setObjectName(u"openPlanButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch();

    m_recentLabel = new QLabel(tr("&Recent plans:"), this);
    m_recentLabel->setBuddy(m_recent);
    m_recent->setObjectName(u"recentPlansList"_s);
    m_recent->setAccessibleName(tr("Recent plans"));

    // A readable column in the middle, however wide the window is.
    auto *column = new QWidget(this);
    column->setMaximumWidth(em * 40);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setSpacing(em);
    columnLayout->addWidget(icon);
    columnLayout->addWidget(title);
    columnLayout->addWidget(text);
    columnLayout->addWidget(m_problem);
    columnLayout->addLayout(buttons);
    columnLayout->addSpacing(em);
    columnLayout->addWidget(m_recentLabel);
    columnLayout->addWidget(m_recent);

    auto *layout = new QHBoxLayout(this);
    layout->addStretch();
    auto *middle = new QVBoxLayout;
    middle->addStretch(1);
    middle->addWidget(column);
    middle->addStretch(2);
    layout->addLayout(middle, 100);
    layout->addStretch();

    connect(newButton, &QPushButton::clicked, this, &NoPlanPage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &NoPlanPage::openRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit openPathRequested(item->data(Qt::UserRole).toString()); });
    refreshRecent();
}

void NoPlanPage::setProblem(const QString &message, const QString &defaultPlanAction)
{
    m_problem->clearButtons();
    m_problem->setMessage(NoticeBanner::Kind::Error, tr("The plan could not be opened."), message);
    if (!defaultPlanAction.isEmpty()) {
        QPushButton *button = m_problem->addButton(defaultPlanAction);
        button->setObjectName(u"defaultPlanButton"_s);
        connect(button, &QPushButton::clicked, this, &NoPlanPage::defaultPlanRequested);
    }
    m_problem->show();
}

void NoPlanPage::clearProblem()
{
    m_problem->clearButtons();
    m_problem->hide();
}

void NoPlanPage::refreshRecent()
{
    m_recent->clear();
    for (const QString &path : PlanLocations::recentPlans()) {
        const QFileInfo info(path);
        const QString folder = QDir::toNativeSeparators(info.absolutePath());
        const QString text = info.exists() ? tr("%1 — in %2").arg(info.completeBaseName(), folder)
                                           : tr("%1 — not found in %2").arg(info.completeBaseName(), folder);
        auto *item = new QListWidgetItem(QIcon(u":/icons/org.storefort.Storefort.svg"_s), text, m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    // As tall as the list, up to eight plans; more scroll.
    const int rows = std::min(m_recent->count(), 8);
    if (rows > 0)
        m_recent->setFixedHeight(rows * m_recent->sizeHintForRow(0) + 2 * m_recent->frameWidth()
                                 + (rows + 1) * m_recent->spacing());
    m_recentLabel->setVisible(m_recent->count() > 0);
    m_recent->setVisible(m_recent->count() > 0);
}
