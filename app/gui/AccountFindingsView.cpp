#include "AccountFindingsView.h"

#include "AccountRulesDialog.h"
#include "MessageBox.h"
#include "PlanSession.h"
#include "ProviderFindingsView.h"
#include "accounts/AccountFindings.h"
#include "plan/Plan.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace {
const QList<Severity> severitiesDown { Severity::Critical, Severity::High, Severity::Medium, Severity::Low,
                                       Severity::Info };
}

AccountFindingsView::AccountFindingsView(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_refreshTimer(new QTimer(this))
    , m_summary(new QLabel(this))
    , m_settings(new QPushButton(tr("&Settings…"), this))
    , m_list(new QListWidget(this))
    , m_details(new QTextBrowser(this))
{
    setObjectName(u"accountFindingsView"_s);
    m_summary->setObjectName(u"accountFindingsSummary"_s);
    m_summary->setWordWrap(true);
    m_settings->setObjectName(u"accountRulesSettings"_s);
    m_settings->setToolTip(tr("When the checks raise a finding: password ages, inactive accounts, reviews…"));
    m_list->setObjectName(u"accountFindingsList"_s);
    m_list->setAccessibleName(tr("What the account checks found"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setUniformItemSizes(false);
    m_details->setObjectName(u"accountFindingDetails"_s);
    m_details->setAccessibleName(tr("About the chosen finding"));
    m_details->setOpenLinks(false);

    // One icon and one "2 critical" per severity: the words say it, the icon only helps the eye.
    auto *counts = new QHBoxLayout;
    for (Severity severity : severitiesDown) {
        auto *icon = new QLabel(this);
        const int size = fontMetrics().height();
        icon->setPixmap(QIcon(ProviderFindingsView::iconPath(severity)).pixmap(size, size));
        auto *count = new QLabel(this);
        count->setObjectName(u"accountFindingsCount_"_s + Severities::key(severity));
        counts->addWidget(icon);
        counts->addWidget(count);
        counts->addSpacing(fontMetrics().averageCharWidth() * 2);
        m_countIcons.append(icon);
        m_counts.append(count);
    }
    counts->addStretch();
    counts->addWidget(m_settings);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(counts);
    layout->addWidget(splitter, 1);

    // Imports and edits come in bursts of signals: recompute once, when the burst is over.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &AccountFindingsView::refresh);
    Plan *plan = session.plan();
    for (auto signal :
         { &Plan::accountsChanged, &Plan::accountReviewChanged, &Plan::peopleChanged, &Plan::systemsChanged })
        connect(plan, signal, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_list, &QListWidget::currentRowChanged, this, &AccountFindingsView::showDetails);
    connect(m_settings, &QPushButton::clicked, this, &AccountFindingsView::editRules);

    refresh();
}

void AccountFindingsView::refresh()
{
    m_refreshTimer->stop();
    const Plan &plan = *m_session.plan();
    m_settings->setEnabled(!plan.isReadOnly());

    const QString current
        = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_findings = AccountFindings::compute(plan);
    m_list->clear();
    int currentRow = 0;
    std::array<int, 5> bySeverity {}; // by int(Severity)
    for (const Finding &finding : std::as_const(m_findings)) {
        ++bySeverity[size_t(finding.severity)];
        const QString about = subjectName(finding.subject);
        // The subject in brackets only when the title does not name it already (an account's
        // findings name both the user and the system).
        const QString text
            = about.isEmpty() || finding.title.contains(about) || finding.subject.startsWith(u"account/"_s)
            ? tr("%1: %2").arg(Severities::name(finding.severity), finding.title)
            : tr("%1: %2 (%3)").arg(Severities::name(finding.severity), finding.title, about);
        auto *item
            = new QListWidgetItem(QIcon(ProviderFindingsView::iconPath(finding.severity)), text, m_list);
        item->setForeground(ProviderFindingsView::colour(finding.severity));
        item->setToolTip(finding.evidence);
        const QString key = finding.id + u'|' + finding.subject;
        item->setData(Qt::UserRole, key);
        if (key == current)
            currentRow = m_list->count() - 1;
    }

    for (int i = 0; i < severitiesDown.size(); ++i) {
        const Severity severity = severitiesDown.at(i);
        const int n = bySeverity[size_t(severity)];
        m_counts.at(i)->setText(tr("%1: %2").arg(Severities::name(severity)).arg(n));
        m_counts.at(i)->setEnabled(n > 0);
        m_countIcons.at(i)->setEnabled(n > 0);
    }

    const int serious = bySeverity[size_t(Severity::Critical)] + bySeverity[size_t(Severity::High)];
    if (plan.accounts().isEmpty())
        m_summary->setText(tr("No accounts on file yet. Import them on the Accounts tab; the checks run on "
                              "their own."));
    else if (m_findings.isEmpty())
        m_summary->setText(tr("Nothing found: the accounts on file look well kept."));
    else if (serious == 0)
        m_summary->setText(tr("Nothing urgent. Choose a finding to see why it matters and what to do."));
    else if (serious == 1)
        m_summary->setText(tr("1 urgent thing to sort out. Choose a finding to see why it matters and what "
                              "to do."));
    else
        m_summary->setText(
            tr("%1 urgent things to sort out. Choose a finding to see why they matter and what "
               "to do.")
                .arg(serious));

    m_list->setVisible(!m_findings.isEmpty());
    m_details->setVisible(!m_findings.isEmpty());
    if (!m_findings.isEmpty())
        m_list->setCurrentRow(currentRow);
    else
        m_details->clear();
}

QString AccountFindingsView::subjectName(const QString &subject) const
{
    const Plan &plan = *m_session.plan();
    const qint64 id = subject.section(u'/', 1, 1).toLongLong();
    if (subject.startsWith(u"system/")) {
        if (const auto system = plan.system(id))
            return system->name;
    } else if (subject.startsWith(u"person/")) {
        if (const auto person = plan.person(id))
            return person->name;
    } else if (subject.startsWith(u"account/")) {
        if (const auto account = plan.account(id)) {
            const auto system = plan.system(account->systemId);
            return system ? tr("%1 on %2").arg(account->userName, system->name) : account->userName;
        }
    } else if (subject.startsWith(u"letter/")) {
        for (const ConfirmationLetter &letter : plan.confirmationLetters()) {
            if (letter.id != id)
                continue;
            const auto person = plan.person(letter.personId);
            return tr("letter to %1").arg(person ? person->name : tr("someone removed"));
        }
    }
    return {};
}

void AccountFindingsView::showDetails(int row)
{
    if (row < 0 || row >= m_findings.size()) {
        m_details->clear();
        return;
    }
    const Finding &f = m_findings.at(row);
    QString html = u"<h3>%1</h3><p><b style=\"color:%2\">%3</b></p>"_s.arg(
        f.title.toHtmlEscaped(), ProviderFindingsView::colour(f.severity).name(),
        tr("Severity: %1").arg(Severities::name(f.severity)).toHtmlEscaped());
    const QString about = subjectName(f.subject);
    if (!about.isEmpty())
        html += u"<p><b>%1</b> %2</p>"_s.arg(tr("About:").toHtmlEscaped(), about.toHtmlEscaped());
    if (!f.evidence.isEmpty())
        html += u"<p><b>%1</b><br>%2</p>"_s.arg(tr("What was seen").toHtmlEscaped(),
                                                f.evidence.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    html += u"<p><b>%1</b><br>%2</p>"_s.arg(tr("Why it matters").toHtmlEscaped(), f.why.toHtmlEscaped());
    html += u"<p><b>%1</b><br>%2</p>"_s.arg(tr("What to do").toHtmlEscaped(), f.fix.toHtmlEscaped());
    html += u"<p><small>%1</small></p>"_s.arg(tr("Rule %1").arg(f.id).toHtmlEscaped());
    m_details->setHtml(html);
}

void AccountFindingsView::editRules()
{
    Plan &plan = *m_session.plan();
    if (plan.isReadOnly())
        return;
    AccountRulesDialog dialog(plan.accountRules(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AccountRules rules = dialog.rules();
    if (rules == plan.accountRules())
        return;
    if (const Status status = plan.setAccountRules(rules); !status)
        MessageBox::warning(this, tr("Settings Not Saved"), status.error());
}
