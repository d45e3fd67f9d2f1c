#include "PersonDialog.h"

#include "FieldMessage.h"
#include "common/Clock.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PersonDialog::PersonDialog(const Person &person, QWidget *parent)
    : QDialog(parent)
    , m_original(person)
    , m_name(new QLineEdit(person.name, this))
    , m_role(new QLineEdit(person.role, this))
    , m_email(new QLineEdit(person.email, this))
    , m_phone(new QLineEdit(person.phone, this))
    , m_kind(new QComboBox(this))
    , m_active(new QRadioButton(tr("&Works on the shop"), this))
    , m_left(new QRadioButton(tr("&Has left, on"), this))
    , m_leftOn(new QDateEdit(this))
    , m_nameMessage(new FieldMessage(m_name, this))
    , m_emailMessage(new FieldMessage(m_email, this))
    , m_leftOnMessage(new FieldMessage(m_leftOn, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool adding = person.id == 0;
    setWindowTitle(adding ? tr("Add a Team Member") : tr("Edit %1").arg(person.name));
    setObjectName(u"personDialog"_s);

    auto *intro = new QLabel(tr("Everyone who works on or for the shop: staff, developers, the agency, and "
                                "your contacts at the host or other providers."),
                             this);
    intro->setWordWrap(true);

    m_name->setObjectName(u"personName"_s);
    m_name->setAccessibleName(tr("Name"));
    m_role->setObjectName(u"personRole"_s);
    m_role->setAccessibleName(tr("Role in the business"));
    m_role->setPlaceholderText(tr("For example: Owner, Bookkeeper, Web developer"));
    m_email->setObjectName(u"personEmail"_s);
    m_email->setAccessibleName(tr("Email"));
    m_email->setPlaceholderText(tr("name@shop.example"));
    m_phone->setObjectName(u"personPhone"_s);
    m_phone->setAccessibleName(tr("Phone"));
    m_kind->setObjectName(u"personKind"_s);
    m_kind->setAccessibleName(tr("Kind"));
    for (Person::Kind kind : Person::kinds())
        m_kind->addItem(Person::kindName(kind), QVariant::fromValue(int(kind)));
    m_kind->setCurrentIndex(m_kind->findData(int(person.kind)));

    m_active->setObjectName(u"personActive"_s);
    m_left->setObjectName(u"personLeft"_s);
    auto *statusGroup = new QButtonGroup(this);
    statusGroup->addButton(m_active);
    statusGroup->addButton(m_left);
    (person.status == Person::Status::Left ? m_left : m_active)->setChecked(true);
    m_leftOn->setObjectName(u"personLeftOn"_s);
    m_leftOn->setAccessibleName(tr("Date they left"));
    m_leftOn->setCalendarPopup(true);
    m_leftOn->setDate(person.leftOn.isValid() ? person.leftOn : Clock::now().toLocalTime().date());
    m_leftOn->setEnabled(m_left->isChecked());

    auto *leftRow = new QHBoxLayout;
    leftRow->addWidget(m_left);
    leftRow->addWidget(m_leftOn);
    leftRow->addStretch();
    auto *statusBox = new QVBoxLayout;
    statusBox->addWidget(m_active);
    statusBox->addLayout(leftRow);
    statusBox->addWidget(m_leftOnMessage);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addRow = [&](const QString &label, QWidget *field, FieldMessage *message = nullptr) {
        auto *fieldBox = new QVBoxLayout;
        fieldBox->setSpacing(2);
        fieldBox->addWidget(field);
        if (message)
            fieldBox->addWidget(message);
        auto *labelWidget = new QLabel(label, this);
        labelWidget->setBuddy(field);
        form->addRow(labelWidget, fieldBox);
    };
    addRow(tr("&Name:"), m_name, m_nameMessage);
    addRow(tr("&Role in the business:"), m_role);
    addRow(tr("&Email:"), m_email, m_emailMessage);
    addRow(tr("&Phone:"), m_phone);
    addRow(tr("&Kind:"), m_kind);
    auto *statusLabel = new QLabel(tr("Status:"), this);
    form->addRow(statusLabel, statusBox);

    m_buttons->button(QDialogButtonBox::Ok)->setText(adding ? tr("&Add") : tr("&Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"personOk"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    setTabOrder(m_name, m_role);
    setTabOrder(m_role, m_email);
    setTabOrder(m_email, m_phone);
    setTabOrder(m_phone, m_kind);
    setTabOrder(m_kind, m_active);
    setTabOrder(m_active, m_left);
    setTabOrder(m_left, m_leftOn);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_left, &QRadioButton::toggled, m_leftOn, &QWidget::setEnabled);
    auto touched = [this] {
        m_touched = true;
        validate();
    };
    for (QLineEdit *edit : { m_name, m_role, m_email, m_phone })
        connect(edit, &QLineEdit::textEdited, this, touched);
    connect(m_left, &QRadioButton::toggled, this, touched);
    connect(m_leftOn, &QDateEdit::dateChanged, this, touched);
    connect(m_kind, &QComboBox::currentIndexChanged, this, touched);

    // Editing shows problems at once; a new, empty form waits until something is typed.
    m_touched = !adding;
    validate();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 70, 0)));
}

Person PersonDialog::person() const
{
    Person p = m_original;
    p.name = m_name->text().trimmed();
    p.role = m_role->text().trimmed();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.kind = static_cast<Person::Kind>(m_kind->currentData().toInt());
    p.status = m_left->isChecked() ? Person::Status::Left : Person::Status::Active;
    p.leftOn = p.status == Person::Status::Left ? m_leftOn->date() : QDate();
    return p;
}

void PersonDialog::validate()
{
    const Person p = person();
    const QString problem = p.check();
    // Person::check() names the first problem; show it at the field it is about.
    QString nameProblem, emailProblem, leftOnProblem;
    if (!problem.isEmpty()) {
        if (p.name.isEmpty())
            nameProblem = problem;
        else if (!Person::checkEmail(p.email).isEmpty())
            emailProblem = problem;
        else
            leftOnProblem = problem;
    }
    m_nameMessage->setMessage(m_touched ? nameProblem : QString());
    m_emailMessage->setMessage(m_touched ? emailProblem : QString());
    m_leftOnMessage->setMessage(m_touched ? leftOnProblem : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && p != m_original);
}
