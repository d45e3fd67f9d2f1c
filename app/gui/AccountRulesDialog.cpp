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

    auto *accounts = new QGroupBox(tr("Accounts"), this);
    auto *accountsForm = new QFormLayout(accounts);
    accountsForm->addRow(tr("An account is unused after no sign-in for"),
                         addField(&AccountRules::inactiveDays));
    accountsForm->addRow(tr("Most admin accounts on one system"),
                         addField(&AccountRules::maxAdminsPerSystem));
    accountsForm->addRow(tr("The built-in admin is in daily use when it signed in within"),
                         addField(&AccountRules::builtInAdminRecentDays));

    auto *passwords = new QGroupBox(tr("Passwords"), this);
    auto *passwordsForm = new QFormLayout(passwords);
    passwordsForm->addRow(tr("Shortest password a system may allow"),
                          addField(&AccountRules::passwordMinLength));
    passwordsForm->addRow(tr("… where a second sign-in step is required"),
                          addField(&AccountRules::passwordMinLengthWithMfa));
    passwordsForm->addRow(tr("Change each password at least every"),
                          addField(&AccountRules::passwordMaxAgeDays));
    passwordsForm->addRow(tr("… where the password is the only sign-in step"),
                          addField(&AccountRules::passwordMaxAgeSingleFactorDays));

    auto *audit = new QGroupBox(tr("Audit logs (the record of who did what)"), this);
    auto *auditForm = new QFormLayout(audit);
    auditForm->addRow(tr("Keep audit logs for at least"), addField(&AccountRules::auditRetentionMinDays));
    auditForm->addRow(tr("Look through each audit log at least every"),
                      addField(&AccountRules::auditReviewMaxDays));

    auto *reviews = new QGroupBox(tr("Reviews and letters"), this);
    auto *reviewsForm = new QFormLayout(reviews);
    reviewsForm->addRow(tr("Review who has access at least every"),
                        addField(&AccountRules::accessReviewEveryDays));
    reviewsForm->addRow(tr("Expect a developer’s reply to a letter within"),
                        addField(&AccountRules::letterReplyDays));

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

QSpinBox *AccountRulesDialog::addField(int AccountRules::*member)
{
    QSpinBox *box = createField(member, this);
    m_fields.append({ member, box });
    return box;
}

QSpinBox *AccountRulesDialog::createField(int AccountRules::*member, QWidget *parent)
{
    enum class Unit
    {
        Days,
        Accounts,
        Characters,
    };
    struct Spec
    {
        int AccountRules::*member;
        int min;
        int max;
        Unit unit;
        QString objectName;
    };
    // The ranges are those AccountRules::check() accepts.
    const Spec specs[] {
        { &AccountRules::inactiveDays, 1, 3650, Unit::Days, u"rulesInactiveDays"_s },
        { &AccountRules::maxAdminsPerSystem, 1, 1000, Unit::Accounts, u"rulesMaxAdmins"_s },
        { &AccountRules::builtInAdminRecentDays, 1, 3650, Unit::Days, u"rulesBuiltInAdminDays"_s },
        { &AccountRules::passwordMinLength, 1, 128, Unit::Characters, u"rulesPasswordMinLength"_s },
        { &AccountRules::passwordMinLengthWithMfa, 1, 128, Unit::Characters,
          u"rulesPasswordMinLengthWithMfa"_s },
        { &AccountRules::passwordMaxAgeDays, 1, 36500, Unit::Days, u"rulesPasswordMaxAge"_s },
        { &AccountRules::passwordMaxAgeSingleFactorDays, 1, 36500, Unit::Days,
          u"rulesPasswordMaxAgeSingleFactor"_s },
        { &AccountRules::auditRetentionMinDays, 1, 36500, Unit::Days, u"rulesAuditRetention"_s },
        { &AccountRules::auditReviewMaxDays, 1, 3650, Unit::Days, u"rulesAuditReview"_s },
        { &AccountRules::accessReviewEveryDays, 1, 3650, Unit::Days, u"rulesAccessReview"_s },
        { &AccountRules::letterReplyDays, 1, 3650, Unit::Days, u"rulesLetterReply"_s },
    };
    auto *box = new QSpinBox(parent);
    box->setAccelerated(true);
    for (const Spec &spec : specs) {
        if (spec.member != member)
            continue;
        box->setObjectName(spec.objectName);
        box->setRange(spec.min, spec.max);
        switch (spec.unit) {
        case Unit::Days:
            box->setSuffix(tr(" days"));
            break;
        case Unit::Accounts:
            box->setSuffix(tr(" accounts"));
            break;
        case Unit::Characters:
            box->setSuffix(tr(" characters"));
            break;
        }
    }
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

void AccountRulesDialog::setAcceptText(const QString &text)
{
    if (auto *save = findChild<QPushButton *>(u"rulesSave"_s))
        save->setText(text);
}
