#include "RecoveryItemChecksView.h"

#include "RecoveryItemsModel.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RecoveryItemChecksView::RecoveryItemChecksView(Plan &plan, QWidget *parent)
    : QWidget(parent)
    , m_plan(plan)
    , m_lastCheck(new QLabel(this))
    , m_checks(new QWidget(this))
    , m_checkRows(new QGridLayout(m_checks))
    , m_historyToggle(new QToolButton(this))
    , m_history(new QTreeWidget(this))
{
    setObjectName(u"recoveryItemChecksView"_s);
    m_lastCheck->setObjectName(u"recoveryLastCheck"_s);
    m_lastCheck->setWordWrap(true);
    m_lastCheck->setTextFormat(Qt::PlainText);
    m_checks->setObjectName(u"recoveryChecks"_s);
    m_checks->setAccessibleName(tr("What the last verification found"));
    m_checkRows->setContentsMargins(0, 0, 0, 0);
    m_checkRows->setColumnStretch(1, 1);
    m_checkRows->setHorizontalSpacing(fontMetrics().averageCharWidth());

    m_historyToggle->setObjectName(u"recoveryHistoryToggle"_s);
    m_historyToggle->setText(tr("H&istory"));
    m_historyToggle->setAccessibleName(tr("Show earlier verifications"));
    m_historyToggle->setCheckable(true);
    m_historyToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_historyToggle->setArrowType(Qt::RightArrow);
    m_historyToggle->setAutoRaise(true);
    m_history->setObjectName(u"recoveryHistory"_s);
    m_history->setAccessibleName(tr("Earlier verifications"));
    m_history->setHeaderLabels({ tr("When"), tr("By"), tr("Result"), tr("What was seen") });
    m_history->setRootIsDecorated(false);
    m_history->setWordWrap(true);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);
    m_history->setMinimumHeight(fontMetrics().height() * 8);
    m_history->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lastCheck);
    layout->addWidget(m_checks);
    layout->addWidget(m_historyToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_history);

    connect(m_historyToggle, &QToolButton::toggled, this, [this](bool open) {
        m_historyToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_history->setVisible(open);
        if (open)
            showHistory();
    });
}

QString RecoveryItemChecksView::iconPath(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Passed:
        return u":/icons/status-ok.svg"_s;
    case CheckOutcome::Info:
        return u":/icons/status-info.svg"_s;
    case CheckOutcome::Warning:
        return u":/icons/status-warning.svg"_s;
    case CheckOutcome::Failed:
        return u":/icons/status-error.svg"_s;
    }
    return {};
}

void RecoveryItemChecksView::showItem(const std::optional<RecoveryItem> &item, bool checking)
{
    m_itemId = item ? item->id : 0;
    showChecks(item, checking);
    m_historyToggle->setVisible(item.has_value());
    if (!item)
        m_history->clear();
    else if (!m_history->isHidden())
        showHistory();
}

void RecoveryItemChecksView::showChecks(const std::optional<RecoveryItem> &item, bool checking)
{
    while (QLayoutItem *row = m_checkRows->takeAt(0)) {
        delete row->widget();
        delete row;
    }
    if (!item) {
        m_lastCheck->clear();
        return;
    }
    if (checking) {
        m_lastCheck->setText(tr("Checking it now…"));
    } else if (!item->lastVerification) {
        m_lastCheck->setText(RecoveryKinds::hasVerifier(item->kind)
                                 ? tr("Not checked yet. Fill in where it is, then press Verify.")
                                 : tr("Not checked yet. Storefort cannot check this by itself: look at it "
                                      "and press Confirm by Hand."));
    } else {
        const Verification &v = *item->lastVerification;
        const QString when = QLocale().toString(v.at.toLocalTime(), QLocale::ShortFormat);
        const QString ago = RecoveryItemsModel::ago(v.at, Clock::now());
        m_lastCheck->setText((v.byHand ? tr("%1 — confirmed by hand by %2 on %3 (%4).")
                                       : tr("%1 — verified by %2 on %3 (%4)."))
                                 .arg(CheckOutcomes::name(v.outcome()), v.by, when, ago));
    }
    m_checks->setVisible(item->lastVerification.has_value() && !checking);
    if (!item->lastVerification || checking)
        return;
    // Labels, not a list: each check is read in full, and the panel is as tall as its text.
    const int iconSize = fontMetrics().height() * 5 / 4;
    int row = 0;
    for (const VerificationCheck &check : item->lastVerification->checks) {
        auto *icon = new QLabel(m_checks);
        icon->setPixmap(QIcon(iconPath(check.outcome)).pixmap(iconSize, iconSize));
        icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
        auto *text = new QLabel(tr("%1: %2").arg(CheckOutcomes::name(check.outcome), check.text), m_checks);
        text->setObjectName(u"recoveryCheck"_s);
        text->setProperty("checkCode", check.code);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_checkRows->addWidget(icon, row, 0);
        m_checkRows->addWidget(text, row, 1);
        ++row;
    }
}

void RecoveryItemChecksView::showHistory()
{
    m_history->clear();
    if (m_itemId == 0)
        return;
    const auto verifications = m_plan.verificationsOf(m_itemId, 50);
    if (!verifications) {
        auto *row = new QTreeWidgetItem(m_history);
        row->setText(0, verifications.error());
        row->setFirstColumnSpanned(true);
        return;
    }
    const QList<Verification> &all = verifications.value();
    // The newest is shown above; the history is what came before it.
    for (qsizetype i = 1; i < all.size(); ++i) {
        const Verification &v = all.at(i);
        auto *row = new QTreeWidgetItem(m_history);
        row->setText(0, QLocale().toString(v.at.toLocalTime(), QLocale::ShortFormat));
        row->setText(1, v.byHand ? tr("%1 (by hand)").arg(v.by) : v.by);
        row->setIcon(2, QIcon(iconPath(v.outcome())));
        row->setText(2, CheckOutcomes::name(v.outcome()));
        row->setText(3, v.summary());
        row->setToolTip(3, v.summary());
    }
    if (all.size() <= 1) {
        auto *row = new QTreeWidgetItem(m_history);
        row->setText(0, tr("No earlier verifications."));
        row->setFirstColumnSpanned(true);
    }
}
