#include "RecoveryFindingsView.h"

#include "FindingsList.h"
#include "PlanSession.h"
#include "contingency/ContingencyFindings.h"
#include "plan/Plan.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

RecoveryFindingsView::RecoveryFindingsView(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_showItem(new QPushButton(tr("&Show Item"), this))
{
    setObjectName(u"recoveryFindingsView"_s);
    m_summary->setObjectName(u"recoveryFindingsSummary"_s);
    m_summary->setWordWrap(true);
    m_showItem->setObjectName(u"recoveryFindingShowItem"_s);
    m_showItem->setToolTip(tr("Go to the item this finding is about"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showItem);
    buttons->addStretch();
    m_findingsList = new FindingsList(
        u"recovery"_s,
        { tr("What is missing or doubtful about the recovery items"), tr("About the chosen finding"),
          tr("Severity: %1"), tr("What was seen"), tr("Why it matters"), tr("What to do"), tr("Rule %1") },
        buttons, this);
    m_findingsList->setStretchFactor(0, 1);
    m_findingsList->setStretchFactor(1, 1);
    m_findingsList->setAboutHtml([this](const Finding &f) {
        const qint64 itemId = RecoveryFindings::itemOf(f);
        const auto item = m_session.plan()->recoveryItem(itemId);
        if (!item)
            return QString();
        return u"<p><b>%1</b> <a href=\"item:%2\">%3</a></p>"_s.arg(
            tr("About:").toHtmlEscaped(), QString::number(itemId), item->displayTitle().toHtmlEscaped());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_findingsList, 1);

    // Edits come in bursts of signals: recompute once, when the burst is over.
    connect(m_findingsList, &FindingsList::refreshDue, this, &RecoveryFindingsView::refresh);
    m_findingsList->refreshOn(session,
                              { &Plan::recoveryItemsChanged, &Plan::peopleChanged, &Plan::providersChanged });
    connect(m_findingsList, &FindingsList::currentFindingChanged, this, [this](int row) {
        m_showItem->setEnabled(
            row >= 0 && m_session.plan()->recoveryItem(RecoveryFindings::itemOf(findings().at(row))));
    });
    connect(m_findingsList->list(), &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showItemOf(m_findingsList->list()->row(item)); });
    connect(m_showItem, &QPushButton::clicked, this,
            [this] { showItemOf(m_findingsList->list()->currentRow()); });
    connect(m_findingsList->details(), &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"item")
            emit itemRequested(url.path().toLongLong());
    });

    refresh();
}

const QList<Finding> &RecoveryFindingsView::findings() const
{
    return m_findingsList->findings();
}

void RecoveryFindingsView::refresh()
{
    m_findingsList->cancelRefresh();
    QList<Finding> findings = RecoveryFindings::compute(*m_session.plan());
    Severities::sort(findings);
    m_findingsList->setFindings(findings, [this](const Finding &finding) {
        return tr("%1: %2").arg(Severities::name(finding.severity), finding.title);
    });
    const auto serious = std::count_if(findings.cbegin(), findings.cend(),
                                       [](const Finding &f) { return f.severity >= Severity::High; });
    if (findings.isEmpty())
        m_summary->setText(tr("Nothing found: every recovery item has a holder and a place, and its last "
                              "check went well."));
    else if (serious == 0)
        m_summary->setText(tr("Nothing urgent. Choose a finding to see why it matters and what to do; "
                              "“Show Item” takes you to the item."));
    else
        m_summary->setText(
            tr("%n urgent thing(s) to sort out before a bad day comes. Choose a finding to see "
               "why it matters and what to do; “Show Item” takes you to the item.",
               nullptr, int(serious)));
    m_showItem->setVisible(!findings.isEmpty());
    emit countChanged(int(findings.size()));
}

void RecoveryFindingsView::showItemOf(int row)
{
    if (row < 0 || row >= findings().size())
        return;
    if (const qint64 id = RecoveryFindings::itemOf(findings().at(row)))
        emit itemRequested(id);
}
