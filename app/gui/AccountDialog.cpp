#include "AccountDialog.h"

#include "accounts/System.h"
#include "plan/Person.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AccountDialog::AccountDialog(const Account &account, const QList<System> &systems,
                             const QList<Person> &people, QWidget *parent)
    : QDialog(parent)
    , m_original(account)
    , m_system(new QComboBox(this))
    , m_userName(new QLineEdit(account.userName, this))
    , m_displayName(new QLineEdit(account.displayName, this))
    , m_email(new QLineEdit(account.email, this))
    , m_people(new QListWidget(this))
    , m_role(new QComboBox(this))
    , m_mfa(new QComboBox(this))
    , m_shared(new QCheckBox(tr("&Shared: several people sign in with it"), this))
    , m_service(new QCheckBox(tr("Used by a &program, not a person (a service account)"), this))
    , m_status(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool adding = account.id == 0;
    setObjectName(u"accountDialog"_s);
    setWindowTitle(adding ? tr("Add an Account") : tr("Account %1").arg(account.userName));

    auto *intro = new QLabel(adding ? tr("An account the exports do not list, such as one on a system "
                                         "you cannot export from. Say whom it belongs to and what it "
                                         "can reach.")
                                    : tr("Say whom this account belongs to and what it can reach. "
                                         "The next import keeps what you set here."),
                             this);
    intro->setWordWrap(true);

    m_system->setObjectName(u"accountSystem"_s);
    for (const System &s : systems)
        m_system->addItem(s.name, s.id);
    m_system->setCurrentIndex(std::max(0, m_system->findData(account.systemId)));
    m_system->setEnabled(adding);
    m_userName->setObjectName(u"accountUserName"_s);
    m_userName->setReadOnly(!adding);
    m_userName->setToolTip(tr("The name used to sign in"));
    m_displayName->setObjectName(u"accountDisplayName"_s);
    m_displayName->setReadOnly(!adding);
    m_email->setObjectName(u"accountEmail"_s);
    m_email->setReadOnly(!adding);

    m_people->setObjectName(u"accountPeople"_s);
    m_people->setAccessibleName(tr("Team members who use this account"));
    m_people->setToolTip(tr("Tick everyone who signs in with this account. An account of its own for "
                            "each person is safest."));
    for (const Person &p : people) {
        auto *item = new QListWidgetItem(p.name, m_people);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(account.personIds.contains(p.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (people.isEmpty()) {
        auto *item = new QListWidgetItem(tr("Nobody in the team yet: add people in the Shop and team step."),
                                         m_people);
        item->setFlags(Qt::NoItemFlags);
    }
    m_people->setMaximumHeight(fontMetrics().lineSpacing() * 7);

    m_role->setObjectName(u"accountRole"_s);
    for (AccountRole role : AccountRoles::all())
        m_role->addItem(AccountRoles::name(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(account.role)));
    m_role->setToolTip(tr("What the account may do, in plain terms. Give each account the least it "
                          "needs for its work."));

    auto *reachBox = new QGroupBox(tr("Data it can reach"), this);
    auto *reachGrid = new QGridLayout(reachBox);
    int i = 0;
    for (DataKind kind : DataKinds::all()) {
        auto *box = new QCheckBox(DataKinds::name(kind), reachBox);
        box->setObjectName(u"accountReach_"_s + DataKinds::key(kind));
        box->setProperty("dataKind", int(kind));
        box->setChecked(account.reach.testFlag(kind));
        reachGrid->addWidget(box, i / 2, i % 2);
        m_reach.append(box);
        connect(box, &QCheckBox::toggled, this, &AccountDialog::validate);
        ++i;
    }

    m_mfa->setObjectName(u"accountMfa"_s);
    for (YesNoUnknown v : { YesNoUnknown::Unknown, YesNoUnknown::Yes, YesNoUnknown::No })
        m_mfa->addItem(YesNoUnknowns::name(v), int(v));
    m_mfa->setCurrentIndex(m_mfa->findData(int(account.mfa)));
    m_mfa->setToolTip(tr("Does this account need a second step (an app or a code) to sign in?"));
    m_shared->setObjectName(u"accountShared"_s);
    m_shared->setChecked(account.shared);
    m_service->setObjectName(u"accountService"_s);
    m_service->setChecked(account.serviceAccount);
    m_status->setObjectName(u"accountStatus"_s);
    for (AccountStatus s : AccountStatuses::all())
        m_status->addItem(AccountStatuses::name(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(account.status)));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("S&ystem:"), m_system);
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("Name s&hown:"), m_displayName);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Belongs to:"), m_people);
    auto *roleRow = new QHBoxLayout;
    roleRow->addWidget(m_role, 1);
    if (!account.platformRole.isEmpty()) {
        auto *platform = new QLabel(tr("called \"%1\" on the system").arg(account.platformRole), this);
        platform->setObjectName(u"accountPlatformRole"_s);
        roleRow->addWidget(platform);
    }
    auto *roleLabel = new QLabel(tr("&Role:"), this);
    roleLabel->setBuddy(m_role);
    form->addRow(roleLabel, roleRow);
    form->addRow(tr("&Two-step sign-in:"), m_mfa);
    form->addRow(tr("S&tatus:"), m_status);

    m_buttons->button(QDialogButtonBox::Ok)->setText(adding ? tr("&Add") : tr("&Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"accountOk"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(reachBox);
    layout->addWidget(m_shared);
    layout->addWidget(m_service);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_people, &QListWidget::itemChanged, this, &AccountDialog::validate);
    for (QComboBox *box : { m_system, m_role, m_mfa, m_status })
        connect(box, &QComboBox::currentIndexChanged, this, &AccountDialog::validate);
    for (QLineEdit *edit : { m_userName, m_displayName, m_email })
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::validate);
    for (QCheckBox *box : { m_shared, m_service })
        connect(box, &QCheckBox::toggled, this, &AccountDialog::validate);
    validate();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 70, 0)));
}

Account AccountDialog::account() const
{
    Account a = m_original;
    a.systemId = m_system->currentData().toLongLong();
    a.userName = m_userName->text().trimmed();
    a.displayName = m_displayName->text().trimmed();
    a.email = m_email->text().trimmed();
    a.personIds.clear();
    for (int row = 0; row < m_people->count(); ++row) {
        const QListWidgetItem *item = m_people->item(row);
        if (item->checkState() == Qt::Checked)
            a.personIds.append(item->data(Qt::UserRole).toLongLong());
    }
    // The system's own name for the role stays: it is what the system calls it.
    a.role = static_cast<AccountRole>(m_role->currentData().toInt());
    a.reach = {};
    for (const QCheckBox *box : m_reach) {
        if (box->isChecked())
            a.reach |= static_cast<DataKind>(box->property("dataKind").toInt());
    }
    a.mfa = static_cast<YesNoUnknown>(m_mfa->currentData().toInt());
    a.shared = m_shared->isChecked();
    a.serviceAccount = m_service->isChecked();
    a.status = static_cast<AccountStatus>(m_status->currentData().toInt());
    return a;
}

void AccountDialog::validate()
{
    const Account a = account();
    const bool ok = a.systemId != 0 && !a.userName.isEmpty() && (m_original.id == 0 || a != m_original);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}
