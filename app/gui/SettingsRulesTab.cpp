#include "SettingsRulesTab.h"

#include "AccountRulesDialog.h"
#include "NoticeBanner.h"
#include "ScrollingPageLayout.h"
#include "SettingsDialog.h"
#include "plan/Plan.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SettingsRulesTab::SettingsRulesTab(Plan &plan, QWidget *parent)
    : QWidget(parent)
    , m_plan(&plan)
    , m_rules(plan.accountRules())
{
    setObjectName(u"settingsRulesTab"_s);
    auto *intro = new QLabel(tr("These limits decide when the plan's checks raise a finding or say that "
                                "something is due. They are kept in the plan, so everyone who opens it — "
                                "and the command line — judges by the same rules."),
                             this);
    intro->setWordWrap(true);

    auto *accounts = new QGroupBox(tr("Accounts and passwords"), this);
    auto *accountsForm = new QFormLayout(accounts);
    m_passwordAge = SettingsDialog::addSetting(
        accountsForm, tr("Change &passwords at least every:"),
        accountField(&AccountRules::passwordMaxAgeDays, u"settingsPasswordMaxAge"_s),
        tr("A password unchanged for longer becomes a finding in Accounts & access."));
    m_passwordAgeSingleFactor = SettingsDialog::addSetting(
        accountsForm, tr("… with &no second sign-in step:"),
        accountField(&AccountRules::passwordMaxAgeSingleFactorDays, u"settingsPasswordMaxAgeSingleFactor"_s),
        tr("Where a password alone lets someone in (no code or key as well), it should change sooner."));
    m_inactive = SettingsDialog::addSetting(
        accountsForm, tr("An account is &unused after:"),
        accountField(&AccountRules::inactiveDays, u"settingsInactiveDays"_s),
        tr("An account nobody signed in to for this long becomes a finding: close it, or "
           "say why it stays."));
    m_accessReview = SettingsDialog::addSetting(
        accountsForm, tr("Review a&ccess every:"),
        accountField(&AccountRules::accessReviewEveryDays, u"settingsAccessReview"_s),
        tr("How long after the last access review the next one falls due."));
    auto *moreRules = new QPushButton(tr("&More Account Rules…"), accounts);
    moreRules->setObjectName(u"settingsMoreRules"_s);
    moreRules->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    moreRules->setAccessibleDescription(
        tr("Admin accounts, password length, audit logs and developers' letters."));
    moreRules->setToolTip(moreRules->accessibleDescription());
    accountsForm->addRow(QString(), moreRules);
    connect(moreRules, &QPushButton::clicked, this, &SettingsRulesTab::editMoreRules);

    auto *providers = new QGroupBox(tr("Providers' answers"), this);
    auto *providersForm = new QFormLayout(providers);
    auto *answerAge = new QSpinBox(providers);
    answerAge->setObjectName(u"settingsAnswerAge"_s);
    answerAge->setRange(1, 120); // what Plan::setAnswerMaxAgeMonths() accepts
    answerAge->setSuffix(tr(" months"));
    answerAge->setValue(plan.answerMaxAgeMonths());
    m_answerAge = SettingsDialog::addSetting(
        providersForm, tr("Ask providers aga&in after:"), answerAge,
        tr("An answer older than this is due to be asked again; the Providers step "
           "marks it."));

    auto *recovery = new QGroupBox(tr("Backups and recovery"), this);
    auto *recoveryForm = new QFormLayout(recovery);
    auto *backupAge = new QSpinBox(recovery);
    backupAge->setObjectName(u"settingsBackupMaxAge"_s);
    backupAge->setRange(Plan::minBackupMaxAgeHours, Plan::maxBackupMaxAgeHours);
    backupAge->setSuffix(tr(" hours"));
    backupAge->setValue(plan.backupMaxAgeHours());
    m_backupAge = SettingsDialog::addSetting(
        recoveryForm, tr("Newest bac&kup at most:"), backupAge,
        tr("A backup folder whose newest backup is older fails its check. Used from "
           "the next check of the backups."));
    auto *recheck = new QSpinBox(recovery);
    recheck->setObjectName(u"settingsRecheckDays"_s);
    recheck->setRange(Plan::minRecheckDays, Plan::maxRecheckDays);
    recheck->setSuffix(tr(" days"));
    recheck->setValue(plan.recheckDays());
    m_recheck = SettingsDialog::addSetting(
        recoveryForm, tr("Check recovery items &every:"), recheck,
        tr("An item not checked for longer becomes a finding in the Contingency binder."));

    // The three groups' fields in one column.
    int labelWidth = 0;
    const QList<QLabel *> labels = findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->buddy())
            labelWidth = std::max(labelWidth, label->sizeHint().width());
    }
    for (QLabel *label : labels) {
        if (label->buddy())
            label->setMinimumWidth(labelWidth);
    }

    // Scrolls rather than grows past a small screen, or with a large system font.
    QVBoxLayout *column = layOutScrollingPage(*this);
    if (plan.isReadOnly()) {
        auto *readOnly = new NoticeBanner(this);
        readOnly->setObjectName(u"settingsRulesReadOnly"_s);
        readOnly->setMessage(NoticeBanner::Kind::Information,
                             tr("This plan is open read-only, so its rules cannot be changed here."),
                             plan.readOnlyReason());
        column->addWidget(readOnly);
        for (QWidget *group : { static_cast<QWidget *>(accounts), static_cast<QWidget *>(providers),
                                static_cast<QWidget *>(recovery) })
            group->setEnabled(false);
    }
    column->addWidget(intro);
    column->addWidget(accounts);
    column->addWidget(providers);
    column->addWidget(recovery);
    column->addStretch();
}

QSpinBox *SettingsRulesTab::accountField(int AccountRules::*member, const QString &objectName)
{
    QSpinBox *box = AccountRulesDialog::createField(member, this);
    box->setObjectName(objectName);
    box->setValue(m_rules.*member);
    return box;
}

AccountRules SettingsRulesTab::accountRules() const
{
    AccountRules rules = m_rules;
    rules.passwordMaxAgeDays = m_passwordAge->value();
    rules.passwordMaxAgeSingleFactorDays = m_passwordAgeSingleFactor->value();
    rules.inactiveDays = m_inactive->value();
    rules.accessReviewEveryDays = m_accessReview->value();
    return rules;
}

void SettingsRulesTab::editMoreRules()
{
    AccountRulesDialog dialog(accountRules(), this);
    dialog.setAcceptText(tr("&Keep"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_rules = dialog.rules();
    m_passwordAge->setValue(m_rules.passwordMaxAgeDays);
    m_passwordAgeSingleFactor->setValue(m_rules.passwordMaxAgeSingleFactorDays);
    m_inactive->setValue(m_rules.inactiveDays);
    m_accessReview->setValue(m_rules.accessReviewEveryDays);
}

Status SettingsRulesTab::apply()
{
    if (!m_plan)
        return Error { tr("The plan was closed, so its rules were not changed.") };
    Plan &plan = *m_plan;
    const AccountRules rules = accountRules();
    const bool changes = rules != plan.accountRules() || m_answerAge->value() != plan.answerMaxAgeMonths()
        || m_backupAge->value() != plan.backupMaxAgeHours() || m_recheck->value() != plan.recheckDays();
    if (!changes)
        return Status::success();
    // The plan checks every value itself; its message is the one shown.
    if (rules != plan.accountRules()) {
        if (Status status = plan.setAccountRules(rules); !status)
            return status;
    }
    if (Status status = plan.setAnswerMaxAgeMonths(m_answerAge->value()); !status)
        return status;
    if (Status status = plan.setBackupMaxAgeHours(m_backupAge->value()); !status)
        return status;
    return plan.setRecheckDays(m_recheck->value());
}
