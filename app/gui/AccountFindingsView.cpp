#include "AccountFindingsView.h"

#include "FindingsList.h"
#include "PlanSession.h"
#include "ProviderFindingsView.h"
#include "SettingsDialog.h"
#include "accounts/AccountFindings.h"
#include "plan/Plan.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
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
    , m_summary(new QLabel(this))
    , m_settings(new QPushButton(tr("&Settings…"), this))
    , m_findingsList(new FindingsList(u"account"_s,
                                      { tr("What the account checks found"), tr("About the chosen finding"),
                                        tr("Severity: %1"), tr("What was seen"), tr("Why it matters"),
                                        tr("What to do"), tr("Rule %1") },
                                      nullptr, this))
{
    setObjectName(u"accountFindingsView"_s);
    m_summary->setObjectName(u"accountFindingsSummary"_s);
    m_summary->setWordWrap(true);
    m_settings->setObjectName(u"accountRulesSettings"_s);
    m_settings->setToolTip(tr("When the checks raise a finding: password ages, inactive accounts, reviews…"));
    m_findingsList->setStretchFactor(0, 1);
    m_findingsList->setStretchFactor(1, 1);
    m_findingsList->setAboutHtml([this](const Finding &f) {
        const QString about = subjectName(f.subject);
        return about.isEmpty()
            ? QString()
            : u"<p><b>%1</b> %2</p>"_s.arg(tr("About:").toHtmlEscaped(), about.toHtmlEscaped());
    });

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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(counts);
    layout->addWidget(m_findingsList, 1);

    // Imports and edits come in bursts of signals: recompute once, when the burst is over.
    connect(m_findingsList, &FindingsList::refreshDue, this, &AccountFindingsView::refresh);
    m_findingsList->refreshOn(
        session,
        { &Plan::accountsChanged, &Plan::accountReviewChanged, &Plan::peopleChanged, &Plan::systemsChanged });
    connect(m_settings, &QPushButton::clicked, this, &AccountFindingsView::editRules);

    refresh();
}

const QList<Finding> &AccountFindingsView::findings() const
{
    return m_findingsList->findings();
}

void AccountFindingsView::refresh()
{
    m_findingsList->cancelRefresh();
    const Plan &plan = *m_session.plan();
    m_settings->setEnabled(!plan.isReadOnly());

    const QList<Finding> findings = AccountFindings::compute(plan);
    m_findingsList->setFindings(findings, [this](const Finding &finding) {
        const QString about = subjectName(finding.subject);
        // The subject in brackets only when the title does not name it already (an account's
        // findings name both the user and the system).
        return about.isEmpty() || finding.title.contains(about) || finding.subject.startsWith(u"account/"_s)
            ? tr("%1: %2").arg(Severities::name(finding.severity), finding.title)
            : tr("%1: %2 (%3)").arg(Severities::name(finding.severity), finding.title, about);
    });
    std::array<int, 5> bySeverity {}; // by int(Severity)
    for (const Finding &finding : findings)
        ++bySeverity[size_t(finding.severity)];

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
    else if (findings.isEmpty())
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

void AccountFindingsView::editRules()
{
    Plan *plan = m_session.plan();
    if (!plan || plan->isReadOnly())
        return;
    // The one place where the plan's rules are set (Settings, Rules): it writes them on OK, each change
    // audited, and shows the plan's words in its own banner if the plan refuses one.
    SettingsDialog dialog(plan, this);
    dialog.showTab(SettingsDialog::Tab::Rules);
    dialog.exec();
}
