#include "AccountRulesDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AccountRulesDialog::AccountRulesDialog(const AccountRules &rules, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"accountRulesDialog"_s);
    setWindowTitle(tr("Account Rules Settings"));

    auto *intro
        = new QLabel(tr("When the account checks raise a finding. Each limit is still fine: a password "
                        "exactly as old as the limit is not flagged, one day older is."),
                     this);
    intro->setWordWrap(true);

    // The ranges are those AccountRules::check() accepts.
    const QString days = tr(" days");
    auto *accounts = new QGroupBox(tr("Accounts"), this);
    auto *accountsForm = new QFormLayout(accounts);
    accountsForm->addRow(tr("An account is unused after no sign-in for"),
                         addField(&AccountRules::inactiveDays, 1, 3650, days, u"rulesInactiveDays"_s));
    accountsForm->addRow(
        tr("Most admin accounts on one system"),
        addField(&AccountRules::maxAdminsPerSystem, 1, 1000, tr(" accounts"), u"rulesMaxAdmins"_s));
    accountsForm->addRow(
        tr("The built-in admin is in daily use when it signed in within"),
        addField(&AccountRules::builtInAdminRecentDays, 1, 3650, days, u"rulesBuiltInAdminDays"_s));

    auto *passwords = new QGroupBox(tr("Passwords"), this);
    auto *passwordsForm = new QFormLayout(passwords);
    passwordsForm->addRow(
        tr("Shortest password a system may allow"),
        addField(&AccountRules::passwordMinLength, 1, 128, tr(" characters"), u"rulesPasswordMinLength"_s));
    passwordsForm->addRow(tr("… where a second sign-in step is required"),
                          addField(&AccountRules::passwordMinLengthWithMfa, 1, 128, tr(" characters"),
                                   u"rulesPasswordMinLengthWithMfa"_s));
    passwordsForm->addRow(
        tr("Change each password at least every"),
        addField(&AccountRules::passwordMaxAgeDays, 1, 36500, days, u"rulesPasswordMaxAge"_s));
    passwordsForm->addRow(tr("… where the password is the only sign-in step"),
                          addField(&AccountRules::passwordMaxAgeSingleFactorDays, 1, 36500, days,
                                   u"rulesPasswordMaxAgeSingleFactor"_s));

    auto *audit = new QGroupBox(tr("Audit logs (the record of who did what)"), this);
    auto *auditForm = new QFormLayout(audit);
    auditForm->addRow(
        tr("Keep audit logs for at least"),
        addField(&AccountRules::auditRetentionMinDays, 1, 36500, days, u"rulesAuditRetention"_s));
    auditForm->addRow(tr("Look through each audit log at least every"),
                      addField(&AccountRules::auditReviewMaxDays, 1, 3650, days, u"rulesAuditReview"_s));

    auto *reviews = new QGroupBox(tr("Reviews and letters"), this);
    auto *reviewsForm = new QFormLayout(reviews);
    reviewsForm->addRow(
        tr("Review who has access at least every"),
        addField(&AccountRules::accessReviewEveryDays, 1, 3650, days, u"rulesAccessReview"_s));
    reviewsForm->addRow(tr("Expect a developer’s reply to a letter within"),
                        addField(&AccountRules::letterReplyDays, 1, 3650, days, u"rulesLetterReply"_s));

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Save | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"rulesSave"_s);
    buttons->button(QDialogButtonBox::RestoreDefaults)->setObjectName(u"rulesDefaults"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setRules(AccountRules()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(accounts);
    layout->addWidget(passwords);
    layout->addWidget(audit);
    layout->addWidget(reviews);
    layout->addStretch();
    layout->addWidget(buttons);

    setRules(rules);
}

QSpinBox *AccountRulesDialog::addField(int AccountRules::*member, int min, int max, const QString &suffix,
                                       const QString &objectName)
{
    auto *box = new QSpinBox(this);
    box->setObjectName(objectName);
    box->setRange(min, max);
    box->setSuffix(suffix);
    box->setAccelerated(true);
    m_fields.append({ member, box });
    return box;
}

AccountRules AccountRulesDialog::rules() const
{
    AccountRules rules;
    for (const Field &field : m_fields)
        rules.*field.member = field.box->value();
    return rules;
}

void AccountRulesDialog::setRules(const AccountRules &rules)
{
    for (const Field &field : m_fields)
        field.box->setValue(rules.*field.member);
}
