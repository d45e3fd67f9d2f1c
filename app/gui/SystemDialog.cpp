#include "SystemDialog.h"

#include "FieldMessage.h"
#include "common/Clock.h"
#include "providers/Provider.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

void fillYesNo(QComboBox *box, YesNoUnknown value)
{
    for (YesNoUnknown v : { YesNoUnknown::Unknown, YesNoUnknown::Yes, YesNoUnknown::No })
        box->addItem(YesNoUnknowns::name(v), int(v));
    box->setCurrentIndex(box->findData(int(value)));
}

} // namespace

SystemDialog::SystemDialog(const System &system, const QList<Provider> &providers, QWidget *parent)
    : QDialog(parent)
    , m_original(system)
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(system.name, this))
    , m_provider(new QComboBox(this))
    , m_auditLog(new QComboBox(this))
    , m_retention(new QSpinBox(this))
    , m_reviewed(new QCheckBox(tr("Last looked through on"), this))
    , m_reviewedOn(new QDateEdit(this))
    , m_mfa(new QComboBox(this))
    , m_minLength(new QSpinBox(this))
    , m_maxAge(new QSpinBox(this))
    , m_lockout(new QSpinBox(this))
    , m_admin(new QLineEdit(system.builtInAdmin, this))
    , m_message(new FieldMessage(m_name, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool adding = system.id == 0;
    setObjectName(u"systemDialog"_s);
    setWindowTitle(adding ? tr("Add a System") : tr("Edit %1").arg(system.name));

    auto *intro = new QLabel(tr("A place where people sign in to work on the shop: the shop's admin, the "
                                "hosting panel, email, the payment provider's dashboard. You can "
                                "import its accounts once it is added."),
                             this);
    intro->setWordWrap(true);

    m_kind->setObjectName(u"systemKind"_s);
    for (SystemKind kind : SystemKinds::all())
        m_kind->addItem(SystemKinds::name(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(system.kind)));
    m_kind->setToolTip(tr("What kind of system this is"));
    m_name->setObjectName(u"systemName"_s);
    m_name->setPlaceholderText(tr("For example: WordPress admin"));
    m_name->setToolTip(tr("A name you will recognise, such as \"Shop admin\" or \"Google Workspace\""));

    m_provider->setObjectName(u"systemProvider"_s);
    m_provider->addItem(tr("Nobody: the shop runs it itself"), qint64(0));
    for (const Provider &p : providers)
        m_provider->addItem(p.name, p.id);
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(system.providerId)));
    m_provider->setToolTip(tr("The provider that runs this system for the shop. Add providers in the "
                              "Providers step."));

    m_auditLog->setObjectName(u"systemAuditLog"_s);
    fillYesNo(m_auditLog, system.auditLog);
    m_auditLog->setToolTip(tr("Does the system write down who signed in and what they changed? Without "
                              "such a log you cannot find out what happened after a break-in."));
    m_retention->setObjectName(u"systemRetention"_s);
    m_retention->setRange(0, 36500);
    m_retention->setSpecialValueText(tr("Not known"));
    m_retention->setSuffix(tr(" days"));
    m_retention->setValue(system.auditRetentionDays);
    m_retention->setToolTip(tr("How long the log keeps its entries. A break-in is often found weeks "
                               "later: 90 days or more is good."));
    const QDate today = Clock::now().toLocalTime().date();
    m_reviewed->setObjectName(u"systemReviewed"_s);
    m_reviewed->setChecked(system.auditLogReviewedOn.isValid());
    m_reviewed->setToolTip(tr("Leave this off if nobody has ever looked through the log."));
    m_reviewedOn->setObjectName(u"systemReviewedOn"_s);
    m_reviewedOn->setCalendarPopup(true);
    m_reviewedOn->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(u"yyyy"_s)
                                       ? QLocale().dateFormat(QLocale::ShortFormat)
                                       : u"yyyy-MM-dd"_s);
    m_reviewedOn->setMaximumDate(today);
    m_reviewedOn->setDate(system.auditLogReviewedOn.isValid() ? system.auditLogReviewedOn : today);
    m_reviewedOn->setEnabled(m_reviewed->isChecked());
    m_reviewedOn->setAccessibleName(tr("Date the audit log was last looked through"));

    m_mfa->setObjectName(u"systemMfa"_s);
    fillYesNo(m_mfa, system.mfaEnforced);
    m_mfa->setToolTip(tr("Does the system make every account use a second step to sign in (an app or a "
                         "code), so that a stolen password alone is not enough?"));
    m_minLength->setObjectName(u"systemMinLength"_s);
    m_minLength->setRange(0, 1024);
    m_minLength->setSpecialValueText(tr("No rule"));
    m_minLength->setSuffix(tr(" characters"));
    m_minLength->setValue(system.passwordPolicy.minLength);
    m_minLength->setToolTip(tr("The shortest password the system accepts. 12 characters or more is good."));
    m_maxAge->setObjectName(u"systemMaxAge"_s);
    m_maxAge->setRange(0, 36500);
    m_maxAge->setSpecialValueText(tr("Only when it may have leaked"));
    m_maxAge->setSuffix(tr(" days"));
    m_maxAge->setValue(system.passwordPolicy.maxAgeDays);
    m_maxAge->setToolTip(tr("After how many days a password must be changed. Changing passwords only when "
                            "they may have leaked is today's advice."));
    m_lockout->setObjectName(u"systemLockout"_s);
    m_lockout->setRange(0, 1000);
    m_lockout->setSpecialValueText(tr("Never locks"));
    m_lockout->setSuffix(tr(" failed attempts"));
    m_lockout->setValue(system.passwordPolicy.lockoutAfter);
    m_lockout->setToolTip(tr("After how many wrong passwords in a row the account is locked, which stops "
                             "someone from guessing."));
    m_admin->setObjectName(u"systemAdmin"_s);
    m_admin->setPlaceholderText(tr("For example: admin or root"));
    m_admin->setToolTip(tr("The user name of the account the system came with. It should not be used "
                           "for daily work."));

    auto form = [] {
        auto *f = new QFormLayout;
        f->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        return f;
    };
    auto *whatBox = new QGroupBox(tr("What it is"), this);
    auto *what = form();
    what->addRow(tr("&Kind:"), m_kind);
    auto *nameBox = new QVBoxLayout;
    nameBox->setSpacing(2);
    nameBox->addWidget(m_name);
    nameBox->addWidget(m_message);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    what->addRow(nameLabel, nameBox);
    what->addRow(tr("Run &by:"), m_provider);
    what->addRow(tr("Built-in &admin:"), m_admin);
    whatBox->setLayout(what);

    auto *logBox = new QGroupBox(tr("Audit log"), this);
    auto *log = form();
    log->addRow(tr("It keeps a &log:"), m_auditLog);
    log->addRow(tr("Kept &for:"), m_retention);
    auto *reviewed = new QHBoxLayout;
    reviewed->addWidget(m_reviewed);
    reviewed->addWidget(m_reviewedOn);
    reviewed->addStretch();
    log->addRow(tr("Looked through:"), reviewed);
    logBox->setLayout(log);

    auto *signInBox = new QGroupBox(tr("Signing in"), this);
    auto *signIn = form();
    signIn->addRow(tr("Two-step sign-in &required:"), m_mfa);
    signIn->addRow(tr("Shortest &password:"), m_minLength);
    signIn->addRow(tr("Password must be &changed after:"), m_maxAge);
    signIn->addRow(tr("Account &locks after:"), m_lockout);
    signInBox->setLayout(signIn);

    m_buttons->button(QDialogButtonBox::Ok)->setText(adding ? tr("&Add") : tr("&Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"systemOk"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(whatBox);
    layout->addWidget(logBox);
    layout->addWidget(signInBox);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reviewed, &QCheckBox::toggled, m_reviewedOn, &QWidget::setEnabled);
    // A new system of a kind gets a name to start from.
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_original.id == 0 && (m_name->text().isEmpty() || !m_name->isModified()))
            m_name->setText(m_kind->currentText());
    });
    for (QComboBox *box : { m_kind, m_provider, m_auditLog, m_mfa })
        connect(box, &QComboBox::currentIndexChanged, this, &SystemDialog::validate);
    for (QSpinBox *box : { m_retention, m_minLength, m_maxAge, m_lockout })
        connect(box, &QSpinBox::valueChanged, this, &SystemDialog::validate);
    for (QLineEdit *edit : { m_name, m_admin })
        connect(edit, &QLineEdit::textChanged, this, &SystemDialog::validate);
    connect(m_reviewed, &QCheckBox::toggled, this, &SystemDialog::validate);
    connect(m_reviewedOn, &QDateEdit::dateChanged, this, &SystemDialog::validate);
    if (adding && m_name->text().isEmpty())
        m_name->setText(m_kind->currentText());
    validate();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 70, 0)));
}

System SystemDialog::system() const
{
    System s = m_original;
    s.kind = static_cast<SystemKind>(m_kind->currentData().toInt());
    s.name = m_name->text().trimmed();
    s.providerId = m_provider->currentData().toLongLong();
    s.auditLog = static_cast<YesNoUnknown>(m_auditLog->currentData().toInt());
    s.auditRetentionDays = m_retention->value();
    s.auditLogReviewedOn = m_reviewed->isChecked() ? m_reviewedOn->date() : QDate();
    s.mfaEnforced = static_cast<YesNoUnknown>(m_mfa->currentData().toInt());
    s.passwordPolicy.minLength = m_minLength->value();
    s.passwordPolicy.maxAgeDays = m_maxAge->value();
    s.passwordPolicy.lockoutAfter = m_lockout->value();
    s.builtInAdmin = m_admin->text().trimmed();
    return s;
}

void SystemDialog::validate()
{
    const System s = system();
    const QString problem = s.check();
    m_message->setMessage(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && (s.id == 0 || s != m_original));
}
