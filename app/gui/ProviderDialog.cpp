#include "ProviderDialog.h"

#include "FieldMessage.h"
#include "common/Clock.h"
#include "plan/Person.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProviderDialog::ProviderDialog(const Provider &provider, QWidget *parent)
    : QDialog(parent)
    , m_original(provider)
    , m_name(new QLineEdit(provider.name, this))
    , m_kind(new QComboBox(this))
    , m_services(new QLineEdit(provider.services, this))
    , m_hasStart(new QCheckBox(tr("Contract s&tarted on"), this))
    , m_start(new QDateEdit(this))
    , m_hasEnd(new QCheckBox(tr("Contract en&ds on"), this))
    , m_end(new QDateEdit(this))
    , m_phone(new QLineEdit(provider.supportPhone, this))
    , m_email(new QLineEdit(provider.supportEmail, this))
    , m_portal(new QLineEdit(provider.portalUrl, this))
    , m_hours(new QLineEdit(provider.supportHours, this))
    , m_allHours(new QCheckBox(tr("Support answers &24 hours a day, 7 days a week"), this))
    , m_account(new QLineEdit(provider.accountId, this))
    , m_escalation(new QLineEdit(provider.escalationContact, this))
    , m_notes(new QPlainTextEdit(provider.notes, this))
    , m_nameMessage(new FieldMessage(m_name, this))
    , m_emailMessage(new FieldMessage(m_email, this))
    , m_contractMessage(new FieldMessage(m_end, this))
    , m_portalMessage(new FieldMessage(m_portal, this))
    , m_otherMessage(new FieldMessage(m_name, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool adding = provider.id == 0;
    setWindowTitle(adding ? tr("Add a Provider") : tr("Edit %1").arg(provider.name));
    setObjectName(u"providerDialog"_s);

    auto *intro
        = new QLabel(tr("A company or person the shop relies on: the web host, the shop platform, the "
                        "payment provider, the developer. Write down how to reach them before you "
                        "need them in a hurry."),
                     this);
    intro->setWordWrap(true);

    m_name->setObjectName(u"providerName"_s);
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("For example: Hostinga GmbH"));
    m_kind->setObjectName(u"providerKind"_s);
    m_kind->setAccessibleName(tr("Kind of provider"));
    for (ProviderKind kind : ProviderKinds::all())
        m_kind->addItem(ProviderKinds::name(kind), QVariant::fromValue(int(kind)));
    m_kind->setCurrentIndex(m_kind->findData(int(provider.kind)));
    m_services->setObjectName(u"providerServices"_s);
    m_services->setAccessibleName(tr("What they run for the shop"));
    m_services->setPlaceholderText(tr("For example: the web server, the database and email"));

    const QDate today = Clock::now().toLocalTime().date();
    const struct
    {
        QCheckBox *box;
        QDateEdit *date;
        QDate value;
        const char *name;
        QString accessible;
    } dates[] = {
        { m_hasStart, m_start, provider.contractStart, "providerContractStart",
          tr("Date the contract started") },
        { m_hasEnd, m_end, provider.contractEnd, "providerContractEnd", tr("Date the contract ends") },
    };
    for (const auto &d : dates) {
        d.box->setObjectName(QString::fromLatin1(d.name) + u"Known"_s);
        d.date->setObjectName(QString::fromLatin1(d.name));
        d.date->setAccessibleName(d.accessible);
        d.date->setCalendarPopup(true);
        d.date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(u"yyyy"_s)
                                     ? QLocale().dateFormat(QLocale::ShortFormat)
                                     : u"yyyy-MM-dd"_s);
        d.date->setDate(d.value.isValid() ? d.value : today);
        d.box->setChecked(d.value.isValid());
        d.date->setEnabled(d.value.isValid());
        connect(d.box, &QCheckBox::toggled, d.date, &QWidget::setEnabled);
    }

    m_phone->setObjectName(u"providerPhone"_s);
    m_phone->setAccessibleName(tr("Support phone"));
    m_email->setObjectName(u"providerEmail"_s);
    m_email->setAccessibleName(tr("Support email"));
    m_email->setPlaceholderText(tr("support@provider.example"));
    m_portal->setObjectName(u"providerPortal"_s);
    m_portal->setAccessibleName(tr("Customer portal address"));
    m_portal->setPlaceholderText(tr("https://portal.provider.example"));
    m_hours->setObjectName(u"providerHours"_s);
    m_hours->setAccessibleName(tr("Support hours"));
    m_hours->setPlaceholderText(tr("For example: Mon–Fri 8:00–18:00"));
    m_allHours->setObjectName(u"providerAllHours"_s);
    m_allHours->setChecked(provider.support24x7);
    m_hours->setEnabled(!provider.support24x7);
    m_account->setObjectName(u"providerAccount"_s);
    m_account->setAccessibleName(tr("Your account or customer number with them"));
    m_escalation->setObjectName(u"providerEscalation"_s);
    m_escalation->setAccessibleName(tr("Escalation contact"));
    m_escalation->setPlaceholderText(tr("Whom to call when support does not help: name, phone or email"));
    m_notes->setObjectName(u"providerNotes"_s);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(fontMetrics().lineSpacing() * 4 + 2 * m_notes->frameWidth() + 8);

    auto addRow
        = [this](QFormLayout *form, const QString &label, QWidget *field, FieldMessage *message = nullptr) {
              auto *fieldBox = new QVBoxLayout;
              fieldBox->setSpacing(2);
              fieldBox->addWidget(field);
              if (message)
                  fieldBox->addWidget(message);
              auto *labelWidget = new QLabel(label, this);
              labelWidget->setBuddy(field);
              form->addRow(labelWidget, fieldBox);
          };
    auto newForm = [] {
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        return form;
    };

    auto *whoBox = new QGroupBox(tr("Who they are"), this);
    auto *who = newForm();
    addRow(who, tr("&Name:"), m_name, m_nameMessage);
    addRow(who, tr("&Kind:"), m_kind);
    addRow(who, tr("&What they run:"), m_services);
    addRow(who, tr("A&ccount number:"), m_account);
    auto *contract = new QGridLayout;
    contract->addWidget(m_hasStart, 0, 0);
    contract->addWidget(m_start, 0, 1);
    contract->addWidget(m_hasEnd, 1, 0);
    contract->addWidget(m_end, 1, 1);
    contract->setColumnStretch(2, 1);
    contract->addWidget(m_contractMessage, 2, 0, 1, 3);
    who->addRow(new QLabel(tr("Contract:"), this), contract);
    whoBox->setLayout(who);

    auto *reachBox = new QGroupBox(tr("How to reach their support"), this);
    auto *reach = newForm();
    addRow(reach, tr("&Phone:"), m_phone);
    addRow(reach, tr("&Email:"), m_email, m_emailMessage);
    addRow(reach, tr("Po&rtal:"), m_portal, m_portalMessage);
    auto *hoursBox = new QVBoxLayout;
    hoursBox->setSpacing(2);
    hoursBox->addWidget(m_allHours);
    hoursBox->addWidget(m_hours);
    auto *hoursLabel = new QLabel(tr("&Hours:"), this);
    hoursLabel->setBuddy(m_hours);
    reach->addRow(hoursLabel, hoursBox);
    addRow(reach, tr("Esca&lation:"), m_escalation);
    reachBox->setLayout(reach);

    auto *notesLabel = new QLabel(tr("N&otes:"), this);
    notesLabel->setBuddy(m_notes);

    m_buttons->button(QDialogButtonBox::Ok)->setText(adding ? tr("&Add") : tr("&Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"providerOk"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(whoBox);
    layout->addWidget(reachBox);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes);
    layout->addWidget(m_otherMessage);
    layout->addStretch();
    layout->addWidget(m_buttons);

    QWidget *order[] = { m_name,  m_kind,  m_services, m_account,  m_hasStart, m_start,      m_hasEnd, m_end,
                         m_phone, m_email, m_portal,   m_allHours, m_hours,    m_escalation, m_notes };
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_allHours, &QCheckBox::toggled, m_hours, &QWidget::setDisabled);
    auto touched = [this] {
        m_touched = true;
        validate();
    };
    for (QLineEdit *edit :
         { m_name, m_services, m_phone, m_email, m_portal, m_hours, m_account, m_escalation })
        connect(edit, &QLineEdit::textChanged, this, touched);
    connect(m_notes, &QPlainTextEdit::textChanged, this, touched);
    for (QCheckBox *box : { m_hasStart, m_hasEnd, m_allHours })
        connect(box, &QCheckBox::toggled, this, touched);
    for (QDateEdit *date : { m_start, m_end })
        connect(date, &QDateEdit::dateChanged, this, touched);
    connect(m_kind, &QComboBox::currentIndexChanged, this, touched);

    // Editing shows problems at once; a new, empty form waits until something is typed.
    m_touched = !adding;
    validate();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 80, 0)));
}

void ProviderDialog::setContractDates(const QDate &start, const QDate &end)
{
    m_hasStart->setChecked(start.isValid());
    if (start.isValid())
        m_start->setDate(start);
    m_hasEnd->setChecked(end.isValid());
    if (end.isValid())
        m_end->setDate(end);
}

Provider ProviderDialog::provider() const
{
    Provider p = m_original;
    p.name = m_name->text().trimmed();
    p.kind = static_cast<ProviderKind>(m_kind->currentData().toInt());
    p.services = m_services->text().trimmed();
    p.contractStart = m_hasStart->isChecked() ? m_start->date() : QDate();
    p.contractEnd = m_hasEnd->isChecked() ? m_end->date() : QDate();
    p.supportPhone = m_phone->text().trimmed();
    p.supportEmail = m_email->text().trimmed();
    p.portalUrl = m_portal->text().trimmed();
    p.support24x7 = m_allHours->isChecked();
    p.supportHours = m_hours->text().trimmed();
    p.accountId = m_account->text().trimmed();
    p.escalationContact = m_escalation->text().trimmed();
    p.notes = m_notes->toPlainText().trimmed();
    return p;
}

void ProviderDialog::validate()
{
    const Provider p = provider();
    const QString problem = p.check();
    // Provider::check() names the first problem; show it at the field it is about.
    QString nameProblem, emailProblem, contractProblem, portalProblem, otherProblem;
    if (!problem.isEmpty()) {
        if (p.name.isEmpty())
            nameProblem = problem;
        else if (!Person::checkEmail(p.supportEmail).isEmpty())
            emailProblem = problem;
        else if (p.contractStart.isValid() && p.contractEnd.isValid() && p.contractEnd < p.contractStart)
            contractProblem = problem;
        else if (!p.portalUrl.isEmpty() && problem.contains(p.portalUrl))
            portalProblem = problem;
        else
            otherProblem = problem;
    }
    m_nameMessage->setMessage(m_touched ? nameProblem : QString());
    m_emailMessage->setMessage(m_touched ? emailProblem : QString());
    m_contractMessage->setMessage(m_touched ? contractProblem : QString());
    m_portalMessage->setMessage(m_touched ? portalProblem : QString());
    m_otherMessage->setMessage(m_touched ? otherProblem : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && p != m_original);
}
