#include "FindingsList.h"

#include "AcceptFindingDialog.h"
#include "AcceptanceCommands.h"
#include "FindingDetail.h"
#include "PlanSession.h"
#include "ProviderFindingsView.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QAction>
#include <QHBoxLayout>
#include <QIcon>
#include <QLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FindingsList::FindingsList(const QString &prefix, const Texts &texts, QLayout *belowDetails, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_texts(texts)
    , m_refreshTimer(new QTimer(this))
    , m_list(new QListWidget(this))
    , m_details(new QTextBrowser(this))
    , m_accept(new QPushButton(tr("&Accept as a Risk…"), this))
    , m_withdraw(new QPushButton(tr("&Withdraw Acceptance"), this))
    , m_acceptAction(new QAction(tr("Accept as a Risk…"), this))
    , m_withdrawAction(new QAction(tr("Withdraw Acceptance"), this))
{
    m_list->setObjectName(prefix + u"FindingsList"_s);
    m_list->setAccessibleName(texts.listName);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setUniformItemSizes(false);
    m_details->setObjectName(prefix + u"FindingDetails"_s);
    m_details->setAccessibleName(texts.detailsName);
    m_details->setOpenLinks(false);
    m_accept->setObjectName(prefix + u"FindingAccept"_s);
    m_accept->setToolTip(tr("Say why the shop carries this risk for now, and until when"));
    m_withdraw->setObjectName(prefix + u"FindingWithdraw"_s);
    m_withdraw->setToolTip(tr("The finding counts again as open"));
    // Until the list knows its plan, there is nothing to accept into.
    m_accept->hide();
    m_withdraw->hide();
    m_withdrawAction->setShortcut(QKeySequence::Delete);
    m_withdrawAction->setShortcutContext(Qt::WidgetShortcut);

    addWidget(m_list);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details, 1);
    auto *buttons = new QHBoxLayout;
    if (belowDetails)
        buttons->addLayout(belowDetails, 1);
    else
        buttons->addStretch();
    buttons->addWidget(m_accept);
    buttons->addWidget(m_withdraw);
    rightLayout->addLayout(buttons);
    addWidget(right);
    setChildrenCollapsible(false);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &FindingsList::refreshDue);
    connect(m_list, &QListWidget::currentRowChanged, this, &FindingsList::showDetails);
    connect(m_accept, &QPushButton::clicked, this, &FindingsList::acceptCurrent);
    connect(m_withdraw, &QPushButton::clicked, this, &FindingsList::withdrawCurrent);
    connect(m_acceptAction, &QAction::triggered, this, &FindingsList::acceptCurrent);
    connect(m_withdrawAction, &QAction::triggered, this, &FindingsList::withdrawCurrent);
}

void FindingsList::refreshOn(PlanSession &session, std::initializer_list<void (Plan::*)()> signalsOfPlan)
{
    Plan *plan = session.plan();
    for (auto signal : signalsOfPlan)
        connect(plan, signal, m_refreshTimer, qOverload<>(&QTimer::start));
    if (m_plan == plan)
        return;
    m_session = &session;
    m_plan = plan;
    // Accepting or withdrawing changes how a finding is shown, wherever it was done.
    connect(plan, &Plan::acceptancesChanged, m_refreshTimer, qOverload<>(&QTimer::start));
    m_list->addActions({ m_acceptAction, m_withdrawAction });
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    updateButtons();
}

void FindingsList::cancelRefresh()
{
    m_refreshTimer->stop();
}

std::optional<FindingAcceptance> FindingsList::acceptanceAt(int row) const
{
    return row >= 0 && row < m_acceptances.size() ? m_acceptances.at(row) : std::nullopt;
}

void FindingsList::setFindings(const QList<Finding> &findings, const RowText &rowText)
{
    const QString current
        = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_findings = findings;
    m_acceptances.clear();
    const QDate today = Clock::now().toLocalTime().date();
    const QLocale locale;
    m_list->clear();
    int currentRow = 0;
    for (const Finding &finding : std::as_const(m_findings)) {
        const auto accepted = m_plan ? m_plan->acceptanceFor(finding, today) : std::nullopt;
        m_acceptances.append(accepted);
        QString text = rowText(finding);
        if (accepted)
            text = accepted->expiresOn.isValid()
                ? tr("%1 — accepted until %2")
                      .arg(text, locale.toString(accepted->expiresOn, QLocale::ShortFormat))
                : tr("%1 — accepted, no expiry").arg(text);
        // The severity in words first: the icon and colour only help the eye.
        auto *item
            = new QListWidgetItem(QIcon(ProviderFindingsView::iconPath(finding.severity)), text, m_list);
        item->setForeground(accepted ? palette().color(QPalette::Disabled, QPalette::Text)
                                     : ProviderFindingsView::colour(finding.severity));
        item->setToolTip(finding.evidence);
        const QString key = finding.id + u'|' + finding.subject;
        item->setData(Qt::UserRole, key);
        if (key == current)
            currentRow = m_list->count() - 1;
    }
    m_list->setVisible(!m_findings.isEmpty());
    m_details->setVisible(!m_findings.isEmpty());
    if (!m_findings.isEmpty())
        m_list->setCurrentRow(currentRow);
    else
        m_details->clear();
    updateButtons();
}

void FindingsList::showDetails(int row)
{
    updateButtons();
    if (row < 0 || row >= m_findings.size()) {
        m_details->clear();
        emit currentFindingChanged(-1);
        return;
    }
    const Finding &f = m_findings.at(row);
    QString html = u"<h3>%1</h3><p><b style=\"color:%2\">%3</b></p>"_s.arg(
        f.title.toHtmlEscaped(), ProviderFindingsView::colour(f.severity).name(),
        m_texts.severity.arg(Severities::name(f.severity)).toHtmlEscaped());
    if (const auto accepted = acceptanceAt(row))
        html += FindingDetail::acceptanceHtml(*accepted);
    if (m_aboutHtml)
        html += m_aboutHtml(f);
    if (!f.evidence.isEmpty())
        html += u"<p><b>%1</b><br>%2</p>"_s.arg(m_texts.seen.toHtmlEscaped(),
                                                f.evidence.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    html += u"<p><b>%1</b><br>%2</p>"_s.arg(m_texts.why.toHtmlEscaped(), f.why.toHtmlEscaped());
    html += u"<p><b>%1</b><br>%2</p>"_s.arg(m_texts.fix.toHtmlEscaped(), f.fix.toHtmlEscaped());
    html += u"<p><small>%1</small></p>"_s.arg(m_texts.rule.arg(f.id).toHtmlEscaped());
    m_details->setHtml(html);
    emit currentFindingChanged(row);
}

void FindingsList::updateButtons()
{
    const int row = m_list->currentRow();
    const bool chosen = m_plan && row >= 0 && row < m_findings.size();
    const bool accepted = acceptanceAt(row).has_value();
    const bool canEdit = chosen && !m_plan->isReadOnly() && m_session.data();
    m_accept->setVisible(chosen);
    m_accept->setEnabled(canEdit);
    m_accept->setText(accepted ? tr("&Change Acceptance…") : tr("&Accept as a Risk…"));
    m_withdraw->setVisible(chosen && accepted);
    m_withdraw->setEnabled(canEdit);
    m_acceptAction->setEnabled(canEdit);
    m_acceptAction->setText(accepted ? tr("Change Acceptance…") : tr("Accept as a Risk…"));
    m_withdrawAction->setEnabled(canEdit && accepted);
}

void FindingsList::acceptCurrent()
{
    const int row = m_list->currentRow();
    PlanSession *planSession = m_session.data();
    if (row < 0 || row >= m_findings.size() || !planSession)
        return;
    if (AcceptFindingDialog::acceptFinding(*planSession, m_findings.at(row), this))
        emit refreshDue(); // shown as accepted at once; the chosen finding stays chosen
}

void FindingsList::withdrawCurrent()
{
    const int row = m_list->currentRow();
    PlanSession *planSession = m_session.data();
    if (!acceptanceAt(row) || !planSession || m_plan->isReadOnly())
        return;
    if (WithdrawAcceptanceCommand::push(*planSession, m_findings.at(row)))
        emit refreshDue();
}
